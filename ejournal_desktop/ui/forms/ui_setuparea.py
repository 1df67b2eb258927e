# Generated from forms/SetupArea.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SetupArea.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_SetupArea(object):
    def setupUi(self, SetupArea):
        if not SetupArea.objectName():
            SetupArea.setObjectName(u"SetupArea")
        SetupArea.resize(900, 600)
        self.layout = QVBoxLayout(SetupArea)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(SetupArea)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.checklistTab = QWidget()
        self.checklistTab.setObjectName(u"checklistTab")
        self.checklistLayout = QVBoxLayout(self.checklistTab)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.checklistTab, "")
        self.subjectsTab = QWidget()
        self.subjectsTab.setObjectName(u"subjectsTab")
        self.subjectsLayout = QVBoxLayout(self.subjectsTab)
        self.subjectsLayout.setObjectName(u"subjectsLayout")
        self.subjectsLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.subjectsTab, "")
        self.classesTab = QWidget()
        self.classesTab.setObjectName(u"classesTab")
        self.classesLayout = QVBoxLayout(self.classesTab)
        self.classesLayout.setObjectName(u"classesLayout")
        self.classesLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.classesTab, "")
        self.curriculumTab = QWidget()
        self.curriculumTab.setObjectName(u"curriculumTab")
        self.curriculumLayout = QVBoxLayout(self.curriculumTab)
        self.curriculumLayout.setObjectName(u"curriculumLayout")
        self.curriculumLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.curriculumTab, "")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(SetupArea)

        QMetaObject.connectSlotsByName(SetupArea)
    # setupUi

    def retranslateUi(self, SetupArea):
        self.tabs.setTabText(self.tabs.indexOf(self.checklistTab), QCoreApplication.translate("SetupArea", u"\u0413\u043e\u0442\u043e\u0432\u043d\u043e\u0441\u0442\u044c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.subjectsTab), QCoreApplication.translate("SetupArea", u"\u041f\u0440\u0435\u0434\u043c\u0435\u0442\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.classesTab), QCoreApplication.translate("SetupArea", u"\u041a\u043b\u0430\u0441\u0441\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.curriculumTab), QCoreApplication.translate("SetupArea", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u043f\u043b\u0430\u043d", None))
        pass
    # retranslateUi

