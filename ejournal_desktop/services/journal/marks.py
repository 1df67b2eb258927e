"""Marks in a cell: entered, changed and removed under the entry window, one audit operation each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ...domain import entry_rules as rules
from ...domain.grading import MarkError, parse_mark
from ...storage.database import Database
from ...storage.models import (
    Mark,
)
from ..access import audit, settings
from ..access.accounts import Actor
from ..access.guard import unit
from .course import (
    _clock,
    _editable_mark,
    _grading_system,
    _Lesson,
    _lesson_cell,
    _load_lesson,
    _local_date,
    _mark_payload,
    _may_edit,
    _new_op,
    _require_edit,
    _work_type,
    typed_by,
)
from .model import Changes, Conflict, CorrectionRequired, InvalidEntry, RuleViolation, WorkTypeInfo, _check


def _lock_cell(session: Session, lesson_id: int, pupil_id: int) -> None:
    """On a server, edits of one cell from several PCs take turns (until commit), so that the
    check of what the user saw and the write are one step; other cells are not held up."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:l, :p)"), {"l": lesson_id, "p": pupil_id})


def _check_unchanged(shown: str | None, current: str) -> None:
    """Optimistic locking: the one check that a cell still holds what the user was shown."""
    if shown is None or " ".join(shown.split()) == current:
        return
    raise Conflict(f"Эту клетку уже изменил другой пользователь: сейчас в ней «{current or 'пусто'}», а у вас "
                   f"было «{shown.strip() or 'пусто'}». Ваше изменение не сохранено: проверьте отметку и "
                   f"введите её снова.", current)


def put_marks(db: Database, actor: Actor, lesson_id: int, pupil_id: int, text: str,
              work_type_id: int | None = None, comment: str = "", now: dt.datetime | None = None,
              expected: str | None = None) -> Changes:
    """Set a cell: the pupil's marks of one work type on the lesson become what ``text`` lists.

    «5 4» adds the marks missing from the cell, keeps equal ones in place, changes differing ones
    and removes extra ones; changes and removals after the window need a correction request.
    ``expected``: the cell's marks of that work type as the user saw them («5»; "" for none); when
    another user has changed them since, `Conflict` is raised with the current value, nothing written.
    """
    now = _clock(now)
    with unit(db, actor) as session:
        lesson = _load_lesson(session, lesson_id)
        school = _require_edit(session, actor, lesson.course, lesson_id)
        codes = _parse_marks(session, lesson, text)
        work_type = _work_type(session, work_type_id, lesson.work_kind)
        return _write_marks(session, actor, lesson, school, pupil_id, codes, work_type, comment, now, expected,
                            _new_op())


def _parse_marks(session: Session, lesson: _Lesson, text: str) -> tuple[str, ...]:
    if not lesson.course.has_marks and text.strip():
        _check(rules.course_has_no_marks(False))
    system = _grading_system(session, lesson.course.grading_system_id)
    try:
        codes = parse_mark(system, text)
    except MarkError as exc:
        raise InvalidEntry(str(exc)) from None
    most = settings.get(session, "max_marks_per_cell")
    if len(codes) > most:
        raise InvalidEntry(f"В одной клетке — не больше {most} отметок за урок (введено {len(codes)}); "
                           f"так задано в настройках журнала. Ничего не сохранено.")
    return codes


def _write_marks(session: Session, actor: Actor, lesson: _Lesson, school: bool, pupil_id: int,
                 codes: tuple[str, ...], work_type: WorkTypeInfo, comment: str, now: dt.datetime,
                 expected: str | None, op: str) -> Changes:
    """The cell's marks of the work type become ``codes``, refused by the per-cell rule; audited under ``op``."""
    today = _local_date(now)
    lesson_id = lesson.id
    _lock_cell(session, lesson_id, pupil_id)
    existing = list(session.scalars(select(Mark).where(
        Mark.lesson_id == lesson_id, Mark.pupil_id == pupil_id, Mark.work_type_id == work_type.id)
        .order_by(Mark.id)))
    changed = [(m, code) for m, code in zip(existing, codes) if m.value != code]
    extra = existing[len(codes):]
    missing = codes[len(existing):]
    cell = _lesson_cell(session, lesson, pupil_id, today, True, school, work_type.entry_days, bool(existing),
                        now, typed_by([m for m, _code in changed] + extra, actor.account_id))
    verdict = cell.marks
    if not verdict.allowed and not verdict.past_window:
        _check(verdict.reason)
    _check_unchanged(expected, " ".join(m.value for m in existing))
    if changed or extra:
        _check_change(cell.changes)
    if verdict.past_window and missing:
        _check(verdict.reason)

    created, updated, removed = [], [], []
    for mark, code in changed:
        old = _mark_payload(mark, work_type.code)
        mark.value = code
        mark.updated_at = now
        if comment:
            mark.comment = comment
        audit.record(session, actor.account_id, "update", "mark", mark.id, old=old,
                     new=_mark_payload(mark, work_type.code, op=op), at=now)
        updated.append(mark.id)
    for mark in extra:
        audit.record(session, actor.account_id, "delete", "mark", mark.id,
                     old=_mark_payload(mark, work_type.code), new={"op": op}, at=now)
        removed.append(mark.id)
        session.delete(mark)
    for code in missing:
        mark = Mark(lesson_id=lesson_id, pupil_id=pupil_id, value=code, work_type_id=work_type.id,
                    weight=work_type.weight, comment=comment, created_by=actor.account_id, created_at=now)
        session.add(mark)
        session.flush()
        audit.record(session, actor.account_id, "create", "mark", mark.id,
                     new=_mark_payload(mark, work_type.code, op=op), at=now)
        created.append(mark.id)
    session.flush()
    return Changes(created=tuple(created), updated=tuple(updated), removed=tuple(removed),
                   cells=((pupil_id, lesson_id),) if created or updated or removed else ())


def _check_change(changes: rules.Verdict) -> None:
    """A change or removal refused by the per-cell rule; a correction request is the way on."""
    if not changes.allowed:
        _check(changes.reason, CorrectionRequired if changes.action == rules.CORRECTION_REQUEST else RuleViolation)


def remove_mark(db: Database, actor: Actor, mark_id: int, now: dt.datetime | None = None,
                expected: str | None = None) -> Changes:
    """Remove one mark inside its window (after it: `request_correction` with new_value None).
    ``expected``: the value the user saw (see `put_marks`)."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        if expected is not None and session.get(Mark, mark_id) is None:
            raise Conflict("Эту отметку уже удалил другой пользователь; страница обновлена.", "")
        mark, lesson = _editable_mark(session, actor, mark_id)
        _lock_cell(session, lesson.id, mark.pupil_id)
        session.refresh(mark)
        _check_unchanged(expected, mark.value)
        work_type = _work_type(session, mark.work_type_id, "")
        _check_change(_lesson_cell(session, lesson, mark.pupil_id, today, True,
                                   _may_edit(session, actor, lesson.course, lesson.id)[1], work_type.entry_days,
                                   True, now, typed_by([mark], actor.account_id)).changes)
        audit.record(session, actor.account_id, "delete", "mark", mark.id,
                     old=_mark_payload(mark, work_type.code), new={"op": _new_op()}, at=now)
        cell = (mark.pupil_id, mark.lesson_id)
        session.delete(mark)
        session.flush()
        return Changes(removed=(mark_id,), cells=(cell,))
