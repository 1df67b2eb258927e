# Generated from forms/TimetableSlotDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'TimetableSlotDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_TimetableSlotDialog(object):
    def setupUi(self, TimetableSlotDialog):
        if not TimetableSlotDialog.objectName():
            TimetableSlotDialog.setObjectName(u"TimetableSlotDialog")
        TimetableSlotDialog.resize(620, 330)
        TimetableSlotDialog.setModal(True)
        self.layout = QVBoxLayout(TimetableSlotDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(TimetableSlotDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.courseLabel = QLabel(TimetableSlotDialog)
        self.courseLabel.setObjectName(u"courseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseRow = QHBoxLayout()
        self.courseRow.setObjectName(u"courseRow")
        self.course = QComboBox(TimetableSlotDialog)
        self.course.setObjectName(u"course")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.course.sizePolicy().hasHeightForWidth())
        self.course.setSizePolicy(sizePolicy)

        self.courseRow.addWidget(self.course)

        self.roomLabel = QLabel(TimetableSlotDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.courseRow.addWidget(self.roomLabel)

        self.room = QLineEdit(TimetableSlotDialog)
        self.room.setObjectName(u"room")
        self.room.setMaximumSize(QSize(110, 16777215))
        self.room.setMaxLength(50)

        self.courseRow.addWidget(self.room)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.courseRow)

        self.course2Label = QLabel(TimetableSlotDialog)
        self.course2Label.setObjectName(u"course2Label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.course2Label)

        self.course2Row = QHBoxLayout()
        self.course2Row.setObjectName(u"course2Row")
        self.course2 = QComboBox(TimetableSlotDialog)
        self.course2.setObjectName(u"course2")
        sizePolicy.setHeightForWidth(self.course2.sizePolicy().hasHeightForWidth())
        self.course2.setSizePolicy(sizePolicy)

        self.course2Row.addWidget(self.course2)

        self.room2Label = QLabel(TimetableSlotDialog)
        self.room2Label.setObjectName(u"room2Label")

        self.course2Row.addWidget(self.room2Label)

        self.room2 = QLineEdit(TimetableSlotDialog)
        self.room2.setObjectName(u"room2")
        self.room2.setMaximumSize(QSize(110, 16777215))
        self.room2.setMaxLength(50)

        self.course2Row.addWidget(self.room2)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.course2Row)

        self.validFromLabel = QLabel(TimetableSlotDialog)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFrom = DateEdit(TimetableSlotDialog)
        self.validFrom.setObjectName(u"validFrom")
        self.validFrom.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.validFrom)


        self.layout.addLayout(self.form)

        self.regenerate = QCheckBox(TimetableSlotDialog)
        self.regenerate.setObjectName(u"regenerate")
        self.regenerate.setChecked(True)

        self.layout.addWidget(self.regenerate)

        self.error = QLabel(TimetableSlotDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TimetableSlotDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.courseLabel.setBuddy(self.course)
        self.roomLabel.setBuddy(self.room)
        self.course2Label.setBuddy(self.course2)
        self.room2Label.setBuddy(self.room2)
        self.validFromLabel.setBuddy(self.validFrom)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TimetableSlotDialog)

        QMetaObject.connectSlotsByName(TimetableSlotDialog)
    # setupUi

    def retranslateUi(self, TimetableSlotDialog):
        TimetableSlotDialog.setWindowTitle(QCoreApplication.translate("TimetableSlotDialog", u"\u0423\u0440\u043e\u043a \u0432 \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0438", None))
        self.info.setText("")
        self.courseLabel.setText(QCoreApplication.translate("TimetableSlotDialog", u"&\u041f\u0440\u0435\u0434\u043c\u0435\u0442:", None))
        self.roomLabel.setText(QCoreApplication.translate("TimetableSlotDialog", u"&\u043a\u0430\u0431\u0438\u043d\u0435\u0442:", None))
        self.course2Label.setText(QCoreApplication.translate("TimetableSlotDialog", u"&\u0412\u0442\u043e\u0440\u0430\u044f \u043f\u043e\u0434\u0433\u0440\u0443\u043f\u043f\u0430:", None))
        self.room2Label.setText(QCoreApplication.translate("TimetableSlotDialog", u"\u043a\u0430&\u0431\u0438\u043d\u0435\u0442:", None))
        self.validFromLabel.setText(QCoreApplication.translate("TimetableSlotDialog", u"&\u0421 \u043a\u0430\u043a\u043e\u0439 \u0434\u0430\u0442\u044b:", None))
        self.validFrom.setDisplayFormat(QCoreApplication.translate("TimetableSlotDialog", u"dd.MM.yyyy", None))
        self.regenerate.setText(QCoreApplication.translate("TimetableSlotDialog", u"\u0421\u0440\u0430\u0437\u0443 \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u044c &\u0443\u0440\u043e\u043a\u0438 \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u0441 \u044d\u0442\u043e\u0439 \u0434\u0430\u0442\u044b (\u0443\u0440\u043e\u043a\u0438 \u0441 \u043e\u0442\u043c\u0435\u0442\u043a\u0430\u043c\u0438 \u0438 \u043f\u043e\u0441\u0435\u0449\u0430\u0435\u043c\u043e\u0441\u0442\u044c\u044e \u043d\u0435 \u0437\u0430\u0442\u0440\u0430\u0433\u0438\u0432\u0430\u044e\u0442\u0441\u044f)", None))
        self.error.setText("")
    # retranslateUi

