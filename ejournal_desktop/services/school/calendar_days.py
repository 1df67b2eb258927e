"""The special days of a school year: holidays and extra days off (`add_holiday`, `update_holiday`,
`remove_holiday`, `add_default_holidays`), working days moved by a government decree (`add_moved_day`,
`remove_moved_day`), short days with shorter lessons (`add_short_day`, `remove_short_day`).

A holiday or a moved day over lessons that already have marks or attendance is refused: such lessons
are never deleted.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from ...domain.calendar import default_holidays
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import AcademicYear, Holiday, MovedDay, ShortDay
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from .year import (
    HolidayRow,
    MovedDayRow,
    ShortDayRow,
    YearError,
    check_dates,
    check_grades,
    check_in_year,
    day_text,
    holiday_row,
    marked_lessons,
    open_year,
    year_bounds,
)

HOLIDAY_KINDS = {"holiday": "каникулы", "day_off": "выходной день"}
WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")


def _holiday_fields(session: Session, year: AcademicYear, name: str, start: dt.date, end: dt.date,
                    grade_from: int, grade_to: int, kind: str, holiday_id: int | None = None) -> dict:
    name = (name or "").strip()
    if not name:
        raise YearError("Название: укажите, например, «осенние каникулы» или «выходной день (перенос)».")
    if len(name) > 200:
        raise YearError(f"Название: не длиннее 200 знаков (сейчас {len(name)}).")
    if kind not in HOLIDAY_KINDS:
        raise YearError(f"Вид: «{kind}» — допустимы {', '.join(HOLIDAY_KINDS.values())}.")
    check_grades(grade_from, grade_to)
    check_dates(start, end, f"«{name}»")
    check_in_year(year, start, f"«{name}»")
    check_in_year(year, end, f"«{name}»")
    clash = session.scalar(select(Holiday).where(
        Holiday.academic_year_id == year.id, Holiday.start <= end, Holiday.end >= start,
        Holiday.grade_from <= grade_to, Holiday.grade_to >= grade_from,
        Holiday.id != (holiday_id or -1)).limit(1))
    if clash is not None:
        raise YearError(f"«{name}»: даты пересекаются с «{clash.name}» ({day_text(clash.start)} – {day_text(clash.end)}).")
    marked = marked_lessons(session, year.id, start, end, grade_from, grade_to)
    if marked:
        raise YearError(f"«{name}»: на эти дни ({day_text(start)} – {day_text(end)}) уже проведены уроки с отметками или "
                        f"посещаемостью ({marked}). Отклонено: такие уроки не удаляются.")
    return {"name": name, "start": start, "end": end, "grade_from": grade_from, "grade_to": grade_to, "kind": kind}


def add_holiday(db: Database, actor: Actor, year_id: int, name: str, start: dt.date, end: dt.date,
                grade_from: int = 1, grade_to: int = 11, kind: str = "holiday") -> HolidayRow:
    """Holidays or an extra day off (kind "day_off") for the grades; lessons are not given on them."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="каникулы")
        year = open_year(session, year_id)
        values = _holiday_fields(session, year, name, start, end, grade_from, grade_to, kind)
        h = Holiday(academic_year_id=year.id, **values)
        session.add(h)
        session.flush()
        audit.record(session, actor.account_id, "create", "holiday", h.id, new=values)
        return holiday_row(h)


def update_holiday(db: Database, actor: Actor, holiday_id: int, name: str, start: dt.date, end: dt.date,
                   grade_from: int = 1, grade_to: int = 11, kind: str = "holiday") -> HolidayRow:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="каникулы")
        h = session.get(Holiday, holiday_id)
        if h is None:
            raise YearError("Таких каникул нет.")
        year = open_year(session, h.academic_year_id)
        values = _holiday_fields(session, year, name, start, end, grade_from, grade_to, kind, holiday_id)
        old = {k: getattr(h, k) for k in values}
        for k, v in values.items():
            setattr(h, k, v)
        audit.record(session, actor.account_id, "update", "holiday", h.id, old=old, new=values)
        return holiday_row(h)


def remove_holiday(db: Database, actor: Actor, holiday_id: int) -> None:
    _remove(db, actor, Holiday, holiday_id, "каникулы", "Таких каникул нет.", "holiday",
            ("name", "start", "end", "kind"))


