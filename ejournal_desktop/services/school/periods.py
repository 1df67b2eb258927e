"""The periods of a school year (учебные периоды), per range of grades: `set_periods` (their dates, the
usual ones when none are given), `update_period` (one period's dates), `remove_periods` (a range's
structure while no period mark stands on it), `period_change_effect` (what new dates would do).

New dates that move marks out of a period with period marks are refused; new dates that change
averages need `confirm` (`setup_effects.NeedsConfirmation` says how many), and the audit keeps the effect.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.calendar import PeriodKind, default_periods, period_label
from ...domain.rights import Action
from ...domain.words import plural
from ...storage.database import Database
from ...storage.models import AcademicYear, Course, Period, PeriodMark, SchoolClass
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from . import effects as setup_effects
from .effects import Effect, NeedsConfirmation
from .year import (
    PeriodRow,
    YearError,
    check_dates,
    check_grades,
    check_in_year,
    day_text,
    grades_text,
    open_year,
    period_row,
    year_bounds,
)


def _check_sequence(year: AcademicYear, kind: PeriodKind, dates: Sequence[tuple[dt.date, dt.date]],
                    grades: str) -> None:
    if len(dates) != kind.count:
        raise YearError(f"Периоды ({grades}): в году {kind.count} — «{kind.label}», а задано {len(dates)}.")
    previous = None
    for number, (start, end) in enumerate(dates, start=1):
        what = f"{period_label(kind, number)} ({grades})"
        check_dates(start, end, what)
        check_in_year(year, start, what)
        check_in_year(year, end, what)
        if previous is not None and start <= previous:
            raise YearError(f"{what}: начало {day_text(start)} не позже окончания предыдущего периода {day_text(previous)}.")
        previous = end


def _structure(session: Session, year_id: int, grade_from: int, grade_to: int) -> list[Period]:
    return list(session.scalars(select(Period).where(
        Period.academic_year_id == year_id, Period.grade_from == grade_from, Period.grade_to == grade_to)
        .order_by(Period.start)))


def _check_overlap(session: Session, year: AcademicYear, grade_from: int, grade_to: int) -> None:
    for p in session.scalars(select(Period).where(Period.academic_year_id == year.id)):
        same = (p.grade_from, p.grade_to) == (grade_from, grade_to)
        if not same and p.grade_from <= grade_to and grade_from <= p.grade_to:
            raise YearError(f"Классы {grades_text(grade_from, grade_to)}: для {grades_text(p.grade_from, p.grade_to)} уже "
                            f"заданы периоды («{p.kind.label}»); у параллели одна структура года — сначала "
                            f"удалите или измените ту.")


def _effect(session: Session, year_id: int, grade_from: int, grade_to: int,
            new_bounds: dict[int, tuple[dt.date, dt.date]]) -> tuple[Effect, int]:
    """The effect of new dates of some periods (id → dates) of a grade range; and the period marks
    standing on periods whose marks change."""
    rows = setup_effects.mark_rows(session, Course.academic_year_id == year_id,
                                   SchoolClass.grade >= grade_from, SchoolClass.grade <= grade_to)
    before = setup_effects.period_bounds(session, [year_id])
    after = {y: [(pid, *new_bounds.get(pid, (s, e)), gf, gt) for pid, s, e, gf, gt in ps] for y, ps in before.items()}
    systems: dict[int, object] = {}

    def system(sid: int):
        if sid not in systems:
            systems[sid] = setup_effects.domain_system(session, sid)
        return systems[sid]

    def inside(bounds, r) -> set[int]:
        return {pid for pid, s, e, gf, gt in bounds.get(year_id, ()) if s <= r.date <= e}

    moved = [r for r in rows if inside(before, r) != inside(after, r)]
    a = setup_effects.averages(rows, before, system)
    b = setup_effects.averages(rows, after, system)
    changed = {key for key in a.keys() | b.keys() if a.get(key) != b.get(key)}
    period_ids = {key[2] for key in changed}
    marks = session.scalar(select(func.count(PeriodMark.id)).where(PeriodMark.period_id.in_(period_ids))) or 0 \
        if period_ids else 0
    return Effect(len(moved), setup_effects.changed_averages(a, b), marks), marks


def set_periods(db: Database, actor: Actor, year_id: int, kind: PeriodKind | str, grade_from: int = 1,
                grade_to: int = 11, dates: Sequence[tuple[dt.date, dt.date]] | None = None, *,
                confirm: bool = False) -> list[PeriodRow]:
    """The periods of the grades (quarters, trimesters or half-years) with their dates, in order; the
    usual dates of that kind when none are given. Replaces the range's structure: refused while period
    marks stand on it and the structure changes kind; a change of dates that changes averages needs
    `confirm`."""
    kind = PeriodKind(kind)
    check_grades(grade_from, grade_to)
    grades = grades_text(grade_from, grade_to)
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебные периоды")
        year = open_year(session, year_id)
        if dates is None:
            first, last = year_bounds(year)
            dates = [(max(p.start, first), min(p.end, last)) for p in default_periods(year.start_year, kind)]
        dates = list(dates)
        _check_sequence(year, kind, dates, grades)
        _check_overlap(session, year, grade_from, grade_to)
        existing = _structure(session, year.id, grade_from, grade_to)
        if existing and existing[0].kind is kind:
            new_bounds = {p.id: d for p, d in zip(existing, dates, strict=True)}
            effect, period_marks = _effect(session, year.id, grade_from, grade_to, new_bounds)
            if effect.marks and period_marks:
                raise YearError(f"Периоды ({grades}): новые даты переносят отметки ({effect.marks}) между "
                                f"периодами, за которые уже выставлены итоговые отметки ({period_marks}). "
                                f"Изменение отклонено: отметки за период остались бы без своих текущих.")
            if effect and not confirm:
                raise NeedsConfirmation(f"Новые даты периодов ({grades})", effect)
            old = [{"id": p.id, "start": p.start, "end": p.end} for p in existing]
            for p, (start, end) in zip(existing, dates, strict=True):
                p.start, p.end = start, end
            session.flush()
            audit.record(session, actor.account_id, "update", "period_structure", year.id, old=old,
                         new={"kind": kind.value, "grade_from": grade_from, "grade_to": grade_to,
                              "dates": dates, "effect": effect.as_dict()})
            return [period_row(session, p) for p in existing]
        if existing:
            marks = session.scalar(select(func.count(PeriodMark.id)).where(
                PeriodMark.period_id.in_([p.id for p in existing]))) or 0
            if marks:
                raise YearError(f"Периоды ({grades}): за «{existing[0].kind.label}» уже выставлено итоговых "
                                f"отметок: {marks}. Структуру года этих классов уже не меняют.")
            for p in existing:
                session.delete(p)
            session.flush()
        created = [Period(academic_year_id=year.id, kind=kind, number=n, start=s, end=e, grade_from=grade_from,
                          grade_to=grade_to) for n, (s, e) in enumerate(dates, start=1)]
        session.add_all(created)
        session.flush()
        audit.record(session, actor.account_id, "create", "period_structure", year.id,
                     old=[{"kind": p.kind.value, "start": p.start, "end": p.end} for p in existing] or None,
                     new={"kind": kind.value, "grade_from": grade_from, "grade_to": grade_to, "dates": dates})
        return [period_row(session, p) for p in created]


def _new_dates(session: Session, period: Period, start: dt.date, end: dt.date) -> dict[int, tuple[dt.date, dt.date]]:
    year = period.academic_year
    siblings = _structure(session, year.id, period.grade_from, period.grade_to)
    dates = [(start, end) if p.id == period.id else (p.start, p.end) for p in siblings]
    _check_sequence(year, period.kind, dates, grades_text(period.grade_from, period.grade_to))
    return {period.id: (start, end)}


def period_change_effect(db: Database, actor: Actor, period_id: int, start: dt.date, end: dt.date) -> Effect:
    """What moving the period to these dates would do to marks already given (nothing is written)."""
    with db.session() as session:
        period = session.get(Period, period_id)
        if period is None:
            raise YearError("Такого учебного периода нет.")
        return _effect(session, period.academic_year_id, period.grade_from, period.grade_to,
                       _new_dates(session, period, start, end))[0]


def update_period(db: Database, actor: Actor, period_id: int, start: dt.date, end: dt.date, *,
                  confirm: bool = False) -> PeriodRow:
    """New dates of one period. Refused when they move marks in or out of a period that already has
    period marks; when they change averages, carried out only with `confirm` (the effect is audited)."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебные периоды")
        period = session.get(Period, period_id)
        if period is None:
            raise YearError("Такого учебного периода нет.")
        open_year(session, period.academic_year_id)
        label = f"{period_label(period.kind, period.number)} ({grades_text(period.grade_from, period.grade_to)})"
        effect, period_marks = _effect(session, period.academic_year_id, period.grade_from, period.grade_to,
                                       _new_dates(session, period, start, end))
        if effect.marks and period_marks:
            raise YearError(f"{label}: новые даты переносят {plural(effect.marks, 'отметку', 'отметки', 'отметок')} "
                            f"в другой период или из него, а итоговые отметки за период уже выставлены "
                            f"({period_marks}). Изменение отклонено: сначала отмените итоговые отметки.")
        if effect and not confirm:
            raise NeedsConfirmation(f"{label}: новые даты {day_text(start)} – {day_text(end)}", effect)
        old = {"start": period.start, "end": period.end}
        period.start, period.end = start, end
        session.flush()
        audit.record(session, actor.account_id, "update", "period", period.id, old=old,
                     new={"start": start, "end": end, "effect": effect.as_dict()})
        return period_row(session, period)


def remove_periods(db: Database, actor: Actor, year_id: int, grade_from: int, grade_to: int) -> int:
    """Remove the periods of a grade range; refused while period marks stand on them."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебные периоды")
        year = open_year(session, year_id)
        existing = _structure(session, year.id, grade_from, grade_to)
        if not existing:
            raise YearError(f"Для {grades_text(grade_from, grade_to)} периоды не заданы.")
        marks = session.scalar(select(func.count(PeriodMark.id)).where(
            PeriodMark.period_id.in_([p.id for p in existing]))) or 0
        if marks:
            raise YearError(f"Периоды ({grades_text(grade_from, grade_to)}): уже выставлено итоговых отметок за "
                            f"период: {marks}. Такие периоды не удаляют.")
        old = [{"kind": p.kind.value, "number": p.number, "start": p.start, "end": p.end} for p in existing]
        for p in existing:
            session.delete(p)
        audit.record(session, actor.account_id, "delete", "period_structure", year.id, old=old,
                     new={"grade_from": grade_from, "grade_to": grade_to})
        return len(existing)
