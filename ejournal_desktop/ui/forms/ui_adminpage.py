# Generated from forms/AdminPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'AdminPage.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        AdminPage.resize(900, 600)
        self.layout = QVBoxLayout(AdminPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(AdminPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.accountsTab = QWidget()
        self.accountsTab.setObjectName(u"accountsTab")
        self.accountsLayout = QVBoxLayout(self.accountsTab)
        self.accountsLayout.setObjectName(u"accountsLayout")
        self.accountsLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.accountsTab, "")
        self.backupTab = QWidget()
        self.backupTab.setObjectName(u"backupTab")
        self.backupLayout = QVBoxLayout(self.backupTab)
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.backupTab, "")
        self.yearClosingTab = QWidget()
        self.yearClosingTab.setObjectName(u"yearClosingTab")
        self.yearClosingLayout = QVBoxLayout(self.yearClosingTab)
        self.yearClosingLayout.setObjectName(u"yearClosingLayout")
        self.yearClosingLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.yearClosingTab, "")
        self.exchangeTab = QWidget()
        self.exchangeTab.setObjectName(u"exchangeTab")
        self.exchangeLayout = QVBoxLayout(self.exchangeTab)
        self.exchangeLayout.setObjectName(u"exchangeLayout")
        self.exchangeLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.exchangeTab, "")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(AdminPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        self.tabs.setTabText(self.tabs.indexOf(self.accountsTab), QCoreApplication.translate("AdminPage", u"\u0423\u0447\u0451\u0442\u043d\u044b\u0435 \u0437\u0430\u043f\u0438\u0441\u0438", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backupTab), QCoreApplication.translate("AdminPage", u"\u0420\u0435\u0437\u0435\u0440\u0432\u043d\u043e\u0435 \u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.tabs.setTabText(self.tabs.indexOf(self.yearClosingTab), QCoreApplication.translate("AdminPage", u"\u0417\u0430\u043a\u0440\u044b\u0442\u0438\u0435 \u0433\u043e\u0434\u0430", None))
        self.tabs.setTabText(self.tabs.indexOf(self.exchangeTab), QCoreApplication.translate("AdminPage", u"\u041e\u0431\u043c\u0435\u043d \u0434\u0430\u043d\u043d\u044b\u043c\u0438", None))
        pass
    # retranslateUi

