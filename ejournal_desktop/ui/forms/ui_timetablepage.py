# Generated from forms/TimetablePage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'TimetablePage.ui'
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
    QHeaderView, QLabel, QListView, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from ejournal_desktop.ui.date_edit import DateEdit

class Ui_TimetablePage(object):
    def setupUi(self, TimetablePage):
        if not TimetablePage.objectName():
            TimetablePage.setObjectName(u"TimetablePage")
        TimetablePage.resize(1100, 760)
        self.layout = QVBoxLayout(TimetablePage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(TimetablePage)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.pickRow = QHBoxLayout()
        self.pickRow.setObjectName(u"pickRow")
        self.viewKind = QComboBox(TimetablePage)
        self.viewKind.addItem("")
        self.viewKind.addItem("")
        self.viewKind.addItem("")
        self.viewKind.setObjectName(u"viewKind")

        self.pickRow.addWidget(self.viewKind)

        self.target = QComboBox(TimetablePage)
        self.target.setObjectName(u"target")
        self.target.setMinimumContentsLength(22)
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.pickRow.addWidget(self.target)

        self.onLabel = QLabel(TimetablePage)
        self.onLabel.setObjectName(u"onLabel")

        self.pickRow.addWidget(self.onLabel)

        self.onDate = DateEdit(TimetablePage)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)

        self.pickRow.addWidget(self.onDate)

        self.pickSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pickRow.addItem(self.pickSpacer)


        self.layout.addLayout(self.pickRow)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.editSlot = QPushButton(TimetablePage)
        self.editSlot.setObjectName(u"editSlot")

        self.buttonRow.addWidget(self.editSlot)

        self.generate = QPushButton(TimetablePage)
        self.generate.setObjectName(u"generate")

        self.buttonRow.addWidget(self.generate)

        self.substitution = QPushButton(TimetablePage)
        self.substitution.setObjectName(u"substitution")

        self.buttonRow.addWidget(self.substitution)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.printPdf = QPushButton(TimetablePage)
        self.printPdf.setObjectName(u"printPdf")

        self.buttonRow.addWidget(self.printPdf)

        self.exportXlsx = QPushButton(TimetablePage)
        self.exportXlsx.setObjectName(u"exportXlsx")

        self.buttonRow.addWidget(self.exportXlsx)


        self.layout.addLayout(self.buttonRow)

        self.grid = QTableView(TimetablePage)
        self.grid.setObjectName(u"grid")
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.layout.addWidget(self.grid)

        self.conflictsLabel = QLabel(TimetablePage)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.layout.addWidget(self.conflictsLabel)

        self.conflicts = QListView(TimetablePage)
        self.conflicts.setObjectName(u"conflicts")
        self.conflicts.setMaximumSize(QSize(16777215, 120))
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.layout.addWidget(self.conflicts)

        self.status = QLabel(TimetablePage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.onDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TimetablePage)

        QMetaObject.connectSlotsByName(TimetablePage)
    # setupUi

    def retranslateUi(self, TimetablePage):
        self.heading.setText(QCoreApplication.translate("TimetablePage", u"\u0420\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0435", None))
        self.viewKind.setItemText(0, QCoreApplication.translate("TimetablePage", u"\u041a\u043b\u0430\u0441\u0441", None))
        self.viewKind.setItemText(1, QCoreApplication.translate("TimetablePage", u"\u0423\u0447\u0438\u0442\u0435\u043b\u044c", None))
        self.viewKind.setItemText(2, QCoreApplication.translate("TimetablePage", u"\u041a\u0430\u0431\u0438\u043d\u0435\u0442", None))

