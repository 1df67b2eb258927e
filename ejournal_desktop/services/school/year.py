"""The school year (учебный год) itself, set up by the deputy (Action.configure_grading): `create_year` /
`update_year` (its first and last day), and reading its whole set-up (`years`, `year_setup`, `bells`).

The year's structure is edited in the modules beside this one, which share its rows and checks
(`open_year`, `check_in_year`, `marked_lessons`…):
- `periods`: the periods of a range of grades (quarters for 1–9, half-years for 10–11…);
- `calendar_days`: holidays and extra days off, working days moved by decree, short days;
- `bells`: the bell schedule of each shift, and a short day's bells.

Changes after work has started stay safe: a period's new dates that move marks out of a period with
period marks, or a holiday over lessons with marks, are refused with the reason; new dates that change
averages are carried out only when confirmed (`setup_effects.NeedsConfirmation` shows how many), and
the audit record keeps the effect. Every call: the right, validation with a Russian message, one
transaction, an audit record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from ...domain.calendar import period_label
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Attendance,
    BellSchedule,
    Course,
    Holiday,
    Lesson,
    Mark,
    MovedDay,
    Period,
    PeriodMark,
    SchoolClass,
    ShortDay,
    YearStatus,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError

__all__ = [
    "Bell", "HolidayRow", "MovedDayRow", "PeriodRow", "ShortDayRow", "YearError", "YearInfo", "YearSetup",
    "bells", "create_year", "update_year", "year_setup", "years",
]

class YearError(ServiceError):
    """A year's set-up that cannot be: the message names the field and the reason."""


@dataclass(frozen=True)
class YearInfo:
    id: int
    start_year: int
    label: str
    start: dt.date
    end: dt.date
    open: bool


@dataclass(frozen=True)
class PeriodRow:
    id: int
    kind: str
    number: int
    label: str
    start: dt.date
    end: dt.date
    grade_from: int
    grade_to: int
    period_marks: int


@dataclass(frozen=True)
class HolidayRow:
    id: int
    name: str
    kind: str
    start: dt.date
    end: dt.date
    grade_from: int
    grade_to: int


@dataclass(frozen=True)
class MovedDayRow:
    id: int
    day_off: dt.date
    working_day: dt.date
    works_as: int
    decree: str


@dataclass(frozen=True)
class ShortDayRow:
    id: int
    date: dt.date
    lesson_minutes: int
    reason: str


@dataclass(frozen=True)
class Bell:
    lesson_number: int
    starts_at: dt.time
    ends_at: dt.time


@dataclass
class YearSetup:
    year: YearInfo
    periods: list[PeriodRow] = field(default_factory=list)
    holidays: list[HolidayRow] = field(default_factory=list)
    moved_days: list[MovedDayRow] = field(default_factory=list)
    short_days: list[ShortDayRow] = field(default_factory=list)
    shifts: dict[int, list[Bell]] = field(default_factory=dict)


# --- helpers ------------------------------------------------------------------------------------------------

def day_text(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def grades_text(grade_from: int, grade_to: int) -> str:
    return f"{grade_from} кл." if grade_from == grade_to else f"{grade_from}–{grade_to} кл."


def year_bounds(year: AcademicYear) -> tuple[dt.date, dt.date]:
    return (year.start or dt.date(year.start_year, 9, 1), year.end or dt.date(year.start_year + 1, 8, 31))


def _info(year: AcademicYear) -> YearInfo:
    start, end = year_bounds(year)
    return YearInfo(year.id, year.start_year, year.label, start, end, year.status is YearStatus.open)


def open_year(session: Session, year_id: int) -> AcademicYear:
    year = session.get(AcademicYear, year_id)
    if year is None:
        raise YearError("Такого учебного года в журнале нет.")
    if year.status is not YearStatus.open:
        raise YearError(f"Учебный год {year.label} закрыт: его структуру не меняют.")
    return year


def given_or_latest(session: Session, academic_year_id: int | None) -> AcademicYear | None:
    """The year asked for by id, or with None the latest one (open or closed); None when there is none."""
    if academic_year_id is None:
        return session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))
    return session.get(AcademicYear, academic_year_id)


def _current(session: Session) -> AcademicYear | None:
    year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                          .order_by(AcademicYear.start_year.desc()).limit(1))
    return year or given_or_latest(session, None)


def check_grades(grade_from: int, grade_to: int) -> None:
    if not (1 <= grade_from <= 11 and 1 <= grade_to <= 11):
        raise YearError(f"Классы: параллели задаются числами от 1 до 11, а не {grade_from}–{grade_to}.")
    if grade_from > grade_to:
        raise YearError(f"Классы: «с {grade_from}» больше, чем «по {grade_to}».")


def check_in_year(year: AcademicYear, day: dt.date, what: str) -> None:
    start, end = year_bounds(year)
    if not start <= day <= end:
        raise YearError(f"{what}: {day_text(day)} вне учебного года {year.label} ({day_text(start)} – {day_text(end)}).")


def check_dates(start: dt.date, end: dt.date, what: str) -> None:
    if end < start:
        raise YearError(f"{what}: окончание {day_text(end)} раньше начала {day_text(start)}.")


def marked_lessons(session: Session, year_id: int, start: dt.date, end: dt.date,
                   grade_from: int = 1, grade_to: int = 11) -> int:
    """Lessons of the year's classes of these grades in the dates that have marks or attendance."""
    has = or_(exists().where(Mark.lesson_id == Lesson.id), exists().where(Attendance.lesson_id == Lesson.id))
    return session.scalar(
        select(func.count(Lesson.id)).join(Course, Course.id == Lesson.course_id)
        .join(SchoolClass, SchoolClass.id == Course.school_class_id)
        .where(Course.academic_year_id == year_id, Lesson.date >= start, Lesson.date <= end,
               SchoolClass.grade >= grade_from, SchoolClass.grade <= grade_to, has)) or 0


