# Generated from forms/ExchangePage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ExchangePage.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ExchangePage(object):
    def setupUi(self, ExchangePage):
        if not ExchangePage.objectName():
            ExchangePage.setObjectName(u"ExchangePage")
        ExchangePage.resize(900, 640)
        self.layout = QVBoxLayout(ExchangePage)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ExchangePage)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.intro = QLabel(ExchangePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.exportBox = QGroupBox(ExchangePage)
        self.exportBox.setObjectName(u"exportBox")
        self.exportLayout = QHBoxLayout(self.exportBox)
        self.exportLayout.setObjectName(u"exportLayout")
        self.exportButton = QPushButton(self.exportBox)
        self.exportButton.setObjectName(u"exportButton")

        self.exportLayout.addWidget(self.exportButton)

        self.exportOneRoster = QPushButton(self.exportBox)
        self.exportOneRoster.setObjectName(u"exportOneRoster")

        self.exportLayout.addWidget(self.exportOneRoster)

        self.exportSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportLayout.addItem(self.exportSpacer)


        self.layout.addWidget(self.exportBox)

        self.importBox = QGroupBox(ExchangePage)
        self.importBox.setObjectName(u"importBox")
        self.importLayout = QVBoxLayout(self.importBox)
        self.importLayout.setObjectName(u"importLayout")
        self.importRule = QLabel(self.importBox)
        self.importRule.setObjectName(u"importRule")
        self.importRule.setWordWrap(True)

        self.importLayout.addWidget(self.importRule)

        self.chooseLayout = QHBoxLayout()
        self.chooseLayout.setObjectName(u"chooseLayout")
        self.chooseFile = QPushButton(self.importBox)
        self.chooseFile.setObjectName(u"chooseFile")

        self.chooseLayout.addWidget(self.chooseFile)

        self.fileName = QLabel(self.importBox)
        self.fileName.setObjectName(u"fileName")

        self.chooseLayout.addWidget(self.fileName)

        self.chooseSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.chooseLayout.addItem(self.chooseSpacer)


        self.importLayout.addLayout(self.chooseLayout)

        self.previewLayout = QHBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.sections = QTableView(self.importBox)
        self.sections.setObjectName(u"sections")
        self.sections.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sections.setAlternatingRowColors(True)
        self.sections.setWordWrap(False)

        self.previewLayout.addWidget(self.sections)

        self.report = QPlainTextEdit(self.importBox)
        self.report.setObjectName(u"report")
        self.report.setReadOnly(True)

        self.previewLayout.addWidget(self.report)


        self.importLayout.addLayout(self.previewLayout)

        self.importButtons = QHBoxLayout()
        self.importButtons.setObjectName(u"importButtons")
        self.importButton = QPushButton(self.importBox)
        self.importButton.setObjectName(u"importButton")

        self.importButtons.addWidget(self.importButton)

        self.importSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importButtons.addItem(self.importSpacer)


        self.importLayout.addLayout(self.importButtons)


        self.layout.addWidget(self.importBox)

        self.details = QPlainTextEdit(ExchangePage)
        self.details.setObjectName(u"details")
        self.details.setReadOnly(True)
        self.details.setMaximumSize(QSize(16777215, 130))

        self.layout.addWidget(self.details)


        self.retranslateUi(ExchangePage)

        QMetaObject.connectSlotsByName(ExchangePage)
    # setupUi

    def retranslateUi(self, ExchangePage):
        self.heading.setText(QCoreApplication.translate("ExchangePage", u"\u041e\u0431\u043c\u0435\u043d \u0434\u0430\u043d\u043d\u044b\u043c\u0438", None))
        self.intro.setText(QCoreApplication.translate("ExchangePage", u"\u0424\u0430\u0439\u043b \u043e\u0431\u043c\u0435\u043d\u0430 (JSON) \u0441\u043e\u0434\u0435\u0440\u0436\u0438\u0442 \u0432\u0441\u044e \u0448\u043a\u043e\u043b\u0443: \u0441\u0442\u0440\u0443\u043a\u0442\u0443\u0440\u0443, \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u043e\u0432, \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 \u0438 \u0440\u043e\u0434\u0438\u0442\u0435\u043b\u0435\u0439, \u043a\u043b\u0430\u0441\u0441\u044b, \u043d\u0430\u0433\u0440\u0443\u0437\u043a\u0443, \u0440\u0430\u0441\u043f\u0438\u0441\u0430\u043d\u0438\u0435, \u0443\u0440\u043e\u043a\u0438, \u043e\u0442\u043c\u0435\u0442\u043a\u0438, \u043f\u043e\u0441\u0435\u0449\u0430\u0435\u043c\u043e\u0441\u0442\u044c \u0438 \u0438\u0442\u043e\u0433\u043e\u0432\u044b\u0435 \u043e\u0442\u043c\u0435\u0442\u043a\u0438. \u0412 \u043d\u0451\u043c \u043f\u0435\u0440\u0441\u043e\u043d\u0430\u043b\u044c\u043d\u044b\u0435 \u0434\u0430\u043d\u043d\u044b\u0435: \u0445\u0440\u0430\u043d\u0438\u0442\u0435 \u0438 \u043f\u0435\u0440\u0435\u0434\u0430"
                        "\u0432\u0430\u0439\u0442\u0435 \u0435\u0433\u043e \u0442\u0430\u043a \u0436\u0435, \u043a\u0430\u043a \u0441\u0430\u043c \u0436\u0443\u0440\u043d\u0430\u043b. \u0424\u043e\u0440\u043c\u0430\u0442 \u043e\u043f\u0438\u0441\u0430\u043d \u0432 docs/exchange-format.md.", None))
        self.exportBox.setTitle(QCoreApplication.translate("ExchangePage", u"\u0412\u044b\u0433\u0440\u0443\u0437\u043a\u0430", None))
        self.exportButton.setText(QCoreApplication.translate("ExchangePage", u"&\u0412\u044b\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0448\u043a\u043e\u043b\u0443 \u0432 \u0444\u0430\u0439\u043b\u2026", None))
        self.exportOneRoster.setText(QCoreApplication.translate("ExchangePage", u"\u0412\u044b\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0432 &OneRoster 1.2 (CSV)\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportOneRoster.setToolTip(QCoreApplication.translate("ExchangePage", u"Zip \u0441 \u0442\u0430\u0431\u043b\u0438\u0446\u0430\u043c\u0438 OneRoster 1.2 \u2014 \u0441\u0442\u0430\u043d\u0434\u0430\u0440\u0442, \u043a\u043e\u0442\u043e\u0440\u044b\u043c \u043e\u0431\u043c\u0435\u043d\u0438\u0432\u0430\u044e\u0442\u0441\u044f \u0448\u043a\u043e\u043b\u044c\u043d\u044b\u0435 \u0441\u0438\u0441\u0442\u0435\u043c\u044b (docs/oneroster.md)", None))
#endif // QT_CONFIG(tooltip)
        self.importBox.setTitle(QCoreApplication.translate("ExchangePage", u"\u0417\u0430\u0433\u0440\u0443\u0437\u043a\u0430 \u0432 \u044d\u0442\u0443 \u0431\u0430\u0437\u0443", None))
        self.importRule.setText(QCoreApplication.translate("ExchangePage", u"\u0421\u043d\u0430\u0447\u0430\u043b\u0430 \u0444\u0430\u0439\u043b \u043f\u0440\u043e\u0432\u0435\u0440\u044f\u0435\u0442\u0441\u044f \u0446\u0435\u043b\u0438\u043a\u043e\u043c, \u0438 \u0437\u0434\u0435\u0441\u044c \u0432\u0438\u0434\u043d\u043e, \u0447\u0442\u043e \u0432 \u043d\u0451\u043c \u0435\u0441\u0442\u044c; \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u043e\u043d \u043e\u0434\u043d\u043e\u0439 \u043e\u043f\u0435\u0440\u0430\u0446\u0438\u0435\u0439 \u0438\u043b\u0438 \u043d\u0435 \u0437\u0430\u043f\u0438\u0441\u044b\u0432\u0430\u0435\u0442\u0441\u044f \u0441\u043e\u0432\u0441\u0435\u043c. \u0423\u0447\u0435\u0431\u043d\u044b\u0439 \u0433\u043e\u0434, \u043a\u043e\u0442\u043e\u0440\u044b\u0439 \u0443\u0436\u0435 \u0435\u0441\u0442\u044c \u0432 \u0431\u0430\u0437\u0435, \u043d\u0435 \u0437\u0430\u0433\u0440\u0443\u0436\u0430\u0435\u0442\u0441\u044f; \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0438, \u0443\u0447\u0435\u043d\u0438\u043a\u0438 \u0438 \u0440\u043e\u0434"
                        "\u0438\u0442\u0435\u043b\u0438, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u0443\u0436\u0435 \u0435\u0441\u0442\u044c \u0432 \u0431\u0430\u0437\u0435, \u0441\u0432\u044f\u0437\u044b\u0432\u0430\u044e\u0442\u0441\u044f, \u0430 \u043d\u0435 \u0441\u043e\u0437\u0434\u0430\u044e\u0442\u0441\u044f \u0437\u0430\u043d\u043e\u0432\u043e.", None))
        self.chooseFile.setText(QCoreApplication.translate("ExchangePage", u"&\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c \u0444\u0430\u0439\u043b\u2026", None))
        self.fileName.setText(QCoreApplication.translate("ExchangePage", u"\u0424\u0430\u0439\u043b \u043d\u0435 \u0432\u044b\u0431\u0440\u0430\u043d.", None))
        self.report.setPlaceholderText(QCoreApplication.translate("ExchangePage", u"\u0417\u0434\u0435\u0441\u044c \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f \u0438\u0442\u043e\u0433\u0438 \u043f\u0440\u043e\u0432\u0435\u0440\u043a\u0438 \u0444\u0430\u0439\u043b\u0430: \u0447\u0442\u043e \u0432 \u043d\u0451\u043c \u0435\u0441\u0442\u044c \u0438 \u043a\u0430\u043a\u0438\u0435 \u0432 \u043d\u0451\u043c \u043e\u0448\u0438\u0431\u043a\u0438 (\u0441 \u043f\u0443\u0442\u0451\u043c \u043a \u043c\u0435\u0441\u0442\u0443 \u0432 \u0444\u0430\u0439\u043b\u0435).", None))
        self.importButton.setText(QCoreApplication.translate("ExchangePage", u"&\u0417\u0430\u0433\u0440\u0443\u0437\u0438\u0442\u044c \u0432 \u0431\u0430\u0437\u0443", None))
        self.details.setPlaceholderText(QCoreApplication.translate("ExchangePage", u"\u0417\u0434\u0435\u0441\u044c \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f \u0438\u0442\u043e\u0433\u0438 \u0432\u044b\u0433\u0440\u0443\u0437\u043a\u0438 \u0438 \u0437\u0430\u0433\u0440\u0443\u0437\u043a\u0438.", None))
        pass
    # retranslateUi

