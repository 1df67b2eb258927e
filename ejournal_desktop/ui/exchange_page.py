"""Администрирование → Обмен данными: the whole school to an exchange file (JSON) or to OneRoster 1.2 CSV (a
zip; services/oneroster.py), and a file (either) into this
database after a preview of what it holds and of every problem (with its JSON path), before anything is
written. Export, check and import run in a worker (ui/worker.py) with a progress dialog; the services
check the `exchange` right, write in one transaction and audit (services/exchange.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from ..services import exchange
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.exchange import oneroster, oneroster_import
from .formats import heading
from .forms.ui_exchangepage import Ui_ExchangePage
from .rows_model import RowsModel, scaled_width
from .worker import Task, run_with_progress


class ExchangePage(QWidget):
    imported = Signal()  # the database has new data: views may refresh

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_ExchangePage()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.task: Task | None = None
        self.preview: exchange.ExchangePreview | None = None
        self.model = RowsModel([self.tr("Раздел"), self.tr("В файле"), self.tr("Уже в базе")], self)
        self.ui.sections.setModel(self.model)
        header = self.ui.sections.horizontalHeader()
        for col, width in enumerate((220, 80, 90)):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.ui.sections.setMinimumWidth(410)
        self.ui.sections.setMaximumWidth(430)
        self.ui.sections.verticalHeader().hide()
        self.ui.sections.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        heading(self.ui.heading)
        self.ui.exportButton.clicked.connect(self._export_clicked)
        self.ui.exportOneRoster.clicked.connect(self._export_oneroster_clicked)
        self.ui.chooseFile.clicked.connect(self._choose_clicked)
        self.ui.importButton.clicked.connect(self._import_clicked)
        self._update_buttons()

    # --- state ---------------------------------------------------------------------------------------

    def _running(self) -> bool:
        return self.task is not None and self.task.running

    def _update_buttons(self) -> None:
        running = self._running()
        self.ui.exportButton.setEnabled(not running)
        self.ui.exportOneRoster.setEnabled(not running)
        self.ui.chooseFile.setEnabled(not running)
        ready = self.preview is not None and self.preview.ok
        self.ui.importButton.setEnabled(ready and not running)
        if self.preview is not None and not self.preview.ok:
            self.ui.importButton.setToolTip(self.tr("В файле есть ошибки: исправьте их и проверьте файл снова."))
        else:
            self.ui.importButton.setToolTip("")

    def _start(self, title: str, label: str, work) -> Task:
        task, dialog = run_with_progress(self, title, work, label=label)
        self.task, self.progress_dialog = task, dialog
        task.done.connect(self._update_buttons)
        self._update_buttons()
        return task

    def _show_error(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, ServiceError):
            message = str(exc)
        elif isinstance(exc, OSError):
            message = self.tr("Ошибка ввода-вывода: {0}").format(exc.strerror or exc)
        else:
            raise exc  # a bug: the global handler shows the crash dialog
        problems = getattr(exc, "problems", [])
        text = title + "\n" + message
        if problems:
            text += "\n" + "\n".join(f"✗ {p}" for p in problems)
        self.ui.details.setPlainText(text)
        QMessageBox.warning(self, title, message)

    # --- export --------------------------------------------------------------------------------------

    def export_to(self, path: Path) -> Task:
        db, actor = self._db, self._actor
        task = self._start(self.tr("Выгрузка в файл обмена"), self.tr("Чтение базы…"),
                           lambda progress, cancelled: exchange.export_file(db, actor, path, progress=progress,
                                                                            cancel=cancelled))
        task.finished.connect(self._exported)
        task.failed.connect(lambda exc: self._show_error(exc, self.tr("Файл обмена не записан")))
        return task

    def _exported(self, result: exchange.ExportResult) -> None:
        self.ui.details.setPlainText(result.summary())

    def _export_clicked(self) -> None:
        default = str(Path.home() / self.tr("Обмен — школа.json"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Выгрузить школу в файл обмена"), default,
                                              self.tr("Файл обмена журнала (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_oneroster_to(self, path: Path) -> Task:
        db, actor = self._db, self._actor
        task = self._start(self.tr("Выгрузка в OneRoster"), self.tr("Чтение базы…"),
                           lambda _progress, _cancelled: oneroster.export_zip(db, actor, path))
        task.finished.connect(lambda result: self.ui.details.setPlainText(result.summary()))
        task.failed.connect(lambda exc: self._show_error(exc, self.tr("Файл OneRoster не записан")))
        return task

    def _export_oneroster_clicked(self) -> None:
        default = str(Path.home() / self.tr("OneRoster — школа.zip"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Выгрузить школу в OneRoster 1.2"), default,
                                              self.tr("OneRoster 1.2 CSV (*.zip)"))
        if path:
            self.export_oneroster_to(Path(path))

    # --- preview and import ----------------------------------------------------------------------------

    def preview_file(self, path: Path) -> Task:
        """Read and check the file in a worker; its sections and problems fill the page."""
        self.preview = None
        self.model.set_rows([])
        self.ui.report.clear()
        self.ui.fileName.setText(str(path))
        db, actor = self._db, self._actor
        task = self._start(self.tr("Проверка файла обмена"), self.tr("Чтение файла…"),
                           (lambda _progress, _cancelled: oneroster_import.preview(db, actor, path))
                           if path.suffix.lower() == ".zip" else
                           (lambda progress, _cancelled: exchange.preview(db, actor, path, progress=progress)))
        task.finished.connect(self._previewed)
        task.failed.connect(lambda exc: self._show_error(exc, self.tr("Файл не проверен")))
        return task

    def _previewed(self, preview: exchange.ExchangePreview) -> None:
        self.preview = preview
        rows = []
        for section in exchange.SECTIONS:
            n = preview.counts.get(section.name, 0)
            if n:
                matched = preview.matched.get(section.name)
                rows.append((section.label, f"{n:,}".replace(",", " "), matched if matched else ""))
        self.model.set_rows(rows)
        text = preview.summary()
        if preview.problems:
            text += "\n\n" + "\n".join(f"✗ {p}" for p in preview.problems)
        self.ui.report.setPlainText(text)
        self._update_buttons()

    def _choose_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Файл обмена для загрузки"), str(Path.home()),
                                              self.tr("Файл обмена журнала (*.json);;OneRoster 1.2 CSV (*.zip)"))
        if path:
            self.preview_file(Path(path))

    def import_previewed(self) -> Task | None:
        """Load the checked file (the service checks it again: it may have changed since)."""
        if self.preview is None or not self.preview.ok:
            return None
        path = self.preview.file
        db, actor = self._db, self._actor
        task = self._start(self.tr("Загрузка файла обмена"), self.tr("Проверка файла…"),
                           (lambda _progress, _cancelled: oneroster_import.import_zip(db, actor, path))
                           if path.suffix.lower() == ".zip" else
                           (lambda progress, cancelled: exchange.import_file(db, actor, path, progress=progress,
                                                                             cancel=cancelled)))
        task.finished.connect(self._imported)
        task.failed.connect(lambda exc: self._show_error(exc, self.tr("Файл не загружен, база не изменена")))
        return task

    def _imported(self, result: exchange.ImportResult) -> None:
        self.preview = None
        self.ui.details.setPlainText(result.summary())
        self.ui.report.appendPlainText("\n" + self.tr("Загружено."))
        self._update_buttons()
        self.imported.emit()

    def _import_clicked(self) -> None:
        if self.preview is None:
            return
        answer = QMessageBox.question(self, self.tr("Загрузить файл в базу?"), self.tr(
            "{0}\n\nДанные файла будут добавлены в эту базу одной операцией. Загрузить?").format(
            self.preview.summary()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.import_previewed()

