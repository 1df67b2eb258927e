# Generated from forms/RosterImportDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'RosterImportDialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_RosterImportDialog(object):
    def setupUi(self, RosterImportDialog):
        if not RosterImportDialog.objectName():
            RosterImportDialog.setObjectName(u"RosterImportDialog")
        RosterImportDialog.resize(900, 600)
        self.layout = QVBoxLayout(RosterImportDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(RosterImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.rows = QTableView(RosterImportDialog)
        self.rows.setObjectName(u"rows")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setAlternatingRowColors(True)
        self.rows.setWordWrap(False)

        self.layout.addWidget(self.rows)

        self.options = QHBoxLayout()
        self.options.setObjectName(u"options")
        self.orderLabel = QLabel(RosterImportDialog)
        self.orderLabel.setObjectName(u"orderLabel")

        self.options.addWidget(self.orderLabel)

        self.orderNumber = QLineEdit(RosterImportDialog)
        self.orderNumber.setObjectName(u"orderNumber")
        self.orderNumber.setMaxLength(50)

        self.options.addWidget(self.orderNumber)

        self.dateLabel = QLabel(RosterImportDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.options.addWidget(self.dateLabel)

        self.arrivedOn = DateEdit(RosterImportDialog)
        self.arrivedOn.setObjectName(u"arrivedOn")
        self.arrivedOn.setCalendarPopup(True)
        self.arrivedOn.setDisplayFormat(u"dd.MM.yyyy")

        self.options.addWidget(self.arrivedOn)

        self.optionsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.options.addItem(self.optionsSpacer)

        self.skipBad = QCheckBox(RosterImportDialog)
        self.skipBad.setObjectName(u"skipBad")

        self.options.addWidget(self.skipBad)


        self.layout.addLayout(self.options)

        self.error = QLabel(RosterImportDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(RosterImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.orderLabel.setBuddy(self.orderNumber)
        self.dateLabel.setBuddy(self.arrivedOn)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RosterImportDialog)

        QMetaObject.connectSlotsByName(RosterImportDialog)
    # setupUi

    def retranslateUi(self, RosterImportDialog):
        RosterImportDialog.setWindowTitle(QCoreApplication.translate("RosterImportDialog", u"\u0418\u043c\u043f\u043e\u0440\u0442 \u0441\u043f\u0438\u0441\u043a\u0430 \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432", None))
        self.summary.setText("")
        self.orderLabel.setText(QCoreApplication.translate("RosterImportDialog", u"\u041f\u0440\u0438\u043a\u0430\u0437 \u043e \u0437\u0430\u0447\u0438\u0441\u043b\u0435\u043d\u0438\u0438 &\u2116:", None))
        self.dateLabel.setText(QCoreApplication.translate("RosterImportDialog", u"&\u0434\u0430\u0442\u0430 \u043f\u0440\u0438\u0431\u044b\u0442\u0438\u044f:", None))
        self.skipBad.setText(QCoreApplication.translate("RosterImportDialog", u"&\u043f\u0440\u043e\u043f\u0443\u0441\u0442\u0438\u0442\u044c \u0441\u0442\u0440\u043e\u043a\u0438 \u0441 \u043e\u0448\u0438\u0431\u043a\u0430\u043c\u0438", None))
        self.error.setText("")
    # retranslateUi

