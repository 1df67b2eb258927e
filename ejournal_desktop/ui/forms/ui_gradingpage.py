# Generated from forms/GradingPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'GradingPage.ui'
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
    QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_GradingPage(object):
    def setupUi(self, GradingPage):
        if not GradingPage.objectName():
            GradingPage.setObjectName(u"GradingPage")
        GradingPage.resize(1100, 640)
        self.layout = QVBoxLayout(GradingPage)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(GradingPage)
        self.tabs.setObjectName(u"tabs")
        self.systemsTab = QWidget()
        self.systemsTab.setObjectName(u"systemsTab")
        self.systemsLayout = QHBoxLayout(self.systemsTab)
        self.systemsLayout.setObjectName(u"systemsLayout")
        self.systemsLeft = QVBoxLayout()
        self.systemsLeft.setObjectName(u"systemsLeft")
        self.systemsTable = QTableView(self.systemsTab)
        self.systemsTable.setObjectName(u"systemsTable")
        self.systemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.systemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.systemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.systemsTable.setAlternatingRowColors(True)
        self.systemsTable.setWordWrap(False)

        self.systemsLeft.addWidget(self.systemsTable)

        self.systemNew = QHBoxLayout()
        self.systemNew.setObjectName(u"systemNew")
        self.systemName = QLineEdit(self.systemsTab)
        self.systemName.setObjectName(u"systemName")

        self.systemNew.addWidget(self.systemName)

        self.systemKind = QComboBox(self.systemsTab)
        self.systemKind.setObjectName(u"systemKind")

        self.systemNew.addWidget(self.systemKind)


        self.systemsLeft.addLayout(self.systemNew)

        self.systemValues = QLineEdit(self.systemsTab)
        self.systemValues.setObjectName(u"systemValues")

        self.systemsLeft.addWidget(self.systemValues)

        self.systemButtons = QHBoxLayout()
        self.systemButtons.setObjectName(u"systemButtons")
        self.createSystem = QPushButton(self.systemsTab)
        self.createSystem.setObjectName(u"createSystem")

        self.systemButtons.addWidget(self.createSystem)

        self.renameSystem = QPushButton(self.systemsTab)
        self.renameSystem.setObjectName(u"renameSystem")

        self.systemButtons.addWidget(self.renameSystem)

        self.removeSystem = QPushButton(self.systemsTab)
        self.removeSystem.setObjectName(u"removeSystem")

        self.systemButtons.addWidget(self.removeSystem)

        self.systemButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.systemButtons.addItem(self.systemButtonsSpacer)


        self.systemsLeft.addLayout(self.systemButtons)


        self.systemsLayout.addLayout(self.systemsLeft)

        self.systemsRight = QVBoxLayout()
        self.systemsRight.setObjectName(u"systemsRight")
        self.valuesTitle = QLabel(self.systemsTab)
        self.valuesTitle.setObjectName(u"valuesTitle")

        self.systemsRight.addWidget(self.valuesTitle)

        self.valuesTable = QTableView(self.systemsTab)
        self.valuesTable.setObjectName(u"valuesTable")
        self.valuesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.valuesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.valuesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.valuesTable.setAlternatingRowColors(True)
        self.valuesTable.setWordWrap(False)

        self.systemsRight.addWidget(self.valuesTable)

        self.valueEdit = QHBoxLayout()
        self.valueEdit.setObjectName(u"valueEdit")
        self.valueCode = QLineEdit(self.systemsTab)
        self.valueCode.setObjectName(u"valueCode")
        self.valueCode.setMaximumWidth(80)

        self.valueEdit.addWidget(self.valueCode)

        self.valueLabel = QLineEdit(self.systemsTab)
        self.valueLabel.setObjectName(u"valueLabel")

        self.valueEdit.addWidget(self.valueLabel)

        self.valuePoints = QLineEdit(self.systemsTab)
        self.valuePoints.setObjectName(u"valuePoints")
        self.valuePoints.setMaximumWidth(200)

        self.valueEdit.addWidget(self.valuePoints)

        self.valuePassing = QCheckBox(self.systemsTab)
        self.valuePassing.setObjectName(u"valuePassing")
        self.valuePassing.setChecked(True)

        self.valueEdit.addWidget(self.valuePassing)

        self.valueQuality = QCheckBox(self.systemsTab)
        self.valueQuality.setObjectName(u"valueQuality")

        self.valueEdit.addWidget(self.valueQuality)


        self.systemsRight.addLayout(self.valueEdit)

        self.valueButtons = QHBoxLayout()
        self.valueButtons.setObjectName(u"valueButtons")
        self.addValue = QPushButton(self.systemsTab)
        self.addValue.setObjectName(u"addValue")

        self.valueButtons.addWidget(self.addValue)

        self.saveValue = QPushButton(self.systemsTab)
        self.saveValue.setObjectName(u"saveValue")

        self.valueButtons.addWidget(self.saveValue)

        self.removeValue = QPushButton(self.systemsTab)
        self.removeValue.setObjectName(u"removeValue")

        self.valueButtons.addWidget(self.removeValue)

        self.valueButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.valueButtons.addItem(self.valueButtonsSpacer)


        self.systemsRight.addLayout(self.valueButtons)


        self.systemsLayout.addLayout(self.systemsRight)

        self.tabs.addTab(self.systemsTab, "")
        self.workTypesTab = QWidget()
        self.workTypesTab.setObjectName(u"workTypesTab")
        self.workTypesLayout = QVBoxLayout(self.workTypesTab)
        self.workTypesLayout.setObjectName(u"workTypesLayout")
        self.workTypesTable = QTableView(self.workTypesTab)
        self.workTypesTable.setObjectName(u"workTypesTable")
        self.workTypesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.workTypesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.workTypesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.workTypesTable.setAlternatingRowColors(True)
        self.workTypesTable.setWordWrap(False)

        self.workTypesLayout.addWidget(self.workTypesTable)

        self.workTypeEdit = QHBoxLayout()
        self.workTypeEdit.setObjectName(u"workTypeEdit")
        self.wtName = QLineEdit(self.workTypesTab)
        self.wtName.setObjectName(u"wtName")
        self.wtName.setMinimumWidth(260)

        self.workTypeEdit.addWidget(self.wtName)

        self.wtWeightLabel = QLabel(self.workTypesTab)
        self.wtWeightLabel.setObjectName(u"wtWeightLabel")

        self.workTypeEdit.addWidget(self.wtWeightLabel)

        self.wtWeight = QDoubleSpinBox(self.workTypesTab)
        self.wtWeight.setObjectName(u"wtWeight")
        self.wtWeight.setMinimum(0.000000000000000)
        self.wtWeight.setMaximum(10.000000000000000)
        self.wtWeight.setSingleStep(0.500000000000000)
        self.wtWeight.setValue(1.000000000000000)

        self.workTypeEdit.addWidget(self.wtWeight)

        self.wtColorLabel = QLabel(self.workTypesTab)
        self.wtColorLabel.setObjectName(u"wtColorLabel")

        self.workTypeEdit.addWidget(self.wtColorLabel)

        self.wtColor = QLineEdit(self.workTypesTab)
        self.wtColor.setObjectName(u"wtColor")
        self.wtColor.setMaximumWidth(90)

        self.workTypeEdit.addWidget(self.wtColor)

        self.wtChooseColor = QPushButton(self.workTypesTab)
        self.wtChooseColor.setObjectName(u"wtChooseColor")

        self.workTypeEdit.addWidget(self.wtChooseColor)

        self.wtDaysLabel = QLabel(self.workTypesTab)
        self.wtDaysLabel.setObjectName(u"wtDaysLabel")

        self.workTypeEdit.addWidget(self.wtDaysLabel)

        self.wtDays = QSpinBox(self.workTypesTab)
        self.wtDays.setObjectName(u"wtDays")
        self.wtDays.setMinimum(0)
        self.wtDays.setMaximum(60)

        self.workTypeEdit.addWidget(self.wtDays)

        self.wtDefault = QCheckBox(self.workTypesTab)
        self.wtDefault.setObjectName(u"wtDefault")

        self.workTypeEdit.addWidget(self.wtDefault)

        self.workTypeEditSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workTypeEdit.addItem(self.workTypeEditSpacer)


        self.workTypesLayout.addLayout(self.workTypeEdit)

        self.workTypeButtons = QHBoxLayout()
        self.workTypeButtons.setObjectName(u"workTypeButtons")
        self.addWorkType = QPushButton(self.workTypesTab)
        self.addWorkType.setObjectName(u"addWorkType")

        self.workTypeButtons.addWidget(self.addWorkType)

        self.saveWorkType = QPushButton(self.workTypesTab)
        self.saveWorkType.setObjectName(u"saveWorkType")

        self.workTypeButtons.addWidget(self.saveWorkType)

        self.removeWorkType = QPushButton(self.workTypesTab)
        self.removeWorkType.setObjectName(u"removeWorkType")

        self.workTypeButtons.addWidget(self.removeWorkType)

        self.wtApply = QCheckBox(self.workTypesTab)
        self.wtApply.setObjectName(u"wtApply")

        self.workTypeButtons.addWidget(self.wtApply)

        self.workTypeButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workTypeButtons.addItem(self.workTypeButtonsSpacer)


        self.workTypesLayout.addLayout(self.workTypeButtons)

        self.tabs.addTab(self.workTypesTab, "")

        self.layout.addWidget(self.tabs)

        self.message = QLabel(GradingPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)


        self.retranslateUi(GradingPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(GradingPage)
    # setupUi

    def retranslateUi(self, GradingPage):
        self.systemName.setPlaceholderText(QCoreApplication.translate("GradingPage", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 \u0441\u0438\u0441\u0442\u0435\u043c\u044b \u043e\u0446\u0435\u043d\u0438\u0432\u0430\u043d\u0438\u044f", None))
        self.systemValues.setPlaceholderText(QCoreApplication.translate("GradingPage", u"\u0421\u0432\u043e\u044f \u0448\u043a\u0430\u043b\u0430: \u043a\u043e\u0434\u044b \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0439 \u043e\u0442 \u043b\u0443\u0447\u0448\u0435\u0433\u043e \u0447\u0435\u0440\u0435\u0437 \u043f\u0440\u043e\u0431\u0435\u043b, \u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440 10 9 8 7 6 5 4 3 2 1", None))
        self.createSystem.setText(QCoreApplication.translate("GradingPage", u"&\u0421\u043e\u0437\u0434\u0430\u0442\u044c \u0441\u0438\u0441\u0442\u0435\u043c\u0443", None))
        self.renameSystem.setText(QCoreApplication.translate("GradingPage", u"&\u041f\u0435\u0440\u0435\u0438\u043c\u0435\u043d\u043e\u0432\u0430\u0442\u044c", None))
        self.removeSystem.setText(QCoreApplication.translate("GradingPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0441\u0438\u0441\u0442\u0435\u043c\u0443", None))
        self.valuesTitle.setText(QCoreApplication.translate("GradingPage", u"\u0417\u043d\u0430\u0447\u0435\u043d\u0438\u044f \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u043e\u0439 \u0441\u0438\u0441\u0442\u0435\u043c\u044b (\u043e\u0442 \u043b\u0443\u0447\u0448\u0435\u0433\u043e \u043a \u0445\u0443\u0434\u0448\u0435\u043c\u0443):", None))
        self.valueCode.setPlaceholderText(QCoreApplication.translate("GradingPage", u"\u041a\u043e\u0434", None))
        self.valueLabel.setPlaceholderText(QCoreApplication.translate("GradingPage", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435", None))
        self.valuePoints.setPlaceholderText(QCoreApplication.translate("GradingPage", u"\u0411\u0430\u043b\u043b\u044b (\u043f\u0443\u0441\u0442\u043e \u2014 \u043d\u0435 \u0432 \u0441\u0440\u0435\u0434\u043d\u0435\u043c)", None))
        self.valuePassing.setText(QCoreApplication.translate("GradingPage", u"\u043f\u043e\u043b\u043e\u0436\u0438\u0442\u0435\u043b\u044c\u043d\u0430\u044f", None))
        self.valueQuality.setText(QCoreApplication.translate("GradingPage", u"\u00ab\u043a\u0430\u0447\u0435\u0441\u0442\u0432\u0435\u043d\u043d\u0430\u044f\u00bb", None))
        self.addValue.setText(QCoreApplication.translate("GradingPage", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435", None))
        self.saveValue.setText(QCoreApplication.translate("GradingPage", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c &\u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435", None))
        self.removeValue.setText(QCoreApplication.translate("GradingPage", u"\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0437\u043d\u0430\u0447\u0435\u043d\u0438\u0435", None))
        self.tabs.setTabText(self.tabs.indexOf(self.systemsTab), QCoreApplication.translate("GradingPage", u"\u0421\u0438\u0441\u0442\u0435\u043c\u044b \u043e\u0446\u0435\u043d\u0438\u0432\u0430\u043d\u0438\u044f", None))
        self.wtName.setPlaceholderText(QCoreApplication.translate("GradingPage", u"\u041d\u0430\u0437\u0432\u0430\u043d\u0438\u0435 \u0432\u0438\u0434\u0430 \u0440\u0430\u0431\u043e\u0442\u044b", None))
        self.wtWeightLabel.setText(QCoreApplication.translate("GradingPage", u"\u0412\u0435\u0441:", None))
        self.wtColorLabel.setText(QCoreApplication.translate("GradingPage", u"\u0426\u0432\u0435\u0442:", None))
        self.wtColor.setText(QCoreApplication.translate("GradingPage", u"#000000", None))
        self.wtChooseColor.setText(QCoreApplication.translate("GradingPage", u"\u0412\u044b\u0431\u0440\u0430\u0442\u044c\u2026", None))
        self.wtDaysLabel.setText(QCoreApplication.translate("GradingPage", u"\u0421\u0440\u043e\u043a \u0432\u044b\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u0438\u044f, \u0434\u043d\u0435\u0439:", None))
        self.wtDefault.setText(QCoreApplication.translate("GradingPage", u"\u043f\u043e \u0443\u043c\u043e\u043b\u0447\u0430\u043d\u0438\u044e", None))
        self.addWorkType.setText(QCoreApplication.translate("GradingPage", u"&\u0414\u043e\u0431\u0430\u0432\u0438\u0442\u044c \u0432\u0438\u0434 \u0440\u0430\u0431\u043e\u0442\u044b", None))
        self.saveWorkType.setText(QCoreApplication.translate("GradingPage", u"&\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0439", None))
        self.removeWorkType.setText(QCoreApplication.translate("GradingPage", u"&\u0423\u0434\u0430\u043b\u0438\u0442\u044c \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0439", None))
        self.wtApply.setText(QCoreApplication.translate("GradingPage", u"\u043d\u043e\u0432\u044b\u0439 \u0432\u0435\u0441 \u2014 \u0438 \u0434\u043b\u044f \u0443\u0436\u0435 \u0432\u044b\u0441\u0442\u0430\u0432\u043b\u0435\u043d\u043d\u044b\u0445 \u043e\u0442\u043c\u0435\u0442\u043e\u043a", None))
        self.tabs.setTabText(self.tabs.indexOf(self.workTypesTab), QCoreApplication.translate("GradingPage", u"\u0412\u0438\u0434\u044b \u0440\u0430\u0431\u043e\u0442", None))
        self.message.setText("")
        pass
    # retranslateUi

