# Generated from forms/AccountsPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'AccountsPage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage):
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        AccountsPage.resize(900, 600)
        self.layout = QVBoxLayout(AccountsPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(AccountsPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.search = QLineEdit(AccountsPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.search)

        self.showDisabled = QCheckBox(AccountsPage)
        self.showDisabled.setObjectName(u"showDisabled")
        self.showDisabled.setChecked(True)

        self.filterRow.addWidget(self.showDisabled)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(AccountsPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.create = QPushButton(AccountsPage)
        self.create.setObjectName(u"create")

        self.buttons.addWidget(self.create)

        self.edit = QPushButton(AccountsPage)
        self.edit.setObjectName(u"edit")

        self.buttons.addWidget(self.edit)

        self.toggleDisabled = QPushButton(AccountsPage)
        self.toggleDisabled.setObjectName(u"toggleDisabled")

        self.buttons.addWidget(self.toggleDisabled)

        self.resetPassword = QPushButton(AccountsPage)
        self.resetPassword.setObjectName(u"resetPassword")

        self.buttons.addWidget(self.resetPassword)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttons)

        self.computerRow = QHBoxLayout()
        self.computerRow.setObjectName(u"computerRow")
        self.computerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.computerRow.addItem(self.computerSpacer)

        self.keyOnThisPc = QCheckBox(AccountsPage)
        self.keyOnThisPc.setObjectName(u"keyOnThisPc")

        self.computerRow.addWidget(self.keyOnThisPc)

        self.classSlips = QPushButton(AccountsPage)
        self.classSlips.setObjectName(u"classSlips")

        self.computerRow.addWidget(self.classSlips)


        self.layout.addLayout(self.computerRow)


        self.retranslateUi(AccountsPage)

        QMetaObject.connectSlotsByName(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage):
        self.heading.setText(QCoreApplication.translate("AccountsPage", u"\u0423\u0447\u0451\u0442\u043d\u044b\u0435 \u0437\u0430\u043f\u0438\u0441\u0438", None))
        self.search.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u041f\u043e\u0438\u0441\u043a \u043f\u043e \u043b\u043e\u0433\u0438\u043d\u0443 \u0438\u043b\u0438 \u0438\u043c\u0435\u043d\u0438\u2026", None))
        self.showDisabled.setText(QCoreApplication.translate("AccountsPage", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u043e\u0442\u043a\u043b\u044e\u0447\u0451\u043d\u043d\u044b\u0435", None))
        self.create.setText(QCoreApplication.translate("AccountsPage", u"&\u0421\u043e\u0437\u0434\u0430\u0442\u044c\u2026", None))
        self.edit.setText(QCoreApplication.translate("AccountsPage", u"&\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c\u2026", None))
        self.toggleDisabled.setText(QCoreApplication.translate("AccountsPage", u"&\u041e\u0442\u043a\u043b\u044e\u0447\u0438\u0442\u044c", None))
        self.resetPassword.setText(QCoreApplication.translate("AccountsPage", u"\u0421\u0431\u0440\u043e\u0441\u0438\u0442\u044c \u043f&\u0430\u0440\u043e\u043b\u044c", None))
        self.keyOnThisPc.setText(QCoreApplication.translate("AccountsPage", u"\u0425\u0440\u0430\u043d\u0438\u0442\u044c \u043a\u043b\u044e\u0447 \u0431\u0430\u0437\u044b \u043d\u0430 \u044d\u0442\u043e\u043c \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0435", None))
#if QT_CONFIG(tooltip)
        self.keyOnThisPc.setToolTip(QCoreApplication.translate("AccountsPage", u"\u041d\u0443\u0436\u043d\u043e \u0434\u043b\u044f \u043a\u043e\u043c\u043f\u044c\u044e\u0442\u0435\u0440\u0430, \u0433\u0434\u0435 \u0432\u0445\u043e\u0434\u044f\u0442 \u0440\u043e\u0434\u0438\u0442\u0435\u043b\u0438 \u0438 \u0443\u0447\u0435\u043d\u0438\u043a\u0438, \u0438 \u0434\u043b\u044f \u0440\u0435\u0437\u0435\u0440\u0432\u043d\u043e\u0433\u043e \u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u044f \u043f\u043e \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u044e", None))
#endif // QT_CONFIG(tooltip)
        self.classSlips.setText(QCoreApplication.translate("AccountsPage", u"&\u041f\u0430\u0440\u043e\u043b\u0438 \u0434\u043b\u044f \u043a\u043b\u0430\u0441\u0441\u0430 (PDF)\u2026", None))
        pass
    # retranslateUi

