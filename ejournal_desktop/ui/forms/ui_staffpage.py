# Generated from forms/StaffPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'StaffPage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_StaffPage(object):
    def setupUi(self, StaffPage):
        if not StaffPage.objectName():
            StaffPage.setObjectName(u"StaffPage")
        StaffPage.resize(1100, 640)
        self.layout = QVBoxLayout(StaffPage)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(StaffPage)
        self.tabs.setObjectName(u"tabs")
        self.staffTab = QWidget()
        self.staffTab.setObjectName(u"staffTab")
        self.staffLayout = QVBoxLayout(self.staffTab)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffTop = QHBoxLayout()
        self.staffTop.setObjectName(u"staffTop")
        self.search = QLineEdit(self.staffTab)
        self.search.setObjectName(u"search")
        self.search.setMinimumWidth(280)
        self.search.setClearButtonEnabled(True)

        self.staffTop.addWidget(self.search)

        self.showDismissed = QCheckBox(self.staffTab)
        self.showDismissed.setObjectName(u"showDismissed")

        self.staffTop.addWidget(self.showDismissed)

        self.staffTopSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffTop.addItem(self.staffTopSpacer)

        self.staffCount = QLabel(self.staffTab)
        self.staffCount.setObjectName(u"staffCount")

        self.staffTop.addWidget(self.staffCount)


        self.staffLayout.addLayout(self.staffTop)

        self.staffTable = QTableView(self.staffTab)
        self.staffTable.setObjectName(u"staffTable")
        self.staffTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staffTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staffTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staffTable.setAlternatingRowColors(True)
        self.staffTable.setWordWrap(False)

        self.staffLayout.addWidget(self.staffTable)

        self.staffButtons = QHBoxLayout()
        self.staffButtons.setObjectName(u"staffButtons")
        self.addStaff = QPushButton(self.staffTab)
        self.addStaff.setObjectName(u"addStaff")

        self.staffButtons.addWidget(self.addStaff)

        self.openStaff = QPushButton(self.staffTab)
        self.openStaff.setObjectName(u"openStaff")

        self.staffButtons.addWidget(self.openStaff)

        self.staffButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffButtons.addItem(self.staffButtonsSpacer)


        self.staffLayout.addLayout(self.staffButtons)

        self.tabs.addTab(self.staffTab, "")
        self.loadTab = QWidget()
        self.loadTab.setObjectName(u"loadTab")
        self.loadLayout = QVBoxLayout(self.loadTab)
        self.loadLayout.setObjectName(u"loadLayout")
        self.loadSplitter = QSplitter(self.loadTab)
        self.loadSplitter.setObjectName(u"loadSplitter")
        self.loadSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.loadSplitter.setChildrenCollapsible(False)
        self.teachers = QTableView(self.loadSplitter)
        self.teachers.setObjectName(u"teachers")
        self.teachers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teachers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teachers.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teachers.setAlternatingRowColors(True)
        self.teachers.setWordWrap(False)
        self.loadSplitter.addWidget(self.teachers)
        self.coursesPane = QWidget(self.loadSplitter)
        self.coursesPane.setObjectName(u"coursesPane")
        self.coursesLayout = QVBoxLayout(self.coursesPane)
        self.coursesLayout.setObjectName(u"coursesLayout")
        self.coursesLayout.setContentsMargins(0, 0, 0, 0)
        self.teacherHeading = QLabel(self.coursesPane)
        self.teacherHeading.setObjectName(u"teacherHeading")
        self.teacherHeading.setWordWrap(True)

        self.coursesLayout.addWidget(self.teacherHeading)

        self.courses = QTableView(self.coursesPane)
        self.courses.setObjectName(u"courses")
        self.courses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.courses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.courses.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.courses.setAlternatingRowColors(True)
        self.courses.setWordWrap(False)

        self.coursesLayout.addWidget(self.courses)

        self.total = QLabel(self.coursesPane)
        self.total.setObjectName(u"total")

        self.coursesLayout.addWidget(self.total)

        self.loadSplitter.addWidget(self.coursesPane)

        self.loadLayout.addWidget(self.loadSplitter)

        self.loadButtons = QHBoxLayout()
        self.loadButtons.setObjectName(u"loadButtons")
        self.newCourse = QPushButton(self.loadTab)
        self.newCourse.setObjectName(u"newCourse")

        self.loadButtons.addWidget(self.newCourse)

        self.editCourse = QPushButton(self.loadTab)
        self.editCourse.setObjectName(u"editCourse")

        self.loadButtons.addWidget(self.editCourse)

        self.openSubgroups = QPushButton(self.loadTab)
        self.openSubgroups.setObjectName(u"openSubgroups")

        self.loadButtons.addWidget(self.openSubgroups)

        self.loadButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.loadButtons.addItem(self.loadButtonsSpacer)


        self.loadLayout.addLayout(self.loadButtons)

        self.tabs.addTab(self.loadTab, "")

        self.layout.addWidget(self.tabs)

        self.message = QLabel(StaffPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.message)


        self.retranslateUi(StaffPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StaffPage)
    # setupUi

    def retranslateUi(self, StaffPage):
        self.search.setPlaceholderText(QCoreApplication.translate("StaffPage", u"\u041f\u043e\u0438\u0441\u043a: \u0444\u0430\u043c\u0438\u043b\u0438\u044f, \u0434\u043e\u043b\u0436\u043d\u043e\u0441\u0442\u044c, \u043f\u0440\u0435\u0434\u043c\u0435\u0442\u2026", None))
        self.showDismissed.setText(QCoreApplication.translate("StaffPage", u"\u041f\u043e\u043a\u0430\u0437\u044b\u0432\u0430\u0442\u044c &\u0443\u0432\u043e\u043b\u0435\u043d\u043d\u044b\u0445", None))
        self.staffCount.setText("")
        self.addStaff.setText(QCoreApplication.translate("StaffPage", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0430\u2026", None))
        self.openStaff.setText(QCoreApplication.translate("StaffPage", u"&\u041a\u0430\u0440\u0442\u043e\u0447\u043a\u0430\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.staffTab), QCoreApplication.translate("StaffPage", u"\u0421\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0438", None))
        self.teacherHeading.setText("")
        self.total.setText("")
        self.newCourse.setText(QCoreApplication.translate("StaffPage", u"&\u041d\u043e\u0432\u044b\u0439 \u043a\u0443\u0440\u0441\u2026", None))
#if QT_CONFIG(tooltip)
        self.newCourse.setToolTip(QCoreApplication.translate("StaffPage", u"\u0424\u0430\u043a\u0443\u043b\u044c\u0442\u0430\u0442\u0438\u0432, \u043a\u0440\u0443\u0436\u043e\u043a, \u0433\u0440\u0443\u043f\u043f\u0430 \u043f\u0440\u043e\u0434\u043b\u0451\u043d\u043d\u043e\u0433\u043e \u0434\u043d\u044f \u0438\u043b\u0438 \u0438\u043d\u0434\u0438\u0432\u0438\u0434\u0443\u0430\u043b\u044c\u043d\u043e\u0435 \u043e\u0431\u0443\u0447\u0435\u043d\u0438\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.editCourse.setText(QCoreApplication.translate("StaffPage", u"&\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u043a\u0443\u0440\u0441\u2026", None))
        self.openSubgroups.setText(QCoreApplication.translate("StaffPage", u"&\u0413\u0440\u0443\u043f\u043f\u044b \u043a\u043b\u0430\u0441\u0441\u0430\u2026", None))
#if QT_CONFIG(tooltip)
        self.openSubgroups.setToolTip(QCoreApplication.translate("StaffPage", u"\u0420\u0430\u0437\u0434\u0435\u043b\u0438\u0442\u044c \u043a\u043b\u0430\u0441\u0441 \u043d\u0430 \u0433\u0440\u0443\u043f\u043f\u044b \u043f\u043e \u043f\u0440\u0435\u0434\u043c\u0435\u0442\u0443 \u0438 \u0440\u0430\u0441\u043f\u0440\u0435\u0434\u0435\u043b\u0438\u0442\u044c \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.loadTab), QCoreApplication.translate("StaffPage", u"\u041d\u0430\u0433\u0440\u0443\u0437\u043a\u0430", None))
        self.message.setText("")
        pass
    # retranslateUi

