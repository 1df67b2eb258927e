# Generated from forms/CorrectionsDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'CorrectionsDialog.ui'
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
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_CorrectionsDialog(object):
    def setupUi(self, CorrectionsDialog):
        if not CorrectionsDialog.objectName():
            CorrectionsDialog.setObjectName(u"CorrectionsDialog")
        CorrectionsDialog.resize(1000, 520)
        self.layout = QVBoxLayout(CorrectionsDialog)
        self.layout.setObjectName(u"layout")
        self.showDecided = QCheckBox(CorrectionsDialog)
        self.showDecided.setObjectName(u"showDecided")

        self.layout.addWidget(self.showDecided)

        self.table = QTableView(CorrectionsDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.layout.addWidget(self.table)

        self.decideRow = QHBoxLayout()
        self.decideRow.setObjectName(u"decideRow")
        self.noteLabel = QLabel(CorrectionsDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.decideRow.addWidget(self.noteLabel)

        self.note = QLineEdit(CorrectionsDialog)
        self.note.setObjectName(u"note")

        self.decideRow.addWidget(self.note)

        self.approve = QPushButton(CorrectionsDialog)
        self.approve.setObjectName(u"approve")

        self.decideRow.addWidget(self.approve)

        self.reject = QPushButton(CorrectionsDialog)
        self.reject.setObjectName(u"reject")

        self.decideRow.addWidget(self.reject)


        self.layout.addLayout(self.decideRow)

        self.error = QLabel(CorrectionsDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(CorrectionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectionsDialog)

        QMetaObject.connectSlotsByName(CorrectionsDialog)
    # setupUi

    def retranslateUi(self, CorrectionsDialog):
        CorrectionsDialog.setWindowTitle(QCoreApplication.translate("CorrectionsDialog", u"\u0417\u0430\u044f\u0432\u043a\u0438 \u043d\u0430 \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435 \u043e\u0442\u043c\u0435\u0442\u043e\u043a", None))
        self.showDecided.setText(QCoreApplication.translate("CorrectionsDialog", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c \u0440\u0430\u0441\u0441\u043c\u043e\u0442\u0440\u0435\u043d\u043d\u044b\u0435 \u0437\u0430\u044f\u0432\u043a\u0438", None))
        self.noteLabel.setText(QCoreApplication.translate("CorrectionsDialog", u"&\u041f\u0440\u0438\u043c\u0435\u0447\u0430\u043d\u0438\u0435 \u043a \u0440\u0435\u0448\u0435\u043d\u0438\u044e:", None))
        self.approve.setText(QCoreApplication.translate("CorrectionsDialog", u"&\u0420\u0430\u0437\u0440\u0435\u0448\u0438\u0442\u044c", None))
        self.reject.setText(QCoreApplication.translate("CorrectionsDialog", u"&\u041e\u0442\u043a\u043b\u043e\u043d\u0438\u0442\u044c", None))
        self.error.setText("")
    # retranslateUi

