# Generated from forms/StaffDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'StaffDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(520, 420)
        self.layout = QVBoxLayout(StaffDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.surnameLabel = QLabel(StaffDialog)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surname = QLineEdit(StaffDialog)
        self.surname.setObjectName(u"surname")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surname)

        self.nameLabel = QLabel(StaffDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(StaffDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.patronymicLabel = QLabel(StaffDialog)
        self.patronymicLabel.setObjectName(u"patronymicLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymicLabel)

        self.patronymic = QLineEdit(StaffDialog)
        self.patronymic.setObjectName(u"patronymic")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic)

        self.positionLabel = QLabel(StaffDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.position = QComboBox(StaffDialog)
        self.position.setObjectName(u"position")
        self.position.setEditable(True)
        self.position.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.position)

        self.phoneLabel = QLabel(StaffDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(StaffDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(StaffDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(StaffDialog)
        self.email.setObjectName(u"email")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email)

        self.hiredLabel = QLabel(StaffDialog)
        self.hiredLabel.setObjectName(u"hiredLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hiredLabel)

        self.hiredOn = DateEdit(StaffDialog)
        self.hiredOn.setObjectName(u"hiredOn")
        self.hiredOn.setCalendarPopup(True)
        self.hiredOn.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hiredOn)

        self.dismissed = QCheckBox(StaffDialog)
        self.dismissed.setObjectName(u"dismissed")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dismissed)

        self.dismissedOn = DateEdit(StaffDialog)
        self.dismissedOn.setObjectName(u"dismissedOn")
        self.dismissedOn.setCalendarPopup(True)
        self.dismissedOn.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dismissedOn)


        self.layout.addLayout(self.form)

        self.taught = QLabel(StaffDialog)
        self.taught.setObjectName(u"taught")
        self.taught.setWordWrap(True)

        self.layout.addWidget(self.taught)

        self.records = QPushButton(StaffDialog)
        self.records.setObjectName(u"records")

        self.layout.addWidget(self.records)

        self.spacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.error = QLabel(StaffDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.surnameLabel.setBuddy(self.surname)
        self.nameLabel.setBuddy(self.name)
        self.patronymicLabel.setBuddy(self.patronymic)
        self.positionLabel.setBuddy(self.position)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.hiredLabel.setBuddy(self.hiredOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"\u041a\u0430\u0440\u0442\u043e\u0447\u043a\u0430 \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0430", None))
        self.surnameLabel.setText(QCoreApplication.translate("StaffDialog", u"&\u0424\u0430\u043c\u0438\u043b\u0438\u044f:", None))
        self.nameLabel.setText(QCoreApplication.translate("StaffDialog", u"&\u0418\u043c\u044f:", None))
        self.patronymicLabel.setText(QCoreApplication.translate("StaffDialog", u"&\u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e:", None))
        self.positionLabel.setText(QCoreApplication.translate("StaffDialog", u"&\u0414\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c:", None))
        self.phoneLabel.setText(QCoreApplication.translate("StaffDialog", u"&\u0422\u0435\u043b\u0435\u0444\u043e\u043d:", None))
        self.phone.setPlaceholderText(QCoreApplication.translate("StaffDialog", u"+7 900 123-45-67", None))
        self.emailLabel.setText(QCoreApplication.translate("StaffDialog", u"&\u042d\u043b. \u043f\u043e\u0447\u0442\u0430:", None))
        self.hiredLabel.setText(QCoreApplication.translate("StaffDialog", u"\u041f\u0440\u0438\u043d\u044f\u0442(\u0430) \u043d\u0430 &\u0440\u0430\u0431\u043e\u0442\u0443:", None))
        self.dismissed.setText(QCoreApplication.translate("StaffDialog", u"&\u0423\u0432\u043e\u043b\u0435\u043d(\u0430) \u0441:", None))
        self.taught.setText("")
        self.records.setText(QCoreApplication.translate("StaffDialog", u"\u0421\u043e&\u0433\u043b\u0430\u0441\u0438\u0435 \u043d\u0430 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0443 \u041f\u0414 \u0438 \u043f\u043e\u0440\u0442\u0444\u043e\u043b\u0438\u043e\u2026", None))
        self.error.setText("")
    # retranslateUi

