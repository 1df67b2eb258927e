"""Corrections of marks after their entry window: the teacher's request, the deputy's list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from ..services import journal
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from .forms.ui_correctionrequestdialog import Ui_CorrectionRequestDialog
from .forms.ui_correctionsdialog import Ui_CorrectionsDialog
from .rows_model import ListTableModel, scaled_width

Clock = Callable[[], dt.datetime]


class CorrectionRequestDialog(QDialog):
    """Ask the deputy to change or remove a mark whose window has closed; a reason is required."""

    def __init__(self, db: Database, actor: Actor, marks: tuple[journal.MarkCell, ...], pupil: str,
                 lesson_date: dt.date, work_types: dict[int, str], now: Clock, parent: QWidget | None = None,
                 new_value: str = ""):
        super().__init__(parent)
        self.ui = Ui_CorrectionRequestDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self._now = db, actor, now
        self.changes: journal.Changes | None = None
        self.ui.info.setText(self.tr(
            "Срок исправления отметок за урок {0:%d.%m.%Y} истёк. Изменить или удалить отметку ученика "
            "{1} можно по заявке с объяснительной; решение принимает заместитель директора.").format(
            lesson_date, pupil))
        for m in marks:
            self.ui.mark.addItem(self.tr("{0} — {1}").format(m.value, work_types.get(m.work_type_id, "")), m.id)
        self.ui.mark.setCurrentIndex(len(marks) - 1)
        self.ui.newValue.setText(new_value)  # what the teacher typed into the closed cell
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Подать заявку"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.reason.setFocus()

    def submit(self) -> None:
        reason = self.ui.reason.toPlainText()
        if not reason.strip():
            self.ui.error.setText(self.tr("Укажите причину исправления отметки (объяснительную)"))
            return
        try:
            self.changes = journal.request_correction(
                self._db, self._actor, self.ui.mark.currentData(), self.ui.newValue.text().strip() or None,
                reason, now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.accept()


class CorrectionsModel(ListTableModel):
    LESSON, COURSE, PUPIL, CHANGE, REASON, REQUESTED_BY, STATUS = range(7)
    STATUS_LABELS = {"pending": QT_TRANSLATE_NOOP("CorrectionsModel", "ждёт решения"),
                     "approved": QT_TRANSLATE_NOOP("CorrectionsModel", "разрешена"),
                     "rejected": QT_TRANSLATE_NOOP("CorrectionsModel", "отклонена")}

    def __init__(self, parent=None):
        super().__init__([self.tr("Урок"), self.tr("Класс, предмет"), self.tr("Ученик"), self.tr("Исправление"),
                         self.tr("Причина"), self.tr("Кто просит"), self.tr("Решение")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) or not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if col == self.LESSON:
            return f"{r.lesson_date:%d.%m.%Y}"
        if col == self.COURSE:
            return r.course_title
        if col == self.PUPIL:
            return r.pupil
        if col == self.CHANGE:
            return self.tr("{0} → {1}").format(r.old_value or "—", r.new_value or self.tr("удалить"))
        if col == self.REASON:
            return r.reason
        if col == self.REQUESTED_BY:
            return r.requested_by
        if col == self.STATUS:
            text = self.tr(self.STATUS_LABELS.get(r.status, r.status))
            if r.decision_note:
                text += f": {r.decision_note}"
            return text
        return None


class CorrectionsDialog(QDialog):
    """The deputy's list of correction requests: approve or reject with a note."""

    def __init__(self, db: Database, actor: Actor, now: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CorrectionsDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self._now = db, actor, now
        self.decided = False
        self.model = CorrectionsModel(self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        header = self.ui.table.horizontalHeader()
        for col, width in enumerate((90, 170, 220, 100, 240, 100, 140)):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(CorrectionsModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.showDecided.toggled.connect(self.refresh)
        self.ui.approve.clicked.connect(lambda: self.decide(True))
        self.ui.reject.clicked.connect(lambda: self.decide(False))
        self.ui.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        status = None if self.ui.showDecided.isChecked() else "pending"
        self.model.set_rows(journal.corrections(self._db, self._actor, status))
        if self.model.rows:
            self.ui.table.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()

    def selected(self) -> journal.CorrectionInfo | None:
        index = self.ui.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        pending = row is not None and row.status == "pending"
        self.ui.approve.setEnabled(pending)
        self.ui.reject.setEnabled(pending)

    def decide(self, approve: bool) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            journal.decide_correction(self._db, self._actor, row.id, approve, self.ui.note.text(), now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.decided = True
        self.ui.error.setText("")
        self.ui.note.clear()
        self.refresh()
