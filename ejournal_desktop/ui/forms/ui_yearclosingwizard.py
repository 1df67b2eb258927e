# Generated from forms/YearClosingWizard.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'YearClosingWizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QTableView, QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_YearClosingWizard(object):
    def setupUi(self, YearClosingWizard):
        if not YearClosingWizard.objectName():
            YearClosingWizard.setObjectName(u"YearClosingWizard")
        YearClosingWizard.resize(1100, 700)
        self.layout = QVBoxLayout(YearClosingWizard)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(YearClosingWizard)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.stepsBar = QLabel(YearClosingWizard)
        self.stepsBar.setObjectName(u"stepsBar")
        self.stepsBar.setWordWrap(True)
        self.stepsBar.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.stepsBar)

        self.stateBanner = QLabel(YearClosingWizard)
        self.stateBanner.setObjectName(u"stateBanner")
        self.stateBanner.setWordWrap(True)

        self.layout.addWidget(self.stateBanner)

        self.steps = QStackedWidget(YearClosingWizard)
        self.steps.setObjectName(u"steps")
        self.gapsStep = QWidget()
        self.gapsStep.setObjectName(u"gapsStep")
        self.gapsLayout = QVBoxLayout(self.gapsStep)
        self.gapsLayout.setObjectName(u"gapsLayout")
        self.gapsLayout.setContentsMargins(0, -1, 0, -1)
        self.gapsSummary = QLabel(self.gapsStep)
        self.gapsSummary.setObjectName(u"gapsSummary")
        self.gapsSummary.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.gapsSummary.setWordWrap(True)

        self.gapsLayout.addWidget(self.gapsSummary)

        self.gaps = QTableView(self.gapsStep)
        self.gaps.setObjectName(u"gaps")
        self.gaps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gaps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gaps.setAlternatingRowColors(True)
        self.gaps.setWordWrap(False)
        self.gaps.setMouseTracking(True)

        self.gapsLayout.addWidget(self.gaps)

        self.gapsButtons = QHBoxLayout()
        self.gapsButtons.setObjectName(u"gapsButtons")
        self.openJournal = QPushButton(self.gapsStep)
        self.openJournal.setObjectName(u"openJournal")

        self.gapsButtons.addWidget(self.openJournal)

        self.recheck = QPushButton(self.gapsStep)
        self.recheck.setObjectName(u"recheck")

        self.gapsButtons.addWidget(self.recheck)

        self.gapsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gapsButtons.addItem(self.gapsSpacer)


        self.gapsLayout.addLayout(self.gapsButtons)

        self.steps.addWidget(self.gapsStep)
        self.decisionsStep = QWidget()
        self.decisionsStep.setObjectName(u"decisionsStep")
        self.decisionsLayout = QVBoxLayout(self.decisionsStep)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.decisionsLayout.setContentsMargins(0, -1, 0, -1)
        self.decisionsFilterRow = QHBoxLayout()
        self.decisionsFilterRow.setObjectName(u"decisionsFilterRow")
        self.classFilterLabel = QLabel(self.decisionsStep)
        self.classFilterLabel.setObjectName(u"classFilterLabel")

        self.decisionsFilterRow.addWidget(self.classFilterLabel)

        self.classFilter = QComboBox(self.decisionsStep)
        self.classFilter.setObjectName(u"classFilter")
        self.classFilter.setMinimumContentsLength(12)

        self.decisionsFilterRow.addWidget(self.classFilter)

        self.onlyNotable = QCheckBox(self.decisionsStep)
        self.onlyNotable.setObjectName(u"onlyNotable")

        self.decisionsFilterRow.addWidget(self.onlyNotable)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionsFilterRow.addItem(self.filterSpacer)

        self.decisionCounts = QLabel(self.decisionsStep)
        self.decisionCounts.setObjectName(u"decisionCounts")
        self.decisionCounts.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.decisionCounts.sizePolicy().hasHeightForWidth())
        self.decisionCounts.setSizePolicy(sizePolicy)

        self.decisionsFilterRow.addWidget(self.decisionCounts)


        self.decisionsLayout.addLayout(self.decisionsFilterRow)

        self.decisions = QTableView(self.decisionsStep)
        self.decisions.setObjectName(u"decisions")
        self.decisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions.setAlternatingRowColors(True)
        self.decisions.setWordWrap(False)

        self.decisionsLayout.addWidget(self.decisions)

        self.decisionBox = QGroupBox(self.decisionsStep)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionGrid = QGridLayout(self.decisionBox)
        self.decisionGrid.setObjectName(u"decisionGrid")
        self.decisionLabel = QLabel(self.decisionBox)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionGrid.addWidget(self.decisionLabel, 0, 0, 1, 1)

        self.decision = QComboBox(self.decisionBox)
        self.decision.setObjectName(u"decision")
        self.decision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.decisionGrid.addWidget(self.decision, 0, 1, 1, 1)

        self.noteLabel = QLabel(self.decisionBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.decisionGrid.addWidget(self.noteLabel, 0, 2, 1, 1)

        self.note = QLineEdit(self.decisionBox)
        self.note.setObjectName(u"note")
        self.note.setMaxLength(500)

        self.decisionGrid.addWidget(self.note, 0, 3, 1, 1)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.applyPupil = QPushButton(self.decisionBox)
        self.applyPupil.setObjectName(u"applyPupil")

        self.decisionButtons.addWidget(self.applyPupil)

        self.applyClass = QPushButton(self.decisionBox)
        self.applyClass.setObjectName(u"applyClass")

        self.decisionButtons.addWidget(self.applyClass)

        self.decisionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionButtons.addItem(self.decisionSpacer)


        self.decisionGrid.addLayout(self.decisionButtons, 1, 0, 1, 4)


        self.decisionsLayout.addWidget(self.decisionBox)

        self.steps.addWidget(self.decisionsStep)
        self.archiveStep = QWidget()
        self.archiveStep.setObjectName(u"archiveStep")
        self.archiveLayout = QVBoxLayout(self.archiveStep)
        self.archiveLayout.setObjectName(u"archiveLayout")
        self.archiveLayout.setContentsMargins(0, -1, 0, -1)
        self.archiveIntro = QLabel(self.archiveStep)
        self.archiveIntro.setObjectName(u"archiveIntro")
        self.archiveIntro.setWordWrap(True)

        self.archiveLayout.addWidget(self.archiveIntro)

        self.drives = QTableView(self.archiveStep)
        self.drives.setObjectName(u"drives")
        self.drives.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drives.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drives.setAlternatingRowColors(True)
        self.drives.setWordWrap(False)

        self.archiveLayout.addWidget(self.drives)

        self.archiveButtons = QHBoxLayout()
        self.archiveButtons.setObjectName(u"archiveButtons")
        self.addFolder = QPushButton(self.archiveStep)
        self.addFolder.setObjectName(u"addFolder")

        self.archiveButtons.addWidget(self.addFolder)

        self.refreshDrives = QPushButton(self.archiveStep)
        self.refreshDrives.setObjectName(u"refreshDrives")

        self.archiveButtons.addWidget(self.refreshDrives)

        self.archiveSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.archiveButtons.addItem(self.archiveSpacer)


        self.archiveLayout.addLayout(self.archiveButtons)

        self.archiveStatus = QLabel(self.archiveStep)
        self.archiveStatus.setObjectName(u"archiveStatus")
        self.archiveStatus.setWordWrap(True)

        self.archiveLayout.addWidget(self.archiveStatus)

        self.steps.addWidget(self.archiveStep)
        self.orderStep = QWidget()
        self.orderStep.setObjectName(u"orderStep")
        self.orderLayout = QVBoxLayout(self.orderStep)
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderLayout.setContentsMargins(0, -1, 0, -1)
        self.orderForm = QFormLayout()
        self.orderForm.setObjectName(u"orderForm")
        self.orderNumberLabel = QLabel(self.orderStep)
        self.orderNumberLabel.setObjectName(u"orderNumberLabel")

        self.orderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orderNumberLabel)

        self.orderNumber = QLineEdit(self.orderStep)
        self.orderNumber.setObjectName(u"orderNumber")
        self.orderNumber.setMaxLength(50)
        self.orderNumber.setMaximumSize(QSize(240, 16777215))

        self.orderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orderNumber)

        self.orderDateLabel = QLabel(self.orderStep)
        self.orderDateLabel.setObjectName(u"orderDateLabel")

        self.orderForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orderDateLabel)

        self.orderDate = DateEdit(self.orderStep)
        self.orderDate.setObjectName(u"orderDate")
        self.orderDate.setCalendarPopup(True)
        self.orderDate.setMaximumSize(QSize(240, 16777215))

        self.orderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orderDate)


        self.orderLayout.addLayout(self.orderForm)

        self.summaryLabel = QLabel(self.orderStep)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.orderLayout.addWidget(self.summaryLabel)

        self.summary = QPlainTextEdit(self.orderStep)
        self.summary.setObjectName(u"summary")
        self.summary.setReadOnly(True)

        self.orderLayout.addWidget(self.summary)

        self.steps.addWidget(self.orderStep)
        self.resultStep = QWidget()
        self.resultStep.setObjectName(u"resultStep")
        self.resultLayout = QVBoxLayout(self.resultStep)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(0, -1, 0, -1)
        self.result = QPlainTextEdit(self.resultStep)
        self.result.setObjectName(u"result")
        self.result.setReadOnly(True)

        self.resultLayout.addWidget(self.result)

        self.steps.addWidget(self.resultStep)

        self.layout.addWidget(self.steps)

        self.message = QLabel(YearClosingWizard)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.navigation = QHBoxLayout()
        self.navigation.setObjectName(u"navigation")
        self.navigationSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.navigation.addItem(self.navigationSpacer)

        self.back = QPushButton(YearClosingWizard)
        self.back.setObjectName(u"back")

        self.navigation.addWidget(self.back)

        self.next = QPushButton(YearClosingWizard)
        self.next.setObjectName(u"next")

        self.navigation.addWidget(self.next)


        self.layout.addLayout(self.navigation)

