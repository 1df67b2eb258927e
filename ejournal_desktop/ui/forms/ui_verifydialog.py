# Generated from forms/VerifyDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'VerifyDialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(720, 520)
        self.layout = QVBoxLayout(VerifyDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(VerifyDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.codeRow = QHBoxLayout()
        self.codeRow.setObjectName(u"codeRow")
        self.codeLabel = QLabel(VerifyDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeRow.addWidget(self.codeLabel)

        self.code = QLineEdit(VerifyDialog)
        self.code.setObjectName(u"code")
        self.code.setClearButtonEnabled(True)

        self.codeRow.addWidget(self.code)

        self.fromFile = QPushButton(VerifyDialog)
        self.fromFile.setObjectName(u"fromFile")

        self.codeRow.addWidget(self.fromFile)

        self.check = QPushButton(VerifyDialog)
        self.check.setObjectName(u"check")

        self.codeRow.addWidget(self.check)


        self.layout.addLayout(self.codeRow)

        self.verdict = QLabel(VerifyDialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)

        self.layout.addWidget(self.verdict)

        self.printout = QLabel(VerifyDialog)
        self.printout.setObjectName(u"printout")
        self.printout.setWordWrap(True)
        self.printout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.printout)

        self.sheets = QTableView(VerifyDialog)
        self.sheets.setObjectName(u"sheets")
        self.sheets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sheets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sheets.setAlternatingRowColors(True)
        self.sheets.setWordWrap(False)

        self.layout.addWidget(self.sheets)

        self.notes = QLabel(VerifyDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setWordWrap(True)

        self.layout.addWidget(self.notes)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.code)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerifyDialog)
        self.buttonBox.rejected.connect(VerifyDialog.reject)

        self.check.setDefault(True)


        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"\u041f\u0440\u043e\u0432\u0435\u0440\u043a\u0430 \u0440\u0430\u0441\u043f\u0435\u0447\u0430\u0442\u043a\u0438", None))
        self.intro.setText(QCoreApplication.translate("VerifyDialog", u"\u0412\u0432\u0435\u0434\u0438\u0442\u0435 \u043a\u043e\u0434 \u0434\u043e\u043a\u0443\u043c\u0435\u043d\u0442\u0430, \u043d\u0430\u043f\u0435\u0447\u0430\u0442\u0430\u043d\u043d\u044b\u0439 \u0432\u043d\u0438\u0437\u0443 \u043b\u0438\u0441\u0442\u0430 (\u043d\u0430\u043f\u0440\u0438\u043c\u0435\u0440, 7KQM-3XWA), \u0438\u043b\u0438 \u0442\u0435\u043a\u0441\u0442 \u0435\u0433\u043e QR-\u043a\u043e\u0434\u0430: \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u0430 \u0441\u0432\u0435\u0440\u0438\u0442 \u0440\u0430\u0441\u043f\u0435\u0447\u0430\u0442\u043a\u0443 \u0441 \u0442\u0435\u043c, \u0447\u0442\u043e \u0436\u0443\u0440\u043d\u0430\u043b \u0441\u043e\u0434\u0435\u0440\u0436\u0438\u0442 \u0441\u0435\u0439\u0447\u0430\u0441.", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyDialog", u"&\u041a\u043e\u0434 \u0438\u043b\u0438 \u0442\u0435\u043a\u0441\u0442 QR:", None))
        self.code.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"XXXX-XXXX \u0438\u043b\u0438 EJ1:\u2026", None))
        self.fromFile.setText(QCoreApplication.translate("VerifyDialog", u"\u0418\u0437 &\u0444\u0430\u0439\u043b\u0430\u2026", None))
#if QT_CONFIG(tooltip)
        self.fromFile.setToolTip(QCoreApplication.translate("VerifyDialog", u"\u0422\u0435\u043a\u0441\u0442\u043e\u0432\u044b\u0439 \u0444\u0430\u0439\u043b \u0441 \u0442\u0435\u043a\u0441\u0442\u043e\u043c QR-\u043a\u043e\u0434\u0430, \u0441\u043e\u0445\u0440\u0430\u043d\u0451\u043d\u043d\u044b\u0439 \u043f\u0440\u043e\u0433\u0440\u0430\u043c\u043c\u043e\u0439 \u0441\u043a\u0430\u043d\u0438\u0440\u043e\u0432\u0430\u043d\u0438\u044f", None))
#endif // QT_CONFIG(tooltip)
        self.check.setText(QCoreApplication.translate("VerifyDialog", u"&\u041f\u0440\u043e\u0432\u0435\u0440\u0438\u0442\u044c", None))
        self.verdict.setText("")
        self.printout.setText("")
        self.notes.setText("")
    # retranslateUi