def add_default_holidays(db: Database, actor: Actor, year_id: int) -> list[HolidayRow]:
    """The usual holidays of a Russian school year (and the February week of the first grade), where
    the year has none on those dates yet."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="каникулы")
        year = open_year(session, year_id)
        first, last = year_bounds(year)
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
            if marked_lessons(session, year.id, start, end, g_from, g_to):
                continue
            row = Holiday(academic_year_id=year.id, name=h.name, start=start, end=end, grade_from=g_from,
                          grade_to=g_to, kind="holiday")
            session.add(row)
            session.flush()
            audit.record(session, actor.account_id, "create", "holiday", row.id,
                         new={"name": row.name, "start": start, "end": end, "grade_from": g_from, "grade_to": g_to})
            added.append(holiday_row(row))
        return added


# --- moved and short days -------------------------------------------------------------------------------------

def add_moved_day(db: Database, actor: Actor, year_id: int, day_off: dt.date, working_day: dt.date,
                  works_as: int | None = None, decree: str = "") -> MovedDayRow:
    """Перенос рабочего дня: no lessons on `day_off`; `working_day` has the lessons of the weekday
    `works_as` (default: the weekday of the day off)."""
    works_as = day_off.weekday() if works_as is None else works_as
    decree = (decree or "").strip()
    if day_off == working_day:
        raise YearError(f"Перенос: выходной и рабочий день совпадают ({day_text(day_off)}).")
    if not 0 <= works_as <= 5:
        raise YearError(f"Перенос: «работает как» — день недели с понедельника по субботу, а не "
                        f"{WEEKDAYS[works_as] if 0 <= works_as < 7 else works_as}.")
    if len(decree) > 300:
        raise YearError(f"Основание: не длиннее 300 знаков (сейчас {len(decree)}).")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="перенос рабочего дня")
        year = open_year(session, year_id)
        check_in_year(year, day_off, "Перенос: выходной день")
        check_in_year(year, working_day, "Перенос: рабочий день")
        taken = session.scalar(select(MovedDay).where(
            MovedDay.academic_year_id == year.id,
            or_(MovedDay.day_off.in_([day_off, working_day]), MovedDay.working_day.in_([day_off, working_day])))
            .limit(1))
        if taken is not None:
            raise YearError(f"Перенос: {day_text(taken.day_off)} → {day_text(taken.working_day)} уже записан на эти дни.")
        on_holiday = session.scalar(select(Holiday.name).where(
            Holiday.academic_year_id == year.id, Holiday.start <= working_day, Holiday.end >= working_day).limit(1))
        if on_holiday:
            raise YearError(f"Перенос: рабочий день {day_text(working_day)} приходится на «{on_holiday}».")
        marked = marked_lessons(session, year.id, day_off, day_off)
        if marked:
            raise YearError(f"Перенос: {day_text(day_off)} уже проведены уроки с отметками или посещаемостью "
                            f"({marked}). Отклонено: такие уроки не удаляются.")
        row = MovedDay(academic_year_id=year.id, day_off=day_off, working_day=working_day, works_as=works_as,
                       decree=decree)
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "moved_day", row.id,
                     new={"day_off": day_off, "working_day": working_day, "works_as": works_as, "decree": decree})
        return MovedDayRow(row.id, day_off, working_day, works_as, decree)


def remove_moved_day(db: Database, actor: Actor, moved_day_id: int) -> None:
    _remove(db, actor, MovedDay, moved_day_id, "перенос рабочего дня", "Такого переноса нет.",
            "moved_day", ("day_off", "working_day", "works_as"))


def add_short_day(db: Database, actor: Actor, year_id: int, day: dt.date, lesson_minutes: int = 30,
                  reason: str = "") -> ShortDayRow:
    """A short day: lessons of `lesson_minutes` minutes (10–45), the breaks as usual."""
    reason = (reason or "").strip()
    if not 10 <= lesson_minutes <= 45:
        raise YearError(f"Сокращённый день: урок — от 10 до 45 минут, а не {lesson_minutes}.")
    if day.weekday() == 6:
        raise YearError(f"Сокращённый день: {day_text(day)} — воскресенье.")
    if len(reason) > 300:
        raise YearError(f"Основание: не длиннее 300 знаков (сейчас {len(reason)}).")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="сокращённый день")
        year = open_year(session, year_id)
        check_in_year(year, day, "Сокращённый день")
        if session.scalar(select(exists().where(ShortDay.academic_year_id == year.id, ShortDay.date == day))):
            raise YearError(f"Сокращённый день {day_text(day)} уже записан.")
        row = ShortDay(academic_year_id=year.id, date=day, lesson_minutes=lesson_minutes, reason=reason)
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "short_day", row.id,
                     new={"date": day, "lesson_minutes": lesson_minutes, "reason": reason})
        return ShortDayRow(row.id, day, lesson_minutes, reason)


def remove_short_day(db: Database, actor: Actor, short_day_id: int) -> None:
    _remove(db, actor, ShortDay, short_day_id, "сокращённый день", "Такого сокращённого дня нет.",
            "short_day", ("date", "lesson_minutes"))


def _remove(db: Database, actor: Actor, model, row_id: int, detail: str, missing: str, entity: str,
            fields: tuple[str, ...]) -> None:
    """Delete one special day of an open year, the audit keeping `fields` of it."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail=detail)
        row = session.get(model, row_id)
        if row is None:
            raise YearError(missing)
        open_year(session, row.academic_year_id)
        audit.record(session, actor.account_id, "delete", entity, row.id,
                     old={f: getattr(row, f) for f in fields})
        session.delete(row)
