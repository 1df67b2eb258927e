"""The demo school with its past years (issue 19): `ejournal demo --years N`.

The first year, N-1 years before the current one, is built as the one-year demo is, with its
`today` a week after its classes end. The pedagogical council's decisions are then taken and the
year is CLOSED BY THE REAL SERVICE (administration.year_closing), which promotes and graduates the
pupils and opens the next year; next_year.py fills that year for the pupils it moved, and so on up
to the current year, built up to the real `today`. Everything comes from the seed: two runs with the
same arguments write identical rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from ...domain.calendar import PeriodKind, academic_year_of, default_periods
from ...domain.grading import NOT_ASSESSED
from ...domain.roles import Role
from ...storage.database import Database
from ...storage.models import Account, PeriodMarkKind, School, YearDecisionKind
from .. import journal
from ..access.actor import Actor
from ..administration import year_closing
from .builder import DemoReport
from .curriculum import SIZES
from .next_year import _NextYear
from .year import _Builder

__all__ = ["MAX_YEARS", "generate_history"]

MAX_YEARS = 5  # the regulation keeps the journal for five years (1.6, 7.7)
_CONTINUING = 0.8  # the share of 9th-graders who go on to the 10th grade


def _shape(size: str, years_before: int) -> tuple[tuple[int, str], ...]:
    """The classes `years_before` years ago: a full school has every grade each year; a sparse one
    (small) had today's classes younger (a class not yet at school is left out)."""
    classes = SIZES[size]
    if {g for g, _ in classes} == set(range(1, 12)):
        return classes
    return tuple((g - years_before, letter) for g, letter in classes if g - years_before >= 1)


def _closing_day(start_year: int) -> dt.date:
    """A week after the year's last lessons, on a weekday: when the demo school closes the year."""
    end = max(p.end for kind in (PeriodKind.quarter, PeriodKind.half_year) for p in default_periods(start_year, kind))
    day = end + dt.timedelta(days=7)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _local(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def generate_history(db: Database, size: str, seed: int, today: dt.date, years: int) -> DemoReport:
    """Fill an empty database with `years` school years, the last one the current year up to
    `today`, each earlier one closed by the year-closing service. Returns the current year's report
    with the closings' summaries in `closed_years`."""
    current = academic_year_of(today)
    first = current - (years - 1)
    closed: list[str] = []
    builder = None
    for k in range(years):
        start = first + k
        last = k == years - 1
        day = today if last else _closing_day(start)
        with db.write_session() as session, session.begin():
            if builder is None:
                if session.scalar(select(func.count()).select_from(School)):
                    raise ValueError("В базе уже есть школа: демонстрационные данные создаются только в новой базе.")
                builder = _Builder(session, size, seed, day)
            else:
                builder = _NextYear(session, size, seed * 1000 + k, day, builder)
            builder.class_plan = _shape(size, years - 1 - k)
            builder.family_accounts = last
            report = builder.build()
        if not last:
            closed.append(_close(db, builder, day).summary())
    report.closed_years = closed
    return report


def _admin(db: Database) -> Actor:
    with db.session() as session:
        account = session.scalar(select(Account).where(Account.login == "admin"))
        return Actor(account.id, account.login, frozenset({Role.administrator}), staff_id=account.staff_id)


def _not_assessed(db: Database, actor: Actor, when: dt.datetime) -> None:
    """A pupil who came too late in the year to get a mark in a subject is not assessed («н/а»): the
    deputy puts it in through the journal before the year is closed — a week after the last lessons,
    past the teachers' own period-mark window (entry_rules), so it is the deputy's to enter."""
    with db.session() as session:
        account = session.execute(select(Account.id, Account.login, Account.staff_id)
                                  .where(Account.login == "zavuch")).first()
    deputy = Actor(account.id, account.login, frozenset({Role.deputy}), staff_id=account.staff_id)
    for gap in year_closing.check(db, actor):
        for pupil in gap.pupil_ids:
            journal.set_period_mark(db, deputy, gap.course_id, pupil, PeriodMarkKind.year, None, NOT_ASSESSED,
                                    now=when)


def _close(db: Database, builder, day: dt.date) -> year_closing.ClosingReport:
    """The council's decisions, then the director's order carried out by the closing service: most
    9th-graders go on to the 10th grade, a pupil with a failing year mark is promoted conditionally
    (an 11th-grader graduates)."""
    actor = _admin(db)
    rng = builder.rng
    _not_assessed(db, actor, _local(day, 9))
    council = _local(day, 10)
    note = "решение педагогического совета"
    for cls in sorted({d.class_id for d in year_closing.decisions(db, actor) if d.grade == 9}):
        year_closing.set_class_decision(db, actor, cls, YearDecisionKind.promotion,
                                        "продолжают обучение в 10 классе", now=council)
    for d in year_closing.decisions(db, actor):
        if d.failing:
            target = YearDecisionKind.graduation if d.grade == 11 else YearDecisionKind.conditional_promotion
            year_closing.set_decision(db, actor, d.pupil_id, target, f"{note}: {', '.join(d.failing)}", now=council)
        elif d.grade == 9 and rng.random() > _CONTINUING:
            year_closing.set_decision(db, actor, d.pupil_id, YearDecisionKind.graduation,
                                      "поступает в колледж", now=council)
    order = f"{rng.randint(60, 90)}-у"
    return year_closing.close_year(db, actor, order, day, now=_local(day, 12))
