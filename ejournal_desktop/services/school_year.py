"""The structure of the school year (учебный год), set up by the deputy (Action.configure_grading).

- `create_year` / `update_year`: the year's first and last day.
- `set_periods`: the periods of a range of grades (quarters for 1–9, half-years for 10–11…), with
  their dates (the usual dates when none are given); `update_period` moves one period's dates,
  `remove_periods` removes a range's structure while no period mark stands on it.
- `add_holiday` / `update_holiday` / `remove_holiday` / `add_default_holidays`: holidays and extra
  days off, for all grades or a range (the February week of the first grade).
- `add_moved_day` / `remove_moved_day`: a working day moved by a government decree.
- `add_short_day` / `remove_short_day`: a short day (shorter lessons, same breaks).
- `set_bells` / `remove_shift`: the bell schedule of each shift.

Changes after work has started stay safe: a period's new dates that move marks out of a period with
period marks, or a holiday over lessons with marks, are refused with the reason; new dates that change
averages are carried out only when confirmed (`setup_effects.NeedsConfirmation` shows how many), and
the audit record keeps the effect. Every call: the right, validation with a Russian message, one
transaction, an audit record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, exists, func, or_, select
from sqlalchemy.orm import Session

from ..domain.calendar import PeriodKind, default_holidays, default_periods, period_label
from ..domain.rights import Action
from ..storage.database import Database
from ..storage.models import (
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
    TimetableEntry,
    YearStatus,
)
from . import audit, setup_effects
from .actor import Actor
from .errors import ServiceError
from .guard import require, unit
from .setup_effects import Effect, NeedsConfirmation

__all__ = [
    "HOLIDAY_KINDS", "Bell", "HolidayRow", "MovedDayRow", "PeriodRow", "ShortDayRow", "YearError", "YearInfo",
    "YearSetup", "add_default_holidays", "add_holiday", "add_moved_day", "add_short_day", "bells",
    "create_year", "period_change_effect", "remove_holiday", "remove_moved_day", "remove_periods",
    "remove_shift", "remove_short_day", "set_bells", "set_periods", "short_bells", "update_holiday",
    "update_period", "update_year", "year_setup", "years",
]

HOLIDAY_KINDS = {"holiday": "каникулы", "day_off": "выходной день"}
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
MAX_SHIFTS, MAX_LESSONS = 3, 10


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

def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def _grades(grade_from: int, grade_to: int) -> str:
    return f"{grade_from} кл." if grade_from == grade_to else f"{grade_from}–{grade_to} кл."


def _bounds(year: AcademicYear) -> tuple[dt.date, dt.date]:
    return (year.start or dt.date(year.start_year, 9, 1), year.end or dt.date(year.start_year + 1, 8, 31))


def _info(year: AcademicYear) -> YearInfo:
    start, end = _bounds(year)
    return YearInfo(year.id, year.start_year, year.label, start, end, year.status is YearStatus.open)


def _open_year(session: Session, year_id: int) -> AcademicYear:
    year = session.get(AcademicYear, year_id)
    if year is None:
        raise YearError("Такого учебного года в журнале нет.")
    if year.status is not YearStatus.open:
        raise YearError(f"Учебный год {year.label} закрыт: его структуру не меняют.")
    return year


def _current(session: Session) -> AcademicYear | None:
    year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                          .order_by(AcademicYear.start_year.desc()).limit(1))
    return year or session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))


def _check_grades(grade_from: int, grade_to: int) -> None:
    if not (1 <= grade_from <= 11 and 1 <= grade_to <= 11):
        raise YearError(f"Классы: параллели задаются числами от 1 до 11, а не {grade_from}–{grade_to}.")
    if grade_from > grade_to:
        raise YearError(f"Классы: «с {grade_from}» больше, чем «по {grade_to}».")


def _in_year(year: AcademicYear, day: dt.date, what: str) -> None:
    start, end = _bounds(year)
    if not start <= day <= end:
        raise YearError(f"{what}: {_d(day)} вне учебного года {year.label} ({_d(start)} – {_d(end)}).")


def _dates(start: dt.date, end: dt.date, what: str) -> None:
    if end < start:
        raise YearError(f"{what}: окончание {_d(end)} раньше начала {_d(start)}.")


def _marked_lessons(session: Session, year_id: int, start: dt.date, end: dt.date,
                    grade_from: int = 1, grade_to: int = 11) -> int:
    """Lessons of the year's classes of these grades in the dates that have marks or attendance."""
    has = or_(exists().where(Mark.lesson_id == Lesson.id), exists().where(Attendance.lesson_id == Lesson.id))
    return session.scalar(
        select(func.count(Lesson.id)).join(Course, Course.id == Lesson.course_id)
        .join(SchoolClass, SchoolClass.id == Course.school_class_id)
        .where(Course.academic_year_id == year_id, Lesson.date >= start, Lesson.date <= end,
               SchoolClass.grade >= grade_from, SchoolClass.grade <= grade_to, has)) or 0