#if QT_CONFIG(shortcut)
        self.classFilterLabel.setBuddy(self.classFilter)
        self.decisionLabel.setBuddy(self.decision)
        self.noteLabel.setBuddy(self.note)
        self.orderNumberLabel.setBuddy(self.orderNumber)
        self.orderDateLabel.setBuddy(self.orderDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.gaps, self.openJournal)
        QWidget.setTabOrder(self.openJournal, self.recheck)
        QWidget.setTabOrder(self.recheck, self.classFilter)
        QWidget.setTabOrder(self.classFilter, self.onlyNotable)
        QWidget.setTabOrder(self.onlyNotable, self.decisions)
        QWidget.setTabOrder(self.decisions, self.decision)
        QWidget.setTabOrder(self.decision, self.note)
        QWidget.setTabOrder(self.note, self.applyPupil)
        QWidget.setTabOrder(self.applyPupil, self.applyClass)
        QWidget.setTabOrder(self.applyClass, self.drives)
        QWidget.setTabOrder(self.drives, self.addFolder)
        QWidget.setTabOrder(self.addFolder, self.refreshDrives)
        QWidget.setTabOrder(self.refreshDrives, self.orderNumber)
        QWidget.setTabOrder(self.orderNumber, self.orderDate)
        QWidget.setTabOrder(self.orderDate, self.summary)
        QWidget.setTabOrder(self.summary, self.back)
        QWidget.setTabOrder(self.back, self.next)

        self.retranslateUi(YearClosingWizard)

        self.steps.setCurrentIndex(0)
        self.next.setDefault(True)


        QMetaObject.connectSlotsByName(YearClosingWizard)
    # setupUi

    def retranslateUi(self, YearClosingWizard):
        self.heading.setText(QCoreApplication.translate("YearClosingWizard", u"\u0417\u0430\u043a\u0440\u044b\u0442\u0438\u0435 \u0443\u0447\u0435\u0431\u043d\u043e\u0433\u043e \u0433\u043e\u0434\u0430", None))
        self.stepsBar.setText("")
        self.stateBanner.setText("")
        self.gapsSummary.setText("")
        self.openJournal.setText(QCoreApplication.translate("YearClosingWizard", u"&\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0436\u0443\u0440\u043d\u0430\u043b", None))
