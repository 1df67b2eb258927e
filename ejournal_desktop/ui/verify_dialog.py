"""«Проверка распечатки»: does the journal still hold exactly what a printed page shows?

The user types the document code printed in a sheet's footer (or pastes, or opens from a file, the text a
phone read from the sheet's QR code); services.reports.verification compares the sheets' fingerprints with
the journal as it is now and says, sheet by sheet, what changed. The check runs in a worker (ui/worker.py):
a year's class book is laid out again to compare. The same as `ejournal print verify CODE`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.reports import verification as print_verification
from .formats import SUBHEADING, heading
from .forms.ui_verifydialog import Ui_VerifyDialog
from .rows_model import ListTableModel
from .worker import Task

OK_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


class SheetsModel(ListTableModel):
    """One row per checked sheet (print_verification.PageCheck)."""

    SHEET, RESULT = range(2)

    def __init__(self, parent=None):
        super().__init__([self.tr("Лист"), self.tr("Результат")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        check: print_verification.PageCheck = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if check.matches else QColor("#b00020")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter) if index.column() == self.SHEET else None
        if index.column() == self.SHEET:
            return self.tr("{0} из {1}").format(check.sheet, check.total)
        text = self.tr("совпадает") if check.matches else "; ".join(check.changes)
        return text


class VerifyDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *, code: str = ""):
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.task: Task | None = None
        self.result: print_verification.Verification | None = None
        self.model = SheetsModel(self)
        self.ui.sheets.setModel(self.model)
        self.ui.sheets.verticalHeader().hide()
        self.ui.sheets.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.ui.sheets.horizontalHeader()
        header.resizeSection(SheetsModel.SHEET, 110)
        header.setSectionResizeMode(SheetsModel.RESULT, QHeaderView.ResizeMode.Stretch)
        heading(self.ui.verdict, SUBHEADING, bold=False)
        self.ui.check.clicked.connect(self.check)
        self.ui.code.returnPressed.connect(self.check)
        self.ui.fromFile.clicked.connect(self._from_file_clicked)
        self.ui.code.setText(code)

    # --- the check ---------------------------------------------------------------------------------------

    def check(self) -> Task | None:
        """Verify what is in the code field; the outcome shows when the worker is done."""
        if self.task is not None and self.task.running:
            return self.task
        # A code copied from the PDF's footer may bring the quotes around it: «ejournal print verify XXXX-XXXX».
        text = self.ui.code.text().strip().strip("«»\"'“”„.,;: ")
        self._clear()
        if not text:
            self._say(self.tr("Введите код документа с листа распечатки или текст его QR-кода."), False)
            return None
        self._say(self.tr("Сверяю распечатку с журналом…"), None)
        self.ui.check.setEnabled(False)
        db, actor = self._db, self._actor
        self.task = Task(lambda _progress, _cancelled: print_verification.verify(db, actor, text), self)
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)
        self.task.done.connect(lambda: self.ui.check.setEnabled(True))
        self.task.start()
        return self.task

    def _clear(self) -> None:
        self.result = None
        self.model.set_rows([])
        self.ui.printout.clear()
        self.ui.notes.clear()

    def _say(self, text: str, ok: bool | None) -> None:
        self.ui.verdict.setText(text)
        self.ui.verdict.setStyleSheet("" if ok is None else OK_STYLE if ok else BAD_STYLE)

    def _show(self, result: print_verification.Verification) -> None:
        self.result = result
        lines = result.summary().splitlines()
        # The outcome on top with a mark, worded as the service's «Итог: …» line.
        changed = ", ".join(str(n) for n in result.changed_sheets)
        if result.ok and result.qr_sheet is not None:
            self._say(self.tr("✓ Лист {0} совпадает с журналом.").format(result.qr_sheet), True)
        elif result.ok:
            self._say(self.tr("✓ Совпадает: журнал содержит в точности то, что напечатано."), True)
        elif changed:
            self._say(self.tr("✗ Не совпадает: после печати журнал изменён, не совпадают листы: {0}.").format(
                changed), False)
        elif not result.qr_matches_registry:
            self._say(self.tr("✗ Не совпадает: лист не подтверждён реестром печати."), False)
        else:
            self._say(self.tr("✗ Не совпадает: после печати журнал изменён: листов стало больше."), False)
        head = lines[:2]
        if not result.qr_matches_registry:
            head.append(lines[2])
        self.ui.printout.setText("\n".join(head))
        self.ui.notes.setText("\n".join(result.notes))
        self.model.set_rows(list(result.pages))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServiceError):
            self._say("✗ " + str(exc), False)
        elif isinstance(exc, OSError):
            self._say(self.tr("✗ Ошибка чтения базы: {0}").format(exc.strerror or exc), False)
        else:
            raise exc  # a bug: the global handler shows the crash dialog

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            return  # the check is short; closing waits for it so that its answer has somewhere to go
        super().reject()

    # --- a QR text from a file ---------------------------------------------------------------------------

    def load_file(self, path: Path) -> Task | None:
        """Take the first non-empty line of a text file (a scanner app's saved QR text) and check it."""
        try:
            text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
        except OSError as exc:
            self._clear()
            self._say(self.tr("✗ Файл «{0}» не прочитан: {1}").format(Path(path).name, exc.strerror or exc),
                      False)
            return None
        line = next((s.strip() for s in text.splitlines() if s.strip()), "")
        self.ui.code.setText(line)
        return self.check()

    def _from_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Текст QR-кода"), str(Path.home()),
                                              self.tr("Текст (*.txt);;Все файлы (*)"))
        if path:
            self.load_file(Path(path))
