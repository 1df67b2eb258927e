"""Period, year, exam and final marks, their per-cell rule and suggestion, and locking a page."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import entry_rules as rules
from ...domain.averages import suggest_period_mark, weighted_average
from ...domain.grading import GradingSystem as DomainGradingSystem
from ...domain.grading import MarkError, parse_period_mark
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    Course,
    PeriodMark,
    PeriodMarkKind,
)
from ..access import audit, settings
from ..access.accounts import Actor
from ..access.guard import require, unit
from . import payloads
from .course import (
    _clock,
    _Course,
    _grading_system,
    _has_period_mark,
    _l,
    _last_lesson_date,
    _load_course,
    _local_date,
    _m,
    _may_edit,
    _periods,
    _pm,
    _require_edit,
    _stays,
)
from .model import Changes, InvalidEntry, NotFound, PeriodInfo, _check

_WHAT = {PeriodMarkKind.period: "за период", PeriodMarkKind.year: "за год",
         PeriodMarkKind.exam: "за экзамен", PeriodMarkKind.final: "итоговую"}


def set_period_mark(db: Database, actor: Actor, course_id: int, pupil_id: int, kind: PeriodMarkKind | str,
                    period_id: int | None, value: str | None, now: dt.datetime | None = None) -> Changes:
    """A period (quarter, half-year), year, exam or final mark, «н/а» or «осв.»; empty clears it.

    Goes in on or after the last lesson of the period (year, exam, final: of the year). The mark
    suggested by the average is stored beside it, and a deviation is noted in the audit log.
    """
    kind = PeriodMarkKind(kind)
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        course = _load_course(session, course_id)
        school = _require_edit(session, actor, course)
        periods = _periods(session, course)
        if not periods:
            raise NotFound("Для страницы журнала не заданы учебные периоды.")
        if kind is PeriodMarkKind.period:
            period = next((p for p in periods if p.id == period_id), None)
            if period is None:
                raise NotFound("Этот учебный период не относится к странице журнала.")
            start, end, what = period.start, period.end, f"за {_accusative(period.label)}"
        else:
            period_id = None
            start, end, what = periods[0].start, periods[-1].end, _WHAT[kind]
        _check(_period_cell(session, course, pupil_id, kind, start, end, what, today, True, school).reason)
        system = _grading_system(session, course.grading_system_id)
        try:
            code = parse_period_mark(system, value or "")
        except MarkError as exc:
            raise InvalidEntry(str(exc)) from None
        row = session.scalar(select(PeriodMark).where(
            PeriodMark.course_id == course_id, PeriodMark.pupil_id == pupil_id, PeriodMark.kind == kind,
            PeriodMark.period_id.is_(None) if period_id is None else PeriodMark.period_id == period_id))
        if row is None and code is None or row is not None and row.value == code:
            return Changes()
        where = {"course_id": course_id, "pupil_id": pupil_id, "kind": kind.value, "period_id": period_id}
        if code is None:
            audit.record(session, actor.account_id, "delete", "period_mark", row.id,
                         old=payloads.period_mark(**where, value=row.value, suggested_value=row.suggested_value),
                         at=now)
            session.delete(row)
            session.flush()
            return Changes(period_marks=(row.id,))
        suggested = _suggest(session, course, system, pupil_id, kind, start, end, periods)
        new = payloads.period_mark(**where, value=code, suggested_value=suggested)
        if suggested is not None and code != suggested:
            new["deviation"] = {"suggested": suggested, "chosen": code}
        if row is None:
            row = PeriodMark(course_id=course_id, pupil_id=pupil_id, kind=kind, period_id=period_id, value=code,
                             suggested_value=suggested, created_by=actor.account_id, created_at=now)
            session.add(row)
            session.flush()
            audit.record(session, actor.account_id, "create", "period_mark", row.id, new=new, at=now)
        else:
            old = payloads.period_mark(**where, value=row.value, suggested_value=row.suggested_value)
            row.value, row.suggested_value = code, suggested
            audit.record(session, actor.account_id, "update", "period_mark", row.id, old=old, new=new, at=now)
        session.flush()
        return Changes(period_marks=(row.id,))


def _period_cell(session: Session, course: _Course, pupil_id: int, kind: PeriodMarkKind, start: dt.date,
                 end: dt.date, what: str, today: dt.date, may_edit: bool, school: bool) -> rules.Verdict:
    """The per-cell rule of a period, year, exam or final mark, fed from the database."""
    late = rules.period_mark_days(settings.get(session, "period_mark_window_days"),
                                  settings.get(session, "entry_window_days"))
    return rules.period_cell(rules.PeriodCellFacts(
        kind.value, what, _last_lesson_date(session, course.id, start, end), today, may_edit, school,
        course.year_closed, course.locked, course.has_marks, bool(_stays(session, course, start, end, pupil_id)),
        _has_period_mark(session, course.id, pupil_id, PeriodMarkKind.year),
        _has_period_mark(session, course.id, pupil_id, PeriodMarkKind.final),
        late, course.label))


def period_cell_rule(db: Database, actor: Actor, course_id: int, pupil_id: int, kind: PeriodMarkKind | str,
                     period_id: int | None, now: dt.datetime | None = None) -> rules.Verdict:
    """What the services answer for a period-mark cell now (the grid asks the same rule with its data)."""
    kind = PeriodMarkKind(kind)
    today = _local_date(_clock(now))
    with unit(db, actor) as session:
        course = _load_course(session, course_id)
        may_edit, school = _may_edit(session, actor, course)
        periods = _periods(session, course)
        if kind is PeriodMarkKind.period:
            period = next(p for p in periods if p.id == period_id)
            start, end, what = period.start, period.end, f"за {_accusative(period.label)}"
        else:
            start, end, what = periods[0].start, periods[-1].end, _WHAT[kind]
        return _period_cell(session, course, pupil_id, kind, start, end, what, today, may_edit, school)


def period_mark_what(kind: PeriodMarkKind | str, period_label: str) -> str:
    """«за 2-ю четверть», «за год», «экзаменационную»…: how a refusal names the mark."""
    kind = PeriodMarkKind(kind)
    return f"за {_accusative(period_label)}" if kind is PeriodMarkKind.period else _WHAT[kind]


def _accusative(label: str) -> str:
    """«1-я четверть» → «1-ю четверть» (полугодие and триместр do not change)."""
    return label.replace("-я ", "-ю ")


def _suggest(session: Session, course: _Course, system: DomainGradingSystem, pupil_id: int,
             kind: PeriodMarkKind, start: dt.date, end: dt.date, periods: list[PeriodInfo]) -> str | None:
    """The five-point mark the average suggests: of current marks for a period, of period marks for
    the year; none for exams, final marks and other grading systems."""
    if system.code != "five_point" or kind in (PeriodMarkKind.exam, PeriodMarkKind.final):
        return None
    conn = session.connection()
    rule = settings.rounding_rule(session)
    if kind is PeriodMarkKind.period:
        pairs = conn.execute(
            select(_m.c.value, _m.c.weight).select_from(_m).join(_l, _l.c.id == _m.c.lesson_id)
            .where(_l.c.course_id == course.id, _m.c.pupil_id == pupil_id, _l.c.date >= start,
                   _l.c.date <= end)).all()
    else:
        ids = [p.id for p in periods]
        pairs = [(v, 1.0) for v in conn.execute(select(_pm.c.value).where(
            _pm.c.course_id == course.id, _pm.c.pupil_id == pupil_id, _pm.c.kind == PeriodMarkKind.period,
            _pm.c.period_id.in_(ids))).scalars()]
    return suggest_period_mark(weighted_average([tuple(p) for p in pairs], system), rule)


def set_course_locked(db: Database, actor: Actor, course_id: int, locked: bool) -> Changes:
    """The administrator closes (or reopens) a subject page (4.2 г)."""
    with unit(db, actor) as session:
        course = _load_course(session, course_id)
        require(actor, Action.lock_course, detail=course.label)
        if course.locked == locked:
            return Changes()
        session.get(Course, course_id).locked = locked
        audit.record(session, actor.account_id, "update", "course", course_id,
                     old={"locked": course.locked}, new={"locked": locked})
        session.flush()
        return Changes(courses=(course_id,))
