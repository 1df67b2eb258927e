# Generated from forms/SettingsDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SettingsDialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(760, 720)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.computerTab = QWidget()
        self.computerTab.setObjectName(u"computerTab")
        self.computerLayout = QFormLayout(self.computerTab)
        self.computerLayout.setObjectName(u"computerLayout")
        self.languageLabel = QLabel(self.computerTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.computerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.computerTab)
        self.language.setObjectName(u"language")

        self.computerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.fontSizeLabel = QLabel(self.computerTab)
        self.fontSizeLabel.setObjectName(u"fontSizeLabel")

        self.computerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fontSizeLabel)

        self.fontSize = QComboBox(self.computerTab)
        self.fontSize.setObjectName(u"fontSize")

        self.computerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fontSize)

        self.databaseLabel = QLabel(self.computerTab)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.computerLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.database = QLineEdit(self.computerTab)
        self.database.setObjectName(u"database")

        self.databaseRow.addWidget(self.database)

        self.chooseDatabase = QPushButton(self.computerTab)
        self.chooseDatabase.setObjectName(u"chooseDatabase")

        self.databaseRow.addWidget(self.chooseDatabase)


        self.computerLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.databaseRow)

        self.serverPasswordLabel = QLabel(self.computerTab)
        self.serverPasswordLabel.setObjectName(u"serverPasswordLabel")

        self.computerLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serverPasswordLabel)

        self.serverPassword = QLineEdit(self.computerTab)
        self.serverPassword.setObjectName(u"serverPassword")
        self.serverPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.computerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.serverPassword)

        self.computerNote = QLabel(self.computerTab)
        self.computerNote.setObjectName(u"computerNote")
        self.computerNote.setWordWrap(True)

        self.computerLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.computerNote)

        self.tabs.addTab(self.computerTab, "")
        self.schoolTab = QWidget()
        self.schoolTab.setObjectName(u"schoolTab")
        self.schoolLayout = QFormLayout(self.schoolTab)
        self.schoolLayout.setObjectName(u"schoolLayout")
        self.schoolNameLabel = QLabel(self.schoolTab)
        self.schoolNameLabel.setObjectName(u"schoolNameLabel")

        self.schoolLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolNameLabel)

        self.schoolName = QLineEdit(self.schoolTab)
        self.schoolName.setObjectName(u"schoolName")

        self.schoolLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolName)

        self.shortNameLabel = QLabel(self.schoolTab)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.schoolLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortName = QLineEdit(self.schoolTab)
        self.shortName.setObjectName(u"shortName")

        self.schoolLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shortName)

        self.addressLabel = QLabel(self.schoolTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.schoolLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.schoolTab)
        self.address.setObjectName(u"address")

        self.schoolLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.address)

        self.directorLabel = QLabel(self.schoolTab)
        self.directorLabel.setObjectName(u"directorLabel")

        self.schoolLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.directorLabel)

        self.director = QLineEdit(self.schoolTab)
        self.director.setObjectName(u"director")

        self.schoolLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.director)

        self.phoneLabel = QLabel(self.schoolTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.schoolLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.schoolTab)
        self.phone.setObjectName(u"phone")

        self.schoolLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.schoolNote = QLabel(self.schoolTab)
        self.schoolNote.setObjectName(u"schoolNote")
        self.schoolNote.setWordWrap(True)

        self.schoolLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.schoolNote)

        self.tabs.addTab(self.schoolTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesLayout = QVBoxLayout(self.rulesTab)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesNote = QLabel(self.rulesTab)
        self.rulesNote.setObjectName(u"rulesNote")
        self.rulesNote.setWordWrap(True)

        self.rulesLayout.addWidget(self.rulesNote)

        self.rulesScroll = QScrollArea(self.rulesTab)
        self.rulesScroll.setObjectName(u"rulesScroll")
        self.rulesScroll.setWidgetResizable(True)
        self.rulesScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rulesContents = QWidget()
        self.rulesContents.setObjectName(u"rulesContents")
        self.rulesContentsLayout = QVBoxLayout(self.rulesContents)
        self.rulesContentsLayout.setObjectName(u"rulesContentsLayout")
        self.settingsLayout = QFormLayout()
        self.settingsLayout.setObjectName(u"settingsLayout")

        self.rulesContentsLayout.addLayout(self.settingsLayout)

        self.rulesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rulesContentsLayout.addItem(self.rulesSpacer)

        self.rulesScroll.setWidget(self.rulesContents)

        self.rulesLayout.addWidget(self.rulesScroll)

        self.tabs.addTab(self.rulesTab, "")

        self.layout.addWidget(self.tabs)

        self.error = QLabel(SettingsDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.language)
        self.fontSizeLabel.setBuddy(self.fontSize)
        self.databaseLabel.setBuddy(self.database)
        self.serverPasswordLabel.setBuddy(self.serverPassword)
        self.schoolNameLabel.setBuddy(self.schoolName)
        self.shortNameLabel.setBuddy(self.shortName)
        self.addressLabel.setBuddy(self.address)
        self.directorLabel.setBuddy(self.director)
        self.phoneLabel.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.language)
        QWidget.setTabOrder(self.language, self.fontSize)
        QWidget.setTabOrder(self.fontSize, self.database)
        QWidget.setTabOrder(self.database, self.chooseDatabase)
        QWidget.setTabOrder(self.chooseDatabase, self.serverPassword)
        QWidget.setTabOrder(self.serverPassword, self.schoolName)
        QWidget.setTabOrder(self.schoolName, self.shortName)
        QWidget.setTabOrder(self.shortName, self.address)
        QWidget.setTabOrder(self.address, self.director)
        QWidget.setTabOrder(self.director, self.phone)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u042f\u0437\u044b\u043a \u0438\u043d\u0442\u0435\u0440\u0444\u0435\u0439\u0441\u0430:", None))
        self.fontSizeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0420\u0430\u0437\u043c\u0435\u0440 \u0448\u0440\u0438\u0444\u0442\u0430:", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0424\u0430\u0439\u043b \u0431\u0430\u0437\u044b \u0436\u0443\u0440\u043d\u0430\u043b\u0430:", None))
        self.database.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u0444\u0430\u0439\u043b .db \u0438\u043b\u0438 \u0430\u0434\u0440\u0435\u0441 \u0441\u0435\u0440\u0432\u0435\u0440\u0430 postgresql://\u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044c@\u0441\u0435\u0440\u0432\u0435\u0440/\u0431\u0430\u0437\u0430", None))
        self.chooseDatabase.setText(QCoreApplication.translate("SettingsDialog", u"&\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.serverPasswordLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u041f\u0430\u0440\u043e\u043b\u044c \u0441\u0435\u0440\u0432\u0435\u0440\u0430:", None))
        self.serverPassword.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"\u0445\u0440\u0430\u043d\u0438\u0442\u0441\u044f \u0432 \u0445\u0440\u0430\u043d\u0438\u043b\u0438\u0449\u0435 \u043a\u043b\u044e\u0447\u0435\u0439 \u044d\u0442\u043e\u0433\u043e \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0430", None))
        self.computerNote.setText(QCoreApplication.translate("SettingsDialog", u"\u042f\u0437\u044b\u043a \u0438 \u0444\u0430\u0439\u043b \u0431\u0430\u0437\u044b \u043f\u0440\u0438\u043c\u0435\u043d\u044f\u044e\u0442\u0441\u044f \u043f\u0440\u0438 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u043c \u0437\u0430\u043f\u0443\u0441\u043a\u0435 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u044b; \u0440\u0430\u0437\u043c\u0435\u0440 \u0448\u0440\u0438\u0444\u0442\u0430 \u2014 \u0441\u0440\u0430\u0437\u0443.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.computerTab), QCoreApplication.translate("SettingsDialog", u"\u042d\u0442\u043e\u0442 \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440", None))
        self.schoolNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u041f\u043e\u043b\u043d\u043e\u0435 &\u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.shortNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.addressLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0410\u0434\u0440\u0435\u0441:", None))
        self.directorLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0414\u0438\u0440\u0435\u043a\u0442\u043e\u0440 (\u0424\u0430\u043c\u0438\u043b\u0438\u044f \u0418. \u041e.):", None))
        self.phoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"&\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.schoolTab), QCoreApplication.translate("SettingsDialog", u"\u0428\u043a\u043e\u043b\u0430", None))
        self.rulesNote.setText(QCoreApplication.translate("SettingsDialog", u"\u041a\u0430\u0436\u0434\u0430\u044f \u043d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0430 \u2014 \u0441\u043e \u0441\u0432\u043e\u0438\u043c\u0438 \u0434\u043e\u043f\u0443\u0441\u0442\u0438\u043c\u044b\u043c\u0438 \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u044f\u043c\u0438; \u043d\u0430\u0432\u0435\u0434\u0438\u0442\u0435 \u0443\u043a\u0430\u0437\u0430\u0442\u0435\u043b\u044c, \u0447\u0442\u043e\u0431\u044b \u043f\u0440\u043e\u0447\u0438\u0442\u0430\u0442\u044c, \u0447\u0442\u043e \u043e\u043d\u0430 \u0440\u0435\u0448\u0430\u0435\u0442. \u0421\u043e\u0445\u0440\u0430\u043d\u044f\u044e\u0442\u0441\u044f \u0432\u0441\u0435 \u0432\u043c\u0435\u0441\u0442\u0435.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("SettingsDialog", u"\u041f\u0440\u0430\u0432\u0438\u043b\u0430 \u0436\u0443\u0440\u043d\u0430\u043b\u0430", None))
    # retranslateUi

