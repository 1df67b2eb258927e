# Generated from forms/AbsenceReasonDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'AbsenceReasonDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_AbsenceReasonDialog(object):
    def setupUi(self, AbsenceReasonDialog):
        if not AbsenceReasonDialog.objectName():
            AbsenceReasonDialog.setObjectName(u"AbsenceReasonDialog")
        AbsenceReasonDialog.resize(540, 330)
        AbsenceReasonDialog.setModal(True)
        self.layout = QVBoxLayout(AbsenceReasonDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(AbsenceReasonDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.pupilLabel = QLabel(AbsenceReasonDialog)
        self.pupilLabel.setObjectName(u"pupilLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pupilLabel)

        self.pupil = QComboBox(AbsenceReasonDialog)
        self.pupil.setObjectName(u"pupil")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pupil)

        self.datesLabel = QLabel(AbsenceReasonDialog)
        self.datesLabel.setObjectName(u"datesLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.datesLabel)

        self.datesRow = QHBoxLayout()
        self.datesRow.setObjectName(u"datesRow")
        self.startLabel = QLabel(AbsenceReasonDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.datesRow.addWidget(self.startLabel)

        self.start = DateEdit(AbsenceReasonDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.datesRow.addWidget(self.start)

        self.endLabel = QLabel(AbsenceReasonDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.datesRow.addWidget(self.endLabel)

        self.end = DateEdit(AbsenceReasonDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.datesRow.addWidget(self.end)

        self.datesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.datesRow)

        self.codeLabel = QLabel(AbsenceReasonDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.ill = QRadioButton(AbsenceReasonDialog)
        self.ill.setObjectName(u"ill")
        self.ill.setChecked(True)

        self.codeRow.addWidget(self.ill)

        self.excused = QRadioButton(AbsenceReasonDialog)
        self.excused.setObjectName(u"excused")

        self.codeRow.addWidget(self.excused)

        self.codeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.codeRow.addItem(self.codeSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.codeRow)

        self.noteLabel = QLabel(AbsenceReasonDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(AbsenceReasonDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)


        self.layout.addLayout(self.form)

        self.error = QLabel(AbsenceReasonDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AbsenceReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pupilLabel.setBuddy(self.pupil)
        self.datesLabel.setBuddy(self.start)
        self.codeLabel.setBuddy(self.excused)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AbsenceReasonDialog)

        QMetaObject.connectSlotsByName(AbsenceReasonDialog)
    # setupUi

    def retranslateUi(self, AbsenceReasonDialog):
        AbsenceReasonDialog.setWindowTitle(QCoreApplication.translate("AbsenceReasonDialog", u"\u041f\u0440\u0438\u0447\u0438\u043d\u0430 \u043e\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0438\u044f", None))
        self.info.setText(QCoreApplication.translate("AbsenceReasonDialog", u"\u041f\u0440\u043e\u043f\u0443\u0441\u043a\u0438 \u00ab\u041d\u00bb \u0443\u0447\u0435\u043d\u0438\u043a\u0430 \u0437\u0430 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435 \u0434\u043d\u0438 \u0432\u043e \u0432\u0441\u0435\u0445 \u043f\u0440\u0435\u0434\u043c\u0435\u0442\u0430\u0445 \u0441\u0442\u0430\u043d\u0443\u0442 \u00ab\u041f\u00bb (\u043f\u043e \u0443\u0432\u0430\u0436\u0438\u0442\u0435\u043b\u044c\u043d\u043e\u0439 \u043f\u0440\u0438\u0447\u0438\u043d\u0435) \u0438\u043b\u0438 \u00ab\u0411\u00bb (\u043f\u043e \u0431\u043e\u043b\u0435\u0437\u043d\u0438). \u0423\u043a\u0430\u0436\u0438\u0442\u0435 \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435: \u0441\u043f\u0440\u0430\u0432\u043a\u0443, \u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435 \u0440\u043e\u0434\u0438\u0442\u0435\u043b\u0435\u0439.", None))
        self.pupilLabel.setText(QCoreApplication.translate("AbsenceReasonDialog", u"&\u0423\u0447\u0435\u043d\u0438\u043a:", None))
        self.datesLabel.setText(QCoreApplication.translate("AbsenceReasonDialog", u"&\u0414\u043d\u0438:", None))
        self.startLabel.setText(QCoreApplication.translate("AbsenceReasonDialog", u"\u0441", None))
        self.start.setDisplayFormat(QCoreApplication.translate("AbsenceReasonDialog", u"dd.MM.yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("AbsenceReasonDialog", u"\u043f\u043e", None))
        self.end.setDisplayFormat(QCoreApplication.translate("AbsenceReasonDialog", u"dd.MM.yyyy", None))
        self.codeLabel.setText(QCoreApplication.translate("AbsenceReasonDialog", u"&\u041f\u0440\u0438\u0447\u0438\u043d\u0430:", None))
        self.ill.setText(QCoreApplication.translate("AbsenceReasonDialog", u"\u0411 \u2014 \u0431\u043e\u043b\u0435\u0437\u043d\u044c", None))
        self.excused.setText(QCoreApplication.translate("AbsenceReasonDialog", u"\u041f \u2014 \u0443\u0432\u0430\u0436\u0438\u0442\u0435\u043b\u044c\u043d\u0430\u044f \u043f\u0440\u0438\u0447\u0438\u043d\u0430", None))
        self.noteLabel.setText(QCoreApplication.translate("AbsenceReasonDialog", u"&\u041e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("AbsenceReasonDialog", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440: \u0441\u043f\u0440\u0430\u0432\u043a\u0430 \u2116 15 \u0438\u0437 \u043f\u043e\u043b\u0438\u043a\u043b\u0438\u043d\u0438\u043a\u0438", None))
        self.error.setText("")
    # retranslateUi

