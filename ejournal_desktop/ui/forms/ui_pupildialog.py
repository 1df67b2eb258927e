# Generated from forms/PupilDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'PupilDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_PupilDialog(object):
    def setupUi(self, PupilDialog):
        if not PupilDialog.objectName():
            PupilDialog.setObjectName(u"PupilDialog")
        PupilDialog.resize(760, 560)
        self.layout = QVBoxLayout(PupilDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(PupilDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.tabs = QTabWidget(PupilDialog)
        self.tabs.setObjectName(u"tabs")
        self.personalTab = QWidget()
        self.personalTab.setObjectName(u"personalTab")
        self.personalTabLayout = QVBoxLayout(self.personalTab)
        self.personalTabLayout.setObjectName(u"personalTabLayout")
        self.personalForm = QFormLayout()
        self.personalForm.setObjectName(u"personalForm")
        self.surnameLabel = QLabel(self.personalTab)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.personalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surname = QLineEdit(self.personalTab)
        self.surname.setObjectName(u"surname")
        self.surname.setMaxLength(100)

        self.personalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surname)

        self.nameLabel = QLabel(self.personalTab)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.personalTab)
        self.name.setObjectName(u"name")
        self.name.setMaxLength(100)

        self.personalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.patronymicLabel = QLabel(self.personalTab)
        self.patronymicLabel.setObjectName(u"patronymicLabel")

        self.personalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymicLabel)

        self.patronymic = QLineEdit(self.personalTab)
        self.patronymic.setObjectName(u"patronymic")
        self.patronymic.setMaxLength(100)

        self.personalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic)

        self.birthDateLabel = QLabel(self.personalTab)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDate = DateEdit(self.personalTab)
        self.birthDate.setObjectName(u"birthDate")
        self.birthDate.setCalendarPopup(True)
        self.birthDate.setDisplayFormat(u"dd.MM.yyyy")

        self.personalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDate)

        self.sexLabel = QLabel(self.personalTab)
        self.sexLabel.setObjectName(u"sexLabel")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(self.personalTab)
        self.sex.setObjectName(u"sex")

        self.personalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sex)

        self.addressLabel = QLabel(self.personalTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.personalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.personalTab)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(500)

        self.personalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.personalTab)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.personalTab)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(100)

        self.personalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone)

        self.documentLabel = QLabel(self.personalTab)
        self.documentLabel.setObjectName(u"documentLabel")

        self.personalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.documentLabel)

        self.document = QLineEdit(self.personalTab)
        self.document.setObjectName(u"document")
        self.document.setMaxLength(200)

        self.personalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.document)

        self.snilsLabel = QLabel(self.personalTab)
        self.snilsLabel.setObjectName(u"snilsLabel")

        self.personalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.snilsLabel)

        self.snils = QLineEdit(self.personalTab)
        self.snils.setObjectName(u"snils")
        self.snils.setMaxLength(20)

        self.personalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.snils)


        self.personalTabLayout.addLayout(self.personalForm)

        self.certificateBox = QGroupBox(self.personalTab)
        self.certificateBox.setObjectName(u"certificateBox")
        self.certificateForm = QFormLayout(self.certificateBox)
        self.certificateForm.setObjectName(u"certificateForm")
        self.certKindLabel = QLabel(self.certificateBox)
        self.certKindLabel.setObjectName(u"certKindLabel")

        self.certificateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.certKindLabel)

        self.certKind = QComboBox(self.certificateBox)
        self.certKind.setObjectName(u"certKind")

        self.certificateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.certKind)

        self.certSeriesLabel = QLabel(self.certificateBox)
        self.certSeriesLabel.setObjectName(u"certSeriesLabel")

        self.certificateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.certSeriesLabel)

        self.certNumberRow = QHBoxLayout()
        self.certNumberRow.setObjectName(u"certNumberRow")
        self.certSeries = QLineEdit(self.certificateBox)
        self.certSeries.setObjectName(u"certSeries")
        self.certSeries.setMaxLength(20)

        self.certNumberRow.addWidget(self.certSeries)

        self.certNumber = QLineEdit(self.certificateBox)
        self.certNumber.setObjectName(u"certNumber")
        self.certNumber.setMaxLength(20)

        self.certNumberRow.addWidget(self.certNumber)


        self.certificateForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.certNumberRow)

        self.certRegLabel = QLabel(self.certificateBox)
        self.certRegLabel.setObjectName(u"certRegLabel")

        self.certificateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.certRegLabel)

        self.certRegistration = QLineEdit(self.certificateBox)
        self.certRegistration.setObjectName(u"certRegistration")
        self.certRegistration.setMaxLength(30)

        self.certificateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.certRegistration)

        self.certIssuedLabel = QLabel(self.certificateBox)
        self.certIssuedLabel.setObjectName(u"certIssuedLabel")

        self.certificateForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.certIssuedLabel)

        self.certIssuedRow = QHBoxLayout()
        self.certIssuedRow.setObjectName(u"certIssuedRow")
        self.certIssued = DateEdit(self.certificateBox)
        self.certIssued.setObjectName(u"certIssued")
        self.certIssued.setCalendarPopup(True)
        self.certIssued.setDisplayFormat(u"dd.MM.yyyy")

        self.certIssuedRow.addWidget(self.certIssued)

        self.certHonours = QCheckBox(self.certificateBox)
        self.certHonours.setObjectName(u"certHonours")

        self.certIssuedRow.addWidget(self.certHonours)

        self.saveCertificate = QPushButton(self.certificateBox)
        self.saveCertificate.setObjectName(u"saveCertificate")

        self.certIssuedRow.addWidget(self.saveCertificate)


        self.certificateForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.certIssuedRow)


        self.personalTabLayout.addWidget(self.certificateBox)

        self.personalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.personalTabLayout.addItem(self.personalSpacer)

        self.tabs.addTab(self.personalTab, "")
        self.guardiansTab = QWidget()
        self.guardiansTab.setObjectName(u"guardiansTab")
        self.guardiansTabLayout = QVBoxLayout(self.guardiansTab)
        self.guardiansTabLayout.setObjectName(u"guardiansTabLayout")
        self.guardians = QTableView(self.guardiansTab)
        self.guardians.setObjectName(u"guardians")
        self.guardians.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guardians.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guardians.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guardians.setAlternatingRowColors(True)
        self.guardians.setWordWrap(False)

        self.guardiansTabLayout.addWidget(self.guardians)

        self.guardianBox = QGroupBox(self.guardiansTab)
        self.guardianBox.setObjectName(u"guardianBox")
        self.guardianBoxLayout = QVBoxLayout(self.guardianBox)
        self.guardianBoxLayout.setObjectName(u"guardianBoxLayout")
        self.guardianForm = QFormLayout()
        self.guardianForm.setObjectName(u"guardianForm")
        self.gRelationLabel = QLabel(self.guardianBox)
        self.gRelationLabel.setObjectName(u"gRelationLabel")

        self.guardianForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gRelationLabel)

        self.gRelation = QComboBox(self.guardianBox)
        self.gRelation.setObjectName(u"gRelation")
        self.gRelation.setEditable(True)

        self.guardianForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gRelation)

        self.gSurnameLabel = QLabel(self.guardianBox)
        self.gSurnameLabel.setObjectName(u"gSurnameLabel")

        self.guardianForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.gSurnameLabel)

        self.gSurname = QLineEdit(self.guardianBox)
        self.gSurname.setObjectName(u"gSurname")

        self.guardianForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.gSurname)

        self.gNameLabel = QLabel(self.guardianBox)
        self.gNameLabel.setObjectName(u"gNameLabel")

        self.guardianForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.gNameLabel)

        self.gName = QLineEdit(self.guardianBox)
        self.gName.setObjectName(u"gName")

        self.guardianForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.gName)

        self.gPatronymicLabel = QLabel(self.guardianBox)
        self.gPatronymicLabel.setObjectName(u"gPatronymicLabel")

        self.guardianForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gPatronymicLabel)

        self.gPatronymic = QLineEdit(self.guardianBox)
        self.gPatronymic.setObjectName(u"gPatronymic")

        self.guardianForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gPatronymic)

        self.gPhoneLabel = QLabel(self.guardianBox)
        self.gPhoneLabel.setObjectName(u"gPhoneLabel")

        self.guardianForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gPhoneLabel)

        self.gPhone = QLineEdit(self.guardianBox)
        self.gPhone.setObjectName(u"gPhone")

        self.guardianForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gPhone)

        self.gEmailLabel = QLabel(self.guardianBox)
        self.gEmailLabel.setObjectName(u"gEmailLabel")

        self.guardianForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.gEmailLabel)

        self.gEmail = QLineEdit(self.guardianBox)
        self.gEmail.setObjectName(u"gEmail")

        self.guardianForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.gEmail)


        self.guardianBoxLayout.addLayout(self.guardianForm)


        self.guardiansTabLayout.addWidget(self.guardianBox)

        self.guardianButtons = QHBoxLayout()
        self.guardianButtons.setObjectName(u"guardianButtons")
        self.newGuardian = QPushButton(self.guardiansTab)
        self.newGuardian.setObjectName(u"newGuardian")

        self.guardianButtons.addWidget(self.newGuardian)

        self.saveGuardian = QPushButton(self.guardiansTab)
        self.saveGuardian.setObjectName(u"saveGuardian")

        self.guardianButtons.addWidget(self.saveGuardian)

        self.removeGuardian = QPushButton(self.guardiansTab)
        self.removeGuardian.setObjectName(u"removeGuardian")

        self.guardianButtons.addWidget(self.removeGuardian)

        self.guardianButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.guardianButtons.addItem(self.guardianButtonsSpacer)


        self.guardiansTabLayout.addLayout(self.guardianButtons)

        self.tabs.addTab(self.guardiansTab, "")
        self.consentTab = QWidget()
        self.consentTab.setObjectName(u"consentTab")
        self.consentTabLayout = QVBoxLayout(self.consentTab)
        self.consentTabLayout.setObjectName(u"consentTabLayout")
        self.consentState = QLabel(self.consentTab)
        self.consentState.setObjectName(u"consentState")
        self.consentState.setWordWrap(True)

        self.consentTabLayout.addWidget(self.consentState)

        self.consents = QTableView(self.consentTab)
        self.consents.setObjectName(u"consents")
        self.consents.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents.setAlternatingRowColors(True)
        self.consents.setWordWrap(False)

        self.consentTabLayout.addWidget(self.consents)

        self.consentBox = QGroupBox(self.consentTab)
        self.consentBox.setObjectName(u"consentBox")
        self.consentBoxLayout = QVBoxLayout(self.consentBox)
        self.consentBoxLayout.setObjectName(u"consentBoxLayout")
        self.consentForm = QFormLayout()
        self.consentForm.setObjectName(u"consentForm")
        self.givenByLabel = QLabel(self.consentBox)
        self.givenByLabel.setObjectName(u"givenByLabel")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenByLabel)

        self.givenBy = QLineEdit(self.consentBox)
        self.givenBy.setObjectName(u"givenBy")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenBy)

        self.givenOnLabel = QLabel(self.consentBox)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.givenOnLabel)

        self.givenOn = DateEdit(self.consentBox)
        self.givenOn.setObjectName(u"givenOn")
        self.givenOn.setCalendarPopup(True)
        self.givenOn.setDisplayFormat(u"dd.MM.yyyy")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.givenOn)

        self.consentDocumentLabel = QLabel(self.consentBox)
        self.consentDocumentLabel.setObjectName(u"consentDocumentLabel")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consentDocumentLabel)

        self.consentDocument = QLineEdit(self.consentBox)
        self.consentDocument.setObjectName(u"consentDocument")

        self.consentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.consentDocument)


        self.consentBoxLayout.addLayout(self.consentForm)


        self.consentTabLayout.addWidget(self.consentBox)

        self.consentButtons = QHBoxLayout()
        self.consentButtons.setObjectName(u"consentButtons")
        self.recordConsent = QPushButton(self.consentTab)
        self.recordConsent.setObjectName(u"recordConsent")

        self.consentButtons.addWidget(self.recordConsent)

        self.withdrawConsent = QPushButton(self.consentTab)
        self.withdrawConsent.setObjectName(u"withdrawConsent")

        self.consentButtons.addWidget(self.withdrawConsent)

        self.consentButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentButtons.addItem(self.consentButtonsSpacer)


        self.consentTabLayout.addLayout(self.consentButtons)

        self.tabs.addTab(self.consentTab, "")
        self.portfolioTab = QWidget()
        self.portfolioTab.setObjectName(u"portfolioTab")
        self.portfolioTabLayout = QVBoxLayout(self.portfolioTab)
        self.portfolioTabLayout.setObjectName(u"portfolioTabLayout")
        self.portfolioLimit = QLabel(self.portfolioTab)
        self.portfolioLimit.setObjectName(u"portfolioLimit")
        self.portfolioLimit.setWordWrap(True)

        self.portfolioTabLayout.addWidget(self.portfolioLimit)

        self.attachments = QTableView(self.portfolioTab)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachments.setAlternatingRowColors(True)
        self.attachments.setWordWrap(False)

        self.portfolioTabLayout.addWidget(self.attachments)

        self.portfolioButtons = QHBoxLayout()
        self.portfolioButtons.setObjectName(u"portfolioButtons")
        self.addFile = QPushButton(self.portfolioTab)
        self.addFile.setObjectName(u"addFile")

        self.portfolioButtons.addWidget(self.addFile)

        self.saveFile = QPushButton(self.portfolioTab)
        self.saveFile.setObjectName(u"saveFile")

        self.portfolioButtons.addWidget(self.saveFile)

        self.removeFile = QPushButton(self.portfolioTab)
        self.removeFile.setObjectName(u"removeFile")

        self.portfolioButtons.addWidget(self.removeFile)

        self.portfolioButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.portfolioButtons.addItem(self.portfolioButtonsSpacer)


        self.portfolioTabLayout.addLayout(self.portfolioButtons)

        self.tabs.addTab(self.portfolioTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.stays = QTableView(self.historyTab)
        self.stays.setObjectName(u"stays")
        self.stays.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stays.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stays.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stays.setAlternatingRowColors(True)
        self.stays.setWordWrap(False)

        self.historyTabLayout.addWidget(self.stays)

        self.tabs.addTab(self.historyTab, "")

        self.layout.addWidget(self.tabs)

        self.error = QLabel(PupilDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(PupilDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.surnameLabel.setBuddy(self.surname)
        self.nameLabel.setBuddy(self.name)
        self.patronymicLabel.setBuddy(self.patronymic)
        self.birthDateLabel.setBuddy(self.birthDate)
        self.sexLabel.setBuddy(self.sex)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.documentLabel.setBuddy(self.document)
        self.snilsLabel.setBuddy(self.snils)
        self.certKindLabel.setBuddy(self.certKind)
        self.certSeriesLabel.setBuddy(self.certSeries)
        self.certRegLabel.setBuddy(self.certRegistration)
        self.certIssuedLabel.setBuddy(self.certIssued)
        self.gRelationLabel.setBuddy(self.gRelation)
        self.gSurnameLabel.setBuddy(self.gSurname)
        self.gNameLabel.setBuddy(self.gName)
        self.gPatronymicLabel.setBuddy(self.gPatronymic)
        self.gPhoneLabel.setBuddy(self.gPhone)
        self.gEmailLabel.setBuddy(self.gEmail)
        self.givenByLabel.setBuddy(self.givenBy)
        self.givenOnLabel.setBuddy(self.givenOn)
        self.consentDocumentLabel.setBuddy(self.consentDocument)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PupilDialog)

        QMetaObject.connectSlotsByName(PupilDialog)
    # setupUi

    def retranslateUi(self, PupilDialog):
        PupilDialog.setWindowTitle(QCoreApplication.translate("PupilDialog", u"\u041a\u0430\u0440\u0442\u043e\u0447\u043a\u0430 \u0443\u0447\u0435\u043d\u0438\u043a\u0430", None))
        self.heading.setText("")
        self.surnameLabel.setText(QCoreApplication.translate("PupilDialog", u"&\u0424\u0430\u043c\u0438\u043b\u0438\u044f:", None))
        self.nameLabel.setText(QCoreApplication.translate("PupilDialog", u"&\u0418\u043c\u044f:", None))
        self.patronymicLabel.setText(QCoreApplication.translate("PupilDialog", u"&\u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e:", None))
        self.birthDateLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0414\u0430\u0442\u0430 &\u0440\u043e\u0436\u0434\u0435\u043d\u0438\u044f:", None))
        self.sexLabel.setText(QCoreApplication.translate("PupilDialog", u"\u041f\u043e&\u043b:", None))
        self.addressLabel.setText(QCoreApplication.translate("PupilDialog", u"&\u0410\u0434\u0440\u0435\u0441:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PupilDialog", u"&\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.documentLabel.setText(QCoreApplication.translate("PupilDialog", u"&\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442:", None))
        self.document.setPlaceholderText(QCoreApplication.translate("PupilDialog", u"\u0441\u0432\u0438\u0434\u0435\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u043e \u043e \u0440\u043e\u0436\u0434\u0435\u043d\u0438\u0438 \u0438\u043b\u0438 \u043f\u0430\u0441\u043f\u043e\u0440\u0442: \u0441\u0435\u0440\u0438\u044f, \u043d\u043e\u043c\u0435\u0440", None))
        self.snilsLabel.setText(QCoreApplication.translate("PupilDialog", u"&\u0421\u041d\u0418\u041b\u0421:", None))
        self.snils.setPlaceholderText(QCoreApplication.translate("PupilDialog", u"123-456-789 01", None))
        self.certificateBox.setTitle(QCoreApplication.translate("PupilDialog", u"\u0410\u0442\u0442\u0435\u0441\u0442\u0430\u0442 \u0432\u044b\u043f\u0443\u0441\u043a\u043d\u0438\u043a\u0430 (\u0434\u043b\u044f \u0424\u0418\u0421 \u0424\u0420\u0414\u041e)", None))
        self.certKindLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0412\u0438\u0434:", None))
        self.certSeriesLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0421\u0435\u0440\u0438\u044f \u0438 \u043d\u043e\u043c\u0435\u0440 \u0431\u043b\u0430\u043d\u043a\u0430:", None))
        self.certSeries.setPlaceholderText(QCoreApplication.translate("PupilDialog", u"\u0441\u0435\u0440\u0438\u044f (\u0435\u0441\u043b\u0438 \u0435\u0441\u0442\u044c)", None))
        self.certNumber.setPlaceholderText(QCoreApplication.translate("PupilDialog", u"\u043d\u043e\u043c\u0435\u0440: \u0442\u043e\u043b\u044c\u043a\u043e \u0446\u0438\u0444\u0440\u044b", None))
        self.certRegLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0420\u0435\u0433\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u043e\u043d\u043d\u044b\u0439 \u043d\u043e\u043c\u0435\u0440:", None))
        self.certIssuedLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0414\u0430\u0442\u0430 \u0432\u044b\u0434\u0430\u0447\u0438:", None))
        self.certHonours.setText(QCoreApplication.translate("PupilDialog", u"\u0441 &\u043e\u0442\u043b\u0438\u0447\u0438\u0435\u043c", None))
        self.saveCertificate.setText(QCoreApplication.translate("PupilDialog", u"\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c \u0430&\u0442\u0442\u0435\u0441\u0442\u0430\u0442", None))
        self.tabs.setTabText(self.tabs.indexOf(self.personalTab), QCoreApplication.translate("PupilDialog", u"\u041b\u0438\u0447\u043d\u044b\u0435 \u0434\u0430\u043d\u043d\u044b\u0435", None))
        self.guardianBox.setTitle(QCoreApplication.translate("PupilDialog", u"\u0420\u043e\u0434\u0438\u0442\u0435\u043b\u044c (\u0437\u0430\u043a\u043e\u043d\u043d\u044b\u0439 \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u044c)", None))
        self.gRelationLabel.setText(QCoreApplication.translate("PupilDialog", u"\u041a\u0435\u043c \u043f\u0440\u0438\u0445\u043e\u0434\u0438\u0442\u0441\u044f:", None))
        self.gSurnameLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f:", None))
        self.gNameLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0418\u043c\u044f:", None))
        self.gPatronymicLabel.setText(QCoreApplication.translate("PupilDialog", u"\u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e:", None))
        self.gPhoneLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.gEmailLabel.setText(QCoreApplication.translate("PupilDialog", u"\u042d\u043b. \u043f\u043e\u0447\u0442\u0430:", None))
        self.newGuardian.setText(QCoreApplication.translate("PupilDialog", u"&\u041d\u043e\u0432\u044b\u0439", None))
        self.saveGuardian.setText(QCoreApplication.translate("PupilDialog", u"&\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c \u0440\u043e\u0434\u0438\u0442\u0435\u043b\u044f", None))
        self.removeGuardian.setText(QCoreApplication.translate("PupilDialog", u"&\u0423\u0431\u0440\u0430\u0442\u044c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.guardiansTab), QCoreApplication.translate("PupilDialog", u"\u0420\u043e\u0434\u0438\u0442\u0435\u043b\u0438", None))
        self.consentState.setText("")
        self.consentBox.setTitle(QCoreApplication.translate("PupilDialog", u"\u041d\u043e\u0432\u043e\u0435 \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435 (152-\u0424\u0417)", None))
        self.givenByLabel.setText(QCoreApplication.translate("PupilDialog", u"\u041a\u0442\u043e \u0434\u0430\u043b (\u0440\u043e\u0434\u0438\u0442\u0435\u043b\u044c):", None))
        self.givenOnLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0414\u0430\u0442\u0430:", None))
        self.consentDocumentLabel.setText(QCoreApplication.translate("PupilDialog", u"\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442:", None))
        self.consentDocument.setPlaceholderText(QCoreApplication.translate("PupilDialog", u"\u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435 \u2116 \u2026", None))
        self.recordConsent.setText(QCoreApplication.translate("PupilDialog", u"&\u0417\u0430\u043f\u0438\u0441\u0430\u0442\u044c \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u0435", None))
        self.withdrawConsent.setText(QCoreApplication.translate("PupilDialog", u"&\u041e\u0442\u043e\u0437\u0432\u0430\u043d\u043e\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.consentTab), QCoreApplication.translate("PupilDialog", u"\u0421\u043e\u0433\u043b\u0430\u0441\u0438\u0435 \u043d\u0430 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0443 \u041f\u0414", None))
        self.portfolioLimit.setText("")
        self.addFile.setText(QCoreApplication.translate("PupilDialog", u"&\u041f\u0440\u0438\u043b\u043e\u0436\u0438\u0442\u044c \u0444\u0430\u0439\u043b\u2026", None))
        self.saveFile.setText(QCoreApplication.translate("PupilDialog", u"&\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043a\u0430\u043a\u2026", None))
        self.removeFile.setText(QCoreApplication.translate("PupilDialog", u"&\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.portfolioTab), QCoreApplication.translate("PupilDialog", u"\u041f\u043e\u0440\u0442\u0444\u043e\u043b\u0438\u043e", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("PupilDialog", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f", None))
        self.error.setText("")
    # retranslateUi

