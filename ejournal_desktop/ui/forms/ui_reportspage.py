# Generated from forms/ReportsPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ReportsPage.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1100, 700)
        self.layout = QHBoxLayout(ReportsPage)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(ReportsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.kindsPane = QWidget(self.splitter)
        self.kindsPane.setObjectName(u"kindsPane")
        self.kindsLayout = QVBoxLayout(self.kindsPane)
        self.kindsLayout.setObjectName(u"kindsLayout")
        self.kindsLayout.setContentsMargins(0, 0, 0, 0)
        self.kindsLabel = QLabel(self.kindsPane)
        self.kindsLabel.setObjectName(u"kindsLabel")

        self.kindsLayout.addWidget(self.kindsLabel)

        self.kinds = QListWidget(self.kindsPane)
        self.kinds.setObjectName(u"kinds")
        self.kinds.setMinimumSize(QSize(220, 0))
        self.kinds.setWordWrap(True)
        self.kinds.setUniformItemSizes(False)

        self.kindsLayout.addWidget(self.kinds)

        self.verifyPrintout = QPushButton(self.kindsPane)
        self.verifyPrintout.setObjectName(u"verifyPrintout")

        self.kindsLayout.addWidget(self.verifyPrintout)

        self.signature = QPushButton(self.kindsPane)
        self.signature.setObjectName(u"signature")

        self.kindsLayout.addWidget(self.signature)

        self.splitter.addWidget(self.kindsPane)
        self.reportPane = QWidget(self.splitter)
        self.reportPane.setObjectName(u"reportPane")
        self.reportLayout = QVBoxLayout(self.reportPane)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.reportPane)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.reportLayout.addWidget(self.heading)

        self.parameters = QGroupBox(self.reportPane)
        self.parameters.setObjectName(u"parameters")
        self.parametersLayout = QFormLayout(self.parameters)
        self.parametersLayout.setObjectName(u"parametersLayout")
        self.classLabel = QLabel(self.parameters)
        self.classLabel.setObjectName(u"classLabel")

        self.parametersLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classCombo = QComboBox(self.parameters)
        self.classCombo.setObjectName(u"classCombo")
        self.classCombo.setMinimumSize(QSize(260, 0))

        self.parametersLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.classCombo)

        self.periodLabel = QLabel(self.parameters)
        self.periodLabel.setObjectName(u"periodLabel")

        self.parametersLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodCombo = QComboBox(self.parameters)
        self.periodCombo.setObjectName(u"periodCombo")
        self.periodCombo.setMinimumSize(QSize(260, 0))

        self.parametersLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.periodCombo)

        self.monthLabel = QLabel(self.parameters)
        self.monthLabel.setObjectName(u"monthLabel")

        self.parametersLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthCombo = QComboBox(self.parameters)
        self.monthCombo.setObjectName(u"monthCombo")
        self.monthCombo.setMinimumSize(QSize(260, 0))

        self.parametersLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.pupilLabel = QLabel(self.parameters)
        self.pupilLabel.setObjectName(u"pupilLabel")

        self.parametersLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pupilLabel)

        self.pupilCombo = QComboBox(self.parameters)
        self.pupilCombo.setObjectName(u"pupilCombo")
        self.pupilCombo.setMinimumSize(QSize(260, 0))

        self.parametersLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pupilCombo)

        self.courseLabel = QLabel(self.parameters)
        self.courseLabel.setObjectName(u"courseLabel")

        self.parametersLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.courseLabel)

        self.courseCombo = QComboBox(self.parameters)
        self.courseCombo.setObjectName(u"courseCombo")
        self.courseCombo.setMinimumSize(QSize(260, 0))

        self.parametersLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.courseCombo)

        self.asOfLabel = QLabel(self.parameters)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.parametersLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfLayout = QHBoxLayout()
        self.asOfLayout.setObjectName(u"asOfLayout")
        self.asOfCheck = QCheckBox(self.parameters)
        self.asOfCheck.setObjectName(u"asOfCheck")

        self.asOfLayout.addWidget(self.asOfCheck)

        self.asOfDate = DateEdit(self.parameters)
        self.asOfDate.setObjectName(u"asOfDate")
        self.asOfDate.setCalendarPopup(True)
        self.asOfDate.setDisplayFormat(u"dd.MM.yyyy")
        self.asOfDate.setEnabled(False)

        self.asOfLayout.addWidget(self.asOfDate)

        self.asOfSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.asOfLayout.addItem(self.asOfSpacer)


        self.parametersLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.asOfLayout)

        self.weekLabel = QLabel(self.parameters)
        self.weekLabel.setObjectName(u"weekLabel")

        self.parametersLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekLayout = QHBoxLayout()
        self.weekLayout.setObjectName(u"weekLayout")
        self.weekDate = DateEdit(self.parameters)
        self.weekDate.setObjectName(u"weekDate")
        self.weekDate.setCalendarPopup(True)
        self.weekDate.setDisplayFormat(u"dd.MM.yyyy")

        self.weekLayout.addWidget(self.weekDate)

        self.weekSpan = QLabel(self.parameters)
        self.weekSpan.setObjectName(u"weekSpan")

        self.weekLayout.addWidget(self.weekSpan)

        self.weekSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekLayout.addItem(self.weekSpacer)


        self.parametersLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.weekLayout)


        self.reportLayout.addWidget(self.parameters)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.build = QPushButton(self.reportPane)
        self.build.setObjectName(u"build")

        self.buttons.addWidget(self.build)

        self.savePdf = QPushButton(self.reportPane)
        self.savePdf.setObjectName(u"savePdf")

        self.buttons.addWidget(self.savePdf)

        self.saveXlsx = QPushButton(self.reportPane)
        self.saveXlsx.setObjectName(u"saveXlsx")

        self.buttons.addWidget(self.saveXlsx)

        self.printReport = QPushButton(self.reportPane)
        self.printReport.setObjectName(u"printReport")

        self.buttons.addWidget(self.printReport)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)


        self.reportLayout.addLayout(self.buttons)

        self.message = QLabel(self.reportPane)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reportLayout.addWidget(self.message)

        self.reportTitle = QLabel(self.reportPane)
        self.reportTitle.setObjectName(u"reportTitle")
        self.reportTitle.setWordWrap(True)

        self.reportLayout.addWidget(self.reportTitle)

        self.preview = QTabWidget(self.reportPane)
        self.preview.setObjectName(u"preview")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.preview.sizePolicy().hasHeightForWidth())
        self.preview.setSizePolicy(sizePolicy)
        self.preview.setElideMode(Qt.TextElideMode.ElideRight)
        self.preview.setUsesScrollButtons(True)
        self.preview.setDocumentMode(True)

        self.reportLayout.addWidget(self.preview)

        self.notes = QLabel(self.reportPane)
        self.notes.setObjectName(u"notes")
        self.notes.setWordWrap(True)

        self.reportLayout.addWidget(self.notes)

        self.splitter.addWidget(self.reportPane)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.kindsLabel.setBuddy(self.kinds)
        self.classLabel.setBuddy(self.classCombo)
        self.periodLabel.setBuddy(self.periodCombo)
        self.monthLabel.setBuddy(self.monthCombo)
        self.pupilLabel.setBuddy(self.pupilCombo)
        self.courseLabel.setBuddy(self.courseCombo)
        self.asOfLabel.setBuddy(self.asOfCheck)
        self.weekLabel.setBuddy(self.weekDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsPage)

        self.build.setDefault(True)


        QMetaObject.connectSlotsByName(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.kindsLabel.setText(QCoreApplication.translate("ReportsPage", u"&\u041e\u0442\u0447\u0451\u0442\u044b", None))
        self.verifyPrintout.setText(QCoreApplication.translate("ReportsPage", u"\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u0440&\u0430\u0441\u043f\u0435\u0447\u0430\u0442\u043a\u0443\u2026", None))
#if QT_CONFIG(tooltip)
        self.verifyPrintout.setToolTip(QCoreApplication.translate("ReportsPage", u"\u0421\u0432\u0435\u0440\u0438\u0442\u044c \u0440\u0430\u0441\u043f\u0435\u0447\u0430\u0442\u0430\u043d\u043d\u044b\u0435 \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u044b \u0436\u0443\u0440\u043d\u0430\u043b\u0430 \u0441 \u0442\u0435\u043c, \u0447\u0442\u043e \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u0441\u0435\u0439\u0447\u0430\u0441, \u043f\u043e \u043a\u043e\u0434\u0443 \u043d\u0430 \u043b\u0438\u0441\u0442\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.signature.setText(QCoreApplication.translate("ReportsPage", u"\u042d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u0430\u044f \u043f\u043e&\u0434\u043f\u0438\u0441\u044c\u2026", None))
#if QT_CONFIG(tooltip)
        self.signature.setToolTip(QCoreApplication.translate("ReportsPage", u"\u041f\u043e\u0434\u043f\u0438\u0441\u0430\u0442\u044c PDF \u044d\u043b\u0435\u043a\u0442\u0440\u043e\u043d\u043d\u043e\u0439 \u043f\u043e\u0434\u043f\u0438\u0441\u044c\u044e \u0434\u0438\u0440\u0435\u043a\u0442\u043e\u0440\u0430 \u0438\u043b\u0438 \u043f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043d\u043d\u044b\u0439 \u0444\u0430\u0439\u043b", None))
#endif // QT_CONFIG(tooltip)
        self.heading.setText("")
        self.parameters.setTitle(QCoreApplication.translate("ReportsPage", u"\u041f\u0430\u0440\u0430\u043c\u0435\u0442\u0440\u044b", None))
        self.classLabel.setText(QCoreApplication.translate("ReportsPage", u"&\u041a\u043b\u0430\u0441\u0441:", None))
        self.periodLabel.setText(QCoreApplication.translate("ReportsPage", u"&\u041f\u0435\u0440\u0438\u043e\u0434:", None))
        self.monthLabel.setText(QCoreApplication.translate("ReportsPage", u"&\u041c\u0435\u0441\u044f\u0446:", None))
        self.pupilLabel.setText(QCoreApplication.translate("ReportsPage", u"&\u0423\u0447\u0435\u043d\u0438\u043a:", None))
        self.courseLabel.setText(QCoreApplication.translate("ReportsPage", u"\u041f&\u0440\u0435\u0434\u043c\u0435\u0442:", None))
        self.asOfLabel.setText(QCoreApplication.translate("ReportsPage", u"\u041d\u0430 \u0434&\u0430\u0442\u0443:", None))
        self.asOfCheck.setText(QCoreApplication.translate("ReportsPage", u"\u043f\u043e \u0442\u0435\u043a\u0443\u0449\u0438\u043c \u043e\u0442\u043c\u0435\u0442\u043a\u0430\u043c \u043d\u0430", None))
#if QT_CONFIG(tooltip)
        self.asOfCheck.setToolTip(QCoreApplication.translate("ReportsPage", u"\u0423\u0441\u043f\u0435\u0432\u0430\u0435\u043c\u043e\u0441\u0442\u044c \u0442\u0435\u043a\u0443\u0449\u0435\u0433\u043e \u043f\u0435\u0440\u0438\u043e\u0434\u0430 \u043d\u0430 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u0443\u044e \u0434\u0430\u0442\u0443 \u2014 \u043f\u043e \u0442\u0435\u043a\u0443\u0449\u0438\u043c \u043e\u0442\u043c\u0435\u0442\u043a\u0430\u043c \u0438 \u0441\u0440\u0435\u0434\u043d\u0438\u043c \u0431\u0430\u043b\u043b\u0430\u043c (\u043a\u0430\u043a \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435), \u0430 \u043d\u0435 \u043f\u043e \u043e\u0442\u043c\u0435\u0442\u043a\u0430\u043c \u0437\u0430 \u043f\u0435\u0440\u0438\u043e\u0434; \u043f\u043e\u0441\u0435\u0449\u0430\u0435\u043c\u043e\u0441\u0442\u044c \u2014 \u043f\u043e \u044d\u0442\u0443 \u0434\u0430\u0442\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.weekLabel.setText(QCoreApplication.translate("ReportsPage", u"&\u041d\u0435\u0434\u0435\u043b\u044f:", None))
#if QT_CONFIG(tooltip)
        self.weekDate.setToolTip(QCoreApplication.translate("ReportsPage", u"\u041b\u044e\u0431\u043e\u0439 \u0434\u0435\u043d\u044c \u043d\u0435\u0434\u0435\u043b\u0438: \u0434\u043d\u0435\u0432\u043d\u0438\u043a \u043f\u0435\u0447\u0430\u0442\u0430\u0435\u0442\u0441\u044f \u0441 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a\u0430 \u043f\u043e \u0441\u0443\u0431\u0431\u043e\u0442\u0443 \u044d\u0442\u043e\u0439 \u043d\u0435\u0434\u0435\u043b\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.weekSpan.setText("")
        self.build.setText(QCoreApplication.translate("ReportsPage", u"\u0421&\u0444\u043e\u0440\u043c\u0438\u0440\u043e\u0432\u0430\u0442\u044c", None))
        self.savePdf.setText(QCoreApplication.translate("ReportsPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c &PDF\u2026", None))
        self.saveXlsx.setText(QCoreApplication.translate("ReportsPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c &Excel\u2026", None))
        self.printReport.setText(QCoreApplication.translate("ReportsPage", u"\u041f\u0435&\u0447\u0430\u0442\u044c\u2026", None))
        self.message.setText("")
        self.reportTitle.setText("")
        self.notes.setText("")
        pass
    # retranslateUi