def _period_row(session: Session, p: Period) -> PeriodRow:
    marks = session.scalar(select(func.count(PeriodMark.id)).where(PeriodMark.period_id == p.id)) or 0
    return PeriodRow(p.id, p.kind.value, p.number, period_label(p.kind, p.number), p.start, p.end,
                     p.grade_from, p.grade_to, marks)


def _holiday_row(h: Holiday) -> HolidayRow:
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
        out.periods = [_period_row(session, p) for p in session.scalars(
            select(Period).where(Period.academic_year_id == year.id)
            .order_by(Period.grade_from, Period.start))]
        out.holidays = [_holiday_row(h) for h in session.scalars(
            select(Holiday).where(Holiday.academic_year_id == year.id).order_by(Holiday.start, Holiday.grade_from))]
        out.moved_days = [MovedDayRow(m.id, m.day_off, m.working_day, m.works_as, m.decree) for m in session.scalars(
            select(MovedDay).where(MovedDay.academic_year_id == year.id).order_by(MovedDay.day_off))]
        out.short_days = [ShortDayRow(s.id, s.date, s.lesson_minutes, s.reason) for s in session.scalars(
            select(ShortDay).where(ShortDay.academic_year_id == year.id).order_by(ShortDay.date))]
        return out


# --- the year -------------------------------------------------------------------------------------------------

def _check_year_dates(start: dt.date, end: dt.date) -> int:
    _dates(start, end, "Учебный год")
    if (end - start).days > 366:
        raise YearError(f"Учебный год: с {_d(start)} по {_d(end)} — больше года.")
    if (end - start).days < 150:
        raise YearError(f"Учебный год: с {_d(start)} по {_d(end)} — меньше пяти месяцев.")
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
        year = _open_year(session, year_id)
        if start_year != year.start_year:
            raise YearError(f"Учебный год {year.label} начинается в {year.start_year} году, а не {start:%d.%m.%Y}.")
        old = {"start": _bounds(year)[0], "end": _bounds(year)[1]}
        year.start, year.end = start, end
        for p in session.scalars(select(Period).where(Period.academic_year_id == year.id)):
            _in_year(year, p.start, f"{period_label(p.kind, p.number)} ({_grades(p.grade_from, p.grade_to)})")
            _in_year(year, p.end, f"{period_label(p.kind, p.number)} ({_grades(p.grade_from, p.grade_to)})")
        lessons = session.scalar(select(func.count(Lesson.id)).join(Course, Course.id == Lesson.course_id).where(
            Course.academic_year_id == year.id, or_(Lesson.date < start, Lesson.date > end))) or 0
        if lessons:
            raise YearError(f"Учебный год: вне дат {_d(start)} – {_d(end)} уже есть уроки ({lessons}).")
        audit.record(session, actor.account_id, "update", "academic_year", year.id, old=old,
                     new={"start": start, "end": end})
        return _info(year)


# --- periods --------------------------------------------------------------------------------------------------

def _check_sequence(year: AcademicYear, kind: PeriodKind, dates: Sequence[tuple[dt.date, dt.date]],
                    grades: str) -> None:
    if len(dates) != kind.count:
        raise YearError(f"Периоды ({grades}): в году {kind.count} — «{kind.label}», а задано {len(dates)}.")
    previous = None
    for number, (start, end) in enumerate(dates, start=1):
        what = f"{period_label(kind, number)} ({grades})"
        _dates(start, end, what)
        _in_year(year, start, what)
        _in_year(year, end, what)
        if previous is not None and start <= previous:
            raise YearError(f"{what}: начало {_d(start)} не позже окончания предыдущего периода {_d(previous)}.")
        previous = end


