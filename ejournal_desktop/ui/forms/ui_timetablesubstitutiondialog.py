# Generated from forms/TimetableSubstitutionDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'TimetableSubstitutionDialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_TimetableSubstitutionDialog(object):
    def setupUi(self, TimetableSubstitutionDialog):
        if not TimetableSubstitutionDialog.objectName():
            TimetableSubstitutionDialog.setObjectName(u"TimetableSubstitutionDialog")
        TimetableSubstitutionDialog.resize(580, 260)
        TimetableSubstitutionDialog.setModal(True)
        self.layout = QVBoxLayout(TimetableSubstitutionDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(TimetableSubstitutionDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dayLabel = QLabel(TimetableSubstitutionDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.day = DateEdit(TimetableSubstitutionDialog)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.day)

        self.lessonLabel = QLabel(TimetableSubstitutionDialog)
        self.lessonLabel.setObjectName(u"lessonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lessonLabel)

        self.lesson = QComboBox(TimetableSubstitutionDialog)
        self.lesson.setObjectName(u"lesson")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lesson)

        self.substituteLabel = QLabel(TimetableSubstitutionDialog)
        self.substituteLabel.setObjectName(u"substituteLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.substituteLabel)

        self.substitute = QComboBox(TimetableSubstitutionDialog)
        self.substitute.setObjectName(u"substitute")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.substitute)


        self.layout.addLayout(self.form)

        self.error = QLabel(TimetableSubstitutionDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TimetableSubstitutionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.day)
        self.lessonLabel.setBuddy(self.lesson)
        self.substituteLabel.setBuddy(self.substitute)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TimetableSubstitutionDialog)

        QMetaObject.connectSlotsByName(TimetableSubstitutionDialog)
    # setupUi

    def retranslateUi(self, TimetableSubstitutionDialog):
        TimetableSubstitutionDialog.setWindowTitle(QCoreApplication.translate("TimetableSubstitutionDialog", u"\u0417\u0430\u043c\u0435\u043d\u0430 \u0443\u0440\u043e\u043a\u0430", None))
        self.info.setText(QCoreApplication.translate("TimetableSubstitutionDialog", u"\u0423\u0447\u0438\u0442\u0435\u043b\u044c, \u043a\u043e\u0442\u043e\u0440\u044b\u0439 \u0432\u0435\u0434\u0451\u0442 \u0443\u0440\u043e\u043a \u0432\u043c\u0435\u0441\u0442\u043e \u0441\u0432\u043e\u0435\u0433\u043e \u043a\u043e\u043b\u043b\u0435\u0433\u0438, \u0441\u043c\u043e\u0436\u0435\u0442 \u0437\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u0438\u043c\u0435\u043d\u043d\u043e \u044d\u0442\u043e\u0442 \u0443\u0440\u043e\u043a: \u0442\u0435\u043c\u0443, \u043e\u0442\u043c\u0435\u0442\u043a\u0438, \u043f\u043e\u0441\u0435\u0449\u0430\u0435\u043c\u043e\u0441\u0442\u044c.", None))
        self.dayLabel.setText(QCoreApplication.translate("TimetableSubstitutionDialog", u"&\u0414\u0435\u043d\u044c:", None))
        self.day.setDisplayFormat(QCoreApplication.translate("TimetableSubstitutionDialog", u"dd.MM.yyyy, dddd", None))
        self.lessonLabel.setText(QCoreApplication.translate("TimetableSubstitutionDialog", u"&\u0423\u0440\u043e\u043a:", None))
        self.substituteLabel.setText(QCoreApplication.translate("TimetableSubstitutionDialog", u"&\u0417\u0430\u043c\u0435\u043d\u044f\u0435\u0442:", None))
        self.error.setText("")
    # retranslateUi

