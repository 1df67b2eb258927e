"""Small dialogs of the journal page: absence reasons (the class teacher) and the history of a mark."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from ..services import journal
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from .forms.ui_absencereasondialog import Ui_AbsenceReasonDialog
from .forms.ui_markhistorydialog import Ui_MarkHistoryDialog
from .rows_model import RowsModel, scaled_width


def tr(text: str) -> str:
    """pyside6-lupdate files a bare tr("…") under the empty context, so it is looked up there."""
    return QCoreApplication.translate("", text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class AbsenceReasonDialog(QDialog):
    """Turn a pupil's Н into П or Б for a range of days, with the grounds; `journal.record_absence_reason`."""

    def __init__(self, db: Database, actor: Actor, pupils: list[tuple[int, str]], pupil_id: int | None,
                 start: dt.date, end: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AbsenceReasonDialog()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.changed: int | None = None   # how many lessons got the reason
        for pid, name in pupils:
            self.ui.pupil.addItem(name, pid)
        self.ui.pupil.setCurrentIndex(max(self.ui.pupil.findData(pupil_id), 0))
        self.ui.start.setDate(_qdate(start))
        self.ui.end.setDate(_qdate(end))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Указать причину"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.note.setFocus()

    def code(self) -> str:
        return "Б" if self.ui.ill.isChecked() else "П"

    def submit(self) -> None:
        try:
            self.changed = journal.record_absence_reason(
                self._db, self._actor, self.ui.pupil.currentData(), _date(self.ui.start.date()),
                _date(self.ui.end.date()), self.code(), self.ui.note.text())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        if self.changed == 0:
            self.ui.error.setText(self.tr("За эти дни у ученика нет пропусков «Н»: изменять нечего."))
            return
        self.accept()


# --- the history of a mark -----------------------------------------------------------------------------------

def _value(payload: dict | None, key: str = "value") -> str:
    return f"«{payload.get(key)}»" if payload and payload.get(key) is not None else "—"


def describe(entry: journal.HistoryEntry, work_types: dict[str, str]) -> str:
    """One audit entry about a mark, as a sentence a teacher reads."""
    old, new = entry.old or {}, entry.new or {}
    if entry.entity == "mark_correction":
        if entry.action == "request":
            target = _value(new, "new_value") if new.get("new_value") else tr("удалить")
            return tr("Заявка на исправление: {0} → {1}. Причина: {2}").format(
                _value(new, "old_value"), target, new.get("reason", ""))
        if entry.action == "decide":
            text = (tr("Исправление разрешено") if new.get("status") == "approved"
                    else tr("В исправлении отказано"))
            return text + (tr(". Примечание: {0}").format(new["note"]) if new.get("note") else "")
    elif entry.action == "create":
        kind = work_types.get(new.get("work_type", ""), new.get("work_type", ""))
        text = tr("Поставлена отметка {0}").format(_value(new))
        if kind:
            text += tr(" — {0}, вес {1}").format(kind, f"{new.get('weight', 1):g}".replace(".", ","))
        if new.get("comment"):
            text += tr("; комментарий: {0}").format(new["comment"])
        return text
    elif entry.action == "update":
        text = tr("Отметка изменена: {0} → {1}").format(_value(old), _value(new))
        return text + (tr(" по заявке на исправление") if "correction" in new else "")
    elif entry.action == "delete":
        text = tr("Отметка {0} удалена").format(_value(old))
        return text + (tr(" по заявке на исправление") if "correction" in new else "")
    elif entry.action == "undo":
        if "restores" in new:
            return tr("Удаление отменено (Ctrl+Z): отметка {0} возвращена").format(_value(new))
        if new.get("value") is not None:
            return tr("Изменение отменено (Ctrl+Z): {0} → {1}").format(_value(old), _value(new))
        return tr("Запись отменена (Ctrl+Z): отметка {0} убрана").format(_value(old))
    return f"{entry.action} {entry.entity}"


class MarkHistoryDialog(QDialog):
    """What the audit log holds about the marks of a cell: entry, changes, requests, reasons, decisions."""

    def __init__(self, db: Database, actor: Actor, marks: tuple[journal.MarkCell, ...], pupil: str,
                 lesson_date: dt.date, work_types: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MarkHistoryDialog()
        self.ui.setupUi(self)
        self.ui.info.setText(self.tr("{0}, урок {1:%d.%m.%Y}").format(pupil, lesson_date))
        self.model = RowsModel([self.tr("Отметка"), self.tr("Когда"), self.tr("Кто"), self.tr("Что произошло")],
                               self)
        rows, tips = [], []
        for mark in marks:
            try:
                entries = journal.mark_history(db, actor, mark.id)
            except ServiceError as exc:
                rows.append((mark.value, "", "", str(exc)))
                tips.append((None, None, None, str(exc)))
                continue
            for e in entries:
                text = describe(e, work_types)
                rows.append((mark.value, f"{e.at.astimezone():%d.%m.%Y %H:%M}", e.who or "", text))
                tips.append((None, None, None, text))
        self.model.set_rows(rows, tips)
        table = self.ui.table
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for col, width in enumerate((70, 120, 110)):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        self.ui.buttonBox.rejected.connect(self.reject)

    def texts(self) -> list[str]:
        return [r[3] for r in self.model.rows]
