# Generated from forms/LoginDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'LoginDialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(460, 300)
        LoginDialog.setModal(True)
        self.layout = QVBoxLayout(LoginDialog)
        self.layout.setSpacing(10)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(20, 20, 20, 16)
        self.title = QLabel(LoginDialog)
        self.title.setObjectName(u"title")
        self.title.setWordWrap(True)

        self.layout.addWidget(self.title)

        self.info = QLabel(LoginDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.loginLabel = QLabel(LoginDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(LoginDialog)
        self.login.setObjectName(u"login")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.passwordLabel = QLabel(LoginDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(LoginDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.layout.addLayout(self.form)

        self.error = QLabel(LoginDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.switchUser = QPushButton(LoginDialog)
        self.switchUser.setObjectName(u"switchUser")

        self.buttons.addWidget(self.switchUser)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.quit = QPushButton(LoginDialog)
        self.quit.setObjectName(u"quit")

        self.buttons.addWidget(self.quit)

        self.signIn = QPushButton(LoginDialog)
        self.signIn.setObjectName(u"signIn")

        self.buttons.addWidget(self.signIn)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.login, self.password)
        QWidget.setTabOrder(self.password, self.signIn)
        QWidget.setTabOrder(self.signIn, self.quit)
        QWidget.setTabOrder(self.quit, self.switchUser)

        self.retranslateUi(LoginDialog)

        self.signIn.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"\u0412\u0445\u043e\u0434 \u0432 \u044d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u044b\u0439 \u0436\u0443\u0440\u043d\u0430\u043b", None))
        self.title.setText(QCoreApplication.translate("LoginDialog", u"\u042d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u044b\u0439 \u0436\u0443\u0440\u043d\u0430\u043b", None))
        self.info.setText(QCoreApplication.translate("LoginDialog", u"\u0412\u0432\u0435\u0434\u0438\u0442\u0435 \u043b\u043e\u0433\u0438\u043d \u0438 \u043f\u0430\u0440\u043e\u043b\u044c, \u0432\u044b\u0434\u0430\u043d\u043d\u044b\u0435 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440\u043e\u043c \u0438\u043b\u0438 \u043a\u043b\u0430\u0441\u0441\u043d\u044b\u043c \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u0435\u043c.", None))
        self.loginLabel.setText(QCoreApplication.translate("LoginDialog", u"&\u041b\u043e\u0433\u0438\u043d:", None))
#if QT_CONFIG(accessibility)
        self.login.setAccessibleName(QCoreApplication.translate("LoginDialog", u"\u041b\u043e\u0433\u0438\u043d", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"&\u041f\u0430\u0440\u043e\u043b\u044c:", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("LoginDialog", u"\u041f\u0430\u0440\u043e\u043b\u044c", None))
#endif // QT_CONFIG(accessibility)
        self.error.setText("")
        self.switchUser.setText(QCoreApplication.translate("LoginDialog", u"\u0421\u043c\u0435\u043d\u0438\u0442\u044c &\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f", None))
        self.quit.setText(QCoreApplication.translate("LoginDialog", u"&\u0412\u044b\u0445\u043e\u0434", None))
        self.signIn.setText(QCoreApplication.translate("LoginDialog", u"&\u0412\u043e\u0439\u0442\u0438", None))
    # retranslateUi

