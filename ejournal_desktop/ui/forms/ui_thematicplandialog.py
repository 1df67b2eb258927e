# Generated from forms/ThematicPlanDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ThematicPlanDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ThematicPlanDialog(object):
    def setupUi(self, ThematicPlanDialog):
        if not ThematicPlanDialog.objectName():
            ThematicPlanDialog.setObjectName(u"ThematicPlanDialog")
        ThematicPlanDialog.resize(900, 620)
        self.layout = QVBoxLayout(ThematicPlanDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ThematicPlanDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ThematicPlanDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.fileName = QLineEdit(ThematicPlanDialog)
        self.fileName.setObjectName(u"fileName")
        self.fileName.setReadOnly(True)

        self.fileRow.addWidget(self.fileName)

        self.chooseFile = QPushButton(ThematicPlanDialog)
        self.chooseFile.setObjectName(u"chooseFile")

        self.fileRow.addWidget(self.chooseFile)

        self.saveTemplate = QPushButton(ThematicPlanDialog)
        self.saveTemplate.setObjectName(u"saveTemplate")

        self.fileRow.addWidget(self.saveTemplate)


        self.layout.addLayout(self.fileRow)

        self.rows = QTableView(ThematicPlanDialog)
        self.rows.setObjectName(u"rows")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.setAlternatingRowColors(True)
        self.rows.setWordWrap(False)

        self.layout.addWidget(self.rows)

        self.summary = QLabel(ThematicPlanDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.message = QLabel(ThematicPlanDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.message)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.importPlan = QPushButton(ThematicPlanDialog)
        self.importPlan.setObjectName(u"importPlan")

        self.buttons.addWidget(self.importPlan)

        self.fillTopics = QPushButton(ThematicPlanDialog)
        self.fillTopics.setObjectName(u"fillTopics")

        self.buttons.addWidget(self.fillTopics)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.buttonBox = QDialogButtonBox(ThematicPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons.addWidget(self.buttonBox)


        self.layout.addLayout(self.buttons)


        self.retranslateUi(ThematicPlanDialog)

        QMetaObject.connectSlotsByName(ThematicPlanDialog)
    # setupUi

    def retranslateUi(self, ThematicPlanDialog):
        ThematicPlanDialog.setWindowTitle(QCoreApplication.translate("ThematicPlanDialog", u"\u041a\u0422\u041f \u2014 \u043a\u0430\u043b\u0435\u043d\u0434\u0430\u0440\u043d\u043e-\u0442\u0435\u043c\u0430\u0442\u0438\u0447\u0435\u0441\u043a\u043e\u0435 \u043f\u043b\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u0435", None))
        self.heading.setText("")
        self.fileLabel.setText(QCoreApplication.translate("ThematicPlanDialog", u"\u0424\u0430\u0439\u043b:", None))
        self.fileName.setPlaceholderText(QCoreApplication.translate("ThematicPlanDialog", u"\u0432\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0444\u0430\u0439\u043b .xlsx \u0441 \u041a\u0422\u041f", None))
        self.chooseFile.setText(QCoreApplication.translate("ThematicPlanDialog", u"&\u0412\u044b\u0431\u0440\u0430\u0442\u044c \u0444\u0430\u0439\u043b\u2026", None))
        self.saveTemplate.setText(QCoreApplication.translate("ThematicPlanDialog", u"\u0421\u043e\u0445\u0440\u0430\u043d\u0438\u0442\u044c &\u0448\u0430\u0431\u043b\u043e\u043d\u2026", None))
        self.summary.setText("")
        self.message.setText("")
        self.importPlan.setText(QCoreApplication.translate("ThematicPlanDialog", u"&\u0418\u043c\u043f\u043e\u0440\u0442\u0438\u0440\u043e\u0432\u0430\u0442\u044c", None))
#if QT_CONFIG(tooltip)
        self.importPlan.setToolTip(QCoreApplication.translate("ThematicPlanDialog", u"\u0417\u0430\u043c\u0435\u043d\u0438\u0442\u044c \u041a\u0422\u041f \u043a\u0443\u0440\u0441\u0430 \u043f\u043b\u0430\u043d\u043e\u043c \u0438\u0437 \u0444\u0430\u0439\u043b\u0430", None))
#endif // QT_CONFIG(tooltip)
        self.fillTopics.setText(QCoreApplication.translate("ThematicPlanDialog", u"&\u0417\u0430\u043f\u043e\u043b\u043d\u0438\u0442\u044c \u0442\u0435\u043c\u044b \u0443\u0440\u043e\u043a\u043e\u0432", None))
#if QT_CONFIG(tooltip)
        self.fillTopics.setToolTip(QCoreApplication.translate("ThematicPlanDialog", u"\u041f\u0443\u0441\u0442\u044b\u0435 \u0442\u0435\u043c\u044b \u0443\u0440\u043e\u043a\u043e\u0432 \u0437\u0430\u043f\u043e\u043b\u043d\u044f\u044e\u0442\u0441\u044f \u043f\u043e \u043f\u043b\u0430\u043d\u0443 \u043f\u043e \u043f\u043e\u0440\u044f\u0434\u043a\u0443; \u0443\u0440\u043e\u043a\u0438 \u0441 \u0442\u0435\u043c\u043e\u0439 \u043d\u0435 \u043c\u0435\u043d\u044f\u044e\u0442\u0441\u044f", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

