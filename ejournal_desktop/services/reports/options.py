"""What the Reports page offers a user to choose: the classes (and «the whole school»), the periods, the
months and the pupils a report may be asked for. The kinds (services.reports.kinds) check the right again
when they build; this only keeps the choices to what the actor may ask for.

    opts = report_options.options(db, actor)        # classes, whole school or not, months of the year
    report_options.periods(db, actor, "5А")          # [PeriodChoice(1, "1 четверть"), …,
                                                    #  PeriodChoice("year", "Год")]; None: the whole school
    report_options.pupils(db, actor, "5А")           # [(pupil id, «Иванов Иван Иванович»), …]

Who sees what: the school scope of `build_reports` (deputy, director, administrator) every class of the
year and the whole school; a class teacher the own class; anyone else no class.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select

from ...domain.calendar import period_noun
from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...printing.layout import month_label
from ...storage.database import Database
from ...storage.models import AcademicYear, Course, Enrollment, Period, Pupil, SchoolClass, Subgroup, Subject
from ..access import guard
from ..access.actor import Actor
from ..errors import ServiceError
from .kind import latest_year

__all__ = ["ClassChoice", "PeriodChoice", "ReportOptions", "options", "periods", "pupils", "courses",
           "month_label", "period_label"]



def period_label(kind: str, number: int) -> str:
    """«1 четверть», «2 полугодие»."""
    return f"{number} {period_noun(kind)}"


@dataclass(frozen=True)
class ClassChoice:
    id: int
    label: str          # «5А»
    grade: int


@dataclass(frozen=True)
class PeriodChoice:
    value: int | Literal["year"]    # ReportRequest.period
    label: str                      # «1 четверть», «Год»; for the whole school «1 четверть / 1 полугодие»
    current: bool = False           # today falls in it (of the youngest grades for the whole school)


@dataclass(frozen=True)
class ReportOptions:
    year_label: str                         # «2026/2027»
    classes: tuple[ClassChoice, ...]        # in the order of grades and letters
    whole_school: bool                      # the actor may ask for the whole school
    months: tuple[tuple[int, int], ...]     # (year, month) from the first period's start to the last's end
    current_month: tuple[int, int] | None   # today's month when inside the year, else the last month


def _scope(session, actor: Actor) -> tuple[bool, set[int] | None]:
    """(whole school allowed, class ids allowed or None for every class). A class teacher: the own class;
    anyone else without the school scope: none (the kinds refuse them too)."""
    if guard.permits_action(actor, Action.build_reports):
        return True, None
    if guard.permits_action(actor, Action.build_reports, own_class=True):
        return False, guard.own_class_ids(session, actor)
    return False, set()


def _classes(session, actor: Actor, year: AcademicYear) -> tuple[bool, list[ClassChoice]]:
    whole, allowed = _scope(session, actor)
    rows = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
                           .where(SchoolClass.academic_year_id == year.id)
                           .order_by(SchoolClass.grade, SchoolClass.letter)).all()
    return whole, [ClassChoice(r.id, f"{r.grade}{r.letter}", r.grade) for r in rows
                   if allowed is None or r.id in allowed]


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out, (y, m) = [], (start.year, start.month)
    while (y, m) <= (end.year, end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def options(db: Database, actor: Actor, today: dt.date | None = None) -> ReportOptions:
    today = today or dt.date.today()
    with guard.unit(db, actor, read=True) as session:
        year = latest_year(session)
        whole, classes = _classes(session, actor, year)
        rows = session.execute(select(Period.start, Period.end)
                               .where(Period.academic_year_id == year.id).order_by(Period.start)).all()
    months = _months(rows[0].start, max(r.end for r in rows)) if rows else []
    month = (today.year, today.month) if (today.year, today.month) in months else (months[-1] if months else None)
    return ReportOptions(f"{year.start_year}/{year.start_year + 1}", tuple(classes), whole, tuple(months), month)


def _class(session, actor: Actor, class_label: str) -> ClassChoice:
    year = latest_year(session)
    _whole, classes = _classes(session, actor, year)
    wanted = class_label.replace(" ", "").upper()
    found = next((c for c in classes if c.label.upper() == wanted), None)
    if found is None:
        raise ServiceError(f"Класса «{class_label}» нет среди классов, по которым вам доступны отчёты.")
    return found


def periods(db: Database, actor: Actor, class_label: str | None = None,
            today: dt.date | None = None) -> list[PeriodChoice]:
    """The periods of the class's grade (None: of the whole school, one entry per number naming every
    kind of period that has it), then the year."""
    today = today or dt.date.today()
    with guard.unit(db, actor, read=True) as session:
        year = latest_year(session)
        query = select(Period.kind, Period.number, Period.start, Period.end).where(
            Period.academic_year_id == year.id)
        if class_label is None:
            whole, _allowed = _scope(session, actor)
            if not whole:
                guard.require(actor, Action.build_reports, detail="отчёты по всей школе")
        else:
            grade = _class(session, actor, class_label).grade
            query = query.where(Period.grade_from <= grade, Period.grade_to >= grade)
        rows = session.execute(query.order_by(Period.grade_from, Period.start)).all()
    labels: dict[int, list[str]] = {}
    current = None
    for r in rows:  # the youngest grades' structure first
        label = period_label(r.kind.value, r.number)
        if label not in labels.setdefault(r.number, []):
            labels[r.number].append(label)
        if current is None and r.start <= today <= r.end:
            current = r.number
    return [PeriodChoice(n, " / ".join(labels[n]), n == current) for n in sorted(labels)] + \
        [PeriodChoice("year", "Год", current is None)]


def pupils(db: Database, actor: Actor, class_label: str) -> list[tuple[int, str]]:
    """The pupils who were in the class at any time of the year, in Russian alphabetical order."""
    with guard.unit(db, actor, read=True) as session:
        choice = _class(session, actor, class_label)
        rows = session.execute(
            select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic)
            .join(Enrollment, Enrollment.pupil_id == Pupil.id)
            .where(Enrollment.school_class_id == choice.id).distinct()).all()
    rows = sorted(rows, key=lambda r: person_sort_key(r.surname, r.name, r.patronymic))
    return [(r.id, full_name(r.surname, r.name, r.patronymic)) for r in rows]


def courses(db: Database, actor: Actor, class_label: str) -> list[tuple[int, str]]:
    """The class's courses (id, «Математика», «Английский язык (1 группа)»), in the order of subjects."""
    with guard.unit(db, actor, read=True) as session:
        choice = _class(session, actor, class_label)
        rows = session.execute(
            select(Course.id, Course.name, Subject.name.label("subject"), Subgroup.name.label("subgroup"))
            .join(Subject, Subject.id == Course.subject_id)
            .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
            .where(Course.school_class_id == choice.id)
            .order_by(Subject.sort_order, Subject.name, Course.name, Subgroup.name, Course.id)).all()
    return [(r.id, (r.name or r.subject) + (f" ({r.subgroup})" if r.subgroup else "")) for r in rows]

