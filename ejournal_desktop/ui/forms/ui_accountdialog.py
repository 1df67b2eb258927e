# Generated from forms/AccountDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'AccountDialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(520, 420)
        self.layout = QVBoxLayout(AccountDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.loginLabel = QLabel(AccountDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(AccountDialog)
        self.login.setObjectName(u"login")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.login)

        self.kindLabel = QLabel(AccountDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.personKind = QComboBox(AccountDialog)
        self.personKind.setObjectName(u"personKind")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personKind)

        self.personLabel = QLabel(AccountDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.person = QComboBox(AccountDialog)
        self.person.setObjectName(u"person")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.person)


        self.layout.addLayout(self.form)

        self.rolesBox = QGroupBox(AccountDialog)
        self.rolesBox.setObjectName(u"rolesBox")
        self.rolesLayout = QVBoxLayout(self.rolesBox)
        self.rolesLayout.setObjectName(u"rolesLayout")

        self.layout.addWidget(self.rolesBox)

        self.error = QLabel(AccountDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(AccountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.login)
        self.kindLabel.setBuddy(self.personKind)
        self.personLabel.setBuddy(self.person)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AccountDialog)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"\u0423\u0447\u0451\u0442\u043d\u0430\u044f \u0437\u0430\u043f\u0438\u0441\u044c", None))
        self.loginLabel.setText(QCoreApplication.translate("AccountDialog", u"&\u041b\u043e\u0433\u0438\u043d:", None))
        self.kindLabel.setText(QCoreApplication.translate("AccountDialog", u"&\u041a\u0442\u043e \u044d\u0442\u043e:", None))
        self.personLabel.setText(QCoreApplication.translate("AccountDialog", u"&\u0427\u0435\u043b\u043e\u0432\u0435\u043a:", None))
        self.rolesBox.setTitle(QCoreApplication.translate("AccountDialog", u"\u0420\u043e\u043b\u0438", None))
        self.error.setText("")
    # retranslateUi

