# Generated from forms/NewMessageDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'NewMessageDialog.ui'
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

class Ui_NewMessageDialog(object):
    def setupUi(self, NewMessageDialog):
        if not NewMessageDialog.objectName():
            NewMessageDialog.setObjectName(u"NewMessageDialog")
        NewMessageDialog.resize(560, 420)
        self.layout = QVBoxLayout(NewMessageDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.toLabel = QLabel(NewMessageDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.recipient = QComboBox(NewMessageDialog)
        self.recipient.setObjectName(u"recipient")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.subjectLabel = QLabel(NewMessageDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subject = QLineEdit(NewMessageDialog)
        self.subject.setObjectName(u"subject")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject)


        self.layout.addLayout(self.form)

        self.body = QPlainTextEdit(NewMessageDialog)
        self.body.setObjectName(u"body")

        self.layout.addWidget(self.body)

        self.error = QLabel(NewMessageDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(NewMessageDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.recipient)
        self.subjectLabel.setBuddy(self.subject)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NewMessageDialog)

        QMetaObject.connectSlotsByName(NewMessageDialog)
    # setupUi

    def retranslateUi(self, NewMessageDialog):
        NewMessageDialog.setWindowTitle(QCoreApplication.translate("NewMessageDialog", u"\u041d\u043e\u0432\u043e\u0435 \u0441\u043e\u043e\u0431\u0449\u0435\u043d\u0438\u0435", None))
        self.toLabel.setText(QCoreApplication.translate("NewMessageDialog", u"&\u041a\u043e\u043c\u0443:", None))
        self.subjectLabel.setText(QCoreApplication.translate("NewMessageDialog", u"&\u0422\u0435\u043c\u0430:", None))
        self.error.setText("")
    # retranslateUi

