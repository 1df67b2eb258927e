"""The main window: sections on the left, pages on the right, the school year in the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from .. import __version__
from ..services import maintenance
from ..services.files import Database
from .forms.ui_mainwindow import Ui_MainWindow


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, demo: bool = False, parent=None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._db = db
        self._demo = demo
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.sections.addItem(self.tr("Обзор школы"))
        self.ui.sections.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.sections.setCurrentRow(0)
        self.refresh()

    def refresh(self) -> None:
        ov = maintenance.overview(self._db)
        self.setWindowTitle(self.tr("Электронный журнал — {0}").format(ov.school_name or self.tr("школа")))
        font = self.ui.schoolName.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.schoolName.setFont(font)
        self.ui.schoolName.setText(ov.school_name or self.tr("Сведения о школе не заполнены"))
        self.ui.yearLabel.setText(self.tr("Учебный год: {0}").format(ov.year_label or self.tr("не создан")))
        labels = {
            "classes": self.tr("Классов"),
            "pupils": self.tr("Обучающихся"),
            "staff": self.tr("Сотрудников"),
            "lessons": self.tr("Уроков в расписании года"),
            "marks": self.tr("Отметок"),
        }
        form = self.ui.countsLayout
        while form.rowCount():
            form.removeRow(0)
        for key, label in labels.items():
            value = QLabel(f"{ov.counts[key]:,}".replace(",", "\u00a0"))
            value.setObjectName(f"count_{key}")
            form.addRow(label + ":", value)
        if self._demo:
            self.ui.notice.setText(self.tr(
                "Это демонстрационная школа: все люди и отметки вымышлены. "
                "Учётные записи демо-школы: admin, director, zavuch, secretary, teacher01…; пароль — demo."))
        where = str(self._db.path) if self._db.path else str(self._db.engine.url)
        self.statusBar().showMessage(
            self.tr("Учебный год {0} · база: {1}").format(ov.year_label or "—", where))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("О программе"), self.tr(
            "Электронный журнал, версия {0}.\nРаботает без интернета; данные хранятся в "
            "зашифрованной базе на этом компьютере.").format(__version__))