def _structure(session: Session, year_id: int, grade_from: int, grade_to: int) -> list[Period]:
    return list(session.scalars(select(Period).where(
        Period.academic_year_id == year_id, Period.grade_from == grade_from, Period.grade_to == grade_to)
        .order_by(Period.start)))


def _check_overlap(session: Session, year: AcademicYear, grade_from: int, grade_to: int) -> None:
    for p in session.scalars(select(Period).where(Period.academic_year_id == year.id)):
        same = (p.grade_from, p.grade_to) == (grade_from, grade_to)
        if not same and p.grade_from <= grade_to and grade_from <= p.grade_to:
            raise YearError(f"Классы {_grades(grade_from, grade_to)}: для {_grades(p.grade_from, p.grade_to)} уже "
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
    _check_grades(grade_from, grade_to)
    grades = _grades(grade_from, grade_to)
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебные периоды")
        year = _open_year(session, year_id)
        if dates is None:
            first, last = _bounds(year)
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
            return [_period_row(session, p) for p in existing]
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
        return [_period_row(session, p) for p in created]


def _new_dates(session: Session, period: Period, start: dt.date, end: dt.date) -> dict[int, tuple[dt.date, dt.date]]:
    year = period.academic_year
    siblings = _structure(session, year.id, period.grade_from, period.grade_to)
    dates = [(start, end) if p.id == period.id else (p.start, p.end) for p in siblings]
    _check_sequence(year, period.kind, dates, _grades(period.grade_from, period.grade_to))
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
        _open_year(session, period.academic_year_id)
        label = f"{period_label(period.kind, period.number)} ({_grades(period.grade_from, period.grade_to)})"
        effect, period_marks = _effect(session, period.academic_year_id, period.grade_from, period.grade_to,
                                       _new_dates(session, period, start, end))
        if effect.marks and period_marks:
            raise YearError(f"{label}: новые даты переносят {setup_effects.plural(effect.marks, 'отметку', 'отметки', 'отметок')} "
                            f"в другой период или из него, а итоговые отметки за период уже выставлены "
                            f"({period_marks}). Изменение отклонено: сначала отмените итоговые отметки.")
        if effect and not confirm:
            raise NeedsConfirmation(f"{label}: новые даты {_d(start)} – {_d(end)}", effect)
        old = {"start": period.start, "end": period.end}
        period.start, period.end = start, end
        session.flush()
        audit.record(session, actor.account_id, "update", "period", period.id, old=old,
                     new={"start": start, "end": end, "effect": effect.as_dict()})
        return _period_row(session, period)


def remove_periods(db: Database, actor: Actor, year_id: int, grade_from: int, grade_to: int) -> int:
    """Remove the periods of a grade range; refused while period marks stand on them."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебные периоды")
        year = _open_year(session, year_id)
        existing = _structure(session, year.id, grade_from, grade_to)
        if not existing:
            raise YearError(f"Для {_grades(grade_from, grade_to)} периоды не заданы.")
        marks = session.scalar(select(func.count(PeriodMark.id)).where(
            PeriodMark.period_id.in_([p.id for p in existing]))) or 0
        if marks:
            raise YearError(f"Периоды ({_grades(grade_from, grade_to)}): уже выставлено итоговых отметок за "
                            f"период: {marks}. Такие периоды не удаляют.")
        old = [{"kind": p.kind.value, "number": p.number, "start": p.start, "end": p.end} for p in existing]
        for p in existing:
            session.delete(p)
        audit.record(session, actor.account_id, "delete", "period_structure", year.id, old=old,
                     new={"grade_from": grade_from, "grade_to": grade_to})
        return len(existing)


# --- holidays and days off --------------------------------------------------------------------------------------

def _holiday_fields(session: Session, year: AcademicYear, name: str, start: dt.date, end: dt.date,
                    grade_from: int, grade_to: int, kind: str, holiday_id: int | None = None) -> dict:
    name = (name or "").strip()
    if not name:
        raise YearError("Название: укажите, например, «осенние каникулы» или «выходной день (перенос)».")
    if len(name) > 200:
        raise YearError(f"Название: не длиннее 200 знаков (сейчас {len(name)}).")
    if kind not in HOLIDAY_KINDS:
        raise YearError(f"Вид: «{kind}» — допустимы {', '.join(HOLIDAY_KINDS.values())}.")
    _check_grades(grade_from, grade_to)
    _dates(start, end, f"«{name}»")
    _in_year(year, start, f"«{name}»")
    _in_year(year, end, f"«{name}»")
    clash = session.scalar(select(Holiday).where(
        Holiday.academic_year_id == year.id, Holiday.start <= end, Holiday.end >= start,
        Holiday.grade_from <= grade_to, Holiday.grade_to >= grade_from,
        Holiday.id != (holiday_id or -1)).limit(1))
    if clash is not None:
        raise YearError(f"«{name}»: даты пересекаются с «{clash.name}» ({_d(clash.start)} – {_d(clash.end)}).")
    marked = _marked_lessons(session, year.id, start, end, grade_from, grade_to)
    if marked:
        raise YearError(f"«{name}»: на эти дни ({_d(start)} – {_d(end)}) уже проведены уроки с отметками или "
                        f"посещаемостью ({marked}). Отклонено: такие уроки не удаляются.")
    return {"name": name, "start": start, "end": end, "grade_from": grade_from, "grade_to": grade_to, "kind": kind}


def add_holiday(db: Database, actor: Actor, year_id: int, name: str, start: dt.date, end: dt.date,
                grade_from: int = 1, grade_to: int = 11, kind: str = "holiday") -> HolidayRow:
    """Holidays or an extra day off (kind "day_off") for the grades; lessons are not given on them."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="каникулы")
        year = _open_year(session, year_id)
        values = _holiday_fields(session, year, name, start, end, grade_from, grade_to, kind)
        h = Holiday(academic_year_id=year.id, **values)
        session.add(h)
        session.flush()
        audit.record(session, actor.account_id, "create", "holiday", h.id, new=values)
        return _holiday_row(h)


def update_holiday(db: Database, actor: Actor, holiday_id: int, name: str, start: dt.date, end: dt.date,
                   grade_from: int = 1, grade_to: int = 11, kind: str = "holiday") -> HolidayRow:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="каникулы")
        h = session.get(Holiday, holiday_id)
        if h is None:
            raise YearError("Таких каникул нет.")
        year = _open_year(session, h.academic_year_id)
        values = _holiday_fields(session, year, name, start, end, grade_from, grade_to, kind, holiday_id)
        old = {k: getattr(h, k) for k in values}
        for k, v in values.items():
            setattr(h, k, v)
        audit.record(session, actor.account_id, "update", "holiday", h.id, old=old, new=values)
        return _holiday_row(h)


