# Generated from forms/CorrectionRequestDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'CorrectionRequestDialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CorrectionRequestDialog(object):
    def setupUi(self, CorrectionRequestDialog):
        if not CorrectionRequestDialog.objectName():
            CorrectionRequestDialog.setObjectName(u"CorrectionRequestDialog")
        CorrectionRequestDialog.resize(520, 340)
        CorrectionRequestDialog.setModal(True)
        self.layout = QVBoxLayout(CorrectionRequestDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(CorrectionRequestDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.markLabel = QLabel(CorrectionRequestDialog)
        self.markLabel.setObjectName(u"markLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.markLabel)

        self.mark = QComboBox(CorrectionRequestDialog)
        self.mark.setObjectName(u"mark")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mark)

        self.newValueLabel = QLabel(CorrectionRequestDialog)
        self.newValueLabel.setObjectName(u"newValueLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newValueLabel)

        self.newValue = QLineEdit(CorrectionRequestDialog)
        self.newValue.setObjectName(u"newValue")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newValue)

        self.reasonLabel = QLabel(CorrectionRequestDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(CorrectionRequestDialog)
        self.reason.setObjectName(u"reason")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.error = QLabel(CorrectionRequestDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(CorrectionRequestDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.markLabel.setBuddy(self.mark)
        self.newValueLabel.setBuddy(self.newValue)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectionRequestDialog)

        QMetaObject.connectSlotsByName(CorrectionRequestDialog)
    # setupUi

    def retranslateUi(self, CorrectionRequestDialog):
        CorrectionRequestDialog.setWindowTitle(QCoreApplication.translate("CorrectionRequestDialog", u"\u0417\u0430\u044f\u0432\u043a\u0430 \u043d\u0430 \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435 \u043e\u0442\u043c\u0435\u0442\u043a\u0438", None))
        self.info.setText("")
        self.markLabel.setText(QCoreApplication.translate("CorrectionRequestDialog", u"&\u041e\u0442\u043c\u0435\u0442\u043a\u0430:", None))
        self.newValueLabel.setText(QCoreApplication.translate("CorrectionRequestDialog", u"&\u041d\u043e\u0432\u0430\u044f \u043e\u0442\u043c\u0435\u0442\u043a\u0430:", None))
        self.newValue.setPlaceholderText(QCoreApplication.translate("CorrectionRequestDialog", u"\u043f\u0443\u0441\u0442\u043e \u2014 \u0443\u0434\u0430\u043b\u0438\u0442\u044c \u043e\u0442\u043c\u0435\u0442\u043a\u0443", None))
        self.reasonLabel.setText(QCoreApplication.translate("CorrectionRequestDialog", u"&\u041f\u0440\u0438\u0447\u0438\u043d\u0430 (\u043e\u0431\u044a\u044f\u0441\u043d\u0438\u0442\u0435\u043b\u044c\u043d\u0430\u044f):", None))
        self.error.setText("")
    # retranslateUi