#if QT_CONFIG(tooltip)
        self.openJournal.setToolTip(QCoreApplication.translate("YearClosingWizard", u"\u041e\u0442\u043a\u0440\u044b\u0442\u044c \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0443 \u0436\u0443\u0440\u043d\u0430\u043b\u0430 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439 \u0441\u0442\u0440\u043e\u043a\u0438, \u0447\u0442\u043e\u0431\u044b \u0432\u044b\u0441\u0442\u0430\u0432\u0438\u0442\u044c \u0433\u043e\u0434\u043e\u0432\u044b\u0435 \u043e\u0442\u043c\u0435\u0442\u043a\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.recheck.setText(QCoreApplication.translate("YearClosingWizard", u"&\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u0441\u043d\u043e\u0432\u0430", None))
        self.classFilterLabel.setText(QCoreApplication.translate("YearClosingWizard", u"&\u041a\u043b\u0430\u0441\u0441:", None))
        self.onlyNotable.setText(QCoreApplication.translate("YearClosingWizard", u"\u0422\u043e\u043b\u044c\u043a\u043e &\u0438\u0437\u043c\u0435\u043d\u0451\u043d\u043d\u044b\u0435 \u0438 \u043d\u0435 \u043f\u0435\u0440\u0435\u0432\u043e\u0434\u0438\u043c\u044b\u0435", None))
        self.decisionCounts.setText("")
        self.decisionBox.setTitle(QCoreApplication.translate("YearClosingWizard", u"\u0420\u0435\u0448\u0435\u043d\u0438\u0435 \u043f\u0435\u0434\u0430\u0433\u043e\u0433\u0438\u0447\u0435\u0441\u043a\u043e\u0433\u043e \u0441\u043e\u0432\u0435\u0442\u0430", None))
        self.decisionLabel.setText(QCoreApplication.translate("YearClosingWizard", u"&\u0420\u0435\u0448\u0435\u043d\u0438\u0435:", None))
        self.noteLabel.setText(QCoreApplication.translate("YearClosingWizard", u"&\u041e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("YearClosingWizard", u"\u0440\u0435\u0448\u0435\u043d\u0438\u0435 \u043f\u0435\u0434\u0441\u043e\u0432\u0435\u0442\u0430, \u043f\u0440\u043e\u0442\u043e\u043a\u043e\u043b \u2116\u2026; \u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435 \u0440\u043e\u0434\u0438\u0442\u0435\u043b\u0435\u0439\u2026", None))
        self.applyPupil.setText(QCoreApplication.translate("YearClosingWizard", u"\u0414\u043b\u044f &\u0443\u0447\u0435\u043d\u0438\u043a\u0430", None))
        self.applyClass.setText(QCoreApplication.translate("YearClosingWizard", u"\u0414\u043b\u044f \u0432\u0441\u0435\u0433\u043e &\u043a\u043b\u0430\u0441\u0441\u0430", None))
        self.archiveIntro.setText(QCoreApplication.translate("YearClosingWizard", u"\u0410\u0440\u0445\u0438\u0432 \u0433\u043e\u0434\u0430 \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043d\u0430 \u0442\u0440\u0438 \u043d\u043e\u0441\u0438\u0442\u0435\u043b\u044f (\u043f. 7.6 \u041f\u043e\u043b\u043e\u0436\u0435\u043d\u0438\u044f): \u0434\u043b\u044f \u0430\u0440\u0445\u0438\u0432\u0430 \u0448\u043a\u043e\u043b\u044b, \u0434\u043b\u044f \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u043e\u0440\u0430 \u0436\u0443\u0440\u043d\u0430\u043b\u0430 \u0438 \u0434\u043b\u044f \u0437\u0430\u043c\u0435\u0441\u0442\u0438\u0442\u0435\u043b\u044f \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u0430 \u043f\u043e \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0442\u0438\u0437\u0430\u0446\u0438\u0438. \u041e\u0442\u043c\u0435\u0442\u044c\u0442\u0435 \u0434\u043e \u0442\u0440\u0451\u0445 \u043d\u043e\u0441\u0438\u0442\u0435\u043b\u0435\u0439: \u0430\u0440\u0445\u0438\u0432 \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043d\u0430 \u043a"
                        "\u0430\u0436\u0434\u044b\u0439, \u0447\u0438\u0442\u0430\u0435\u0442\u0441\u044f \u043e\u0431\u0440\u0430\u0442\u043d\u043e \u0438 \u043f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u0442\u0441\u044f; \u0433\u043e\u0434 \u0437\u0430\u043a\u0440\u044b\u0432\u0430\u0435\u0442\u0441\u044f, \u0442\u043e\u043b\u044c\u043a\u043e \u0435\u0441\u043b\u0438 \u0432\u0441\u0435 \u0430\u0440\u0445\u0438\u0432\u044b \u0437\u0430\u043f\u0438\u0441\u0430\u043d\u044b.", None))
        self.addFolder.setText(QCoreApplication.translate("YearClosingWizard", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043f\u0430\u043f\u043a\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFolder.setToolTip(QCoreApplication.translate("YearClosingWizard", u"\u041f\u0430\u043f\u043a\u0430 \u043d\u0430 \u0441\u0435\u0442\u0435\u0432\u043e\u043c \u0434\u0438\u0441\u043a\u0435 \u0438\u043b\u0438 \u043d\u0430 \u043d\u043e\u0441\u0438\u0442\u0435\u043b\u0435, \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u043d\u0435\u0442 \u0432 \u0441\u043f\u0438\u0441\u043a\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.refreshDrives.setText(QCoreApplication.translate("YearClosingWizard", u"\u041e\u0431\u043d\u043e\u0432\u0438\u0442\u044c &\u0441\u043f\u0438\u0441\u043e\u043a", None))
        self.archiveStatus.setText("")
        self.orderNumberLabel.setText(QCoreApplication.translate("YearClosingWizard", u"&\u041d\u043e\u043c\u0435\u0440 \u043f\u0440\u0438\u043a\u0430\u0437\u0430 \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u0430:", None))
        self.orderNumber.setPlaceholderText(QCoreApplication.translate("YearClosingWizard", u"\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, 45-\u0443", None))
        self.orderDateLabel.setText(QCoreApplication.translate("YearClosingWizard", u"&\u0414\u0430\u0442\u0430 \u043f\u0440\u0438\u043a\u0430\u0437\u0430:", None))
        self.orderDate.setDisplayFormat(QCoreApplication.translate("YearClosingWizard", u"dd.MM.yyyy", None))
        self.summaryLabel.setText(QCoreApplication.translate("YearClosingWizard", u"\u0427\u0442\u043e \u0431\u0443\u0434\u0435\u0442 \u0441\u0434\u0435\u043b\u0430\u043d\u043e:", None))
        self.message.setText("")
        self.back.setText(QCoreApplication.translate("YearClosingWizard", u"< &\u041d\u0430\u0437\u0430\u0434", None))
        self.next.setText(QCoreApplication.translate("YearClosingWizard", u"&\u0414\u0430\u043b\u0435\u0435 >", None))
        pass
    # retranslateUi