def remove_holiday(db: Database, actor: Actor, holiday_id: int) -> None:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="каникулы")
        h = session.get(Holiday, holiday_id)
        if h is None:
            raise YearError("Таких каникул нет.")
        _open_year(session, h.academic_year_id)
        audit.record(session, actor.account_id, "delete", "holiday", h.id,
                     old={"name": h.name, "start": h.start, "end": h.end, "kind": h.kind})
        session.delete(h)


def add_default_holidays(db: Database, actor: Actor, year_id: int) -> list[HolidayRow]:
    """The usual holidays of a Russian school year (and the February week of the first grade), where
    the year has none on those dates yet."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="каникулы")
        year = _open_year(session, year_id)
        first, last = _bounds(year)
        common = default_holidays(year.start_year)
        wanted = [(h, 1, 11) for h in common] + [
            (h, 1, 1) for h in default_holidays(year.start_year, first_grade=True) if h not in common]
        added = []
        for h, g_from, g_to in wanted:
            start, end = max(h.start, first), min(h.end, last)
            if start > end or session.scalar(select(exists().where(
                    Holiday.academic_year_id == year.id, Holiday.start <= end, Holiday.end >= start,
                    Holiday.grade_from <= g_to, Holiday.grade_to >= g_from))):
                continue
            if _marked_lessons(session, year.id, start, end, g_from, g_to):
                continue
            row = Holiday(academic_year_id=year.id, name=h.name, start=start, end=end, grade_from=g_from,
                          grade_to=g_to, kind="holiday")
            session.add(row)
            session.flush()
            audit.record(session, actor.account_id, "create", "holiday", row.id,
                         new={"name": row.name, "start": start, "end": end, "grade_from": g_from, "grade_to": g_to})
            added.append(_holiday_row(row))
        return added


# --- moved and short days -------------------------------------------------------------------------------------

def add_moved_day(db: Database, actor: Actor, year_id: int, day_off: dt.date, working_day: dt.date,
                  works_as: int | None = None, decree: str = "") -> MovedDayRow:
    """Перенос рабочего дня: no lessons on `day_off`; `working_day` has the lessons of the weekday
    `works_as` (default: the weekday of the day off)."""
    works_as = day_off.weekday() if works_as is None else works_as
    decree = (decree or "").strip()
    if day_off == working_day:
        raise YearError(f"Перенос: выходной и рабочий день совпадают ({_d(day_off)}).")
    if not 0 <= works_as <= 5:
        raise YearError(f"Перенос: «работает как» — день недели с понедельника по субботу, а не "
                        f"{WEEKDAYS[works_as] if 0 <= works_as < 7 else works_as}.")
    if len(decree) > 300:
        raise YearError(f"Основание: не длиннее 300 знаков (сейчас {len(decree)}).")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="перенос рабочего дня")
        year = _open_year(session, year_id)
        _in_year(year, day_off, "Перенос: выходной день")
        _in_year(year, working_day, "Перенос: рабочий день")
        taken = session.scalar(select(MovedDay).where(
            MovedDay.academic_year_id == year.id,
            or_(MovedDay.day_off.in_([day_off, working_day]), MovedDay.working_day.in_([day_off, working_day])))
            .limit(1))
        if taken is not None:
            raise YearError(f"Перенос: {_d(taken.day_off)} → {_d(taken.working_day)} уже записан на эти дни.")
        on_holiday = session.scalar(select(Holiday.name).where(
            Holiday.academic_year_id == year.id, Holiday.start <= working_day, Holiday.end >= working_day).limit(1))
        if on_holiday:
            raise YearError(f"Перенос: рабочий день {_d(working_day)} приходится на «{on_holiday}».")
        marked = _marked_lessons(session, year.id, day_off, day_off)
        if marked:
            raise YearError(f"Перенос: {_d(day_off)} уже проведены уроки с отметками или посещаемостью "
                            f"({marked}). Отклонено: такие уроки не удаляются.")
        row = MovedDay(academic_year_id=year.id, day_off=day_off, working_day=working_day, works_as=works_as,
                       decree=decree)
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "moved_day", row.id,
                     new={"day_off": day_off, "working_day": working_day, "works_as": works_as, "decree": decree})
        return MovedDayRow(row.id, day_off, working_day, works_as, decree)


def remove_moved_day(db: Database, actor: Actor, moved_day_id: int) -> None:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="перенос рабочего дня")
        row = session.get(MovedDay, moved_day_id)
        if row is None:
            raise YearError("Такого переноса нет.")
        _open_year(session, row.academic_year_id)
        audit.record(session, actor.account_id, "delete", "moved_day", row.id,
                     old={"day_off": row.day_off, "working_day": row.working_day, "works_as": row.works_as})
        session.delete(row)


def add_short_day(db: Database, actor: Actor, year_id: int, day: dt.date, lesson_minutes: int = 30,
                  reason: str = "") -> ShortDayRow:
    """A short day: lessons of `lesson_minutes` minutes (10–45), the breaks as usual."""
    reason = (reason or "").strip()
    if not 10 <= lesson_minutes <= 45:
        raise YearError(f"Сокращённый день: урок — от 10 до 45 минут, а не {lesson_minutes}.")
    if day.weekday() == 6:
        raise YearError(f"Сокращённый день: {_d(day)} — воскресенье.")
    if len(reason) > 300:
        raise YearError(f"Основание: не длиннее 300 знаков (сейчас {len(reason)}).")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="сокращённый день")
        year = _open_year(session, year_id)
        _in_year(year, day, "Сокращённый день")
        if session.scalar(select(exists().where(ShortDay.academic_year_id == year.id, ShortDay.date == day))):
            raise YearError(f"Сокращённый день {_d(day)} уже записан.")
        row = ShortDay(academic_year_id=year.id, date=day, lesson_minutes=lesson_minutes, reason=reason)
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "short_day", row.id,
                     new={"date": day, "lesson_minutes": lesson_minutes, "reason": reason})
        return ShortDayRow(row.id, day, lesson_minutes, reason)


def remove_short_day(db: Database, actor: Actor, short_day_id: int) -> None:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="сокращённый день")
        row = session.get(ShortDay, short_day_id)
        if row is None:
            raise YearError("Такого сокращённого дня нет.")
        _open_year(session, row.academic_year_id)
        audit.record(session, actor.account_id, "delete", "short_day", row.id,
                     old={"date": row.date, "lesson_minutes": row.lesson_minutes})
        session.delete(row)


def short_bells(regular: Sequence[Bell], lesson_minutes: int) -> list[Bell]:
    """A shift's bells on a short day: the first lesson starts as usual, lessons last `lesson_minutes`,
    the breaks keep their length."""
    out: list[Bell] = []
    at = None
    for i, b in enumerate(regular):
        if at is None:
            at = dt.datetime.combine(dt.date(2000, 1, 1), b.starts_at)
        else:
            prev = regular[i - 1]
            gap = (dt.datetime.combine(dt.date(2000, 1, 1), b.starts_at)
                   - dt.datetime.combine(dt.date(2000, 1, 1), prev.ends_at))
            at = at + gap
        end = at + dt.timedelta(minutes=lesson_minutes)
        out.append(Bell(b.lesson_number, at.time(), end.time()))
        at = end
    return out


# --- bells and shifts -----------------------------------------------------------------------------------------

def set_bells(db: Database, actor: Actor, shift: int, times: Sequence[tuple[dt.time, dt.time]]) -> list[Bell]:
    """The bell schedule of a shift (1–3): lessons 1, 2, … with their start and end, in order."""
    if not 1 <= shift <= MAX_SHIFTS:
        raise YearError(f"Смена: от 1 до {MAX_SHIFTS}, а не {shift}.")
    if not times:
        raise YearError(f"Звонки {shift}-й смены: нужен хотя бы один урок.")
    if len(times) > MAX_LESSONS:
        raise YearError(f"Звонки {shift}-й смены: не больше {MAX_LESSONS} уроков, а задано {len(times)}.")
    previous = None
    for number, (starts, ends) in enumerate(times, start=1):
        what = f"Звонки {shift}-й смены, {number}-й урок"
        if ends <= starts:
            raise YearError(f"{what}: конец {ends:%H:%M} не позже начала {starts:%H:%M}.")
        minutes = (dt.datetime.combine(dt.date.min, ends) - dt.datetime.combine(dt.date.min, starts)).seconds // 60
        if minutes > 90:
            raise YearError(f"{what}: {minutes} минут — урок не длиннее 90 минут.")
        if previous is not None and starts < previous:
            raise YearError(f"{what}: начало {starts:%H:%M} раньше конца предыдущего урока {previous:%H:%M}.")
        previous = ends
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="расписание звонков")
        if shift == 1:
            used = session.scalar(select(func.max(TimetableEntry.lesson_number)).join(
                Course, Course.id == TimetableEntry.course_id).join(
                AcademicYear, AcademicYear.id == Course.academic_year_id).where(
                AcademicYear.status == YearStatus.open))
            if used is not None and used > len(times):
                raise YearError(f"Звонки 1-й смены: в расписании есть {used}-й урок, а звонков задано "
                                f"{len(times)}. Сначала уберите эти уроки из расписания.")
        old = [{"n": b.lesson_number, "starts_at": b.starts_at, "ends_at": b.ends_at}
               for b in session.scalars(select(BellSchedule).where(BellSchedule.shift == shift)
                                        .order_by(BellSchedule.lesson_number))]
        session.execute(delete(BellSchedule).where(BellSchedule.shift == shift))
        rows = [BellSchedule(shift=shift, lesson_number=n, starts_at=s, ends_at=e)
                for n, (s, e) in enumerate(times, start=1)]
        session.add_all(rows)
        session.flush()
        audit.record(session, actor.account_id, "update", "bell_schedule", shift, old=old or None,
                     new=[{"n": r.lesson_number, "starts_at": r.starts_at, "ends_at": r.ends_at} for r in rows])
        return [Bell(r.lesson_number, r.starts_at, r.ends_at) for r in rows]


def remove_shift(db: Database, actor: Actor, shift: int) -> None:
    if shift == 1:
        raise YearError("Первую смену не удаляют: по её звонкам идут уроки.")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="расписание звонков")
        rows = session.scalars(select(BellSchedule).where(BellSchedule.shift == shift)).all()
        if not rows:
            raise YearError(f"Звонков {shift}-й смены нет.")
        audit.record(session, actor.account_id, "delete", "bell_schedule", shift,
                     old=[{"n": b.lesson_number, "starts_at": b.starts_at, "ends_at": b.ends_at} for b in rows])
        session.execute(delete(BellSchedule).where(BellSchedule.shift == shift))
