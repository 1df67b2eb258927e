# Generated from forms/MovementDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'MovementDialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_MovementDialog(object):
    def setupUi(self, MovementDialog):
        if not MovementDialog.objectName():
            MovementDialog.setObjectName(u"MovementDialog")
        MovementDialog.resize(560, 460)
        self.layout = QVBoxLayout(MovementDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(MovementDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.whoBox = QGroupBox(MovementDialog)
        self.whoBox.setObjectName(u"whoBox")
        self.whoLayout = QVBoxLayout(self.whoBox)
        self.whoLayout.setObjectName(u"whoLayout")
        self.whoKind = QHBoxLayout()
        self.whoKind.setObjectName(u"whoKind")
        self.newPupil = QRadioButton(self.whoBox)
        self.newPupil.setObjectName(u"newPupil")
        self.newPupil.setChecked(True)

        self.whoKind.addWidget(self.newPupil)

        self.knownPupil = QRadioButton(self.whoBox)
        self.knownPupil.setObjectName(u"knownPupil")

        self.whoKind.addWidget(self.knownPupil)


        self.whoLayout.addLayout(self.whoKind)

        self.newPupilFields = QWidget(self.whoBox)
        self.newPupilFields.setObjectName(u"newPupilFields")
        self.newForm = QFormLayout(self.newPupilFields)
        self.newForm.setObjectName(u"newForm")
        self.newForm.setContentsMargins(0, 0, 0, 0)
        self.surnameLabel = QLabel(self.newPupilFields)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.surnameLabel)

        self.surname = QLineEdit(self.newPupilFields)
        self.surname.setObjectName(u"surname")

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.surname)

        self.nameLabel = QLabel(self.newPupilFields)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.newPupilFields)
        self.name.setObjectName(u"name")

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.patronymicLabel = QLabel(self.newPupilFields)
        self.patronymicLabel.setObjectName(u"patronymicLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.patronymicLabel)

        self.patronymic = QLineEdit(self.newPupilFields)
        self.patronymic.setObjectName(u"patronymic")

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.patronymic)

        self.birthLabel = QLabel(self.newPupilFields)
        self.birthLabel.setObjectName(u"birthLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthDate = DateEdit(self.newPupilFields)
        self.birthDate.setObjectName(u"birthDate")
        self.birthDate.setCalendarPopup(True)
        self.birthDate.setDisplayFormat(u"dd.MM.yyyy")

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.birthDate)

        self.sexLabel = QLabel(self.newPupilFields)
        self.sexLabel.setObjectName(u"sexLabel")

        self.newForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sex = QComboBox(self.newPupilFields)
        self.sex.setObjectName(u"sex")

        self.newForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sex)


        self.whoLayout.addWidget(self.newPupilFields)

        self.knownPupilFields = QWidget(self.whoBox)
        self.knownPupilFields.setObjectName(u"knownPupilFields")
        self.knownForm = QFormLayout(self.knownPupilFields)
        self.knownForm.setObjectName(u"knownForm")
        self.knownForm.setContentsMargins(0, 0, 0, 0)
        self.findLabel = QLabel(self.knownPupilFields)
        self.findLabel.setObjectName(u"findLabel")

        self.knownForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findLabel)

        self.find = QLineEdit(self.knownPupilFields)
        self.find.setObjectName(u"find")

        self.knownForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.find)

        self.pickLabel = QLabel(self.knownPupilFields)
        self.pickLabel.setObjectName(u"pickLabel")

        self.knownForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pickLabel)

        self.pick = QComboBox(self.knownPupilFields)
        self.pick.setObjectName(u"pick")

        self.knownForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pick)


        self.whoLayout.addWidget(self.knownPupilFields)

        self.pupilName = QLabel(self.whoBox)
        self.pupilName.setObjectName(u"pupilName")
        self.pupilName.setWordWrap(True)

        self.whoLayout.addWidget(self.pupilName)


        self.layout.addWidget(self.whoBox)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.classLabel = QLabel(MovementDialog)
        self.classLabel.setObjectName(u"classLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.targetClass = QComboBox(MovementDialog)
        self.targetClass.setObjectName(u"targetClass")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.targetClass)

        self.dateLabel = QLabel(MovementDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.date = DateEdit(MovementDialog)
        self.date.setObjectName(u"date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(u"dd.MM.yyyy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date)

        self.orderLabel = QLabel(MovementDialog)
        self.orderLabel.setObjectName(u"orderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orderLabel)

        self.orderNumber = QLineEdit(MovementDialog)
        self.orderNumber.setObjectName(u"orderNumber")
        self.orderNumber.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orderNumber)

        self.placeLabel = QLabel(MovementDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.place = QLineEdit(MovementDialog)
        self.place.setObjectName(u"place")
        self.place.setMaxLength(300)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place)


        self.layout.addLayout(self.form)

        self.error = QLabel(MovementDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MovementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.surnameLabel.setBuddy(self.surname)
        self.nameLabel.setBuddy(self.name)
        self.patronymicLabel.setBuddy(self.patronymic)
        self.birthLabel.setBuddy(self.birthDate)
        self.sexLabel.setBuddy(self.sex)
        self.findLabel.setBuddy(self.find)
        self.pickLabel.setBuddy(self.pick)
        self.classLabel.setBuddy(self.targetClass)
        self.dateLabel.setBuddy(self.date)
        self.orderLabel.setBuddy(self.orderNumber)
        self.placeLabel.setBuddy(self.place)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MovementDialog)

        QMetaObject.connectSlotsByName(MovementDialog)
    # setupUi

    def retranslateUi(self, MovementDialog):
        MovementDialog.setWindowTitle(QCoreApplication.translate("MovementDialog", u"\u0414\u0432\u0438\u0436\u0435\u043d\u0438\u0435 \u0443\u0447\u0430\u0449\u0438\u0445\u0441\u044f", None))
        self.intro.setText("")
        self.whoBox.setTitle(QCoreApplication.translate("MovementDialog", u"\u0423\u0447\u0435\u043d\u0438\u043a", None))
        self.newPupil.setText(QCoreApplication.translate("MovementDialog", u"&\u041d\u043e\u0432\u044b\u0439 \u0443\u0447\u0435\u043d\u0438\u043a", None))
        self.knownPupil.setText(QCoreApplication.translate("MovementDialog", u"\u0423\u0436\u0435 \u0435\u0441\u0442\u044c \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 (&\u0432\u0435\u0440\u043d\u0443\u043b\u0441\u044f)", None))
        self.surnameLabel.setText(QCoreApplication.translate("MovementDialog", u"\u0424\u0430\u043c\u0438\u043b\u0438\u044f:", None))
        self.nameLabel.setText(QCoreApplication.translate("MovementDialog", u"\u0418\u043c\u044f:", None))
        self.patronymicLabel.setText(QCoreApplication.translate("MovementDialog", u"\u041e\u0442\u0447\u0435\u0441\u0442\u0432\u043e:", None))
        self.birthLabel.setText(QCoreApplication.translate("MovementDialog", u"\u0414\u0430\u0442\u0430 \u0440\u043e\u0436\u0434\u0435\u043d\u0438\u044f:", None))
        self.sexLabel.setText(QCoreApplication.translate("MovementDialog", u"\u041f\u043e\u043b:", None))
        self.findLabel.setText(QCoreApplication.translate("MovementDialog", u"\u041d\u0430\u0439\u0442\u0438:", None))
        self.find.setPlaceholderText(QCoreApplication.translate("MovementDialog", u"\u0444\u0430\u043c\u0438\u043b\u0438\u044f, \u0438\u043c\u044f\u2026", None))
        self.pickLabel.setText(QCoreApplication.translate("MovementDialog", u"\u0423\u0447\u0435\u043d\u0438\u043a:", None))
        self.pupilName.setText("")
        self.classLabel.setText(QCoreApplication.translate("MovementDialog", u"\u0412 &\u043a\u043b\u0430\u0441\u0441:", None))
        self.dateLabel.setText(QCoreApplication.translate("MovementDialog", u"&\u0414\u0430\u0442\u0430:", None))
        self.orderLabel.setText(QCoreApplication.translate("MovementDialog", u"\u041f\u0440\u0438\u043a\u0430\u0437 &\u2116:", None))
        self.placeLabel.setText(QCoreApplication.translate("MovementDialog", u"&\u041e\u0442\u043a\u0443\u0434\u0430 \u043f\u0440\u0438\u0431\u044b\u043b:", None))
        self.error.setText("")
    # retranslateUi

