# Generated from forms/InspectionDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'InspectionDialog.ui'
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
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_InspectionDialog(object):
    def setupUi(self, InspectionDialog):
        if not InspectionDialog.objectName():
            InspectionDialog.setObjectName(u"InspectionDialog")
        InspectionDialog.resize(940, 560)
        self.layout = QVBoxLayout(InspectionDialog)
        self.layout.setObjectName(u"layout")
        self.course = QLabel(InspectionDialog)
        self.course.setObjectName(u"course")
        self.course.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.course)

        self.openOnly = QCheckBox(InspectionDialog)
        self.openOnly.setObjectName(u"openOnly")

        self.layout.addWidget(self.openOnly)

        self.table = QTableView(InspectionDialog)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)

        self.layout.addWidget(self.table)

        self.fixRow = QHBoxLayout()
        self.fixRow.setObjectName(u"fixRow")
        self.fix = QPushButton(InspectionDialog)
        self.fix.setObjectName(u"fix")

        self.fixRow.addWidget(self.fix)

        self.reopen = QPushButton(InspectionDialog)
        self.reopen.setObjectName(u"reopen")

        self.fixRow.addWidget(self.reopen)

        self.fixSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fixRow.addItem(self.fixSpacer)


        self.layout.addLayout(self.fixRow)

        self.addGroup = QGroupBox(InspectionDialog)
        self.addGroup.setObjectName(u"addGroup")
        self.addLayout = QVBoxLayout(self.addGroup)
        self.addLayout.setObjectName(u"addLayout")
        self.text = QPlainTextEdit(self.addGroup)
        self.text.setObjectName(u"text")
        self.text.setMaximumSize(QSize(16777215, 90))
        self.text.setTabChangesFocus(True)

        self.addLayout.addWidget(self.text)

        self.addRow = QHBoxLayout()
        self.addRow.setObjectName(u"addRow")
        self.hasDue = QCheckBox(self.addGroup)
        self.hasDue.setObjectName(u"hasDue")
        self.hasDue.setChecked(True)

        self.addRow.addWidget(self.hasDue)

        self.dueOn = DateEdit(self.addGroup)
        self.dueOn.setObjectName(u"dueOn")
        self.dueOn.setCalendarPopup(True)
        self.dueOn.setDisplayFormat(u"dd.MM.yyyy")

        self.addRow.addWidget(self.dueOn)

        self.addSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addRow.addItem(self.addSpacer)

        self.noRemarks = QPushButton(self.addGroup)
        self.noRemarks.setObjectName(u"noRemarks")

        self.addRow.addWidget(self.noRemarks)

        self.add = QPushButton(self.addGroup)
        self.add.setObjectName(u"add")

        self.addRow.addWidget(self.add)


        self.addLayout.addLayout(self.addRow)


        self.layout.addWidget(self.addGroup)

        self.info = QLabel(InspectionDialog)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.error = QLabel(InspectionDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.error)

        self.buttonBox = QDialogButtonBox(InspectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(InspectionDialog)

        QMetaObject.connectSlotsByName(InspectionDialog)
    # setupUi

    def retranslateUi(self, InspectionDialog):
        InspectionDialog.setWindowTitle(QCoreApplication.translate("InspectionDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u043a\u0430 \u0436\u0443\u0440\u043d\u0430\u043b\u0430: \u0437\u0430\u043c\u0435\u0447\u0430\u043d\u0438\u044f", None))
        self.course.setText("")
        self.openOnly.setText(QCoreApplication.translate("InspectionDialog", u"\u0422\u043e\u043b\u044c\u043a\u043e &\u043d\u0435\u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u0435", None))
        self.fix.setText(QCoreApplication.translate("InspectionDialog", u"&\u0418\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e", None))
#if QT_CONFIG(tooltip)
        self.fix.setToolTip(QCoreApplication.translate("InspectionDialog", u"\u041e\u0442\u043c\u0435\u0442\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0435 \u0437\u0430\u043c\u0435\u0447\u0430\u043d\u0438\u0435 \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u043c", None))
#endif // QT_CONFIG(tooltip)
        self.reopen.setText(QCoreApplication.translate("InspectionDialog", u"&\u0412\u0435\u0440\u043d\u0443\u0442\u044c \u043d\u0430 \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435", None))
#if QT_CONFIG(tooltip)
        self.reopen.setToolTip(QCoreApplication.translate("InspectionDialog", u"\u0417\u0430\u043c\u0435\u0447\u0430\u043d\u0438\u0435 \u043e\u0442\u043c\u0435\u0447\u0435\u043d\u043e \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u043c, \u043d\u043e \u043d\u0435 \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u043e", None))
#endif // QT_CONFIG(tooltip)
        self.addGroup.setTitle(QCoreApplication.translate("InspectionDialog", u"\u041d\u043e\u0432\u043e\u0435 \u0437\u0430\u043c\u0435\u0447\u0430\u043d\u0438\u0435", None))
        self.text.setPlaceholderText(QCoreApplication.translate("InspectionDialog", u"\u0427\u0442\u043e \u043d\u0435 \u0442\u0430\u043a \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u0438 \u0447\u0442\u043e \u0438\u0441\u043f\u0440\u0430\u0432\u0438\u0442\u044c", None))
        self.hasDue.setText(QCoreApplication.translate("InspectionDialog", u"&\u0421\u0440\u043e\u043a \u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u044f:", None))
        self.noRemarks.setText(QCoreApplication.translate("InspectionDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u0435\u043d\u043e, &\u0437\u0430\u043c\u0435\u0447\u0430\u043d\u0438\u0439 \u043d\u0435\u0442", None))
        self.add.setText(QCoreApplication.translate("InspectionDialog", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0437\u0430\u043c\u0435\u0447\u0430\u043d\u0438\u0435", None))
        self.info.setText("")
        self.error.setText("")
    # retranslateUi

