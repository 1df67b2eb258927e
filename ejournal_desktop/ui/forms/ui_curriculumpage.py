# Generated from forms/CurriculumPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'CurriculumPage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDoubleSpinBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CurriculumPage(object):
    def setupUi(self, CurriculumPage):
        if not CurriculumPage.objectName():
            CurriculumPage.setObjectName(u"CurriculumPage")
        CurriculumPage.resize(900, 600)
        self.layout = QVBoxLayout(CurriculumPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CurriculumPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.info = QLabel(CurriculumPage)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.classRow = QHBoxLayout()
        self.classRow.setObjectName(u"classRow")
        self.classLabel = QLabel(CurriculumPage)
        self.classLabel.setObjectName(u"classLabel")

        self.classRow.addWidget(self.classLabel)

        self.schoolClass = QComboBox(CurriculumPage)
        self.schoolClass.setObjectName(u"schoolClass")
        self.schoolClass.setMinimumContentsLength(18)

        self.classRow.addWidget(self.schoolClass)

        self.hs = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.classRow.addItem(self.hs)


        self.layout.addLayout(self.classRow)

        self.table = QTableView(CurriculumPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.subject = QComboBox(CurriculumPage)
        self.subject.setObjectName(u"subject")
        self.subject.setMinimumContentsLength(18)

        self.editRow.addWidget(self.subject)

        self.hoursLabel = QLabel(CurriculumPage)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.editRow.addWidget(self.hoursLabel)

        self.hours = QDoubleSpinBox(CurriculumPage)
        self.hours.setObjectName(u"hours")
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.500000000000000)
        self.hours.setMinimum(0.500000000000000)
        self.hours.setMaximum(40.000000000000000)
        self.hours.setValue(1.000000000000000)

        self.editRow.addWidget(self.hours)

        self.teacherLabel = QLabel(CurriculumPage)
        self.teacherLabel.setObjectName(u"teacherLabel")

        self.editRow.addWidget(self.teacherLabel)

        self.teacher = QComboBox(CurriculumPage)
        self.teacher.setObjectName(u"teacher")
        self.teacher.setMinimumContentsLength(22)

        self.editRow.addWidget(self.teacher)

        self.secondLabel = QLabel(CurriculumPage)
        self.secondLabel.setObjectName(u"secondLabel")

        self.editRow.addWidget(self.secondLabel)

        self.secondTeacher = QComboBox(CurriculumPage)
        self.secondTeacher.setObjectName(u"secondTeacher")
        self.secondTeacher.setMinimumContentsLength(18)

        self.editRow.addWidget(self.secondTeacher)


        self.layout.addLayout(self.editRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.addButton = QPushButton(CurriculumPage)
        self.addButton.setObjectName(u"addButton")

        self.actionRow.addWidget(self.addButton)

        self.saveButton = QPushButton(CurriculumPage)
        self.saveButton.setObjectName(u"saveButton")

        self.actionRow.addWidget(self.saveButton)

        self.removeButton = QPushButton(CurriculumPage)
        self.removeButton.setObjectName(u"removeButton")

        self.actionRow.addWidget(self.removeButton)

        self.hs2 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.hs2)


        self.layout.addLayout(self.actionRow)

        self.error = QLabel(CurriculumPage)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.error)


        self.retranslateUi(CurriculumPage)

        QMetaObject.connectSlotsByName(CurriculumPage)
    # setupUi

    def retranslateUi(self, CurriculumPage):
        self.title.setText(QCoreApplication.translate("CurriculumPage", u"\u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u043f\u043b\u0430\u043d", None))
        self.info.setText(QCoreApplication.translate("CurriculumPage", u"\u041f\u0440\u0435\u0434\u043c\u0435\u0442\u044b \u043a\u043b\u0430\u0441\u0441\u0430 \u0441 \u0447\u0430\u0441\u0430\u043c\u0438 \u0432 \u043d\u0435\u0434\u0435\u043b\u044e \u0438 \u0443\u0447\u0438\u0442\u0435\u043b\u044f\u043c\u0438: \u043a\u0430\u0436\u0434\u0430\u044f \u0441\u0442\u0440\u043e\u043a\u0430 \u2014 \u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0430 \u0436\u0443\u0440\u043d\u0430\u043b\u0430. \u0414\u043b\u044f \u0434\u0435\u043b\u0435\u043d\u0438\u044f \u043d\u0430 \u043f\u043e\u0434\u0433\u0440\u0443\u043f\u043f\u044b \u0432\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0443\u0447\u0438\u0442\u0435\u043b\u044f \u0432\u0442\u043e\u0440\u043e\u0439 \u0433\u0440\u0443\u043f\u043f\u044b.", None))
        self.classLabel.setText(QCoreApplication.translate("CurriculumPage", u"\u041a\u043b\u0430\u0441\u0441", None))
        self.hoursLabel.setText(QCoreApplication.translate("CurriculumPage", u"\u0427\u0430\u0441\u043e\u0432", None))
        self.teacherLabel.setText(QCoreApplication.translate("CurriculumPage", u"\u0423\u0447\u0438\u0442\u0435\u043b\u044c", None))
        self.secondLabel.setText(QCoreApplication.translate("CurriculumPage", u"2-\u044f \u0433\u0440\u0443\u043f\u043f\u0430", None))
        self.addButton.setText(QCoreApplication.translate("CurriculumPage", u"\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c", None))
        self.saveButton.setText(QCoreApplication.translate("CurriculumPage", u"\u0421\u043c\u0435\u043d\u0438\u0442\u044c \u0443\u0447\u0438\u0442\u0435\u043b\u044f \u0438 \u0447\u0430\u0441\u044b", None))
        self.removeButton.setText(QCoreApplication.translate("CurriculumPage", u"\u0423\u0431\u0440\u0430\u0442\u044c", None))
        self.error.setText("")
        pass
    # retranslateUi

