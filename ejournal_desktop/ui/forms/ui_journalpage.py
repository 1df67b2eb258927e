# Generated from forms/JournalPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'JournalPage.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from ejournal_desktop.ui.grid_view import JournalGridView

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        JournalPage.resize(1280, 800)
        self.layout = QVBoxLayout(JournalPage)
        self.layout.setObjectName(u"layout")
        self.pickRow = QHBoxLayout()
        self.pickRow.setObjectName(u"pickRow")
        self.yearLabel = QLabel(JournalPage)
        self.yearLabel.setObjectName(u"yearLabel")

        self.pickRow.addWidget(self.yearLabel)

        self.year = QComboBox(JournalPage)
        self.year.setObjectName(u"year")
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pickRow.addWidget(self.year)

        self.courseLabel = QLabel(JournalPage)
        self.courseLabel.setObjectName(u"courseLabel")

        self.pickRow.addWidget(self.courseLabel)

        self.course = QComboBox(JournalPage)
        self.course.setObjectName(u"course")
        self.course.setMinimumContentsLength(14)
        self.course.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.pickRow.addWidget(self.course)

        self.periodLabel = QLabel(JournalPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.pickRow.addWidget(self.periodLabel)

        self.period = QComboBox(JournalPage)
        self.period.setObjectName(u"period")
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.pickRow.addWidget(self.period)

        self.pickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickRow.addItem(self.pickSpacer)

        self.pickRow.setStretch(3, 3)
        self.pickRow.setStretch(6, 1)

        self.layout.addLayout(self.pickRow)

        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.heading = QLabel(JournalPage)
        self.heading.setObjectName(u"heading")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.heading.sizePolicy().hasHeightForWidth())
        self.heading.setSizePolicy(sizePolicy)
        self.heading.setWordWrap(True)

        self.headingRow.addWidget(self.heading)


        self.layout.addLayout(self.headingRow)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.today = QPushButton(JournalPage)
        self.today.setObjectName(u"today")

        self.actionsRow.addWidget(self.today)

        self.absenceReasons = QPushButton(JournalPage)
        self.absenceReasons.setObjectName(u"absenceReasons")

        self.actionsRow.addWidget(self.absenceReasons)

        self.corrections = QPushButton(JournalPage)
        self.corrections.setObjectName(u"corrections")

        self.actionsRow.addWidget(self.corrections)

        self.inspection = QPushButton(JournalPage)
        self.inspection.setObjectName(u"inspection")

        self.actionsRow.addWidget(self.inspection)

        self.thematicPlan = QPushButton(JournalPage)
        self.thematicPlan.setObjectName(u"thematicPlan")

        self.actionsRow.addWidget(self.thematicPlan)

        self.lockCourse = QPushButton(JournalPage)
        self.lockCourse.setObjectName(u"lockCourse")

        self.actionsRow.addWidget(self.lockCourse)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)


        self.layout.addLayout(self.actionsRow)

        self.lockedBanner = QLabel(JournalPage)
        self.lockedBanner.setObjectName(u"lockedBanner")
        self.lockedBanner.setWordWrap(True)
        self.lockedBanner.setStyleSheet(u"QLabel#lockedBanner { background: #fdecea; color: #8b1a1a; border: 1px solid #e3a3a0; border-radius: 3px; padding: 6px 10px; font-weight: bold; }")

        self.layout.addWidget(self.lockedBanner)

        self.grid = JournalGridView(JournalPage)
        self.grid.setObjectName(u"grid")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.grid.sizePolicy().hasHeightForWidth())
        self.grid.setSizePolicy(sizePolicy1)

        self.layout.addWidget(self.grid)

        self.legend = QLabel(JournalPage)
        self.legend.setObjectName(u"legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.layout.addWidget(self.legend)

        self.messageRow = QHBoxLayout()
        self.messageRow.setObjectName(u"messageRow")
        self.message = QLabel(JournalPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.messageRow.addWidget(self.message)

        self.workTypeLabel = QLabel(JournalPage)
        self.workTypeLabel.setObjectName(u"workTypeLabel")

        self.messageRow.addWidget(self.workTypeLabel)

        self.workType = QComboBox(JournalPage)
        self.workType.setObjectName(u"workType")
        self.workType.setMinimumContentsLength(16)
        self.workType.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.messageRow.addWidget(self.workType)

        self.messageRow.setStretch(0, 1)

        self.layout.addLayout(self.messageRow)

        self.lessonBox = QGroupBox(JournalPage)
        self.lessonBox.setObjectName(u"lessonBox")
        self.lessonLayout = QGridLayout(self.lessonBox)
        self.lessonLayout.setObjectName(u"lessonLayout")
        self.lessonDateLabel = QLabel(self.lessonBox)
        self.lessonDateLabel.setObjectName(u"lessonDateLabel")

        self.lessonLayout.addWidget(self.lessonDateLabel, 0, 0, 1, 1)

        self.lessonDate = QLabel(self.lessonBox)
        self.lessonDate.setObjectName(u"lessonDate")
        self.lessonDate.setMinimumSize(QSize(190, 0))

        self.lessonLayout.addWidget(self.lessonDate, 0, 1, 1, 1)

        self.topicLabel = QLabel(self.lessonBox)
        self.topicLabel.setObjectName(u"topicLabel")

        self.lessonLayout.addWidget(self.topicLabel, 0, 2, 1, 1)

        self.topic = QLineEdit(self.lessonBox)
        self.topic.setObjectName(u"topic")

        self.lessonLayout.addWidget(self.topic, 0, 3, 1, 1)

        self.workKindLabel = QLabel(self.lessonBox)
        self.workKindLabel.setObjectName(u"workKindLabel")

        self.lessonLayout.addWidget(self.workKindLabel, 0, 4, 1, 1)

        self.workKind = QComboBox(self.lessonBox)
        self.workKind.setObjectName(u"workKind")
        self.workKind.setEditable(True)
        self.workKind.setMinimumContentsLength(12)
        self.workKind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.lessonLayout.addWidget(self.workKind, 0, 5, 1, 1)

        self.substituteLabel = QLabel(self.lessonBox)
        self.substituteLabel.setObjectName(u"substituteLabel")

        self.lessonLayout.addWidget(self.substituteLabel, 1, 0, 1, 1)

        self.substituteRow = QHBoxLayout()
        self.substituteRow.setObjectName(u"substituteRow")
        self.substitute = QLabel(self.lessonBox)
        self.substitute.setObjectName(u"substitute")

        self.substituteRow.addWidget(self.substitute)

        self.substituteTeacher = QComboBox(self.lessonBox)
        self.substituteTeacher.setObjectName(u"substituteTeacher")
        self.substituteTeacher.setMinimumContentsLength(14)
        self.substituteTeacher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.substituteRow.addWidget(self.substituteTeacher)


        self.lessonLayout.addLayout(self.substituteRow, 1, 1, 1, 1)

        self.homeworkLabel = QLabel(self.lessonBox)
        self.homeworkLabel.setObjectName(u"homeworkLabel")

        self.lessonLayout.addWidget(self.homeworkLabel, 1, 2, 1, 1)

        self.homework = QLineEdit(self.lessonBox)
        self.homework.setObjectName(u"homework")

        self.lessonLayout.addWidget(self.homework, 1, 3, 1, 1)

        self.saveLesson = QPushButton(self.lessonBox)
        self.saveLesson.setObjectName(u"saveLesson")

        self.lessonLayout.addWidget(self.saveLesson, 1, 4, 1, 2)

        self.lessonLayout.setColumnStretch(3, 3)
        self.lessonLayout.setColumnStretch(5, 1)

        self.layout.addWidget(self.lessonBox)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.courseLabel.setBuddy(self.course)
        self.periodLabel.setBuddy(self.period)
        self.workTypeLabel.setBuddy(self.workType)
        self.topicLabel.setBuddy(self.topic)
        self.workKindLabel.setBuddy(self.workKind)
        self.substituteLabel.setBuddy(self.substituteTeacher)
        self.homeworkLabel.setBuddy(self.homework)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JournalPage)

        QMetaObject.connectSlotsByName(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
        self.yearLabel.setText(QCoreApplication.translate("JournalPage", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 &\u0433\u043e\u0434:", None))
#if QT_CONFIG(tooltip)
        self.year.setToolTip(QCoreApplication.translate("JournalPage", u"\u0416\u0443\u0440\u043d\u0430\u043b\u044b \u043f\u0440\u043e\u0448\u043b\u044b\u0445 (\u0437\u0430\u043a\u0440\u044b\u0442\u044b\u0445) \u0443\u0447\u0435\u0431\u043d\u044b\u0445 \u043b\u0435\u0442 \u043e\u0442\u043a\u0440\u044b\u0432\u0430\u044e\u0442\u0441\u044f \u0442\u043e\u043b\u044c\u043a\u043e \u0434\u043b\u044f \u043f\u0440\u043e\u0441\u043c\u043e\u0442\u0440\u0430 \u0438 \u043f\u0435\u0447\u0430\u0442\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.courseLabel.setText(QCoreApplication.translate("JournalPage", u"&\u041a\u043b\u0430\u0441\u0441 \u0438 \u043f\u0440\u0435\u0434\u043c\u0435\u0442:", None))
        self.periodLabel.setText(QCoreApplication.translate("JournalPage", u"&\u041f\u0435\u0440\u0438\u043e\u0434:", None))
        self.heading.setText("")
        self.today.setText(QCoreApplication.translate("JournalPage", u"\u0421\u0435\u0433\u043e\u0434&\u043d\u044f", None))
#if QT_CONFIG(tooltip)
        self.today.setToolTip(QCoreApplication.translate("JournalPage", u"\u041f\u0435\u0440\u0435\u0439\u0442\u0438 \u043a \u0441\u0435\u0433\u043e\u0434\u043d\u044f\u0448\u043d\u0435\u043c\u0443 \u0443\u0440\u043e\u043a\u0443 (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.absenceReasons.setText(QCoreApplication.translate("JournalPage", u"\u041f&\u0440\u0438\u0447\u0438\u043d\u044b \u043e\u0442\u0441\u0443\u0442\u0441\u0442\u0432\u0438\u044f\u2026", None))
#if QT_CONFIG(tooltip)
        self.absenceReasons.setToolTip(QCoreApplication.translate("JournalPage", u"\u0417\u0430\u043c\u0435\u043d\u0438\u0442\u044c \u00ab\u041d\u00bb \u0443\u0447\u0435\u043d\u0438\u043a\u0430 \u043d\u0430 \u00ab\u041f\u00bb \u0438\u043b\u0438 \u00ab\u0411\u00bb \u0437\u0430 \u043d\u0435\u0441\u043a\u043e\u043b\u044c\u043a\u043e \u0434\u043d\u0435\u0439, \u0441 \u043e\u0441\u043d\u043e\u0432\u0430\u043d\u0438\u0435\u043c (\u0441\u043f\u0440\u0430\u0432\u043a\u0430, \u0437\u0430\u044f\u0432\u043b\u0435\u043d\u0438\u0435)", None))
#endif // QT_CONFIG(tooltip)
        self.corrections.setText(QCoreApplication.translate("JournalPage", u"\u0417\u0430\u044f\u0432\u043a\u0438 \u043d\u0430 &\u0438\u0441\u043f\u0440\u0430\u0432\u043b\u0435\u043d\u0438\u0435\u2026", None))
        self.inspection.setText(QCoreApplication.translate("JournalPage", u"\u0417\u0430\u043c\u0435&\u0447\u0430\u043d\u0438\u044f \u043f\u043e \u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0435\u2026", None))
        self.thematicPlan.setText(QCoreApplication.translate("JournalPage", u"\u041a\u0422\u041f\u2026", None))
#if QT_CONFIG(tooltip)
        self.thematicPlan.setToolTip(QCoreApplication.translate("JournalPage", u"\u041a\u0430\u043b\u0435\u043d\u0434\u0430\u0440\u043d\u043e-\u0442\u0435\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u043e\u0435 \u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435: \u0437\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0438\u0437 Excel \u0438 \u0437\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u0442\u0435\u043c\u044b \u0443\u0440\u043e\u043a\u043e\u0432", None))
#endif // QT_CONFIG(tooltip)
        self.lockCourse.setText(QCoreApplication.translate("JournalPage", u"\u0417\u0430\u043a\u0440\u044b\u0442\u044c \u0441\u0442\u0440&\u0430\u043d\u0438\u0446\u0443", None))
        self.lockedBanner.setText("")
        self.legend.setText("")
        self.message.setText("")
        self.workTypeLabel.setText(QCoreApplication.translate("JournalPage", u"\u041d\u043e\u0432\u044b\u0435 &\u043e\u0442\u043c\u0435\u0442\u043a\u0438 \u043a\u0430\u043a:", None))
#if QT_CONFIG(tooltip)
        self.workType.setToolTip(QCoreApplication.translate("JournalPage", u"\u0421 \u043a\u0430\u043a\u0438\u043c \u0432\u0438\u0434\u043e\u043c \u0440\u0430\u0431\u043e\u0442\u044b (\u0438 \u0432\u0435\u0441\u043e\u043c) \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u044e\u0442\u0441\u044f \u043d\u043e\u0432\u044b\u0435 \u043e\u0442\u043c\u0435\u0442\u043a\u0438; \u00ab\u043f\u043e \u0443\u0440\u043e\u043a\u0443\u00bb \u2014 \u043a\u0430\u043a \u0443\u043a\u0430\u0437\u0430\u043d\u043e \u0443 \u0443\u0440\u043e\u043a\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.lessonBox.setTitle(QCoreApplication.translate("JournalPage", u"\u0423\u0440\u043e\u043a", None))
        self.lessonDateLabel.setText(QCoreApplication.translate("JournalPage", u"\u0414\u0430\u0442\u0430:", None))
        self.lessonDate.setText("")
        self.topicLabel.setText(QCoreApplication.translate("JournalPage", u"&\u0422\u0435\u043c\u0430:", None))
        self.topic.setPlaceholderText(QCoreApplication.translate("JournalPage", u"\u0422\u0435\u043c\u0430 \u0443\u0440\u043e\u043a\u0430", None))
        self.workKindLabel.setText(QCoreApplication.translate("JournalPage", u"\u0412\u0438&\u0434 \u0440\u0430\u0431\u043e\u0442\u044b:", None))
        self.substituteLabel.setText(QCoreApplication.translate("JournalPage", u"\u0417\u0430&\u043c\u0435\u043d\u0430:", None))
        self.substitute.setText("")
#if QT_CONFIG(tooltip)
        self.substituteTeacher.setToolTip(QCoreApplication.translate("JournalPage", u"\u041a\u0442\u043e \u0432\u0435\u0434\u0451\u0442 \u0443\u0440\u043e\u043a \u0432\u043c\u0435\u0441\u0442\u043e \u0443\u0447\u0438\u0442\u0435\u043b\u044f: \u0437\u0430\u043c\u0435\u043d\u044f\u044e\u0449\u0438\u0439 \u0432\u0438\u0434\u0438\u0442 \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0443 \u0438 \u0437\u0430\u043f\u043e\u043b\u043d\u044f\u0435\u0442 \u044d\u0442\u043e\u0442 \u0443\u0440\u043e\u043a", None))
#endif // QT_CONFIG(tooltip)
        self.homeworkLabel.setText(QCoreApplication.translate("JournalPage", u"\u0414\u043e\u043c\u0430\u0448\u043d\u0435\u0435 &\u0437\u0430\u0434\u0430\u043d\u0438\u0435:", None))
        self.homework.setPlaceholderText(QCoreApplication.translate("JournalPage", u"\u0427\u0442\u043e \u0437\u0430\u0434\u0430\u043d\u043e \u043d\u0430 \u0434\u043e\u043c", None))
        self.saveLesson.setText(QCoreApplication.translate("JournalPage", u"&\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0443\u0440\u043e\u043a", None))
        pass
    # retranslateUi

