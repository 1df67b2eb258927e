"""The timetable for printing: weeks as `printing.timetable_sheet` data, written as PDF or .xlsx."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from ...domain import timetable as rules
from ...printing import timetable_sheet as sheet
from ...storage.database import Database
from ...storage.models import School, SchoolClass
from ..access.actor import Actor
from ..access.guard import unit
from .model import VIEWS, TimetableError, Week
from .weeks import (
    bell_times,
    build_week,
    clamp_to_year,
    find_year,
    require_staff,
    timetable_entries,
    year_courses,
)


def _sheet(w: Week) -> sheet.WeekSheet:
    days = 6 if w.saturday else 5
    cells = {}
    for (wd, n), items in w.cells.items():
        cells[(wd, n)] = tuple(sheet.SheetEntry(
            subject=s.subject, subject_short=s.subject_short,
            teacher="" if w.view == "teacher" else s.teacher,
            room="" if w.view == "room" else s.room,
            group=s.subgroup, class_label="" if w.view == "class" else s.class_label) for s in items)
    last = max([n for (_, n) in w.cells] or [0])
    numbers = tuple(range(1, max(last, 6 if w.view == "class" else last) + 1)) or (1,)
    return sheet.WeekSheet(
        title=w.title, view=w.view, days=tuple(rules.WEEKDAYS[:days]), numbers=numbers,
        bells=tuple(w.bell_text(n) for n in numbers), cells=cells)


def timetable_book(db: Database, actor: Actor, view: str = "class", keys: Sequence[int | str] | None = None,
                   on: dt.date | None = None, academic_year_id: int | None = None) -> sheet.TimetableBook:
    """Weeks to print: the given classes, teachers or rooms (default: every class of the year)."""
    require_staff(actor)
    if view not in VIEWS:
        raise TimetableError(f"Неизвестный вид расписания «{view}»: класс, учитель или кабинет.")
    with unit(db, actor) as session:
        if view == "class" and keys and academic_year_id is None:
            cls = session.get(SchoolClass, int(keys[0]))
            if cls is None:
                raise TimetableError("Такого класса нет.")
            academic_year_id = cls.academic_year_id
        year = find_year(session, academic_year_id)
        on = clamp_to_year(on, year)
        if not keys:
            if view != "class":
                raise TimetableError("Укажите учителя или кабинет.")
            keys = list(session.scalars(select(SchoolClass.id).where(SchoolClass.academic_year_id == year.id)
                                        .order_by(SchoolClass.grade, SchoolClass.letter)))
            if not keys:
                raise TimetableError(f"В {year.label} учебном году нет классов.")
        courses, entries, bells = year_courses(session, year.id), timetable_entries(session, None, year.id), bell_times(session)
        weeks = tuple(_sheet(build_week(session, actor, view, k, on, year, courses, entries, bells)) for k in keys)
        school = session.scalar(select(School.name).limit(1)) or ""
        return sheet.TimetableBook(school, year.label, on, weeks)


def export(db: Database, actor: Actor, path: str | Path, view: str = "class",
           keys: Sequence[int | str] | None = None, on: dt.date | None = None,
           academic_year_id: int | None = None) -> Path:
    """The timetable as .pdf (a page per week) or .xlsx (by the file's suffix), written whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise TimetableError(f"Файл «{path.name}»: расписание сохраняется в .pdf или .xlsx.")
    book = timetable_book(db, actor, view, keys, on, academic_year_id)
    return sheet.write_pdf_file(path, book) if suffix == ".pdf" else sheet.write_xlsx_file(path, book)
