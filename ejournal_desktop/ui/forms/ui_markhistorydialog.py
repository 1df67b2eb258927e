# Generated from forms/MarkHistoryDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'MarkHistoryDialog.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_MarkHistoryDialog(object):
    def setupUi(self, MarkHistoryDialog):
        if not MarkHistoryDialog.objectName():
            MarkHistoryDialog.setObjectName(u"MarkHistoryDialog")
        MarkHistoryDialog.resize(760, 380)
        self.layout = QVBoxLayout(MarkHistoryDialog)
        self.layout.setObjectName(u"layout")
        self.info = QLabel(MarkHistoryDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.table = QTableView(MarkHistoryDialog)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.buttonBox = QDialogButtonBox(MarkHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(MarkHistoryDialog)

        QMetaObject.connectSlotsByName(MarkHistoryDialog)
    # setupUi

    def retranslateUi(self, MarkHistoryDialog):
        MarkHistoryDialog.setWindowTitle(QCoreApplication.translate("MarkHistoryDialog", u"\u0418\u0441\u0442\u043e\u0440\u0438\u044f \u043e\u0442\u043c\u0435\u0442\u043a\u0438", None))
        self.info.setText("")
    # retranslateUi

