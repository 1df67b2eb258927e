# Generated from forms/TimetableGenerateDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'TimetableGenerateDialog.ui'
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

class Ui_TimetableGenerateDialog(object):
    def setupUi(self, TimetableGenerateDialog):
        if not TimetableGenerateDialog.objectName():
            TimetableGenerateDialog.setObjectName(u"TimetableGenerateDialog")
        TimetableGenerateDialog.resize(560, 260)
        TimetableGenerateDialog.setModal(True)
        self.layout = QVBoxLayout(TimetableGenerateDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(TimetableGenerateDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.scopeLabel = QLabel(TimetableGenerateDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scope = QComboBox(TimetableGenerateDialog)
        self.scope.setObjectName(u"scope")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scope)

        self.startLabel = QLabel(TimetableGenerateDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.start = DateEdit(TimetableGenerateDialog)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.start)

        self.endLabel = QLabel(TimetableGenerateDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.end = DateEdit(TimetableGenerateDialog)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.end)


        self.layout.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(TimetableGenerateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scope)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.end)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TimetableGenerateDialog)

        QMetaObject.connectSlotsByName(TimetableGenerateDialog)
    # setupUi

    def retranslateUi(self, TimetableGenerateDialog):
        TimetableGenerateDialog.setWindowTitle(QCoreApplication.translate("TimetableGenerateDialog", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0443\u0440\u043e\u043a\u0438 \u043f\u043e \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u044e", None))
        self.info.setText(QCoreApplication.translate("TimetableGenerateDialog", u"\u0423\u0440\u043e\u043a\u0438 \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u0441\u043e\u0437\u0434\u0430\u044e\u0442\u0441\u044f \u043f\u043e \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u044e \u0437\u0430 \u0432\u044b\u0447\u0435\u0442\u043e\u043c \u043a\u0430\u043d\u0438\u043a\u0443\u043b \u0438 \u043f\u0440\u0430\u0437\u0434\u043d\u0438\u043a\u043e\u0432. \u041f\u0440\u043e\u0448\u0435\u0434\u0448\u0438\u0435 \u0434\u043d\u0438 \u043d\u0435 \u0438\u0437\u043c\u0435\u043d\u044f\u044e\u0442\u0441\u044f; \u0443\u0440\u043e\u043a\u0438 \u0441 \u043e\u0442\u043c\u0435\u0442\u043a\u0430\u043c\u0438 \u0438\u043b\u0438 \u043f\u043e\u0441\u0435\u0449\u0430\u0435\u043c\u043e\u0441\u0442\u044c\u044e \u043e\u0441\u0442\u0430\u044e\u0442\u0441\u044f \u043a\u0430\u043a \u0435\u0441\u0442\u044c, \u0430 \u0443\u0440\u043e\u043a\u0438 \u0441 \u0442\u0435\u043c\u043e\u0439 \u0438\u043b\u0438 \u0434\u043e\u043c\u0430\u0448\u043d\u0438\u043c \u0437\u0430\u0434\u0430\u043d\u0438\u0435\u043c \u043d\u0435 \u0443\u0434"
                        "\u0430\u043b\u044f\u044e\u0442\u0441\u044f \u2014 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u043f\u0435\u0440\u0435\u0447\u0438\u0441\u043b\u0438\u0442 \u0438\u0445.", None))
        self.scopeLabel.setText(QCoreApplication.translate("TimetableGenerateDialog", u"&\u0414\u043b\u044f \u043a\u043e\u0433\u043e:", None))
        self.startLabel.setText(QCoreApplication.translate("TimetableGenerateDialog", u"&\u0421:", None))
        self.start.setDisplayFormat(QCoreApplication.translate("TimetableGenerateDialog", u"dd.MM.yyyy", None))
        self.endLabel.setText(QCoreApplication.translate("TimetableGenerateDialog", u"&\u041f\u043e:", None))
        self.end.setDisplayFormat(QCoreApplication.translate("TimetableGenerateDialog", u"dd.MM.yyyy", None))
    # retranslateUi

