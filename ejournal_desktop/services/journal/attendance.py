"""Attendance on a lesson (Н, П, Б, ОП) and a class teacher's absence reasons for a span of days."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.attendance import AttendanceCode, AttendanceError, parse_attendance
from ...domain.rights import Action, permits
from ...storage.database import Database
from ...storage.models import (
    Attendance,
)
from ..access import audit
from ..access.accounts import Actor
from ..access.guard import own_class_ids, pupil_relation, require, unit
from . import payloads
from .course import (
    _YEAR_CLOSED,
    _c,
    _clock,
    _d,
    _e,
    _l,
    _Lesson,
    _lesson_cell,
    _load_lesson,
    _local_date,
    _new_op,
    _require_edit,
    _sub,
)
from .model import Changes, InvalidEntry, RuleViolation, _check


def set_attendance(db: Database, actor: Actor, lesson_id: int, pupil_id: int, code_text: str,
                   now: dt.datetime | None = None) -> Changes:
    """Н, П, Б or ОП for a pupil on a lesson; an empty text clears it."""
    now = _clock(now)
    try:
        code = parse_attendance(code_text)
    except AttendanceError as exc:
        raise InvalidEntry(str(exc)) from None
    with unit(db, actor) as session:
        lesson = _load_lesson(session, lesson_id)
        school = _require_edit(session, actor, lesson.course, lesson_id)
        return _write_attendance(session, actor, lesson, school, pupil_id, code, now, _new_op())


def _current_attendance(session: Session, lesson_id: int, pupil_id: int) -> Attendance | None:
    return session.scalar(select(Attendance).where(Attendance.lesson_id == lesson_id,
                                                   Attendance.pupil_id == pupil_id))


def _write_attendance(session: Session, actor: Actor, lesson: _Lesson, school: bool, pupil_id: int,
                      code: AttendanceCode | None, now: dt.datetime, op: str,
                      row: Attendance | None | object = ...) -> Changes:
    """The pupil's attendance on the lesson becomes ``code`` (None clears it), refused by the per-cell
    rule; audited under ``op``."""
    lesson_id = lesson.id
    verdict = _lesson_cell(session, lesson, pupil_id, _local_date(now), True, school, 0).attendance
    _check(verdict.reason)
    if row is ...:
        row = _current_attendance(session, lesson_id, pupil_id)
    if row is None and code is None or row is not None and row.code is code:
        return Changes()
    if row is None:
        row = Attendance(lesson_id=lesson_id, pupil_id=pupil_id, code=code, created_by=actor.account_id,
                         created_at=now)
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "attendance", row.id,
                     new=payloads.new_attendance(lesson_id, pupil_id, code.value, op), at=now)
    elif code is None:
        audit.record(session, actor.account_id, "delete", "attendance", row.id,
                     old=_attendance_payload(row), new={"op": op}, at=now)
        session.delete(row)
    else:
        old = _attendance_payload(row)
        row.code = code
        audit.record(session, actor.account_id, "update", "attendance", row.id, old=old,
                     new={**_attendance_payload(row), "op": op}, at=now)
    session.flush()
    return Changes(attendance=(row.id,), cells=((pupil_id, lesson_id),))


def _attendance_payload(row: Attendance) -> dict:
    return payloads.attendance(row.lesson_id, row.pupil_id, row.code.value, row.reason_note)


def record_absence_reason(db: Database, actor: Actor, pupil_id: int, start: dt.date, end: dt.date,
                          code: str | AttendanceCode, note: str) -> int:
    """The class teacher (own class) or the deputy turns the pupil's Н into П or Б for the dates,
    with the grounds (a doctor's note, the parents' letter); returns how many lessons changed."""
    if isinstance(code, str):
        try:
            code = parse_attendance(code)
        except AttendanceError as exc:
            raise InvalidEntry(str(exc)) from None
    if code not in (AttendanceCode.absent_excused, AttendanceCode.absent_ill):
        raise InvalidEntry("Причину отсутствия указывают кодом П (уважительная причина) или Б (болезнь)")
    if end < start:
        raise InvalidEntry(f"Дата окончания {_d(end)} раньше даты начала {_d(start)}")
    if not note.strip():
        raise InvalidEntry("Укажите основание: справка, заявление родителей и т. п.")
    with unit(db, actor) as session:
        own, own_class = pupil_relation(session, actor, pupil_id)
        require(actor, Action.record_absence_reason, own_class=own_class, detail="ученик не из вашего класса")
        stmt = (select(Attendance, _l.c.date, _c.c.locked, _sub.c.name, _YEAR_CLOSED)
                .join(_l, _l.c.id == Attendance.lesson_id).join(_c, _c.c.id == _l.c.course_id)
                .join(_sub, _sub.c.id == _c.c.subject_id)
                .where(Attendance.pupil_id == pupil_id, Attendance.code == AttendanceCode.absent_unexcused,
                       _l.c.date >= start, _l.c.date <= end).order_by(_l.c.date, _l.c.number))
        found = session.execute(stmt).all()
        if not permits(actor.roles, Action.record_absence_reason):
            in_class = _own_class_stays(session, actor, pupil_id)
            found = [f for f in found if any(a <= f.date and (d is None or f.date < d) for a, d in in_class)]
        if any(f.year_closed for f in found):
            raise RuleViolation("Учебный год закрыт: причины отсутствия в его журналах не изменяются.")
        locked = sorted({f.name for f in found if f.locked})
        if locked:
            raise RuleViolation(f"Страница журнала «{', '.join(locked)}» закрыта администратором: "
                                f"причины отсутствия не изменены")
        op = _new_op()
        for f in found:
            row = f.Attendance
            old = _attendance_payload(row)
            row.code, row.reason_note = code, note.strip()
            audit.record(session, actor.account_id, "update", "attendance", row.id, old=old,
                         new={**_attendance_payload(row), "op": op})
        session.flush()
        return len(found)


def _own_class_stays(session: Session, actor: Actor, pupil_id: int) -> list[tuple[dt.date, dt.date | None]]:
    classes = own_class_ids(session, actor)
    return [(r.arrived_on, r.departed_on) for r in session.connection().execute(
        select(_e.c.arrived_on, _e.c.departed_on).where(_e.c.pupil_id == pupil_id,
                                                        _e.c.school_class_id.in_(classes)))]
