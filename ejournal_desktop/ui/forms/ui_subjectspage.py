# Generated from forms/SubjectsPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SubjectsPage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SubjectsPage(object):
    def setupUi(self, SubjectsPage):
        if not SubjectsPage.objectName():
            SubjectsPage.setObjectName(u"SubjectsPage")
        SubjectsPage.resize(900, 600)
        self.layout = QVBoxLayout(SubjectsPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SubjectsPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.info = QLabel(SubjectsPage)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.table = QTableView(SubjectsPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.name = QLineEdit(SubjectsPage)
        self.name.setObjectName(u"name")

        self.editRow.addWidget(self.name)

        self.shortName = QLineEdit(SubjectsPage)
        self.shortName.setObjectName(u"shortName")

        self.editRow.addWidget(self.shortName)

        self.addButton = QPushButton(SubjectsPage)
        self.addButton.setObjectName(u"addButton")

        self.editRow.addWidget(self.addButton)

        self.saveButton = QPushButton(SubjectsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.editRow.addWidget(self.saveButton)


        self.layout.addLayout(self.editRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.upButton = QPushButton(SubjectsPage)
        self.upButton.setObjectName(u"upButton")

        self.actionRow.addWidget(self.upButton)

        self.downButton = QPushButton(SubjectsPage)
        self.downButton.setObjectName(u"downButton")

        self.actionRow.addWidget(self.downButton)

        self.retireButton = QPushButton(SubjectsPage)
        self.retireButton.setObjectName(u"retireButton")

        self.actionRow.addWidget(self.retireButton)

        self.removeButton = QPushButton(SubjectsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.actionRow.addWidget(self.removeButton)

        self.hs2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.hs2)

        self.starterButton = QPushButton(SubjectsPage)
        self.starterButton.setObjectName(u"starterButton")

        self.actionRow.addWidget(self.starterButton)


        self.layout.addLayout(self.actionRow)

        self.error = QLabel(SubjectsPage)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.error)


        self.retranslateUi(SubjectsPage)

        QMetaObject.connectSlotsByName(SubjectsPage)
    # setupUi

    def retranslateUi(self, SubjectsPage):
        self.title.setText(QCoreApplication.translate("SubjectsPage", u"\u041f\u0440\u0435\u0434\u043c\u0435\u0442\u044b", None))
        self.info.setText(QCoreApplication.translate("SubjectsPage", u"\u041f\u0440\u0435\u0434\u043c\u0435\u0442\u044b \u0448\u043a\u043e\u043b\u044b \u0432 \u043f\u043e\u0440\u044f\u0434\u043a\u0435 \u0441\u0432\u043e\u0434\u043d\u043e\u0439 \u0432\u0435\u0434\u043e\u043c\u043e\u0441\u0442\u0438. \u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u043d\u0438\u0435 \u043d\u0435 \u043c\u0435\u043d\u044f\u0435\u0442 \u0436\u0443\u0440\u043d\u0430\u043b\u044b; \u043f\u0440\u0435\u0434\u043c\u0435\u0442, \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u043d\u0435\u0442 \u0432 \u0443\u0447\u0435\u0431\u043d\u043e\u043c \u043f\u043b\u0430\u043d\u0435, \u043c\u043e\u0436\u043d\u043e \u0432\u044b\u0432\u0435\u0441\u0442\u0438 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430, \u0430 \u043f\u0440\u0435\u0434\u043c\u0435\u0442 \u0431\u0435\u0437 \u043e\u0442\u043c\u0435\u0442\u043e\u043a \u0438 \u043a\u0443\u0440\u0441\u043e\u0432 \u2014 \u0443\u0434\u0430\u043b\u0438\u0442\u044c.", None))
        self.name.setPlaceholderText(QCoreApplication.translate("SubjectsPage", u"\u041f\u0440\u0435\u0434\u043c\u0435\u0442", None))
        self.shortName.setPlaceholderText(QCoreApplication.translate("SubjectsPage", u"\u041a\u0440\u0430\u0442\u043a\u043e\u0435 \u043d\u0430\u0437\u0432\u0430\u043d\u0438\u0435", None))
        self.addButton.setText(QCoreApplication.translate("SubjectsPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
        self.saveButton.setText(QCoreApplication.translate("SubjectsPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.upButton.setText(QCoreApplication.translate("SubjectsPage", u"\u0412\u044b\u0448\u0435", None))
        self.downButton.setText(QCoreApplication.translate("SubjectsPage", u"\u041d\u0438\u0436\u0435", None))
        self.retireButton.setText(QCoreApplication.translate("SubjectsPage", u"\u0412\u044b\u0432\u0435\u0441\u0442\u0438 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430", None))
        self.removeButton.setText(QCoreApplication.translate("SubjectsPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.starterButton.setText(QCoreApplication.translate("SubjectsPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u043d\u0435\u0434\u043e\u0441\u0442\u0430\u044e\u0449\u0438\u0435 \u0438\u0437 \u0424\u041e\u041f", None))
        self.error.setText("")
        pass
    # retranslateUi

