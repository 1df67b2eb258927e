# Generated from forms/SetupClassesPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SetupClassesPage.ui'
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
    QSizePolicy, QSpinBox, QTableView, QVBoxLayout,
    QWidget)

class Ui_SetupClassesPage(object):
    def setupUi(self, SetupClassesPage):
        if not SetupClassesPage.objectName():
            SetupClassesPage.setObjectName(u"SetupClassesPage")
        SetupClassesPage.resize(900, 600)
        self.layout = QVBoxLayout(SetupClassesPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(SetupClassesPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.info = QLabel(SetupClassesPage)
        self.info.setObjectName(u"info")
        self.info.setWordWrap(True)

        self.layout.addWidget(self.info)

        self.table = QTableView(SetupClassesPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.editRow = QHBoxLayout()
        self.editRow.setObjectName(u"editRow")
        self.gradeLabel = QLabel(SetupClassesPage)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.editRow.addWidget(self.gradeLabel)

        self.grade = QSpinBox(SetupClassesPage)
        self.grade.setObjectName(u"grade")
        self.grade.setMinimum(1)
        self.grade.setMaximum(11)
        self.grade.setValue(1)

        self.editRow.addWidget(self.grade)

        self.letterLabel = QLabel(SetupClassesPage)
        self.letterLabel.setObjectName(u"letterLabel")

        self.editRow.addWidget(self.letterLabel)

        self.letter = QLineEdit(SetupClassesPage)
        self.letter.setObjectName(u"letter")

        self.editRow.addWidget(self.letter)

        self.shiftLabel = QLabel(SetupClassesPage)
        self.shiftLabel.setObjectName(u"shiftLabel")

        self.editRow.addWidget(self.shiftLabel)

        self.shift = QSpinBox(SetupClassesPage)
        self.shift.setObjectName(u"shift")
        self.shift.setMinimum(1)
        self.shift.setMaximum(3)
        self.shift.setValue(1)

        self.editRow.addWidget(self.shift)

        self.teacherLabel = QLabel(SetupClassesPage)
        self.teacherLabel.setObjectName(u"teacherLabel")

        self.editRow.addWidget(self.teacherLabel)

        self.teacher = QComboBox(SetupClassesPage)
        self.teacher.setObjectName(u"teacher")
        self.teacher.setMinimumContentsLength(18)

        self.editRow.addWidget(self.teacher)

        self.addButton = QPushButton(SetupClassesPage)
        self.addButton.setObjectName(u"addButton")

        self.editRow.addWidget(self.addButton)

        self.saveButton = QPushButton(SetupClassesPage)
        self.saveButton.setObjectName(u"saveButton")

        self.editRow.addWidget(self.saveButton)

        self.removeButton = QPushButton(SetupClassesPage)
        self.removeButton.setObjectName(u"removeButton")

        self.editRow.addWidget(self.removeButton)


        self.layout.addLayout(self.editRow)

        self.error = QLabel(SetupClassesPage)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(u"color: #b71c1c;")

        self.layout.addWidget(self.error)


        self.retranslateUi(SetupClassesPage)

        QMetaObject.connectSlotsByName(SetupClassesPage)
    # setupUi

    def retranslateUi(self, SetupClassesPage):
        self.title.setText(QCoreApplication.translate("SetupClassesPage", u"\u041a\u043b\u0430\u0441\u0441\u044b", None))
        self.info.setText(QCoreApplication.translate("SetupClassesPage", u"\u041a\u043b\u0430\u0441\u0441\u044b \u0443\u0447\u0435\u0431\u043d\u043e\u0433\u043e \u0433\u043e\u0434\u0430: \u043f\u0430\u0440\u0430\u043b\u043b\u0435\u043b\u044c, \u0431\u0443\u043a\u0432\u0430, \u0441\u043c\u0435\u043d\u0430 \u0438 \u043a\u043b\u0430\u0441\u0441\u043d\u044b\u0439 \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c. \u0423\u0434\u0430\u043b\u0438\u0442\u044c \u043c\u043e\u0436\u043d\u043e \u0442\u043e\u043b\u044c\u043a\u043e \u043f\u0443\u0441\u0442\u043e\u0439 \u043a\u043b\u0430\u0441\u0441, \u0432 \u043a\u043e\u0442\u043e\u0440\u043e\u043c \u043d\u0435 \u0431\u044b\u043b\u043e \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 \u0438 \u043e\u0442\u043c\u0435\u0442\u043e\u043a.", None))
        self.gradeLabel.setText(QCoreApplication.translate("SetupClassesPage", u"\u041f\u0430\u0440\u0430\u043b\u043b\u0435\u043b\u044c", None))
        self.letterLabel.setText(QCoreApplication.translate("SetupClassesPage", u"\u0411\u0443\u043a\u0432\u0430", None))
        self.letter.setPlaceholderText(QCoreApplication.translate("SetupClassesPage", u"\u0410", None))
        self.shiftLabel.setText(QCoreApplication.translate("SetupClassesPage", u"\u0421\u043c\u0435\u043d\u0430", None))
        self.teacherLabel.setText(QCoreApplication.translate("SetupClassesPage", u"\u041a\u043b\u0430\u0441\u0441\u043d\u044b\u0439 \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0438\u0442\u0435\u043b\u044c", None))
        self.addButton.setText(QCoreApplication.translate("SetupClassesPage", u"\u0421\u043e\u0437\u0434\u0430\u0442\u044c", None))
        self.saveButton.setText(QCoreApplication.translate("SetupClassesPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c", None))
        self.removeButton.setText(QCoreApplication.translate("SetupClassesPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c", None))
        self.error.setText("")
        pass
    # retranslateUi

