"""Undoing the actor's last journal operation (one audit operation, one step)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import entry_rules as rules
from ...domain.attendance import AttendanceCode
from ...storage.database import Database
from ...storage.models import (
    Attendance,
    AuditEntry,
    Mark,
)
from ..access import audit, settings
from ..access.accounts import Actor
from ..access.guard import unit
from .attendance import _attendance_payload
from .course import (
    fix_minutes,
    _JOURNAL_ENTITIES,
    _check_year_lock,
    _clock,
    _load_lesson,
    _local_date,
    _mark_payload,
    _require_edit,
    _work_type,
    _wt_codes,
)
from .model import Changes, CorrectionRequired, RuleViolation, _check


def undo_last(db: Database, actor: Actor, now: dt.datetime | None = None) -> Changes:
    """Undo the actor's last mark or attendance entry (one call: all its marks) while its window is open."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        entries = _last_op(session, actor)
        if not entries:
            raise RuleViolation("Нечего отменять: последних записей в журнале нет")
        op = entries[0][1]["op"]
        window = settings.get(session, "entry_window_days")
        codes = _wt_codes(session)
        created, updated, removed, attendance, cells = [], [], [], [], set()
        for entry, payload in reversed(entries):
            data = json.loads(entry.old) if entry.old else {}
            lesson = _load_lesson(session, payload.get("lesson_id") or data.get("lesson_id"))
            school = _require_edit(session, actor, lesson.course, lesson.id)
            pupil_id = payload.get("pupil_id") or data.get("pupil_id")
            if not school:
                _check_year_lock(session, lesson.course.id, pupil_id)
            cells.add((pupil_id, lesson.id))
            undo = {"undoes": op}
            if entry.entity == "mark":
                wt = _work_type(session, payload.get("work_type_id") or data.get("work_type_id"), "")
                _check(rules.change_needs_correction(lesson.date, today, window, wt.entry_days), CorrectionRequired)
                if not school:  # undoing is fixing: the own-mark fix time binds it too (the deputy is not bound)
                    _check(rules.mark_fix_expired(entry.at, now, fix_minutes(session), own=True), CorrectionRequired)
                mark = session.get(Mark, entry.entity_id)
                changed_since = "Отметку уже изменили после записи: отменить нельзя"
                if entry.action == "create":
                    if mark is None or mark.value != payload["value"]:
                        raise RuleViolation(changed_since)
                    audit.record(session, actor.account_id, "undo", "mark", mark.id,
                                 old=_mark_payload(mark, codes[mark.work_type_id]), new=undo, at=now)
                    session.delete(mark)
                    removed.append(mark.id)
                elif entry.action == "update":
                    if mark is None or mark.value != payload["value"]:
                        raise RuleViolation(changed_since)
                    old = _mark_payload(mark, codes[mark.work_type_id])
                    mark.value, mark.updated_at = data["value"], now
                    audit.record(session, actor.account_id, "undo", "mark", mark.id, old=old,
                                 new={**_mark_payload(mark, codes[mark.work_type_id]), **undo}, at=now)
                    updated.append(mark.id)
                else:  # delete: put the mark back (with a new id)
                    mark = Mark(lesson_id=data["lesson_id"], pupil_id=data["pupil_id"], value=data["value"],
                                work_type_id=data["work_type_id"], weight=data["weight"],
                                comment=data.get("comment", ""), created_by=actor.account_id, created_at=now)
                    session.add(mark)
                    session.flush()
                    audit.record(session, actor.account_id, "undo", "mark", mark.id,
                                 new={**_mark_payload(mark, codes[mark.work_type_id]), **undo,
                                      "restores": entry.entity_id}, at=now)
                    created.append(mark.id)
            else:
                if not school:
                    _check(rules.attendance_window_closed(lesson.date, today, window))
                row = session.get(Attendance, entry.entity_id)
                current = row.code.value if row is not None else None
                expected = None if entry.action == "delete" else payload["code"]
                if current != expected:
                    raise RuleViolation("Посещаемость уже изменили после записи: отменить нельзя")
                if entry.action == "create":
                    audit.record(session, actor.account_id, "undo", "attendance", row.id,
                                 old=_attendance_payload(row), new=undo, at=now)
                    session.delete(row)
                elif entry.action == "update":
                    old = _attendance_payload(row)
                    row.code = AttendanceCode(data["code"])
                    audit.record(session, actor.account_id, "undo", "attendance", row.id, old=old,
                                 new={**_attendance_payload(row), **undo}, at=now)
                else:
                    row = Attendance(lesson_id=data["lesson_id"], pupil_id=data["pupil_id"],
                                     code=AttendanceCode(data["code"]), reason_note=data.get("reason_note", ""),
                                     created_by=actor.account_id, created_at=now)
                    session.add(row)
                    session.flush()
                    audit.record(session, actor.account_id, "undo", "attendance", row.id,
                                 new={**_attendance_payload(row), **undo}, at=now)
                attendance.append(row.id)
            session.flush()
        return Changes(created=tuple(created), updated=tuple(updated), removed=tuple(removed),
                       attendance=tuple(attendance), cells=tuple(sorted(cells)))


def _last_op(session: Session, actor: Actor, scan: int = 500) -> list[tuple[AuditEntry, dict]]:
    """The audit entries of the actor's last journal call not yet undone, newest first."""
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.account_id == actor.account_id,
                                 AuditEntry.entity.in_(_JOURNAL_ENTITIES))
        .order_by(AuditEntry.id.desc()).limit(scan)).all()
    undone: set[str] = set()
    group: list[tuple[AuditEntry, dict]] = []
    op = None
    for entry in entries:
        payload = json.loads(entry.new) if entry.new else {}
        if entry.action == "undo":
            undone.add(payload.get("undoes"))
            continue
        entry_op = payload.get("op")
        if entry_op is None or entry_op in undone:
            if op is None:
                continue
            break
        if op is None:
            op = entry_op
        if entry_op != op:
            break
        group.append((entry, payload))
    return group
