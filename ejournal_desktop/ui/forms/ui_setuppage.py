# Generated from forms/SetupPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SetupPage.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SetupPage(object):
    def setupUi(self, SetupPage):
        if not SetupPage.objectName():
            SetupPage.setObjectName(u"SetupPage")
        SetupPage.resize(900, 600)
        self.layout = QVBoxLayout(SetupPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SetupPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.info = QLabel(SetupPage)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.checklist = QListWidget(SetupPage)
        self.checklist.setObjectName(u"checklist")
        self.checklist.setAlternatingRowColors(True)
        self.checklist.setSpacing(2)

        self.layout.addWidget(self.checklist)

        self.previewTitle = QLabel(SetupPage)
        self.previewTitle.setObjectName(u"previewTitle")

        self.layout.addWidget(self.previewTitle)

        self.preview = QPlainTextEdit(SetupPage)
        self.preview.setObjectName(u"preview")
        self.preview.setReadOnly(True)
        self.preview.setMaximumBlockCount(500)

        self.layout.addWidget(self.preview)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.refreshButton = QPushButton(SetupPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.editRow.addWidget(self.refreshButton)

        self.templateButton = QPushButton(SetupPage)
        self.templateButton.setObjectName(u"templateButton")

        self.editRow.addWidget(self.templateButton)

        self.exportButton = QPushButton(SetupPage)
        self.exportButton.setObjectName(u"exportButton")

        self.editRow.addWidget(self.exportButton)

        self.previewButton = QPushButton(SetupPage)
        self.previewButton.setObjectName(u"previewButton")

        self.editRow.addWidget(self.previewButton)

        self.importButton = QPushButton(SetupPage)
        self.importButton.setObjectName(u"importButton")

        self.editRow.addWidget(self.importButton)

        self.staffAccountsButton = QPushButton(SetupPage)
        self.staffAccountsButton.setObjectName(u"staffAccountsButton")

        self.editRow.addWidget(self.staffAccountsButton)

        self.hs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.editRow.addItem(self.hs)


        self.layout.addLayout(self.editRow)

        self.error = QLabel(SetupPage)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.error)

        self.layout.setStretch(2, 3)
        self.layout.setStretch(4, 1)

        self.retranslateUi(SetupPage)

        QMetaObject.connectSlotsByName(SetupPage)
    # setupUi

    def retranslateUi(self, SetupPage):
        self.title.setText(QCoreApplication.translate("SetupPage", u"\u041f\u043e\u0434\u0433\u043e\u0442\u043e\u0432\u043a\u0430 \u0443\u0447\u0435\u0431\u043d\u043e\u0433\u043e \u0433\u043e\u0434\u0430", None))
        self.info.setText(QCoreApplication.translate("SetupPage", u"\u0427\u0442\u043e \u0435\u0449\u0451 \u043d\u0443\u0436\u043d\u043e, \u0447\u0442\u043e\u0431\u044b \u0443\u0447\u0438\u0442\u0435\u043b\u044f \u043d\u0430\u0447\u0430\u043b\u0438 \u0440\u0430\u0431\u043e\u0442\u0443. \u0429\u0451\u043b\u043a\u043d\u0438\u0442\u0435 \u0441\u0442\u0440\u043e\u043a\u0443, \u0447\u0442\u043e\u0431\u044b \u043e\u0442\u043a\u0440\u044b\u0442\u044c \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0443, \u0433\u0434\u0435 \u044d\u0442\u043e \u0434\u0435\u043b\u0430\u0435\u0442\u0441\u044f; \u0432\u044b\u043f\u043e\u043b\u043d\u0435\u043d\u043d\u043e\u0435 \u043e\u0442\u043c\u0435\u0447\u0435\u043d\u043e \u0433\u0430\u043b\u043e\u0447\u043a\u043e\u0439. \u0412\u0441\u0451 \u0441\u0440\u0430\u0437\u0443 \u043c\u043e\u0436\u043d\u043e \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0438\u0437 \u043a\u043d\u0438\u0433\u0438 Excel.", None))
        self.previewTitle.setText(QCoreApplication.translate("SetupPage", u"\u041f\u0440\u0435\u0434\u043f\u0440\u043e\u0441\u043c\u043e\u0442\u0440 \u043a\u043d\u0438\u0433\u0438", None))
        self.refreshButton.setText(QCoreApplication.translate("SetupPage", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c", None))
        self.templateButton.setText(QCoreApplication.translate("SetupPage", u"\u041e\u0431\u0440\u0430\u0437\u0435\u0446 \u043a\u043d\u0438\u0433\u0438\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("SetupPage", u"\u0412\u044b\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0432 \u043a\u043d\u0438\u0433\u0443\u2026", None))
        self.previewButton.setText(QCoreApplication.translate("SetupPage", u"\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u043a\u043d\u0438\u0433\u0443\u2026", None))
        self.importButton.setText(QCoreApplication.translate("SetupPage", u"\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u043f\u0440\u043e\u0432\u0435\u0440\u0435\u043d\u043d\u0443\u044e \u043a\u043d\u0438\u0433\u0443", None))
        self.staffAccountsButton.setText(QCoreApplication.translate("SetupPage", u"\u0423\u0447\u0451\u0442\u043d\u044b\u0435 \u0437\u0430\u043f\u0438\u0441\u0438 \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0430\u043c\u2026", None))
#if QT_CONFIG(tooltip)
        self.staffAccountsButton.setToolTip(QCoreApplication.translate("SetupPage", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0443\u0447\u0451\u0442\u043d\u044b\u0435 \u0437\u0430\u043f\u0438\u0441\u0438 \u0432\u0441\u0435\u043c \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0430\u043c, \u0443 \u043a\u043e\u0433\u043e \u0438\u0445 \u043d\u0435\u0442, \u0438 \u0441\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u043b\u0438\u0441\u0442\u043a\u0438 \u0441 \u043f\u0430\u0440\u043e\u043b\u044f\u043c\u0438 (PDF)", None))
#endif // QT_CONFIG(tooltip)
        self.error.setText("")
        pass
    # retranslateUi

