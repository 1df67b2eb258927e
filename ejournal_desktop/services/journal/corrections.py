"""Corrections after the entry window: a teacher's request with its reason, the deputy's decision, the
list of requests and a mark's history."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import and_, or_, select

from ...domain import entry_rules as rules
from ...domain.grading import MarkError, parse_mark
from ...domain.names import full_name
from ...domain.rights import Action, permits
from ...storage.database import Database
from ...storage.models import (
    AuditEntry,
    CorrectionStatus,
    Mark,
    MarkCorrection,
)
from ..access import audit
from ..access.accounts import Actor
from ..access.guard import require, unit
from ..access.people_names import account_names
from .course import (
    _clock,
    _editable_mark,
    _grading_system,
    _l,
    _lesson_cell,
    _load_course,
    _load_lesson,
    _local_date,
    _m,
    _mark_payload,
    _may_edit,
    _mc,
    _p,
    _require_open_year,
    _require_view,
    _work_type,
    _wt_codes,
    typed_by,
)
from .model import Changes, CorrectionInfo, HistoryEntry, InvalidEntry, NotFound, RuleViolation, _check


def request_correction(db: Database, actor: Actor, mark_id: int, new_value: str | None, reason: str,
                       now: dt.datetime | None = None) -> Changes:
    """After the window: ask the deputy to change (``new_value``) or remove (None) a mark, with a reason."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        mark, lesson = _editable_mark(session, actor, mark_id)
        _check(rules.correction_reason_missing(reason), InvalidEntry)
        work_type = _work_type(session, mark.work_type_id, "")
        changes = _lesson_cell(session, lesson, mark.pupil_id, today, True,
                               _may_edit(session, actor, lesson.course, lesson.id)[1], work_type.entry_days, True,
                               now, typed_by([mark], actor.account_id)).changes
        _check(rules.correction_not_needed_now(changes.allowed, lesson.date))
        if new_value is not None and new_value.strip():
            system = _grading_system(session, lesson.course.grading_system_id)
            try:
                codes = parse_mark(system, new_value)
            except MarkError as exc:
                raise InvalidEntry(str(exc)) from None
            if len(codes) != 1:
                raise InvalidEntry("Исправление заменяет одну отметку одной: введите одно значение")
            new_value = codes[0]
            if new_value == mark.value:
                raise InvalidEntry(f"Новая отметка совпадает с прежней («{mark.value}»)")
        else:
            new_value = None
        pending = session.scalar(select(MarkCorrection.id).where(
            MarkCorrection.mark_id == mark_id, MarkCorrection.status == CorrectionStatus.pending))
        if pending is not None:
            raise RuleViolation("По этой отметке уже есть заявка на исправление, ожидающая решения")
        correction = MarkCorrection(mark_id=mark_id, lesson_id=mark.lesson_id, pupil_id=mark.pupil_id,
                                    old_value=mark.value, new_value=new_value, reason=reason.strip(),
                                    requested_by=actor.account_id, requested_at=now)
        session.add(correction)
        session.flush()
        audit.record(session, actor.account_id, "request", "mark_correction", correction.id,
                     new={"mark_id": mark_id, "lesson_id": mark.lesson_id, "pupil_id": mark.pupil_id,
                          "old_value": mark.value, "new_value": new_value, "reason": correction.reason},
                     at=now)
        return Changes(corrections=(correction.id,))


