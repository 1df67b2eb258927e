# Generated from forms/MainWindow.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'MainWindow.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionChangePassword = QAction(MainWindow)
        self.actionChangePassword.setObjectName(u"actionChangePassword")
        self.actionLock = QAction(MainWindow)
        self.actionLock.setObjectName(u"actionLock")
        self.actionSwitchUser = QAction(MainWindow)
        self.actionSwitchUser.setObjectName(u"actionSwitchUser")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionHelp = QAction(MainWindow)
        self.actionHelp.setObjectName(u"actionHelp")
        self.actionShortcuts = QAction(MainWindow)
        self.actionShortcuts.setObjectName(u"actionShortcuts")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.sections = QListWidget(self.centralwidget)
        self.sections.setObjectName(u"sections")
        self.sections.setMinimumSize(QSize(190, 0))
        self.sections.setMaximumSize(QSize(260, 16777215))
        self.sections.setIconSize(QSize(24, 24))
        self.sections.setSpacing(2)

        self.centralLayout.addWidget(self.sections)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")
        self.overviewPage = QWidget()
        self.overviewPage.setObjectName(u"overviewPage")
        self.overviewLayout = QVBoxLayout(self.overviewPage)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewLayout.setContentsMargins(24, 24, 24, 24)
        self.backupReminder = QLabel(self.overviewPage)
        self.backupReminder.setObjectName(u"backupReminder")
        self.backupReminder.setWordWrap(True)
        self.backupReminder.setStyleSheet(u"background: #fdecea; color: #8a1c12; padding: 8px; border: 1px solid #f5c2bd;")

        self.overviewLayout.addWidget(self.backupReminder)

        self.schoolName = QLabel(self.overviewPage)
        self.schoolName.setObjectName(u"schoolName")
        self.schoolName.setWordWrap(True)

        self.overviewLayout.addWidget(self.schoolName)

        self.yearLabel = QLabel(self.overviewPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.overviewLayout.addWidget(self.yearLabel)

        self.countsBox = QGroupBox(self.overviewPage)
        self.countsBox.setObjectName(u"countsBox")
        self.countsLayout = QFormLayout(self.countsBox)
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsLayout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)

        self.overviewLayout.addWidget(self.countsBox)

        self.notice = QLabel(self.overviewPage)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.overviewLayout.addWidget(self.notice)

        self.overviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overviewLayout.addItem(self.overviewSpacer)

        self.pages.addWidget(self.overviewPage)

        self.centralLayout.addWidget(self.pages)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionSettings)
        self.menuFile.addAction(self.actionChangePassword)
        self.menuFile.addAction(self.actionLock)
        self.menuFile.addAction(self.actionSwitchUser)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuHelp.addAction(self.actionHelp)
        self.menuHelp.addAction(self.actionShortcuts)
        self.menuHelp.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u042d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u044b\u0439 \u0436\u0443\u0440\u043d\u0430\u043b", None))
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"\u0412&\u044b\u0445\u043e\u0434", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionChangePassword.setText(QCoreApplication.translate("MainWindow", u"\u0421\u043c\u0435\u043d\u0438\u0442\u044c &\u043f\u0430\u0440\u043e\u043b\u044c\u2026", None))
        self.actionLock.setText(QCoreApplication.translate("MainWindow", u"&\u0417\u0430\u0431\u043b\u043e\u043a\u0438\u0440\u043e\u0432\u0430\u0442\u044c \u0441\u0435\u0430\u043d\u0441", None))
#if QT_CONFIG(shortcut)
        self.actionLock.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionSwitchUser.setText(QCoreApplication.translate("MainWindow", u"\u0421\u043c\u0435\u043d\u0438\u0442\u044c \u043f\u043e&\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSwitchUser.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+L", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&\u041d\u0430\u0441\u0442\u0440\u043e\u0439\u043a\u0438\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+,", None))
#endif // QT_CONFIG(shortcut)
        self.actionHelp.setText(QCoreApplication.translate("MainWindow", u"&\u0420\u0443\u043a\u043e\u0432\u043e\u0434\u0441\u0442\u0432\u043e \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f", None))
#if QT_CONFIG(shortcut)
        self.actionHelp.setShortcut(QCoreApplication.translate("MainWindow", u"F1", None))
#endif // QT_CONFIG(shortcut)
        self.actionShortcuts.setText(QCoreApplication.translate("MainWindow", u"&\u041a\u043b\u0430\u0432\u0438\u0448\u0438", None))
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&\u041e \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0435", None))
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("MainWindow", u"\u0420\u0430\u0437\u0434\u0435\u043b\u044b", None))
#endif // QT_CONFIG(accessibility)
        self.backupReminder.setText("")
        self.schoolName.setText(QCoreApplication.translate("MainWindow", u"\u0428\u043a\u043e\u043b\u0430", None))
        self.yearLabel.setText(QCoreApplication.translate("MainWindow", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434", None))
        self.countsBox.setTitle(QCoreApplication.translate("MainWindow", u"\u0412 \u0436\u0443\u0440\u043d\u0430\u043b\u0435", None))
        self.notice.setText("")
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&\u0424\u0430\u0439\u043b", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&\u0421\u043f\u0440\u0430\u0432\u043a\u0430", None))
    # retranslateUi

