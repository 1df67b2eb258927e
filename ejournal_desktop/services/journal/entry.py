"""One cell of the journal typed by a teacher: marks and attendance in ONE transaction.

The grid sends the text as typed («5», «5 4», «н», «Н 5», «H 5» on the Latin layout) and what the
cell showed; `domain.cell_entry` parses it (the one parser), `domain.entry_rules` decides (the one
per-cell rule), and marks and attendance are written together under one audit operation, so that
one undo takes the whole entry back. Nothing of a wrong entry is saved: «Н 7» writes neither Н nor 7.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.averages import suggest_period_mark, weighted_average
from ...domain.cell_entry import CellEntry, CellEntryError, parse_cell_entry
from ...storage.database import Database
from .. import journal
from ..access import settings
from ..access.accounts import Actor
from ..access.guard import unit
from .attendance import _current_attendance, _write_attendance
from .course import (
    _clock,
    _grading_system,
    _l,
    _load_lesson,
    _m,
    _new_op,
    _periods,
    _require_edit,
    _work_type,
)
from .marks import _write_marks

__all__ = ["CellResult", "enter_cell"]


@dataclass(frozen=True)
class CellResult:
    """What was written: the entry as parsed and the service's changes (cells to redraw)."""

    entry: CellEntry
    changes: journal.Changes
    # The cell and the pupil's row as they now are, so the grid redraws only them (no page reload).
    marks: tuple[journal.MarkCell, ...] = ()
    attendance: str = ""
    period_id: int | None = None         # the period of the lesson: average and suggestion are of it
    average: float | None = None
    suggested: str | None = None


def enter_cell(db: Database, actor: Actor, lesson_id: int, pupil_id: int, text: str, *,
               shown_marks: str | None = None, shown_attendance: str | None = None,
               work_type_id: int | None = None, comment: str = "",
               now: dt.datetime | None = None) -> CellResult:
    """The cell becomes ``text``: the pupil's marks of the work type on the lesson and the attendance code.

    ``shown_marks`` / ``shown_attendance``: what the cell showed (marks of the work type «5 4», the
    code «Н» or ""); another user's change in between raises `journal.Conflict`, nothing written.
    Attendance is touched only when the code typed differs from the one shown.
    Raises `journal.InvalidEntry` for a wrong text and `journal.RuleViolation` (or
    `journal.CorrectionRequired`) when the per-cell rule refuses; then nothing is written.
    """
    now = _clock(now)
    with unit(db, actor) as session:
        lesson = _load_lesson(session, lesson_id)
        school = _require_edit(session, actor, lesson.course, lesson_id)
        system = _grading_system(session, lesson.course.grading_system_id)
        try:
            entry = parse_cell_entry(system, text)
        except CellEntryError as exc:
            raise journal.InvalidEntry(str(exc)) from None
        work_type = _work_type(session, work_type_id, lesson.work_kind)
        op = _new_op()
        row = _current_attendance(session, lesson_id, pupil_id)
        current = row.code.value if row is not None else ""
        if shown_attendance is not None and (shown_attendance or "") != current:
            raise journal.Conflict(
                f"Посещаемость в этой клетке уже изменил другой пользователь: сейчас «{current or 'пусто'}», "
                f"а у вас было «{shown_attendance or 'пусто'}». Ничего не сохранено: проверьте клетку и "
                f"введите снова.", current)
        typed = entry.attendance.value if entry.attendance else ""
        cells: list = []
        attendance_ids: tuple = ()
        if typed != current:
            done = _write_attendance(session, actor, lesson, school, pupil_id, entry.attendance, now, op,
                                             row)
            attendance_ids, cells = done.attendance, list(done.cells)
        marks = journal.Changes()
        if entry.marks or (shown_marks or "").strip() or (shown_marks is None and lesson.course.has_marks):
            marks = _write_marks(session, actor, lesson, school, pupil_id, entry.marks, work_type,
                                         comment, now, shown_marks, op)
        cells += [c for c in marks.cells if c not in cells]
        changes = journal.Changes(created=marks.created, updated=marks.updated, removed=marks.removed,
                                  attendance=attendance_ids, cells=tuple(cells))
        return CellResult(entry, changes, *_cell_now(session, lesson, pupil_id, system, actor.account_id))


def _cell_now(session, lesson, pupil_id: int, system, account_id: int | None) -> tuple:
    """(marks, attendance code, period id, average, suggested mark) of the cell and the pupil, after the write."""
    conn = session.connection()
    m = _m
    marks = tuple(journal.MarkCell(r.id, r.value, r.work_type_id, r.weight, r.comment, typed_at=r.created_at,
                                   own=r.created_by is not None and r.created_by == account_id)
                  for r in conn.execute(
        select(m.c.id, m.c.value, m.c.work_type_id, m.c.weight, m.c.comment, m.c.created_at, m.c.created_by)
        .where(m.c.lesson_id == lesson.id, m.c.pupil_id == pupil_id).order_by(m.c.id)))
    row = _current_attendance(session, lesson.id, pupil_id)
    period = next((p for p in _periods(session, lesson.course) if p.start <= lesson.date <= p.end), None)
    if period is None:
        return marks, row.code.value if row else "", None, None, None
    lessons = _l
    pairs = conn.execute(
        select(m.c.value, m.c.weight).join(lessons, lessons.c.id == m.c.lesson_id)
        .where(lessons.c.course_id == lesson.course.id, m.c.pupil_id == pupil_id,
               lessons.c.date >= period.start, lessons.c.date <= period.end)).all()
    average = weighted_average([(v, w) for v, w in pairs], system) if pairs else None
    suggested = (suggest_period_mark(average, settings.rounding_rule(session))
                 if system.code == "five_point" else None)
    return marks, row.code.value if row else "", period.id, average, suggested

