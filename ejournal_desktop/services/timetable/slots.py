"""Editing a class's slot: `set_slot` puts a course, or subgroup courses side by side, into it from a date.

The entries valid until then get `valid_to` the day before; conflicts come back at once; optionally the
class's lessons are regenerated from the date in the same transaction (`generation.generate_in`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, update

from ...domain import timetable as rules
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import AcademicYear, SchoolClass, TimetableEntry, YearStatus
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from .generation import generate_in
from .model import SlotResult, TimetableError
from .weeks import build_week, timetable_entries, year_bounds, year_courses

MAX_NUMBER = 10          # the schema's bound on a lesson number
ROOM_LENGTH = 50


def _slot_text(weekday: int, number: int) -> str:
    return rules.slot_label(weekday, number)


def set_slot(db: Database, actor: Actor, class_id: int, weekday: int, number: int,
             courses: Sequence[tuple[int, str]], valid_from: dt.date, *, regenerate: bool = False,
             now: dt.datetime | None = None) -> SlotResult:
    """Put `courses` ((course id, room) pairs; empty: a free slot) into the class's slot from `valid_from`.

    One course, or several subgroup courses side by side. The entries of the slot valid on the date end
    the day before (those starting on or after it are replaced). With `regenerate`, the lessons of the
    courses involved are brought in line from the date (never before today) in the same transaction."""
    now = now or dt.datetime.now(dt.timezone.utc)
    with unit(db, actor) as session:
        cls = session.get(SchoolClass, class_id)
        detail = f"{cls.label} класс" if cls is not None else ""
        require(actor, Action.edit_timetable, detail=detail)
        if cls is None:
            raise TimetableError("Такого класса нет.")
        year = session.get(AcademicYear, cls.academic_year_id)
        if year.status is not YearStatus.open:
            raise TimetableError(f"Учебный год {year.label} закрыт: расписание доступно только для просмотра.")
        if not 0 <= weekday <= 5:
            raise TimetableError(f"День недели {weekday} вне понедельника … субботы.")
        if not 1 <= number <= MAX_NUMBER:
            raise TimetableError(f"Номер урока {number} вне 1…{MAX_NUMBER}.")
        first, last = year_bounds(year)
        if not first <= valid_from <= last:
            raise TimetableError(f"Дата начала {valid_from:%d.%m.%Y} вне {year.label} учебного года "
                                 f"({first:%d.%m.%Y}–{last:%d.%m.%Y}).")
        where = f"{cls.label}, {_slot_text(weekday, number)}"
        all_courses = year_courses(session, year.id)
        wanted: list[tuple[int, str]] = []
        for course_id, room in courses:
            c = all_courses.get(course_id)
            if c is None or c.class_id != class_id:
                raise TimetableError(f"{where}: предмет №{course_id} не относится к {cls.label} классу.")
            room = " ".join((room or "").split())
            if len(room) > ROOM_LENGTH:
                raise TimetableError(f"{where}: кабинет «{room[:20]}…» длиннее {ROOM_LENGTH} знаков.")
            if any(course_id == w for w, _ in wanted):
                raise TimetableError(f"{where}: «{c.label}» выбран дважды.")
            wanted.append((course_id, room))
        if len(wanted) > 1:
            whole = [all_courses[cid].label for cid, _ in wanted if all_courses[cid].subgroup_id is None]
            if whole:
                raise TimetableError(f"{where}: два предмета в одном уроке возможны только для подгрупп, "
                                     f"а «{whole[0]}» — для всего класса.")
        mine = [c.id for c in all_courses.values() if c.class_id == class_id]
        current = [e for e in timetable_entries(session, mine) if e.weekday == weekday and e.number == number
                   and (e.valid_to is None or e.valid_to >= valid_from)]
        now_there = sorted((e.course_id, e.room) for e in current if e.valid_on(valid_from))
        later = [e for e in current if e.valid_from > valid_from]
        changed = now_there != sorted(wanted) or bool(later)
        report = None
        if changed:
            for e in current:
                if e.valid_from >= valid_from:
                    session.execute(delete(TimetableEntry).where(TimetableEntry.id == e.id))
                else:
                    session.execute(update(TimetableEntry).where(TimetableEntry.id == e.id)
                                    .values(valid_to=valid_from - dt.timedelta(days=1)))
            for course_id, room in wanted:
                session.add(TimetableEntry(course_id=course_id, weekday=weekday, lesson_number=number, room=room,
                                           valid_from=valid_from, valid_to=None))
            session.flush()
            audit.record(session, actor.account_id, "update", "timetable_slot", class_id,
                         old={"weekday": weekday, "number": number,
                              "courses": [{"course_id": c, "room": r} for c, r in now_there]},
                         new={"weekday": weekday, "number": number, "valid_from": valid_from.isoformat(),
                              "courses": [{"course_id": c, "room": r} for c, r in wanted]}, at=now)
            if regenerate:
                involved = sorted({c for c, _ in now_there} | {c for c, _ in wanted} | {e.course_id for e in later})
                report = generate_in(session, actor, year, valid_from, None, involved, now, None, None)
        result_week = build_week(session, actor, "class", class_id, valid_from, year, courses=all_courses)
        return SlotResult(changed, result_week, report)
