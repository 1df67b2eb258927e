# Generated from forms/CourseDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'CourseDialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListView, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CourseDialog(object):
    def setupUi(self, CourseDialog):
        if not CourseDialog.objectName():
            CourseDialog.setObjectName(u"CourseDialog")
        CourseDialog.resize(860, 620)
        self.layout = QVBoxLayout(CourseDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(CourseDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(CourseDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.nameLabel = QLabel(CourseDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(CourseDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.subjectLabel = QLabel(CourseDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QComboBox(CourseDialog)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subject)

        self.teacherLabel = QLabel(CourseDialog)
        self.teacherLabel.setObjectName(u"teacherLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teacherLabel)

        self.teacher = QComboBox(CourseDialog)
        self.teacher.setObjectName(u"teacher")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teacher)

        self.classLabel = QLabel(CourseDialog)
        self.classLabel.setObjectName(u"classLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.schoolClass = QComboBox(CourseDialog)
        self.schoolClass.setObjectName(u"schoolClass")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.schoolClass)

        self.hoursLabel = QLabel(CourseDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hours = QDoubleSpinBox(CourseDialog)
        self.hours.setObjectName(u"hours")
        self.hours.setDecimals(1)
        self.hours.setMinimum(0.500000000000000)
        self.hours.setMaximum(40.000000000000000)
        self.hours.setSingleStep(0.500000000000000)
        self.hours.setValue(1.000000000000000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hours)

        self.gradingLabel = QLabel(CourseDialog)
        self.gradingLabel.setObjectName(u"gradingLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gradingLabel)

        self.gradingRow = QHBoxLayout()
        self.gradingRow.setObjectName(u"gradingRow")
        self.grading = QComboBox(CourseDialog)
        self.grading.setObjectName(u"grading")

        self.gradingRow.addWidget(self.grading)

        self.hasMarks = QCheckBox(CourseDialog)
        self.hasMarks.setObjectName(u"hasMarks")
        self.hasMarks.setChecked(True)

        self.gradingRow.addWidget(self.hasMarks)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.gradingRow)


        self.layout.addLayout(self.form)

        self.membersBox = QGroupBox(CourseDialog)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QHBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.candidatesLayout = QVBoxLayout()
        self.candidatesLayout.setObjectName(u"candidatesLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.filterClass = QComboBox(self.membersBox)
        self.filterClass.setObjectName(u"filterClass")

        self.filterRow.addWidget(self.filterClass)

        self.filterText = QLineEdit(self.membersBox)
        self.filterText.setObjectName(u"filterText")
        self.filterText.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.filterText)


        self.candidatesLayout.addLayout(self.filterRow)

        self.candidates = QListView(self.membersBox)
        self.candidates.setObjectName(u"candidates")
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.candidatesLayout.addWidget(self.candidates)


        self.membersLayout.addLayout(self.candidatesLayout)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.moveTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveTop)

        self.addMembers = QPushButton(self.membersBox)
        self.addMembers.setObjectName(u"addMembers")
        self.addMembers.setText(u"\u2192")

        self.moveButtons.addWidget(self.addMembers)

        self.removeMembers = QPushButton(self.membersBox)
        self.removeMembers.setObjectName(u"removeMembers")
        self.removeMembers.setText(u"\u2190")

        self.moveButtons.addWidget(self.removeMembers)

        self.moveBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveBottom)


        self.membersLayout.addLayout(self.moveButtons)

        self.chosenLayout = QVBoxLayout()
        self.chosenLayout.setObjectName(u"chosenLayout")
        self.chosenLabel = QLabel(self.membersBox)
        self.chosenLabel.setObjectName(u"chosenLabel")

        self.chosenLayout.addWidget(self.chosenLabel)

        self.chosen = QListView(self.membersBox)
        self.chosen.setObjectName(u"chosen")
        self.chosen.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.chosenLayout.addWidget(self.chosen)


        self.membersLayout.addLayout(self.chosenLayout)


        self.layout.addWidget(self.membersBox)

        self.error = QLabel(CourseDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(CourseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.nameLabel.setBuddy(self.name)
        self.subjectLabel.setBuddy(self.subject)
        self.teacherLabel.setBuddy(self.teacher)
        self.classLabel.setBuddy(self.schoolClass)
        self.hoursLabel.setBuddy(self.hours)
        self.gradingLabel.setBuddy(self.grading)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CourseDialog)

        QMetaObject.connectSlotsByName(CourseDialog)
    # setupUi

    def retranslateUi(self, CourseDialog):
        CourseDialog.setWindowTitle(QCoreApplication.translate("CourseDialog", u"\u041a\u0443\u0440\u0441", None))
        self.kindLabel.setText(QCoreApplication.translate("CourseDialog", u"&\u0412\u0438\u0434:", None))
        self.nameLabel.setText(QCoreApplication.translate("CourseDialog", u"&\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, \u041a\u0440\u0443\u0436\u043e\u043a \u00ab\u0420\u043e\u0431\u043e\u0442\u043e\u0442\u0435\u0445\u043d\u0438\u043a\u0430\u00bb", None))
        self.subjectLabel.setText(QCoreApplication.translate("CourseDialog", u"&\u041f\u0440\u0435\u0434\u043c\u0435\u0442:", None))
        self.teacherLabel.setText(QCoreApplication.translate("CourseDialog", u"&\u0423\u0447\u0438\u0442\u0435\u043b\u044c:", None))
        self.classLabel.setText(QCoreApplication.translate("CourseDialog", u"&\u041a\u043b\u0430\u0441\u0441:", None))
        self.hoursLabel.setText(QCoreApplication.translate("CourseDialog", u"&\u0427\u0430\u0441\u043e\u0432 \u0432 \u043d\u0435\u0434\u0435\u043b\u044e:", None))
        self.gradingLabel.setText(QCoreApplication.translate("CourseDialog", u"&\u041e\u0446\u0435\u043d\u0438\u0432\u0430\u043d\u0438\u0435:", None))
        self.hasMarks.setText(QCoreApplication.translate("CourseDialog", u"\u0441\u0442\u0430\u0432\u044f\u0442\u0441\u044f &\u043e\u0442\u043c\u0435\u0442\u043a\u0438 (\u0438\u043d\u0430\u0447\u0435 \u2014 \u0442\u043e\u043b\u044c\u043a\u043e \u043f\u043e\u0441\u0435\u0449\u0430\u0435\u043c\u043e\u0441\u0442\u044c)", None))
        self.membersBox.setTitle(QCoreApplication.translate("CourseDialog", u"\u0423\u0447\u0435\u043d\u0438\u043a\u0438", None))
        self.filterText.setPlaceholderText(QCoreApplication.translate("CourseDialog", u"\u0444\u0430\u043c\u0438\u043b\u0438\u044f\u2026", None))
#if QT_CONFIG(tooltip)
        self.addMembers.setToolTip(QCoreApplication.translate("CourseDialog", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0445 \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 (Ctrl+\u2192)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.removeMembers.setToolTip(QCoreApplication.translate("CourseDialog", u"\u0423\u0431\u0440\u0430\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0445 \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 (Ctrl+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.chosenLabel.setText("")
        self.error.setText("")
    # retranslateUi

