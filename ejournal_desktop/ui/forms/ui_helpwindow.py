# Generated from forms/HelpWindow.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'HelpWindow.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QListWidget,
    QListWidgetItem, QSizePolicy, QTextBrowser, QWidget)

class Ui_HelpWindow(object):
    def setupUi(self, HelpWindow):
        if not HelpWindow.objectName():
            HelpWindow.setObjectName(u"HelpWindow")
        HelpWindow.resize(1000, 700)
        self.layout = QHBoxLayout(HelpWindow)
        self.layout.setObjectName(u"layout")
        self.guides = QListWidget(HelpWindow)
        self.guides.setObjectName(u"guides")
        self.guides.setMaximumWidth(260)

        self.layout.addWidget(self.guides)

        self.text = QTextBrowser(HelpWindow)
        self.text.setObjectName(u"text")
        self.text.setOpenExternalLinks(False)

        self.layout.addWidget(self.text)


        self.retranslateUi(HelpWindow)

        QMetaObject.connectSlotsByName(HelpWindow)
    # setupUi

    def retranslateUi(self, HelpWindow):
        HelpWindow.setWindowTitle(QCoreApplication.translate("HelpWindow", u"\u0420\u0443\u043a\u043e\u0432\u043e\u0434\u0441\u0442\u0432\u043e \u043f\u043e\u043b\u044c\u0437\u043e\u0432\u0430\u0442\u0435\u043b\u044f", None))
#if QT_CONFIG(accessibility)
        self.guides.setAccessibleName(QCoreApplication.translate("HelpWindow", u"\u0420\u0430\u0437\u0434\u0435\u043b\u044b \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0441\u0442\u0432\u0430", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("HelpWindow", u"\u0422\u0435\u043a\u0441\u0442 \u0440\u0443\u043a\u043e\u0432\u043e\u0434\u0441\u0442\u0432\u0430", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

