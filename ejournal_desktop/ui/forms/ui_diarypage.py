# Generated from forms/DiaryPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'DiaryPage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_DiaryPage(object):
    def setupUi(self, DiaryPage):
        if not DiaryPage.objectName():
            DiaryPage.setObjectName(u"DiaryPage")
        DiaryPage.resize(1000, 700)
        self.layout = QVBoxLayout(DiaryPage)
        self.layout.setObjectName(u"layout")
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.childLabel = QLabel(DiaryPage)
        self.childLabel.setObjectName(u"childLabel")

        self.top.addWidget(self.childLabel)

        self.child = QComboBox(DiaryPage)
        self.child.setObjectName(u"child")
        self.child.setMinimumSize(QSize(320, 0))

        self.top.addWidget(self.child)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top.addItem(self.topSpacer)


        self.layout.addLayout(self.top)

        self.tabs = QTabWidget(DiaryPage)
        self.tabs.setObjectName(u"tabs")
        self.weekTab = QWidget()
        self.weekTab.setObjectName(u"weekTab")
        self.weekLayout = QVBoxLayout(self.weekTab)
        self.weekLayout.setObjectName(u"weekLayout")
        self.weekNav = QHBoxLayout()
        self.weekNav.setObjectName(u"weekNav")
        self.previousWeek = QPushButton(self.weekTab)
        self.previousWeek.setObjectName(u"previousWeek")

        self.weekNav.addWidget(self.previousWeek)

        self.weekLabel = QLabel(self.weekTab)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.weekNav.addWidget(self.weekLabel)

        self.nextWeek = QPushButton(self.weekTab)
        self.nextWeek.setObjectName(u"nextWeek")

        self.weekNav.addWidget(self.nextWeek)

        self.thisWeek = QPushButton(self.weekTab)
        self.thisWeek.setObjectName(u"thisWeek")

        self.weekNav.addWidget(self.thisWeek)


        self.weekLayout.addLayout(self.weekNav)

        self.weekTable = QTableView(self.weekTab)
        self.weekTable.setObjectName(u"weekTable")
        self.weekTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weekTable.setAlternatingRowColors(True)
        self.weekTable.setWordWrap(True)

        self.weekLayout.addWidget(self.weekTable)

        self.tabs.addTab(self.weekTab, "")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsLayout = QVBoxLayout(self.resultsTab)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(self.resultsTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.period = QComboBox(self.resultsTab)
        self.period.setObjectName(u"period")

        self.periodRow.addWidget(self.period)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.resultsLayout.addLayout(self.periodRow)

        self.resultsTable = QTableView(self.resultsTab)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.setAlternatingRowColors(True)

        self.resultsLayout.addWidget(self.resultsTable)

        self.tabs.addTab(self.resultsTab, "")

        self.layout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.childLabel.setBuddy(self.child)
        self.periodLabel.setBuddy(self.period)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DiaryPage)

        QMetaObject.connectSlotsByName(DiaryPage)
    # setupUi

    def retranslateUi(self, DiaryPage):
        self.childLabel.setText(QCoreApplication.translate("DiaryPage", u"&\u0423\u0447\u0435\u043d\u0438\u043a:", None))
        self.previousWeek.setText(QCoreApplication.translate("DiaryPage", u"\u2190 &\u041f\u0440\u0435\u0434\u044b\u0434\u0443\u0449\u0430\u044f", None))
        self.weekLabel.setText(QCoreApplication.translate("DiaryPage", u"\u041d\u0435\u0434\u0435\u043b\u044f", None))
        self.nextWeek.setText(QCoreApplication.translate("DiaryPage", u"&\u0421\u043b\u0435\u0434\u0443\u044e\u0449\u0430\u044f \u2192", None))
        self.thisWeek.setText(QCoreApplication.translate("DiaryPage", u"&\u0422\u0435\u043a\u0443\u0449\u0430\u044f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.weekTab), QCoreApplication.translate("DiaryPage", u"&\u041d\u0435\u0434\u0435\u043b\u044f", None))
        self.periodLabel.setText(QCoreApplication.translate("DiaryPage", u"&\u041f\u0435\u0440\u0438\u043e\u0434:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.resultsTab), QCoreApplication.translate("DiaryPage", u"\u0423\u0441\u043f\u0435&\u0432\u0430\u0435\u043c\u043e\u0441\u0442\u044c", None))
        pass
    # retranslateUi

