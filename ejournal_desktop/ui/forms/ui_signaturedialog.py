# Generated from forms/SignatureDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SignatureDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SignatureDialog(object):
    def setupUi(self, SignatureDialog):
        if not SignatureDialog.objectName():
            SignatureDialog.setObjectName(u"SignatureDialog")
        SignatureDialog.resize(680, 520)
        self.layout = QVBoxLayout(SignatureDialog)
        self.layout.setObjectName(u"layout")
        self.signBox = QGroupBox(SignatureDialog)
        self.signBox.setObjectName(u"signBox")
        self.signLayout = QFormLayout(self.signBox)
        self.signLayout.setObjectName(u"signLayout")
        self.pdfLabel = QLabel(self.signBox)
        self.pdfLabel.setObjectName(u"pdfLabel")

        self.signLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pdfLabel)

        self.pdfRow = QHBoxLayout()
        self.pdfRow.setObjectName(u"pdfRow")
        self.pdf = QLineEdit(self.signBox)
        self.pdf.setObjectName(u"pdf")

        self.pdfRow.addWidget(self.pdf)

        self.choosePdf = QPushButton(self.signBox)
        self.choosePdf.setObjectName(u"choosePdf")

        self.pdfRow.addWidget(self.choosePdf)


        self.signLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.pdfRow)

        self.certLabel = QLabel(self.signBox)
        self.certLabel.setObjectName(u"certLabel")

        self.signLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.certLabel)

        self.certRow = QHBoxLayout()
        self.certRow.setObjectName(u"certRow")
        self.certificate = QLineEdit(self.signBox)
        self.certificate.setObjectName(u"certificate")

        self.certRow.addWidget(self.certificate)

        self.chooseCertificate = QPushButton(self.signBox)
        self.chooseCertificate.setObjectName(u"chooseCertificate")

        self.certRow.addWidget(self.chooseCertificate)


        self.signLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.certRow)

        self.passwordLabel = QLabel(self.signBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.signLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.signBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.signLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.locationLabel = QLabel(self.signBox)
        self.locationLabel.setObjectName(u"locationLabel")

        self.signLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.location = QLineEdit(self.signBox)
        self.location.setObjectName(u"location")

        self.signLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.location)

        self.sign = QPushButton(self.signBox)
        self.sign.setObjectName(u"sign")

        self.signLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sign)


        self.layout.addWidget(self.signBox)

        self.verifyBox = QGroupBox(SignatureDialog)
        self.verifyBox.setObjectName(u"verifyBox")
        self.verifyLayout = QVBoxLayout(self.verifyBox)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.verify = QPushButton(self.verifyBox)
        self.verify.setObjectName(u"verify")

        self.verifyLayout.addWidget(self.verify)

        self.result = QLabel(self.verifyBox)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verifyLayout.addWidget(self.result)


        self.layout.addWidget(self.verifyBox)

        self.error = QLabel(SignatureDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SignatureDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.pdfLabel.setBuddy(self.pdf)
        self.certLabel.setBuddy(self.certificate)
        self.passwordLabel.setBuddy(self.password)
        self.locationLabel.setBuddy(self.location)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignatureDialog)

        QMetaObject.connectSlotsByName(SignatureDialog)
    # setupUi

    def retranslateUi(self, SignatureDialog):
        SignatureDialog.setWindowTitle(QCoreApplication.translate("SignatureDialog", u"\u042d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u0430\u044f \u043f\u043e\u0434\u043f\u0438\u0441\u044c", None))
        self.signBox.setTitle(QCoreApplication.translate("SignatureDialog", u"\u041f\u043e\u0434\u043f\u0438\u0441\u0430\u0442\u044c \u0440\u0430\u0441\u043f\u0435\u0447\u0430\u0442\u043a\u0443 (\u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440, \u043f. 4.2 \u0432)", None))
        self.pdfLabel.setText(QCoreApplication.translate("SignatureDialog", u"&\u0414\u043e\u043a\u0443\u043c\u0435\u043d\u0442 PDF:", None))
        self.choosePdf.setText(QCoreApplication.translate("SignatureDialog", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.certLabel.setText(QCoreApplication.translate("SignatureDialog", u"&\u0421\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442 (.p12, .pfx):", None))
        self.chooseCertificate.setText(QCoreApplication.translate("SignatureDialog", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignatureDialog", u"&\u041f\u0430\u0440\u043e\u043b\u044c \u0441\u0435\u0440\u0442\u0438\u0444\u0438\u043a\u0430\u0442\u0430:", None))
        self.locationLabel.setText(QCoreApplication.translate("SignatureDialog", u"&\u041c\u0435\u0441\u0442\u043e \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u0438\u044f:", None))
        self.location.setPlaceholderText(QCoreApplication.translate("SignatureDialog", u"\u0433. \u041d\u043e\u0432\u043e\u043e\u0437\u0451\u0440\u0441\u043a", None))
        self.sign.setText(QCoreApplication.translate("SignatureDialog", u"\u041f\u043e&\u0434\u043f\u0438\u0441\u0430\u0442\u044c \u0438 \u0441\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c\u2026", None))
        self.verifyBox.setTitle(QCoreApplication.translate("SignatureDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u043d\u044b\u0439 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442", None))
        self.verify.setText(QCoreApplication.translate("SignatureDialog", u"&\u0412\u044b\u0431\u0440\u0430\u0442\u044c \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u043d\u044b\u0439 PDF \u0438 \u043f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c\u2026", None))
    # retranslateUi

