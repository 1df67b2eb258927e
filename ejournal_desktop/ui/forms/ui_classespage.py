# Generated from forms/ClassesPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ClassesPage.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_ClassesPage(object):
    def setupUi(self, ClassesPage):
        if not ClassesPage.objectName():
            ClassesPage.setObjectName(u"ClassesPage")
        ClassesPage.resize(1000, 640)
        self.layout = QVBoxLayout(ClassesPage)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.classLabel = QLabel(ClassesPage)
        self.classLabel.setObjectName(u"classLabel")

        self.topRow.addWidget(self.classLabel)

        self.classCombo = QComboBox(ClassesPage)
        self.classCombo.setObjectName(u"classCombo")
        self.classCombo.setMinimumContentsLength(8)

        self.topRow.addWidget(self.classCombo)

        self.dateLabel = QLabel(ClassesPage)
        self.dateLabel.setObjectName(u"dateLabel")

        self.topRow.addWidget(self.dateLabel)

        self.onDate = DateEdit(ClassesPage)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)
        self.onDate.setDisplayFormat(u"dd.MM.yyyy")

        self.topRow.addWidget(self.onDate)

        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.search = QLineEdit(ClassesPage)
        self.search.setObjectName(u"search")
        self.search.setMinimumWidth(320)
        self.search.setClearButtonEnabled(True)

        self.topRow.addWidget(self.search)


        self.layout.addLayout(self.topRow)

        self.heading = QLabel(ClassesPage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.views = QStackedWidget(ClassesPage)
        self.views.setObjectName(u"views")
        self.listPage = QWidget()
        self.listPage.setObjectName(u"listPage")
        self.listLayout = QVBoxLayout(self.listPage)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.pupils = QTableView(self.listPage)
        self.pupils.setObjectName(u"pupils")
        self.pupils.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pupils.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupils.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pupils.setAlternatingRowColors(True)
        self.pupils.setWordWrap(False)

        self.listLayout.addWidget(self.pupils)

        self.views.addWidget(self.listPage)
        self.searchPage = QWidget()
        self.searchPage.setObjectName(u"searchPage")
        self.searchLayout = QVBoxLayout(self.searchPage)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLayout.setContentsMargins(0, 0, 0, 0)
        self.found = QTableView(self.searchPage)
        self.found.setObjectName(u"found")
        self.found.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.found.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.found.setAlternatingRowColors(True)
        self.found.setWordWrap(False)

        self.searchLayout.addWidget(self.found)

        self.views.addWidget(self.searchPage)

        self.layout.addWidget(self.views)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.openCard = QPushButton(ClassesPage)
        self.openCard.setObjectName(u"openCard")

        self.buttons.addWidget(self.openCard)

        self.arrival = QPushButton(ClassesPage)
        self.arrival.setObjectName(u"arrival")

        self.buttons.addWidget(self.arrival)

        self.departure = QPushButton(ClassesPage)
        self.departure.setObjectName(u"departure")

        self.buttons.addWidget(self.departure)

        self.transfer = QPushButton(ClassesPage)
        self.transfer.setObjectName(u"transfer")

        self.buttons.addWidget(self.transfer)

        self.noConsent = QPushButton(ClassesPage)
        self.noConsent.setObjectName(u"noConsent")

        self.buttons.addWidget(self.noConsent)

        self.subgroups = QPushButton(ClassesPage)
        self.subgroups.setObjectName(u"subgroups")

        self.buttons.addWidget(self.subgroups)

        self.buttonSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttons)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.message = QLabel(ClassesPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fileRow.addWidget(self.message)

        self.importExcel = QPushButton(ClassesPage)
        self.importExcel.setObjectName(u"importExcel")

        self.fileRow.addWidget(self.importExcel)

        self.exportExcel = QPushButton(ClassesPage)
        self.exportExcel.setObjectName(u"exportExcel")

        self.fileRow.addWidget(self.exportExcel)

        self.saveTemplate = QPushButton(ClassesPage)
        self.saveTemplate.setObjectName(u"saveTemplate")

        self.fileRow.addWidget(self.saveTemplate)

        self.fileRow.setStretch(0, 1)

        self.layout.addLayout(self.fileRow)

#if QT_CONFIG(shortcut)
        self.classLabel.setBuddy(self.classCombo)
        self.dateLabel.setBuddy(self.onDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClassesPage)

        QMetaObject.connectSlotsByName(ClassesPage)
    # setupUi

    def retranslateUi(self, ClassesPage):
        self.classLabel.setText(QCoreApplication.translate("ClassesPage", u"&\u041a\u043b\u0430\u0441\u0441:", None))
        self.dateLabel.setText(QCoreApplication.translate("ClassesPage", u"\u043d\u0430 &\u0434\u0430\u0442\u0443:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("ClassesPage", u"\u041f\u043e\u0438\u0441\u043a \u0443\u0447\u0435\u043d\u0438\u043a\u0430 \u043f\u043e \u0432\u0441\u0435\u0439 \u0448\u043a\u043e\u043b\u0435: \u0444\u0430\u043c\u0438\u043b\u0438\u044f, \u0438\u043c\u044f\u2026", None))
        self.heading.setText("")
        self.openCard.setText(QCoreApplication.translate("ClassesPage", u"\u041a\u0430&\u0440\u0442\u043e\u0447\u043a\u0430 \u0443\u0447\u0435\u043d\u0438\u043a\u0430\u2026", None))
        self.arrival.setText(QCoreApplication.translate("ClassesPage", u"&\u041f\u0440\u0438\u0431\u044b\u0442\u0438\u0435\u2026", None))
#if QT_CONFIG(tooltip)
        self.arrival.setToolTip(QCoreApplication.translate("ClassesPage", u"\u0417\u0430\u0447\u0438\u0441\u043b\u0438\u0442\u044c \u0443\u0447\u0435\u043d\u0438\u043a\u0430 \u0432 \u043a\u043b\u0430\u0441\u0441 \u043f\u043e \u043f\u0440\u0438\u043a\u0430\u0437\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.departure.setText(QCoreApplication.translate("ClassesPage", u"&\u0412\u044b\u0431\u044b\u0442\u0438\u0435\u2026", None))
#if QT_CONFIG(tooltip)
        self.departure.setToolTip(QCoreApplication.translate("ClassesPage", u"\u041e\u0442\u0447\u0438\u0441\u043b\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0433\u043e \u0443\u0447\u0435\u043d\u0438\u043a\u0430 \u043f\u043e \u043f\u0440\u0438\u043a\u0430\u0437\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.transfer.setText(QCoreApplication.translate("ClassesPage", u"\u041f&\u0435\u0440\u0435\u0432\u043e\u0434\u2026", None))
#if QT_CONFIG(tooltip)
        self.transfer.setToolTip(QCoreApplication.translate("ClassesPage", u"\u041f\u0435\u0440\u0435\u0432\u0435\u0441\u0442\u0438 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0433\u043e \u0443\u0447\u0435\u043d\u0438\u043a\u0430 \u0432 \u0434\u0440\u0443\u0433\u043e\u0439 \u043a\u043b\u0430\u0441\u0441 \u043f\u043e \u043f\u0440\u0438\u043a\u0430\u0437\u0443", None))
#endif // QT_CONFIG(tooltip)
        self.noConsent.setText(QCoreApplication.translate("ClassesPage", u"\u0411\u0435\u0437 &\u0441\u043e\u0433\u043b\u0430\u0441\u0438\u044f \u043d\u0430 \u041f\u0414\u2026", None))
#if QT_CONFIG(tooltip)
        self.noConsent.setToolTip(QCoreApplication.translate("ClassesPage", u"\u0423\u0447\u0435\u043d\u0438\u043a\u0438 \u0438 \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0438, \u043e\u0442 \u043a\u043e\u0442\u043e\u0440\u044b\u0445 \u043d\u0435\u0442 \u0441\u043e\u0433\u043b\u0430\u0441\u0438\u044f \u043d\u0430 \u043e\u0431\u0440\u0430\u0431\u043e\u0442\u043a\u0443 \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0445 \u0434\u0430\u043d\u043d\u044b\u0445", None))
#endif // QT_CONFIG(tooltip)
        self.subgroups.setText(QCoreApplication.translate("ClassesPage", u"&\u0413\u0440\u0443\u043f\u043f\u044b\u2026", None))
#if QT_CONFIG(tooltip)
        self.subgroups.setToolTip(QCoreApplication.translate("ClassesPage", u"\u0420\u0430\u0437\u0434\u0435\u043b\u0438\u0442\u044c \u043a\u043b\u0430\u0441\u0441 \u043d\u0430 \u0433\u0440\u0443\u043f\u043f\u044b \u043f\u043e \u043f\u0440\u0435\u0434\u043c\u0435\u0442\u0443 \u0438 \u043f\u0435\u0440\u0435\u043d\u0435\u0441\u0442\u0438 \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 \u043c\u0435\u0436\u0434\u0443 \u0433\u0440\u0443\u043f\u043f\u0430\u043c\u0438", None))
#endif // QT_CONFIG(tooltip)
        self.message.setText("")
        self.importExcel.setText(QCoreApplication.translate("ClassesPage", u"&\u0418\u043c\u043f\u043e\u0440\u0442 \u0438\u0437 Excel\u2026", None))
        self.exportExcel.setText(QCoreApplication.translate("ClassesPage", u"&\u042d\u043a\u0441\u043f\u043e\u0440\u0442 \u0432 Excel\u2026", None))
        self.saveTemplate.setText(QCoreApplication.translate("ClassesPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c &\u0448\u0430\u0431\u043b\u043e\u043d\u2026", None))
        pass
    # retranslateUi

