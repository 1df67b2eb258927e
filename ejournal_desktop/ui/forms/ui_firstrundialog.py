# Generated from forms/FirstRunDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'FirstRunDialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 420)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(FirstRunDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.schoolBox = QGroupBox(FirstRunDialog)
        self.schoolBox.setObjectName(u"schoolBox")
        self.form = QFormLayout(self.schoolBox)
        self.form.setObjectName(u"form")
        self.schoolLabel = QLabel(self.schoolBox)
        self.schoolLabel.setObjectName(u"schoolLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolLabel)

        self.school = QLineEdit(self.schoolBox)
        self.school.setObjectName(u"school")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.school)

        self.shortLabel = QLabel(self.schoolBox)
        self.shortLabel.setObjectName(u"shortLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortLabel)

        self.shortName = QLineEdit(self.schoolBox)
        self.shortName.setObjectName(u"shortName")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortName)

        self.loginLabel = QLabel(self.schoolBox)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(self.schoolBox)
        self.login.setObjectName(u"login")
        self.login.setText(u"admin")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.login)

        self.passwordLabel = QLabel(self.schoolBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.schoolBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password)

        self.repeatLabel = QLabel(self.schoolBox)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeat = QLineEdit(self.schoolBox)
        self.repeat.setObjectName(u"repeat")
        self.repeat.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeat)


        self.layout.addWidget(self.schoolBox)

        self.error = QLabel(FirstRunDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.error)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.createButton = QPushButton(FirstRunDialog)
        self.createButton.setObjectName(u"createButton")

        self.buttons.addWidget(self.createButton)

        self.demoButton = QPushButton(FirstRunDialog)
        self.demoButton.setObjectName(u"demoButton")

        self.buttons.addWidget(self.demoButton)

        self.hs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.hs)

        self.quitButton = QPushButton(FirstRunDialog)
        self.quitButton.setObjectName(u"quitButton")

        self.buttons.addWidget(self.quitButton)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(FirstRunDialog)

        self.createButton.setDefault(True)


        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u042d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u044b\u0439 \u0436\u0443\u0440\u043d\u0430\u043b: \u043d\u0430\u0447\u0430\u043b\u043e \u0440\u0430\u0431\u043e\u0442\u044b", None))
        self.info.setText(QCoreApplication.translate("FirstRunDialog", u"\u0416\u0443\u0440\u043d\u0430\u043b\u0430 \u0448\u043a\u043e\u043b\u044b \u043d\u0430 \u044d\u0442\u043e\u043c \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0435 \u0435\u0449\u0451 \u043d\u0435\u0442. \u0421\u043e\u0437\u0434\u0430\u0439\u0442\u0435 \u0436\u0443\u0440\u043d\u0430\u043b \u0441\u0432\u043e\u0435\u0439 \u0448\u043a\u043e\u043b\u044b \u2014 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0437\u0430\u0432\u0435\u0434\u0451\u0442 \u0437\u0430\u0448\u0438\u0444\u0440\u043e\u0432\u0430\u043d\u043d\u0443\u044e \u0431\u0430\u0437\u0443 \u0438 \u0443\u0447\u0451\u0442\u043d\u0443\u044e \u0437\u0430\u043f\u0438\u0441\u044c \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440\u0430, \u0430 \u0437\u0430\u0442\u0435\u043c \u043e\u0442\u043a\u0440\u043e\u0435\u0442 \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0443 \u00ab\u041f\u043e\u0434\u0433\u043e\u0442\u043e\u0432\u043a\u0430 \u0443\u0447\u0435\u0431\u043d\u043e\u0433\u043e \u0433\u043e\u0434\u0430\u00bb. \u0418"
                        "\u043b\u0438 \u043e\u0442\u043a\u0440\u043e\u0439\u0442\u0435 \u0434\u0435\u043c\u043e\u043d\u0441\u0442\u0440\u0430\u0446\u0438\u043e\u043d\u043d\u0443\u044e \u0448\u043a\u043e\u043b\u0443, \u0447\u0442\u043e\u0431\u044b \u043f\u043e\u0441\u043c\u043e\u0442\u0440\u0435\u0442\u044c, \u043a\u0430\u043a \u0432\u0441\u0451 \u0443\u0441\u0442\u0440\u043e\u0435\u043d\u043e.", None))
        self.schoolBox.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0436\u0443\u0440\u043d\u0430\u043b \u0448\u043a\u043e\u043b\u044b", None))
        self.schoolLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u041f\u043e\u043b\u043d\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435 \u0448\u043a\u043e\u043b\u044b", None))
        self.shortLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.loginLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u041b\u043e\u0433\u0438\u043d \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440\u0430", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u041f\u0430\u0440\u043e\u043b\u044c", None))
        self.repeatLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u041f\u043e\u0432\u0442\u043e\u0440 \u043f\u0430\u0440\u043e\u043b\u044f", None))
        self.error.setText("")
        self.createButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0436\u0443\u0440\u043d\u0430\u043b \u0448\u043a\u043e\u043b\u044b", None))
        self.demoButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0434\u0435\u043c\u043e\u043d\u0441\u0442\u0440\u0430\u0446\u0438\u043e\u043d\u043d\u0443\u044e \u0448\u043a\u043e\u043b\u0443", None))
        self.quitButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u0412\u044b\u0439\u0442\u0438", None))
    # retranslateUi

