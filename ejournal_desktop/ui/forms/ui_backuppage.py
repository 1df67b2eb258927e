# Generated from forms/BackupPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'BackupPage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(900, 600)
        self.layout = QVBoxLayout(BackupPage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(BackupPage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.intro = QLabel(BackupPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.lastBackup = QLabel(BackupPage)
        self.lastBackup.setObjectName(u"lastBackup")
        self.lastBackup.setWordWrap(True)

        self.layout.addWidget(self.lastBackup)

        self.drives = QTableView(BackupPage)
        self.drives.setObjectName(u"drives")
        self.drives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drives.setAlternatingRowColors(True)
        self.drives.setWordWrap(False)

        self.layout.addWidget(self.drives)

        self.driveButtons = QHBoxLayout()
        self.driveButtons.setObjectName(u"driveButtons")
        self.backupNow = QPushButton(BackupPage)
        self.backupNow.setObjectName(u"backupNow")

        self.driveButtons.addWidget(self.backupNow)

        self.addFolder = QPushButton(BackupPage)
        self.addFolder.setObjectName(u"addFolder")

        self.driveButtons.addWidget(self.addFolder)

        self.refreshDrives = QPushButton(BackupPage)
        self.refreshDrives.setObjectName(u"refreshDrives")

        self.driveButtons.addWidget(self.refreshDrives)

        self.driveSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.driveButtons.addItem(self.driveSpacer)


        self.layout.addLayout(self.driveButtons)

        self.backupFiles = QGroupBox(BackupPage)
        self.backupFiles.setObjectName(u"backupFiles")
        self.fileButtons = QHBoxLayout(self.backupFiles)
        self.fileButtons.setObjectName(u"fileButtons")
        self.verify = QPushButton(self.backupFiles)
        self.verify.setObjectName(u"verify")

        self.fileButtons.addWidget(self.verify)

        self.restore = QPushButton(self.backupFiles)
        self.restore.setObjectName(u"restore")

        self.fileButtons.addWidget(self.restore)

        self.recoverySheet = QPushButton(self.backupFiles)
        self.recoverySheet.setObjectName(u"recoverySheet")

        self.fileButtons.addWidget(self.recoverySheet)

        self.fileSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.fileSpacer)


        self.layout.addWidget(self.backupFiles)

        self.details = QPlainTextEdit(BackupPage)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setMaximumSize(QSize(16777215, 150))

        self.layout.addWidget(self.details)

        self.historyLabel = QLabel(BackupPage)
        self.historyLabel.setObjectName(u"historyLabel")

        self.layout.addWidget(self.historyLabel)

        self.history = QTableView(BackupPage)
        self.history.setObjectName(u"history")
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(False)

        self.layout.addWidget(self.history)


        self.retranslateUi(BackupPage)

        self.backupNow.setDefault(True)


        QMetaObject.connectSlotsByName(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.heading.setText(QCoreApplication.translate("BackupPage", u"\u0420\u0435\u0437\u0435\u0440\u0432\u043d\u043e\u0435 \u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.intro.setText(QCoreApplication.translate("BackupPage", u"\u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u0434\u0432\u0430 \u0432\u043d\u0435\u0448\u043d\u0438\u0445 \u043d\u043e\u0441\u0438\u0442\u0435\u043b\u044f: \u043a\u043e\u043f\u0438\u044f \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043d\u0430 \u043e\u0431\u0430, \u0447\u0438\u0442\u0430\u0435\u0442\u0441\u044f \u043e\u0431\u0440\u0430\u0442\u043d\u043e \u0438 \u043f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u0442\u0441\u044f. \u0421\u0442\u0430\u0440\u044b\u0435 \u043a\u043e\u043f\u0438\u0438 \u0443\u0434\u0430\u043b\u044f\u044e\u0442\u0441\u044f \u043f\u043e \u043f\u0440\u0430\u0432\u0438\u043b\u0430\u043c \u0445\u0440\u0430\u043d\u0435\u043d\u0438\u044f \u0442\u043e\u043b\u044c\u043a\u043e \u043f\u043e\u0441\u043b\u0435 \u0442\u043e\u0433\u043e, \u043a\u0430\u043a \u043d\u043e\u0432\u0430\u044f \u043f\u0440\u043e\u0432\u0435\u0440\u0435\u043d\u0430.", None))
        self.lastBackup.setText("")
        self.backupNow.setText(QCoreApplication.translate("BackupPage", u"\u0421\u0434\u0435\u043b\u0430\u0442\u044c \u0440\u0435\u0437\u0435\u0440\u0432\u043d\u0443\u044e &\u043a\u043e\u043f\u0438\u044e", None))
        self.addFolder.setText(QCoreApplication.translate("BackupPage", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043f\u0430\u043f\u043a\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFolder.setToolTip(QCoreApplication.translate("BackupPage", u"\u041f\u0430\u043f\u043a\u0430 \u043d\u0430 \u0441\u0435\u0442\u0435\u0432\u043e\u043c \u0434\u0438\u0441\u043a\u0435 \u0438\u043b\u0438 \u043d\u0430 \u043d\u043e\u0441\u0438\u0442\u0435\u043b\u0435, \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u043d\u0435\u0442 \u0432 \u0441\u043f\u0438\u0441\u043a\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.refreshDrives.setText(QCoreApplication.translate("BackupPage", u"&\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c \u0441\u043f\u0438\u0441\u043e\u043a", None))
        self.backupFiles.setTitle(QCoreApplication.translate("BackupPage", u"\u041a\u043e\u043f\u0438\u0438 \u0438 \u043a\u043b\u044e\u0447", None))
        self.verify.setText(QCoreApplication.translate("BackupPage", u"&\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u043a\u043e\u043f\u0438\u044e\u2026", None))
        self.restore.setText(QCoreApplication.translate("BackupPage", u"&\u0412\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u044c\u2026", None))
        self.recoverySheet.setText(QCoreApplication.translate("BackupPage", u"&\u041b\u0438\u0441\u0442 \u0432\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u044f \u043a\u043b\u044e\u0447\u0430 (PDF)\u2026", None))
        self.details.setPlaceholderText(QCoreApplication.translate("BackupPage", u"\u0417\u0434\u0435\u0441\u044c \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f \u0438\u0442\u043e\u0433\u0438 \u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u044f \u0438 \u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0438.", None))
        self.historyLabel.setText(QCoreApplication.translate("BackupPage", u"\u0416\u0443\u0440\u043d\u0430\u043b \u0440\u0435\u0437\u0435\u0440\u0432\u043d\u044b\u0445 \u043a\u043e\u043f\u0438\u0439", None))
        pass
    # retranslateUi