def decide_correction(db: Database, actor: Actor, correction_id: int, approve: bool, note: str = "",
                      now: dt.datetime | None = None) -> Changes:
    """The deputy approves (the mark changes or goes) or rejects (the mark stays) a request."""
    now = _clock(now)
    with unit(db, actor) as session:
        require(actor, Action.decide_correction, detail="решение по заявке на исправление")
        correction = session.get(MarkCorrection, correction_id)
        if correction is None:
            raise NotFound("Такой заявки на исправление нет.")
        if correction.status is not CorrectionStatus.pending:
            raise RuleViolation("По этой заявке решение уже принято")
        changes: dict = {"corrections": (correction_id,)}
        if approve:
            lesson = _load_lesson(session, correction.lesson_id)
            _require_open_year(lesson.course)
            _check(rules.course_locked(lesson.course.locked))
            mark = session.get(Mark, correction.mark_id) if correction.mark_id is not None else None
            if mark is None or mark.value != correction.old_value:
                raise RuleViolation("Отметка изменилась после подачи заявки: заявку нужно отклонить и подать заново")
            codes = _wt_codes(session)
            old = _mark_payload(mark, codes[mark.work_type_id])
            decision = {"correction_id": correction_id, "reason": correction.reason,
                        "requested_by": correction.requested_by, "requested_at": correction.requested_at,
                        "decided_by": actor.account_id, "note": note.strip()}
            if correction.new_value is None:
                audit.record(session, actor.account_id, "delete", "mark", mark.id, old=old,
                             new={"correction": decision}, at=now)
                session.delete(mark)
                changes["removed"] = (mark.id,)
            else:
                mark.value, mark.updated_at = correction.new_value, now
                audit.record(session, actor.account_id, "update", "mark", mark.id, old=old,
                             new={**_mark_payload(mark, codes[mark.work_type_id]), "correction": decision},
                             at=now)
                changes["updated"] = (mark.id,)
            changes["cells"] = ((correction.pupil_id, correction.lesson_id),)
        correction.status = CorrectionStatus.approved if approve else CorrectionStatus.rejected
        correction.decided_by, correction.decided_at = actor.account_id, now
        correction.decision_note = note.strip()
        audit.record(session, actor.account_id, "decide", "mark_correction", correction_id,
                     old={"status": CorrectionStatus.pending.value},
                     new={"status": correction.status.value, "note": correction.decision_note,
                          "old_value": correction.old_value, "new_value": correction.new_value,
                          "reason": correction.reason}, at=now)
        session.flush()
        return Changes(**changes)


def corrections(db: Database, actor: Actor, status: CorrectionStatus | str | None = None) -> list[CorrectionInfo]:
    """Correction requests: all of them for the deputy, one's own for a teacher."""
    if isinstance(status, str):
        status = CorrectionStatus(status)
    with unit(db, actor, read=True) as session:
        stmt = (select(_mc, _l.c.date, _l.c.course_id, _p.c.surname, _p.c.name, _p.c.patronymic)
                .select_from(_mc).join(_l, _l.c.id == _mc.c.lesson_id).join(_p, _p.c.id == _mc.c.pupil_id)
                .order_by(_mc.c.requested_at, _mc.c.id))
        if status is not None:
            stmt = stmt.where(_mc.c.status == status)
        if not permits(actor.roles, Action.decide_correction):
            stmt = stmt.where(_mc.c.requested_by == actor.account_id)
        rows = session.connection().execute(stmt).all()
        names = account_names(session, [r.requested_by for r in rows] + [r.decided_by for r in rows])
        titles: dict[int, str] = {}
        out = []
        for r in rows:
            if r.course_id not in titles:
                titles[r.course_id] = _load_course(session, r.course_id).label
            out.append(CorrectionInfo(
                r.id, r.mark_id, r.lesson_id, r.date, r.course_id, titles[r.course_id], r.pupil_id,
                full_name(r.surname, r.name, r.patronymic), r.old_value, r.new_value, r.reason, r.status.value,
                names.get(r.requested_by, ""), r.requested_at, names.get(r.decided_by) if r.decided_by else None,
                r.decided_at, r.decision_note))
        return out


def mark_history(db: Database, actor: Actor, mark_id: int) -> list[HistoryEntry]:
    """Everything the audit log holds about a mark: entry, changes, correction requests, decisions."""
    with unit(db, actor, read=True) as session:
        row = session.connection().execute(
            select(_l.c.course_id).select_from(_m).join(_l, _l.c.id == _m.c.lesson_id)
            .where(_m.c.id == mark_id)).first()
        correction_ids = list(session.connection().execute(
            select(_mc.c.id).where(_mc.c.mark_id == mark_id)).scalars())
        if row is None:  # removed: find its course through the audit log
            first = session.scalar(select(AuditEntry.old).where(
                AuditEntry.entity == "mark", AuditEntry.entity_id == mark_id, AuditEntry.old.is_not(None))
                .order_by(AuditEntry.id.desc()).limit(1))
            if first is None:
                raise NotFound("Такой отметки нет.")
            course_id = _load_lesson(session, json.loads(first)["lesson_id"]).course.id
        else:
            course_id = row.course_id
        _require_view(session, actor, _load_course(session, course_id))
        entries = session.execute(
            select(AuditEntry).where(or_(and_(AuditEntry.entity == "mark", AuditEntry.entity_id == mark_id),
                       and_(AuditEntry.entity == "mark_correction", AuditEntry.entity_id.in_(correction_ids))))
            .order_by(AuditEntry.id)).scalars().all()
        names = account_names(session, [e.account_id for e in entries])
        return [HistoryEntry(e.at, names.get(e.account_id), e.action, e.entity, e.entity_id,
                             json.loads(e.old) if e.old else None, json.loads(e.new) if e.new else None)
                for e in entries]