#if QT_CONFIG(tooltip)
        self.viewKind.setToolTip(QCoreApplication.translate("TimetablePage", u"\u0427\u044c\u0451 \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0435 \u043f\u043e\u043a\u0430\u0437\u0430\u0442\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.onLabel.setText(QCoreApplication.translate("TimetablePage", u"\u043d\u0430 &\u0434\u0430\u0442\u0443:", None))
        self.onDate.setDisplayFormat(QCoreApplication.translate("TimetablePage", u"dd.MM.yyyy", None))
#if QT_CONFIG(tooltip)
        self.onDate.setToolTip(QCoreApplication.translate("TimetablePage", u"\u0420\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0435, \u0434\u0435\u0439\u0441\u0442\u0432\u0443\u044e\u0449\u0435\u0435 \u0432 \u044d\u0442\u043e\u0442 \u0434\u0435\u043d\u044c", None))
#endif // QT_CONFIG(tooltip)
        self.editSlot.setText(QCoreApplication.translate("TimetablePage", u"&\u0418\u0437\u043c\u0435\u043d\u0438\u0442\u044c \u0443\u0440\u043e\u043a\u2026", None))
#if QT_CONFIG(tooltip)
        self.editSlot.setToolTip(QCoreApplication.translate("TimetablePage", u"\u041f\u0440\u0435\u0434\u043c\u0435\u0442 (\u0438\u043b\u0438 \u0434\u0432\u0435 \u043f\u043e\u0434\u0433\u0440\u0443\u043f\u043f\u044b) \u0438 \u043a\u0430\u0431\u0438\u043d\u0435\u0442 \u0432 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439 \u043a\u043b\u0435\u0442\u043a\u0435; \u0434\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u043f\u043e \u043a\u043b\u0435\u0442\u043a\u0435 \u0434\u0435\u043b\u0430\u0435\u0442 \u0442\u043e \u0436\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.generate.setText(QCoreApplication.translate("TimetablePage", u"&\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0443\u0440\u043e\u043a\u0438\u2026", None))
#if QT_CONFIG(tooltip)
        self.generate.setToolTip(QCoreApplication.translate("TimetablePage", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0438\u043b\u0438 \u043f\u0435\u0440\u0435\u0441\u043e\u0437\u0434\u0430\u0442\u044c \u0443\u0440\u043e\u043a\u0438 \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u043f\u043e \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u044e \u0441 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439 \u0434\u0430\u0442\u044b; \u0443\u0440\u043e\u043a\u0438 \u0441 \u043e\u0442\u043c\u0435\u0442\u043a\u0430\u043c\u0438 \u0438 \u043f\u043e\u0441\u0435\u0449\u0430\u0435\u043c\u043e\u0441\u0442\u044c\u044e \u043d\u0435 \u0437\u0430\u0442\u0440\u0430\u0433\u0438\u0432\u0430\u044e\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.substitution.setText(QCoreApplication.translate("TimetablePage", u"&\u0417\u0430\u043c\u0435\u043d\u0430\u2026", None))
#if QT_CONFIG(tooltip)
        self.substitution.setToolTip(QCoreApplication.translate("TimetablePage", u"\u0423\u0440\u043e\u043a \u0432\u0435\u0434\u0451\u0442 \u0434\u0440\u0443\u0433\u043e\u0439 \u0443\u0447\u0438\u0442\u0435\u043b\u044c: \u043e\u043d \u0441\u043c\u043e\u0436\u0435\u0442 \u0437\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u0438\u043c\u0435\u043d\u043d\u043e \u044d\u0442\u043e\u0442 \u0443\u0440\u043e\u043a", None))
#endif // QT_CONFIG(tooltip)
        self.printPdf.setText(QCoreApplication.translate("TimetablePage", u"&\u041f\u0435\u0447\u0430\u0442\u044c PDF\u2026", None))
        self.exportXlsx.setText(QCoreApplication.translate("TimetablePage", u"E&xcel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportXlsx.setToolTip(QCoreApplication.translate("TimetablePage", u"\u0420\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0435 \u0432\u0441\u0435\u0445 \u043a\u043b\u0430\u0441\u0441\u043e\u0432 \u0432 \u043a\u043d\u0438\u0433\u0443 Excel: \u043e\u0431\u0449\u0438\u0439 \u043b\u0438\u0441\u0442 \u0438 \u043b\u0438\u0441\u0442 \u043d\u0430 \u043a\u0430\u0436\u0434\u044b\u0439 \u043a\u043b\u0430\u0441\u0441", None))
#endif // QT_CONFIG(tooltip)
        self.conflictsLabel.setText(QCoreApplication.translate("TimetablePage", u"\u041a\u043e\u043d\u0444\u043b\u0438\u043a\u0442\u044b", None))
#if QT_CONFIG(tooltip)
        self.conflicts.setToolTip(QCoreApplication.translate("TimetablePage", u"\u0414\u0432\u043e\u0439\u043d\u043e\u0439 \u0449\u0435\u043b\u0447\u043e\u043a \u2014 \u043f\u0435\u0440\u0435\u0439\u0442\u0438 \u043a \u043a\u043b\u0435\u0442\u043a\u0435", None))
#endif // QT_CONFIG(tooltip)
        self.status.setText("")
        pass
    # retranslateUi

