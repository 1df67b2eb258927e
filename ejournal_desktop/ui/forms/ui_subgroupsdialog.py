# Generated from forms/SubgroupsDialog.ui by pyside6-uic: do not edit, run `make forms`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'SubgroupsDialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
    QListView, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SubgroupsDialog(object):
    def setupUi(self, SubgroupsDialog):
        if not SubgroupsDialog.objectName():
            SubgroupsDialog.setObjectName(u"SubgroupsDialog")
        SubgroupsDialog.resize(820, 600)
        self.layout = QVBoxLayout(SubgroupsDialog)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.classTitle = QLabel(SubgroupsDialog)
        self.classTitle.setObjectName(u"classTitle")

        self.topRow.addWidget(self.classTitle)

        self.subjectLabel = QLabel(SubgroupsDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.topRow.addWidget(self.subjectLabel)

        self.subject = QComboBox(SubgroupsDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setMinimumContentsLength(24)

        self.topRow.addWidget(self.subject)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.layout.addLayout(self.topRow)

        self.splitPane = QWidget(SubgroupsDialog)
        self.splitPane.setObjectName(u"splitPane")
        self.splitLayout = QVBoxLayout(self.splitPane)
        self.splitLayout.setObjectName(u"splitLayout")
        self.splitLayout.setContentsMargins(0, 0, 0, 0)
        self.splitLabel = QLabel(self.splitPane)
        self.splitLabel.setObjectName(u"splitLabel")
        self.splitLabel.setWordWrap(True)

        self.splitLayout.addWidget(self.splitLabel)

        self.splitRow = QHBoxLayout()
        self.splitRow.setObjectName(u"splitRow")
        self.firstTeacher = QComboBox(self.splitPane)
        self.firstTeacher.setObjectName(u"firstTeacher")
        self.firstTeacher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.firstTeacher.setMinimumContentsLength(24)

        self.splitRow.addWidget(self.firstTeacher)

        self.secondTeacher = QComboBox(self.splitPane)
        self.secondTeacher.setObjectName(u"secondTeacher")
        self.secondTeacher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.secondTeacher.setMinimumContentsLength(24)

        self.splitRow.addWidget(self.secondTeacher)

        self.split = QPushButton(self.splitPane)
        self.split.setObjectName(u"split")

        self.splitRow.addWidget(self.split)


        self.splitLayout.addLayout(self.splitRow)


        self.layout.addWidget(self.splitPane)

        self.lists = QHBoxLayout()
        self.lists.setObjectName(u"lists")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftGroup = QComboBox(SubgroupsDialog)
        self.leftGroup.setObjectName(u"leftGroup")
        self.leftGroup.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.leftGroup.setMinimumContentsLength(20)

        self.leftLayout.addWidget(self.leftGroup)

        self.leftInfo = QLabel(SubgroupsDialog)
        self.leftInfo.setObjectName(u"leftInfo")

        self.leftLayout.addWidget(self.leftInfo)

        self.leftList = QListView(SubgroupsDialog)
        self.leftList.setObjectName(u"leftList")
        self.leftList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.leftList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.leftLayout.addWidget(self.leftList)


        self.lists.addLayout(self.leftLayout)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.moveTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveTop)

        self.toRight = QPushButton(SubgroupsDialog)
        self.toRight.setObjectName(u"toRight")
        self.toRight.setText(u"\u2192")

        self.moveButtons.addWidget(self.toRight)

        self.toLeft = QPushButton(SubgroupsDialog)
        self.toLeft.setObjectName(u"toLeft")
        self.toLeft.setText(u"\u2190")

        self.moveButtons.addWidget(self.toLeft)

        self.moveBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveBottom)


        self.lists.addLayout(self.moveButtons)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.rightGroup = QComboBox(SubgroupsDialog)
        self.rightGroup.setObjectName(u"rightGroup")
        self.rightGroup.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rightGroup.setMinimumContentsLength(20)

        self.rightLayout.addWidget(self.rightGroup)

        self.rightInfo = QLabel(SubgroupsDialog)
        self.rightInfo.setObjectName(u"rightInfo")

        self.rightLayout.addWidget(self.rightInfo)

        self.rightList = QListView(SubgroupsDialog)
        self.rightList.setObjectName(u"rightList")
        self.rightList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rightList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.rightLayout.addWidget(self.rightList)


        self.lists.addLayout(self.rightLayout)


        self.layout.addLayout(self.lists)

        self.hint = QLabel(SubgroupsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.message = QLabel(SubgroupsDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.message)

        self.buttonBox = QDialogButtonBox(SubgroupsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.subjectLabel.setBuddy(self.subject)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SubgroupsDialog)

        QMetaObject.connectSlotsByName(SubgroupsDialog)
    # setupUi

    def retranslateUi(self, SubgroupsDialog):
        SubgroupsDialog.setWindowTitle(QCoreApplication.translate("SubgroupsDialog", u"\u0413\u0440\u0443\u043f\u043f\u044b \u043a\u043b\u0430\u0441\u0441\u0430", None))
        self.classTitle.setText("")
        self.subjectLabel.setText(QCoreApplication.translate("SubgroupsDialog", u"&\u041f\u0440\u0435\u0434\u043c\u0435\u0442:", None))
        self.splitLabel.setText(QCoreApplication.translate("SubgroupsDialog", u"\u041a\u043b\u0430\u0441\u0441 \u043d\u0435 \u0440\u0430\u0437\u0434\u0435\u043b\u0451\u043d \u043d\u0430 \u0433\u0440\u0443\u043f\u043f\u044b \u043f\u043e \u044d\u0442\u043e\u043c\u0443 \u043f\u0440\u0435\u0434\u043c\u0435\u0442\u0443. \u0412\u044b\u0431\u0435\u0440\u0438\u0442\u0435 \u0443\u0447\u0438\u0442\u0435\u043b\u0435\u0439 \u0434\u0432\u0443\u0445 \u0433\u0440\u0443\u043f\u043f: \u0443 \u043a\u0430\u0436\u0434\u043e\u0439 \u0433\u0440\u0443\u043f\u043f\u044b \u0431\u0443\u0434\u0435\u0442 \u0441\u0432\u043e\u0439 \u0436\u0443\u0440\u043d\u0430\u043b, \u0443\u0447\u0435\u043d\u0438\u043a\u0438 \u0440\u0430\u0437\u0434\u0435\u043b\u044f\u0442\u0441\u044f \u043f\u043e \u0430\u043b\u0444\u0430\u0432\u0438\u0442\u0443.", None))
        self.split.setText(QCoreApplication.translate("SubgroupsDialog", u"&\u0420\u0430\u0437\u0434\u0435\u043b\u0438\u0442\u044c \u043d\u0430 \u0434\u0432\u0435 \u0433\u0440\u0443\u043f\u043f\u044b", None))
        self.leftInfo.setText("")
#if QT_CONFIG(tooltip)
        self.toRight.setToolTip(QCoreApplication.translate("SubgroupsDialog", u"\u041f\u0435\u0440\u0435\u0432\u0435\u0441\u0442\u0438 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0445 \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 \u0432 \u0433\u0440\u0443\u043f\u043f\u0443 \u0441\u043f\u0440\u0430\u0432\u0430 (Ctrl+\u2192)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.toLeft.setToolTip(QCoreApplication.translate("SubgroupsDialog", u"\u041f\u0435\u0440\u0435\u0432\u0435\u0441\u0442\u0438 \u0432\u044b\u0431\u0440\u0430\u043d\u043d\u044b\u0445 \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 \u0432 \u0433\u0440\u0443\u043f\u043f\u0443 \u0441\u043b\u0435\u0432\u0430 (Ctrl+\u2190)", None))
#endif // QT_CONFIG(tooltip)
        self.rightInfo.setText("")
        self.hint.setText(QCoreApplication.translate("SubgroupsDialog", u"\u041f\u0435\u0440\u0435\u0442\u0430\u0449\u0438\u0442\u0435 \u0443\u0447\u0435\u043d\u0438\u043a\u043e\u0432 \u0438\u0437 \u0441\u043f\u0438\u0441\u043a\u0430 \u0432 \u0441\u043f\u0438\u0441\u043e\u043a \u0438\u043b\u0438 \u0432\u044b\u0434\u0435\u043b\u0438\u0442\u0435 \u0438 \u043d\u0430\u0436\u043c\u0438\u0442\u0435 \u00ab\u2192\u00bb / \u00ab\u2190\u00bb. \u0421\u0435\u0440\u044b\u043c \u043e\u0442\u043c\u0435\u0447\u0435\u043d\u044b \u0443\u0447\u0435\u043d\u0438\u043a\u0438, \u0443 \u043a\u043e\u0442\u043e\u0440\u044b\u0445 \u0443\u0436\u0435 \u0435\u0441\u0442\u044c \u0437\u0430\u043f\u0438\u0441\u0438 \u0432 \u0436\u0443\u0440\u043d\u0430\u043b\u0435 \u0433\u0440\u0443\u043f\u043f\u044b: \u0438\u0445 \u043d\u0435 \u043f\u0435\u0440\u0435\u0432\u043e\u0434\u044f\u0442, \u0447\u0442\u043e\u0431\u044b \u0437\u0430\u043f\u0438\u0441\u0438 \u043d\u0435 \u043f\u0440\u043e\u043f\u0430\u043b\u0438 \u0441\u043e \u0441\u0442\u0440\u0430\u043d\u0438\u0446 \u0436\u0443\u0440\u043d\u0430\u043b\u0430.", None))
        self.message.setText("")
    # retranslateUi

