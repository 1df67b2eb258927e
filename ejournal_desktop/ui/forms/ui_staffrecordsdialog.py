# Generated from forms/StaffRecordsDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'StaffRecordsDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_StaffRecordsDialog(object):
    def setupUi(self, StaffRecordsDialog):
        if not StaffRecordsDialog.objectName():
            StaffRecordsDialog.setObjectName(u"StaffRecordsDialog")
        StaffRecordsDialog.resize(720, 560)
        self.layout = QVBoxLayout(StaffRecordsDialog)
        self.layout.setObjectName(u"layout")
        self.consentBox = QGroupBox(StaffRecordsDialog)
        self.consentBox.setObjectName(u"consentBox")
        self.consentLayout = QVBoxLayout(self.consentBox)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentState = QLabel(self.consentBox)
        self.consentState.setObjectName(u"consentState")
        self.consentState.setWordWrap(True)

        self.consentLayout.addWidget(self.consentState)

        self.consents = QTableView(self.consentBox)
        self.consents.setObjectName(u"consents")
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.consentLayout.addWidget(self.consents)

        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.givenOnLabel = QLabel(self.consentBox)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.consentRow.addWidget(self.givenOnLabel)

        self.givenOn = DateEdit(self.consentBox)
        self.givenOn.setObjectName(u"givenOn")
        self.givenOn.setCalendarPopup(True)
        self.givenOn.setDisplayFormat(u"dd.MM.yyyy")

        self.consentRow.addWidget(self.givenOn)

        self.documentLabel = QLabel(self.consentBox)
        self.documentLabel.setObjectName(u"documentLabel")

        self.consentRow.addWidget(self.documentLabel)

        self.document = QLineEdit(self.consentBox)
        self.document.setObjectName(u"document")

        self.consentRow.addWidget(self.document)

        self.recordConsent = QPushButton(self.consentBox)
        self.recordConsent.setObjectName(u"recordConsent")

        self.consentRow.addWidget(self.recordConsent)

        self.withdrawConsent = QPushButton(self.consentBox)
        self.withdrawConsent.setObjectName(u"withdrawConsent")

        self.consentRow.addWidget(self.withdrawConsent)


        self.consentLayout.addLayout(self.consentRow)


        self.layout.addWidget(self.consentBox)

        self.portfolioBox = QGroupBox(StaffRecordsDialog)
        self.portfolioBox.setObjectName(u"portfolioBox")
        self.portfolioLayout = QVBoxLayout(self.portfolioBox)
        self.portfolioLayout.setObjectName(u"portfolioLayout")
        self.portfolioLimit = QLabel(self.portfolioBox)
        self.portfolioLimit.setObjectName(u"portfolioLimit")
        self.portfolioLimit.setWordWrap(True)

        self.portfolioLayout.addWidget(self.portfolioLimit)

        self.attachments = QTableView(self.portfolioBox)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.portfolioLayout.addWidget(self.attachments)

        self.portfolioRow = QHBoxLayout()
        self.portfolioRow.setObjectName(u"portfolioRow")
        self.addFile = QPushButton(self.portfolioBox)
        self.addFile.setObjectName(u"addFile")

        self.portfolioRow.addWidget(self.addFile)

        self.saveFile = QPushButton(self.portfolioBox)
        self.saveFile.setObjectName(u"saveFile")

        self.portfolioRow.addWidget(self.saveFile)

        self.removeFile = QPushButton(self.portfolioBox)
        self.removeFile.setObjectName(u"removeFile")

        self.portfolioRow.addWidget(self.removeFile)

        self.portfolioSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.portfolioRow.addItem(self.portfolioSpacer)


        self.portfolioLayout.addLayout(self.portfolioRow)


        self.layout.addWidget(self.portfolioBox)

        self.error = QLabel(StaffRecordsDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(StaffRecordsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenOnLabel.setBuddy(self.givenOn)
        self.documentLabel.setBuddy(self.document)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffRecordsDialog)

        QMetaObject.connectSlotsByName(StaffRecordsDialog)
    # setupUi

    def retranslateUi(self, StaffRecordsDialog):
        StaffRecordsDialog.setWindowTitle(QCoreApplication.translate("StaffRecordsDialog", u"\u0421\u043e\u0433\u043b\u0430\u0441\u0438\u0435 \u0438 \u043f\u043e\u0440\u0442\u0444\u043e\u043b\u0438\u043e \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0430", None))
        self.consentBox.setTitle(QCoreApplication.translate("StaffRecordsDialog", u"\u0421\u043e\u0433\u043b\u0430\u0441\u0438\u0435 \u043d\u0430 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0443 \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0445 \u0434\u0430\u043d\u043d\u044b\u0445", None))
        self.givenOnLabel.setText(QCoreApplication.translate("StaffRecordsDialog", u"\u0414&\u0430\u0442\u0430:", None))
        self.documentLabel.setText(QCoreApplication.translate("StaffRecordsDialog", u"&\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442:", None))
        self.document.setPlaceholderText(QCoreApplication.translate("StaffRecordsDialog", u"\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435 \u2116 15 \u043e\u0442 01.09.2026", None))
        self.recordConsent.setText(QCoreApplication.translate("StaffRecordsDialog", u"&\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435", None))
        self.withdrawConsent.setText(QCoreApplication.translate("StaffRecordsDialog", u"&\u041e\u0442\u043e\u0437\u0432\u0430\u043d\u043e\u2026", None))
        self.portfolioBox.setTitle(QCoreApplication.translate("StaffRecordsDialog", u"\u041f\u043e\u0440\u0442\u0444\u043e\u043b\u0438\u043e", None))
        self.addFile.setText(QCoreApplication.translate("StaffRecordsDialog", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0444\u0430\u0439\u043b\u2026", None))
        self.saveFile.setText(QCoreApplication.translate("StaffRecordsDialog", u"&\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0444\u0430\u0439\u043b\u2026", None))
        self.removeFile.setText(QCoreApplication.translate("StaffRecordsDialog", u"&\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0444\u0430\u0439\u043b", None))
    # retranslateUi

