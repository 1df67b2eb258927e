# Generated from forms/MessagesPage.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'MessagesPage.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_MessagesPage(object):
    def setupUi(self, MessagesPage):
        if not MessagesPage.objectName():
            MessagesPage.setObjectName(u"MessagesPage")
        MessagesPage.resize(1000, 700)
        self.layout = QHBoxLayout(MessagesPage)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(MessagesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.left = QWidget(self.splitter)
        self.left.setObjectName(u"left")
        self.leftLayout = QVBoxLayout(self.left)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.newMessage = QPushButton(self.left)
        self.newMessage.setObjectName(u"newMessage")

        self.leftLayout.addWidget(self.newMessage)

        self.threads = QListWidget(self.left)
        self.threads.setObjectName(u"threads")

        self.leftLayout.addWidget(self.threads)

        self.splitter.addWidget(self.left)
        self.right = QWidget(self.splitter)
        self.right.setObjectName(u"right")
        self.rightLayout = QVBoxLayout(self.right)
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightLayout.setContentsMargins(0, 0, 0, 0)
        self.subject = QLabel(self.right)
        self.subject.setObjectName(u"subject")
        self.subject.setWordWrap(True)

        self.rightLayout.addWidget(self.subject)

        self.conversation = QTextBrowser(self.right)
        self.conversation.setObjectName(u"conversation")

        self.rightLayout.addWidget(self.conversation)

        self.replyText = QPlainTextEdit(self.right)
        self.replyText.setObjectName(u"replyText")
        self.replyText.setMaximumSize(QSize(16777215, 110))

        self.rightLayout.addWidget(self.replyText)

        self.replyRow = QHBoxLayout()
        self.replyRow.setObjectName(u"replyRow")
        self.error = QLabel(self.right)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b00020;")

        self.replyRow.addWidget(self.error)

        self.replySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.replyRow.addItem(self.replySpacer)

        self.send = QPushButton(self.right)
        self.send.setObjectName(u"send")

        self.replyRow.addWidget(self.send)


        self.rightLayout.addLayout(self.replyRow)

        self.splitter.addWidget(self.right)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(MessagesPage)

        QMetaObject.connectSlotsByName(MessagesPage)
    # setupUi

    def retranslateUi(self, MessagesPage):
        self.newMessage.setText(QCoreApplication.translate("MessagesPage", u"&\u041d\u0430\u043f\u0438\u0441\u0430\u0442\u044c\u2026", None))
#if QT_CONFIG(accessibility)
        self.threads.setAccessibleName(QCoreApplication.translate("MessagesPage", u"\u041f\u0435\u0440\u0435\u043f\u0438\u0441\u043a\u0430", None))
#endif // QT_CONFIG(accessibility)
        self.subject.setText("")
        self.replyText.setPlaceholderText(QCoreApplication.translate("MessagesPage", u"\u041e\u0442\u0432\u0435\u0442\u2026", None))
        self.error.setText("")
        self.send.setText(QCoreApplication.translate("MessagesPage", u"&\u041e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u044c", None))
        pass
    # retranslateUi

