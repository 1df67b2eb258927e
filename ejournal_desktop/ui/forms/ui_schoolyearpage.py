# Generated from forms/SchoolYearPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SchoolYearPage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_SchoolYearPage(object):
    def setupUi(self, SchoolYearPage):
        if not SchoolYearPage.objectName():
            SchoolYearPage.setObjectName(u"SchoolYearPage")
        SchoolYearPage.resize(1100, 640)
        self.layout = QVBoxLayout(SchoolYearPage)
        self.layout.setObjectName(u"layout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearCaption = QLabel(SchoolYearPage)
        self.yearCaption.setObjectName(u"yearCaption")

        self.yearRow.addWidget(self.yearCaption)

        self.yearTitle = QLabel(SchoolYearPage)
        self.yearTitle.setObjectName(u"yearTitle")

        self.yearRow.addWidget(self.yearTitle)

        self.yearStartLabel = QLabel(SchoolYearPage)
        self.yearStartLabel.setObjectName(u"yearStartLabel")

        self.yearRow.addWidget(self.yearStartLabel)

        self.yearStart = DateEdit(SchoolYearPage)
        self.yearStart.setObjectName(u"yearStart")
        self.yearStart.setCalendarPopup(True)

        self.yearRow.addWidget(self.yearStart)

        self.yearEndLabel = QLabel(SchoolYearPage)
        self.yearEndLabel.setObjectName(u"yearEndLabel")

        self.yearRow.addWidget(self.yearEndLabel)

        self.yearEnd = DateEdit(SchoolYearPage)
        self.yearEnd.setObjectName(u"yearEnd")
        self.yearEnd.setCalendarPopup(True)

        self.yearRow.addWidget(self.yearEnd)

        self.createYear = QPushButton(SchoolYearPage)
        self.createYear.setObjectName(u"createYear")

        self.yearRow.addWidget(self.createYear)

        self.saveYear = QPushButton(SchoolYearPage)
        self.saveYear.setObjectName(u"saveYear")

        self.yearRow.addWidget(self.saveYear)

        self.yearSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.layout.addLayout(self.yearRow)

        self.confirmBox = QGroupBox(SchoolYearPage)
        self.confirmBox.setObjectName(u"confirmBox")
        self.confirmLayout = QGridLayout(self.confirmBox)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.periodsConfirmed = QLabel(self.confirmBox)
        self.periodsConfirmed.setObjectName(u"periodsConfirmed")

        self.confirmLayout.addWidget(self.periodsConfirmed, 0, 0, 1, 1)

        self.confirmPeriods = QPushButton(self.confirmBox)
        self.confirmPeriods.setObjectName(u"confirmPeriods")

        self.confirmLayout.addWidget(self.confirmPeriods, 0, 1, 1, 1)

        self.holidaysConfirmed = QLabel(self.confirmBox)
        self.holidaysConfirmed.setObjectName(u"holidaysConfirmed")

        self.confirmLayout.addWidget(self.holidaysConfirmed, 1, 0, 1, 1)

        self.confirmHolidays = QPushButton(self.confirmBox)
        self.confirmHolidays.setObjectName(u"confirmHolidays")

        self.confirmLayout.addWidget(self.confirmHolidays, 1, 1, 1, 1)

        self.confirmLayout.setColumnStretch(0, 1)

        self.layout.addWidget(self.confirmBox)

        self.tabs = QTabWidget(SchoolYearPage)
        self.tabs.setObjectName(u"tabs")
        self.periodsTab = QWidget()
        self.periodsTab.setObjectName(u"periodsTab")
        self.periodsLayout = QVBoxLayout(self.periodsTab)
        self.periodsLayout.setObjectName(u"periodsLayout")
        self.periodsTable = QTableView(self.periodsTab)
        self.periodsTable.setObjectName(u"periodsTable")
        self.periodsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.periodsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.periodsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.periodsTable.setAlternatingRowColors(True)
        self.periodsTable.setWordWrap(False)

        self.periodsLayout.addWidget(self.periodsTable)

        self.periodsNew = QHBoxLayout()
        self.periodsNew.setObjectName(u"periodsNew")
        self.periodGradesLabel = QLabel(self.periodsTab)
        self.periodGradesLabel.setObjectName(u"periodGradesLabel")

        self.periodsNew.addWidget(self.periodGradesLabel)

        self.periodGradeFrom = QSpinBox(self.periodsTab)
        self.periodGradeFrom.setObjectName(u"periodGradeFrom")
        self.periodGradeFrom.setMinimum(1)
        self.periodGradeFrom.setMaximum(11)
        self.periodGradeFrom.setValue(1)

        self.periodsNew.addWidget(self.periodGradeFrom)

        self.periodGradeDash = QLabel(self.periodsTab)
        self.periodGradeDash.setObjectName(u"periodGradeDash")

        self.periodsNew.addWidget(self.periodGradeDash)

        self.periodGradeTo = QSpinBox(self.periodsTab)
        self.periodGradeTo.setObjectName(u"periodGradeTo")
        self.periodGradeTo.setMinimum(1)
        self.periodGradeTo.setMaximum(11)
        self.periodGradeTo.setValue(11)

        self.periodsNew.addWidget(self.periodGradeTo)

        self.periodKind = QComboBox(self.periodsTab)
        self.periodKind.setObjectName(u"periodKind")

        self.periodsNew.addWidget(self.periodKind)

        self.setPeriods = QPushButton(self.periodsTab)
        self.setPeriods.setObjectName(u"setPeriods")

        self.periodsNew.addWidget(self.setPeriods)

        self.removePeriods = QPushButton(self.periodsTab)
        self.removePeriods.setObjectName(u"removePeriods")

        self.periodsNew.addWidget(self.removePeriods)

        self.periodsNewSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodsNew.addItem(self.periodsNewSpacer)


        self.periodsLayout.addLayout(self.periodsNew)

        self.periodEdit = QHBoxLayout()
        self.periodEdit.setObjectName(u"periodEdit")
        self.periodEditLabel = QLabel(self.periodsTab)
        self.periodEditLabel.setObjectName(u"periodEditLabel")

        self.periodEdit.addWidget(self.periodEditLabel)

        self.periodStart = DateEdit(self.periodsTab)
        self.periodStart.setObjectName(u"periodStart")
        self.periodStart.setCalendarPopup(True)

        self.periodEdit.addWidget(self.periodStart)

        self.periodEndLabel = QLabel(self.periodsTab)
        self.periodEndLabel.setObjectName(u"periodEndLabel")

        self.periodEdit.addWidget(self.periodEndLabel)

        self.periodEnd = DateEdit(self.periodsTab)
        self.periodEnd.setObjectName(u"periodEnd")
        self.periodEnd.setCalendarPopup(True)

        self.periodEdit.addWidget(self.periodEnd)

        self.savePeriod = QPushButton(self.periodsTab)
        self.savePeriod.setObjectName(u"savePeriod")

        self.periodEdit.addWidget(self.savePeriod)

        self.periodEditSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodEdit.addItem(self.periodEditSpacer)


        self.periodsLayout.addLayout(self.periodEdit)

        self.tabs.addTab(self.periodsTab, "")
        self.holidaysTab = QWidget()
        self.holidaysTab.setObjectName(u"holidaysTab")
        self.holidaysLayout = QVBoxLayout(self.holidaysTab)
        self.holidaysLayout.setObjectName(u"holidaysLayout")
        self.holidaysTable = QTableView(self.holidaysTab)
        self.holidaysTable.setObjectName(u"holidaysTable")
        self.holidaysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holidaysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holidaysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.holidaysTable.setAlternatingRowColors(True)
        self.holidaysTable.setWordWrap(False)

        self.holidaysLayout.addWidget(self.holidaysTable)

        self.holidayEdit = QHBoxLayout()
        self.holidayEdit.setObjectName(u"holidayEdit")
        self.holidayName = QLineEdit(self.holidaysTab)
        self.holidayName.setObjectName(u"holidayName")
        self.holidayName.setMinimumWidth(260)

        self.holidayEdit.addWidget(self.holidayName)

        self.holidayKind = QComboBox(self.holidaysTab)
        self.holidayKind.setObjectName(u"holidayKind")

        self.holidayEdit.addWidget(self.holidayKind)

        self.holidayStartLabel = QLabel(self.holidaysTab)
        self.holidayStartLabel.setObjectName(u"holidayStartLabel")

        self.holidayEdit.addWidget(self.holidayStartLabel)

        self.holidayStart = DateEdit(self.holidaysTab)
        self.holidayStart.setObjectName(u"holidayStart")
        self.holidayStart.setCalendarPopup(True)

        self.holidayEdit.addWidget(self.holidayStart)

        self.holidayEndLabel = QLabel(self.holidaysTab)
        self.holidayEndLabel.setObjectName(u"holidayEndLabel")

        self.holidayEdit.addWidget(self.holidayEndLabel)

        self.holidayEnd = DateEdit(self.holidaysTab)
        self.holidayEnd.setObjectName(u"holidayEnd")
        self.holidayEnd.setCalendarPopup(True)

        self.holidayEdit.addWidget(self.holidayEnd)

        self.holidayGradesLabel = QLabel(self.holidaysTab)
        self.holidayGradesLabel.setObjectName(u"holidayGradesLabel")

        self.holidayEdit.addWidget(self.holidayGradesLabel)

        self.holidayGradeFrom = QSpinBox(self.holidaysTab)
        self.holidayGradeFrom.setObjectName(u"holidayGradeFrom")
        self.holidayGradeFrom.setMinimum(1)
        self.holidayGradeFrom.setMaximum(11)
        self.holidayGradeFrom.setValue(1)

        self.holidayEdit.addWidget(self.holidayGradeFrom)

        self.holidayGradeDash = QLabel(self.holidaysTab)
        self.holidayGradeDash.setObjectName(u"holidayGradeDash")

        self.holidayEdit.addWidget(self.holidayGradeDash)

        self.holidayGradeTo = QSpinBox(self.holidaysTab)
        self.holidayGradeTo.setObjectName(u"holidayGradeTo")
        self.holidayGradeTo.setMinimum(1)
        self.holidayGradeTo.setMaximum(11)
        self.holidayGradeTo.setValue(11)

        self.holidayEdit.addWidget(self.holidayGradeTo)

        self.holidayEditSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holidayEdit.addItem(self.holidayEditSpacer)


        self.holidaysLayout.addLayout(self.holidayEdit)

        self.holidayButtons = QHBoxLayout()
        self.holidayButtons.setObjectName(u"holidayButtons")
        self.addHoliday = QPushButton(self.holidaysTab)
        self.addHoliday.setObjectName(u"addHoliday")

        self.holidayButtons.addWidget(self.addHoliday)

        self.saveHoliday = QPushButton(self.holidaysTab)
        self.saveHoliday.setObjectName(u"saveHoliday")

        self.holidayButtons.addWidget(self.saveHoliday)

        self.removeHoliday = QPushButton(self.holidaysTab)
        self.removeHoliday.setObjectName(u"removeHoliday")

        self.holidayButtons.addWidget(self.removeHoliday)

        self.addDefaultHolidays = QPushButton(self.holidaysTab)
        self.addDefaultHolidays.setObjectName(u"addDefaultHolidays")

        self.holidayButtons.addWidget(self.addDefaultHolidays)

        self.holidayButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holidayButtons.addItem(self.holidayButtonsSpacer)


        self.holidaysLayout.addLayout(self.holidayButtons)

        self.tabs.addTab(self.holidaysTab, "")
        self.daysTab = QWidget()
        self.daysTab.setObjectName(u"daysTab")
        self.daysLayout = QVBoxLayout(self.daysTab)
        self.daysLayout.setObjectName(u"daysLayout")
        self.movedTitle = QLabel(self.daysTab)
        self.movedTitle.setObjectName(u"movedTitle")

        self.daysLayout.addWidget(self.movedTitle)

        self.movedTable = QTableView(self.daysTab)
        self.movedTable.setObjectName(u"movedTable")
        self.movedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.movedTable.setAlternatingRowColors(True)
        self.movedTable.setWordWrap(False)

        self.daysLayout.addWidget(self.movedTable)

        self.movedEdit = QHBoxLayout()
        self.movedEdit.setObjectName(u"movedEdit")
        self.movedOffLabel = QLabel(self.daysTab)
        self.movedOffLabel.setObjectName(u"movedOffLabel")

        self.movedEdit.addWidget(self.movedOffLabel)

        self.movedOff = DateEdit(self.daysTab)
        self.movedOff.setObjectName(u"movedOff")
        self.movedOff.setCalendarPopup(True)

        self.movedEdit.addWidget(self.movedOff)

        self.movedWorkingLabel = QLabel(self.daysTab)
        self.movedWorkingLabel.setObjectName(u"movedWorkingLabel")

        self.movedEdit.addWidget(self.movedWorkingLabel)

        self.movedWorking = DateEdit(self.daysTab)
        self.movedWorking.setObjectName(u"movedWorking")
        self.movedWorking.setCalendarPopup(True)

        self.movedEdit.addWidget(self.movedWorking)

        self.movedAsLabel = QLabel(self.daysTab)
        self.movedAsLabel.setObjectName(u"movedAsLabel")

        self.movedEdit.addWidget(self.movedAsLabel)

        self.movedAs = QComboBox(self.daysTab)
        self.movedAs.setObjectName(u"movedAs")

        self.movedEdit.addWidget(self.movedAs)

        self.movedDecree = QLineEdit(self.daysTab)
        self.movedDecree.setObjectName(u"movedDecree")

        self.movedEdit.addWidget(self.movedDecree)

        self.addMoved = QPushButton(self.daysTab)
        self.addMoved.setObjectName(u"addMoved")

        self.movedEdit.addWidget(self.addMoved)

        self.removeMoved = QPushButton(self.daysTab)
        self.removeMoved.setObjectName(u"removeMoved")

        self.movedEdit.addWidget(self.removeMoved)


        self.daysLayout.addLayout(self.movedEdit)

        self.shortTitle = QLabel(self.daysTab)
        self.shortTitle.setObjectName(u"shortTitle")

        self.daysLayout.addWidget(self.shortTitle)

        self.shortTable = QTableView(self.daysTab)
        self.shortTable.setObjectName(u"shortTable")
        self.shortTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shortTable.setAlternatingRowColors(True)
        self.shortTable.setWordWrap(False)

        self.daysLayout.addWidget(self.shortTable)

        self.shortEdit = QHBoxLayout()
        self.shortEdit.setObjectName(u"shortEdit")
        self.shortDateLabel = QLabel(self.daysTab)
        self.shortDateLabel.setObjectName(u"shortDateLabel")

        self.shortEdit.addWidget(self.shortDateLabel)

        self.shortDate = DateEdit(self.daysTab)
        self.shortDate.setObjectName(u"shortDate")
        self.shortDate.setCalendarPopup(True)

        self.shortEdit.addWidget(self.shortDate)

        self.shortMinutesLabel = QLabel(self.daysTab)
        self.shortMinutesLabel.setObjectName(u"shortMinutesLabel")

        self.shortEdit.addWidget(self.shortMinutesLabel)

        self.shortMinutes = QSpinBox(self.daysTab)
        self.shortMinutes.setObjectName(u"shortMinutes")
        self.shortMinutes.setMinimum(10)
        self.shortMinutes.setMaximum(45)
        self.shortMinutes.setValue(30)

        self.shortEdit.addWidget(self.shortMinutes)

        self.shortReason = QLineEdit(self.daysTab)
        self.shortReason.setObjectName(u"shortReason")

        self.shortEdit.addWidget(self.shortReason)

        self.addShort = QPushButton(self.daysTab)
        self.addShort.setObjectName(u"addShort")

        self.shortEdit.addWidget(self.addShort)

        self.removeShort = QPushButton(self.daysTab)
        self.removeShort.setObjectName(u"removeShort")

        self.shortEdit.addWidget(self.removeShort)


        self.daysLayout.addLayout(self.shortEdit)

        self.tabs.addTab(self.daysTab, "")
        self.bellsTab = QWidget()
        self.bellsTab.setObjectName(u"bellsTab")
        self.bellsLayout = QVBoxLayout(self.bellsTab)
        self.bellsLayout.setObjectName(u"bellsLayout")
        self.shiftRow = QHBoxLayout()
        self.shiftRow.setObjectName(u"shiftRow")
        self.shiftLabel = QLabel(self.bellsTab)
        self.shiftLabel.setObjectName(u"shiftLabel")

        self.shiftRow.addWidget(self.shiftLabel)

        self.shift = QComboBox(self.bellsTab)
        self.shift.setObjectName(u"shift")

        self.shiftRow.addWidget(self.shift)

        self.addShift = QPushButton(self.bellsTab)
        self.addShift.setObjectName(u"addShift")

        self.shiftRow.addWidget(self.addShift)

        self.removeShift = QPushButton(self.bellsTab)
        self.removeShift.setObjectName(u"removeShift")

        self.shiftRow.addWidget(self.removeShift)

        self.shiftSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shiftRow.addItem(self.shiftSpacer)


        self.bellsLayout.addLayout(self.shiftRow)

        self.bellsTable = QTableView(self.bellsTab)
        self.bellsTable.setObjectName(u"bellsTable")
        self.bellsTable.setAlternatingRowColors(True)
        self.bellsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bellsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.bellsLayout.addWidget(self.bellsTable)

        self.bellsHint = QLabel(self.bellsTab)
        self.bellsHint.setObjectName(u"bellsHint")
        self.bellsHint.setWordWrap(True)

        self.bellsLayout.addWidget(self.bellsHint)

        self.bellButtons = QHBoxLayout()
        self.bellButtons.setObjectName(u"bellButtons")
        self.addLesson = QPushButton(self.bellsTab)
        self.addLesson.setObjectName(u"addLesson")

        self.bellButtons.addWidget(self.addLesson)

        self.removeLesson = QPushButton(self.bellsTab)
        self.removeLesson.setObjectName(u"removeLesson")

        self.bellButtons.addWidget(self.removeLesson)

        self.saveBells = QPushButton(self.bellsTab)
        self.saveBells.setObjectName(u"saveBells")

        self.bellButtons.addWidget(self.saveBells)

        self.bellButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bellButtons.addItem(self.bellButtonsSpacer)


        self.bellsLayout.addLayout(self.bellButtons)

        self.tabs.addTab(self.bellsTab, "")

        self.layout.addWidget(self.tabs)

        self.message = QLabel(SchoolYearPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)


        self.retranslateUi(SchoolYearPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SchoolYearPage)
    # setupUi

    def retranslateUi(self, SchoolYearPage):
        self.yearCaption.setText(QCoreApplication.translate("SchoolYearPage", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434:", None))
        self.yearTitle.setText(QCoreApplication.translate("SchoolYearPage", u"\u043d\u0435 \u0441\u043e\u0437\u0434\u0430\u043d", None))
        self.yearStartLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0441", None))
        self.yearStart.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.yearEndLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u043f\u043e", None))
        self.yearEnd.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.createYear.setText(QCoreApplication.translate("SchoolYearPage", u"&\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0443\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434", None))
        self.saveYear.setText(QCoreApplication.translate("SchoolYearPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0434\u0430\u0442\u044b &\u0433\u043e\u0434\u0430", None))
        self.confirmBox.setTitle(QCoreApplication.translate("SchoolYearPage", u"\u041d\u043e\u0432\u044b\u0439 \u0443\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434 \u0441\u043a\u043e\u043f\u0438\u0440\u043e\u0432\u0430\u043d \u0441 \u043f\u0440\u043e\u0448\u043b\u043e\u0433\u043e: \u043f\u0440\u043e\u0432\u0435\u0440\u044c\u0442\u0435 \u0434\u0430\u0442\u044b \u0438 \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u0435", None))
        self.periodsConfirmed.setText(QCoreApplication.translate("SchoolYearPage", u"\u0414\u0430\u0442\u044b \u043f\u0435\u0440\u0438\u043e\u0434\u043e\u0432 \u043d\u0435 \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u044b.", None))
        self.confirmPeriods.setText(QCoreApplication.translate("SchoolYearPage", u"\u041f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u044c \u0434\u0430&\u0442\u044b \u043f\u0435\u0440\u0438\u043e\u0434\u043e\u0432", None))
        self.holidaysConfirmed.setText(QCoreApplication.translate("SchoolYearPage", u"\u0414\u0430\u0442\u044b \u043a\u0430\u043d\u0438\u043a\u0443\u043b \u043d\u0435 \u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0436\u0434\u0435\u043d\u044b.", None))
        self.confirmHolidays.setText(QCoreApplication.translate("SchoolYearPage", u"\u041f\u043e\u0434\u0442\u0432\u0435\u0440\u0434\u0438\u0442\u044c \u0434\u0430\u0442\u044b &\u043a\u0430\u043d\u0438\u043a\u0443\u043b", None))
        self.periodGradesLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u041a\u043b\u0430\u0441\u0441\u044b:", None))
        self.periodGradeDash.setText(QCoreApplication.translate("SchoolYearPage", u"\u2013", None))
        self.setPeriods.setText(QCoreApplication.translate("SchoolYearPage", u"&\u0417\u0430\u0434\u0430\u0442\u044c \u043f\u0435\u0440\u0438\u043e\u0434\u044b \u0441 \u043e\u0431\u044b\u0447\u043d\u044b\u043c\u0438 \u0434\u0430\u0442\u0430\u043c\u0438", None))
        self.removePeriods.setText(QCoreApplication.translate("SchoolYearPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u043f\u0435\u0440\u0438\u043e\u0434\u044b \u044d\u0442\u0438\u0445 \u043a\u043b\u0430\u0441\u0441\u043e\u0432", None))
        self.periodEditLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0412\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0439 \u043f\u0435\u0440\u0438\u043e\u0434: \u0441", None))
        self.periodStart.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.periodEndLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u043f\u043e", None))
        self.periodEnd.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.savePeriod.setText(QCoreApplication.translate("SchoolYearPage", u"&\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0434\u0430\u0442\u044b \u043f\u0435\u0440\u0438\u043e\u0434\u0430", None))
        self.tabs.setTabText(self.tabs.indexOf(self.periodsTab), QCoreApplication.translate("SchoolYearPage", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0435 \u043f\u0435\u0440\u0438\u043e\u0434\u044b", None))
        self.holidayName.setPlaceholderText(QCoreApplication.translate("SchoolYearPage", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435: \u043e\u0441\u0435\u043d\u043d\u0438\u0435 \u043a\u0430\u043d\u0438\u043a\u0443\u043b\u044b, \u043f\u0440\u0430\u0437\u0434\u043d\u0438\u0447\u043d\u044b\u0439 \u0434\u0435\u043d\u044c\u2026", None))
        self.holidayStartLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0441", None))
        self.holidayStart.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.holidayEndLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u043f\u043e", None))
        self.holidayEnd.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.holidayGradesLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u043a\u043b\u0430\u0441\u0441\u044b", None))
        self.holidayGradeDash.setText(QCoreApplication.translate("SchoolYearPage", u"\u2013", None))
        self.addHoliday.setText(QCoreApplication.translate("SchoolYearPage", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
        self.saveHoliday.setText(QCoreApplication.translate("SchoolYearPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0432&\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435", None))
        self.removeHoliday.setText(QCoreApplication.translate("SchoolYearPage", u"&\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0435", None))
        self.addDefaultHolidays.setText(QCoreApplication.translate("SchoolYearPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c &\u043e\u0431\u044b\u0447\u043d\u044b\u0435 \u043a\u0430\u043d\u0438\u043a\u0443\u043b\u044b \u0433\u043e\u0434\u0430", None))
        self.tabs.setTabText(self.tabs.indexOf(self.holidaysTab), QCoreApplication.translate("SchoolYearPage", u"\u041a\u0430\u043d\u0438\u043a\u0443\u043b\u044b \u0438 \u0432\u044b\u0445\u043e\u0434\u043d\u044b\u0435", None))
        self.movedTitle.setText(QCoreApplication.translate("SchoolYearPage", u"\u041f\u0435\u0440\u0435\u043d\u043e\u0441 \u0440\u0430\u0431\u043e\u0447\u0435\u0433\u043e \u0434\u043d\u044f (\u043f\u043e \u043f\u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u044e \u041f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c\u0441\u0442\u0432\u0430 \u0420\u0424):", None))
        self.movedOffLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0412\u044b\u0445\u043e\u0434\u043d\u043e\u0439:", None))
        self.movedOff.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.movedWorkingLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0440\u0430\u0431\u043e\u0447\u0438\u0439 \u0434\u0435\u043d\u044c:", None))
        self.movedWorking.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.movedAsLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u043f\u043e \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u044e \u0434\u043d\u044f:", None))
        self.movedDecree.setPlaceholderText(QCoreApplication.translate("SchoolYearPage", u"\u041e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435: \u043f\u043e\u0441\u0442\u0430\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u0435 \u2116 \u2026", None))
        self.addMoved.setText(QCoreApplication.translate("SchoolYearPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c &\u043f\u0435\u0440\u0435\u043d\u043e\u0441", None))
        self.removeMoved.setText(QCoreApplication.translate("SchoolYearPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u043f\u0435\u0440\u0435\u043d\u043e\u0441", None))
        self.shortTitle.setText(QCoreApplication.translate("SchoolYearPage", u"\u0421\u043e\u043a\u0440\u0430\u0449\u0451\u043d\u043d\u044b\u0435 \u0434\u043d\u0438 (\u0443\u0440\u043e\u043a\u0438 \u043a\u043e\u0440\u043e\u0447\u0435, \u043f\u0435\u0440\u0435\u043c\u0435\u043d\u044b \u043f\u0440\u0435\u0436\u043d\u0438\u0435):", None))
        self.shortDateLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0414\u0435\u043d\u044c:", None))
        self.shortDate.setDisplayFormat(QCoreApplication.translate("SchoolYearPage", u"dd.MM.yyyy", None))
        self.shortMinutesLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0443\u0440\u043e\u043a, \u043c\u0438\u043d:", None))
        self.shortReason.setPlaceholderText(QCoreApplication.translate("SchoolYearPage", u"\u041e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435: \u043f\u0440\u0435\u0434\u043f\u0440\u0430\u0437\u0434\u043d\u0438\u0447\u043d\u044b\u0439 \u0434\u0435\u043d\u044c, \u043f\u0440\u0438\u043a\u0430\u0437 \u2116 \u2026", None))
        self.addShort.setText(QCoreApplication.translate("SchoolYearPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0441\u043e\u043a\u0440\u0430\u0449\u0451\u043d\u043d\u044b\u0439 &\u0434\u0435\u043d\u044c", None))
        self.removeShort.setText(QCoreApplication.translate("SchoolYearPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0441\u043e\u043a\u0440\u0430\u0449\u0451\u043d\u043d\u044b\u0439 \u0434\u0435\u043d\u044c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.daysTab), QCoreApplication.translate("SchoolYearPage", u"\u041f\u0435\u0440\u0435\u043d\u043e\u0441\u044b \u0438 \u0441\u043e\u043a\u0440\u0430\u0449\u0451\u043d\u043d\u044b\u0435 \u0434\u043d\u0438", None))
        self.shiftLabel.setText(QCoreApplication.translate("SchoolYearPage", u"\u0421\u043c\u0435\u043d\u0430:", None))
        self.addShift.setText(QCoreApplication.translate("SchoolYearPage", u"\u041d\u043e\u0432&\u0430\u044f \u0441\u043c\u0435\u043d\u0430", None))
        self.removeShift.setText(QCoreApplication.translate("SchoolYearPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0441\u043c\u0435\u043d\u0443", None))
        self.bellsHint.setText(QCoreApplication.translate("SchoolYearPage", u"\u0412\u0440\u0435\u043c\u044f \u0443\u0440\u043e\u043a\u0430 \u0432\u0432\u043e\u0434\u0438\u0442\u0441\u044f \u043a\u0430\u043a \u0427\u0427:\u041c\u041c, \u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440 08:30; \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u2014 \u0438\u0437\u043c\u0435\u043d\u0438\u0442\u044c.", None))
        self.addLesson.setText(QCoreApplication.translate("SchoolYearPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c &\u0443\u0440\u043e\u043a", None))
        self.removeLesson.setText(QCoreApplication.translate("SchoolYearPage", u"\u0423\u0431\u0440\u0430\u0442\u044c \u043f\u043e\u0441\u043b\u0435\u0434\u043d\u0438\u0439 \u0443\u0440\u043e\u043a", None))
        self.saveBells.setText(QCoreApplication.translate("SchoolYearPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c &\u0437\u0432\u043e\u043d\u043a\u0438 \u0441\u043c\u0435\u043d\u044b", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bellsTab), QCoreApplication.translate("SchoolYearPage", u"\u0421\u043c\u0435\u043d\u044b \u0438 \u0437\u0432\u043e\u043d\u043a\u0438", None))
        self.message.setText("")
        pass
    # retranslateUi