def period_row(session: Session, p: Period) -> PeriodRow:
    marks = session.scalar(select(func.count(PeriodMark.id)).where(PeriodMark.period_id == p.id)) or 0
    return PeriodRow(p.id, p.kind.value, p.number, period_label(p.kind, p.number), p.start, p.end,
                     p.grade_from, p.grade_to, marks)


def holiday_row(h: Holiday) -> HolidayRow:
    return HolidayRow(h.id, h.name, h.kind, h.start, h.end, h.grade_from, h.grade_to)


# --- reading ------------------------------------------------------------------------------------------------

def years(db: Database, actor: Actor) -> list[YearInfo]:
    with db.session() as session:
        return [_info(y) for y in session.scalars(select(AcademicYear).order_by(AcademicYear.start_year))]


def _shifts(session: Session) -> dict[int, list[Bell]]:
    out: dict[int, list[Bell]] = {}
    for b in session.scalars(select(BellSchedule).order_by(BellSchedule.shift, BellSchedule.lesson_number)):
        out.setdefault(b.shift, []).append(Bell(b.lesson_number, b.starts_at, b.ends_at))
    return out


def bells(db: Database) -> dict[int, list[Bell]]:
    """Each shift's bells (shift number → lessons in order)."""
    with db.session() as session:
        return _shifts(session)


def year_setup(db: Database, actor: Actor, year_id: int | None = None) -> YearSetup | None:
    """The year (default: the open one) with its periods, holidays, moved and short days, bells."""
    with db.session() as session:
        year = session.get(AcademicYear, year_id) if year_id is not None else _current(session)
        if year is None:
            return None
        out = YearSetup(_info(year), shifts=_shifts(session))
        out.periods = [period_row(session, p) for p in session.scalars(
            select(Period).where(Period.academic_year_id == year.id)
            .order_by(Period.grade_from, Period.start))]
        out.holidays = [holiday_row(h) for h in session.scalars(
            select(Holiday).where(Holiday.academic_year_id == year.id).order_by(Holiday.start, Holiday.grade_from))]
        out.moved_days = [MovedDayRow(m.id, m.day_off, m.working_day, m.works_as, m.decree) for m in session.scalars(
            select(MovedDay).where(MovedDay.academic_year_id == year.id).order_by(MovedDay.day_off))]
        out.short_days = [ShortDayRow(s.id, s.date, s.lesson_minutes, s.reason) for s in session.scalars(
            select(ShortDay).where(ShortDay.academic_year_id == year.id).order_by(ShortDay.date))]
        return out


# --- the year -------------------------------------------------------------------------------------------------

def _check_year_dates(start: dt.date, end: dt.date) -> int:
    check_dates(start, end, "Учебный год")
    if (end - start).days > 366:
        raise YearError(f"Учебный год: с {day_text(start)} по {day_text(end)} — больше года.")
    if (end - start).days < 150:
        raise YearError(f"Учебный год: с {day_text(start)} по {day_text(end)} — меньше пяти месяцев.")
    return start.year if start.month >= 6 else start.year - 1


def create_year(db: Database, actor: Actor, start: dt.date, end: dt.date) -> YearInfo:
    """A new academic year from its first to its last day (e.g. 01.09.2026 – 31.08.2027)."""
    start_year = _check_year_dates(start, end)
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебный год")
        label = f"{start_year}/{start_year + 1}"
        if session.scalar(select(exists().where(AcademicYear.start_year == start_year))):
            raise YearError(f"Учебный год {label} уже есть в журнале.")
        other = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open).limit(1))
        if other is not None:
            raise YearError(f"Учебный год {other.label} ещё не закрыт: следующий год создаётся при его "
                            f"закрытии (Администрирование → «Закрытие учебного года»).")
        year = AcademicYear(start_year=start_year, status=YearStatus.open, start=start, end=end)
        session.add(year)
        session.flush()
        audit.record(session, actor.account_id, "create", "academic_year", year.id,
                     new={"start_year": start_year, "start": start, "end": end})
        return _info(year)


def update_year(db: Database, actor: Actor, year_id: int, start: dt.date, end: dt.date) -> YearInfo:
    """New first and last days of the year; its periods, holidays and special days must stay inside."""
    start_year = _check_year_dates(start, end)
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебный год")
        year = open_year(session, year_id)
        if start_year != year.start_year:
            raise YearError(f"Учебный год {year.label} начинается в {year.start_year} году, а не {start:%d.%m.%Y}.")
        old = {"start": year_bounds(year)[0], "end": year_bounds(year)[1]}
        year.start, year.end = start, end
        for p in session.scalars(select(Period).where(Period.academic_year_id == year.id)):
            check_in_year(year, p.start, f"{period_label(p.kind, p.number)} ({grades_text(p.grade_from, p.grade_to)})")
            check_in_year(year, p.end, f"{period_label(p.kind, p.number)} ({grades_text(p.grade_from, p.grade_to)})")
        lessons = session.scalar(select(func.count(Lesson.id)).join(Course, Course.id == Lesson.course_id).where(
            Course.academic_year_id == year.id, or_(Lesson.date < start, Lesson.date > end))) or 0
        if lessons:
            raise YearError(f"Учебный год: вне дат {day_text(start)} – {day_text(end)} уже есть уроки ({lessons}).")
        audit.record(session, actor.account_id, "update", "academic_year", year.id, old=old,
                     new={"start": start, "end": end})
        return _info(year)
