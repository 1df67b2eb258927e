"""Reading the timetable: a class's, a teacher's or a room's week on a date, the conflicts, the choices.

Also the readers the other modules of the package share (the year's courses and entries, the year's
bounds, the bell times, the week builder); every member of staff may read.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import timetable as rules
from ...domain.names import person_sort_key, short_name
from ...domain.rights import Action, may
from ...domain.roles import Role
from ...domain.timetable import Conflict, ConflictKind, Placement
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    BellSchedule,
    Course,
    CourseKind,
    Lesson,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
    TimetableEntry,
    YearStatus,
)
from ..access.actor import Actor
from ..access.guard import unit
from ..errors import Refused
from ..school.year import given_or_latest
from .model import VIEWS, Choices, CourseChoice, SlotCourse, TimetableError, Week

STAFF_ROLES = frozenset(Role) - {Role.guardian, Role.pupil}

_te = TimetableEntry.__table__
_c = Course.__table__
_l = Lesson.__table__
_sc = SchoolClass.__table__
_sub = Subject.__table__
_sg = Subgroup.__table__
_st = Staff.__table__


# --- reading ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CourseRow:
    id: int
    class_id: int | None
    class_label: str
    grade: int | None
    subject: str
    subject_short: str
    name: str
    teacher_id: int
    teacher: str
    subgroup_id: int | None
    subgroup: str
    hours: float
    kind: CourseKind

    @property
    def label(self) -> str:
        text = ", ".join(p for p in (self.class_label, self.name or self.subject) if p)
        return f"{text} ({self.subgroup})" if self.subgroup else text


@dataclass(frozen=True)
class EntryRow:
    id: int
    course_id: int
    weekday: int
    number: int
    room: str
    valid_from: dt.date
    valid_to: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def require_staff(actor: Actor) -> None:
    if not actor.roles & STAFF_ROLES:
        raise Refused("Нет права: расписание школы доступно только сотрудникам.")


def find_year(session: Session, academic_year_id: int | None) -> AcademicYear:
    year = given_or_latest(session, academic_year_id)
    if year is None:
        raise TimetableError("В журнале нет учебного года.")
    return year


def year_bounds(year: AcademicYear) -> tuple[dt.date, dt.date]:
    return dt.date(year.start_year, 9, 1), dt.date(year.start_year + 1, 8, 31)


def clamp_to_year(day: dt.date | None, year: AcademicYear) -> dt.date:
    first, last = year_bounds(year)
    return min(max(day or dt.date.today(), first), last)


def year_courses(session: Session, year_id: int) -> dict[int, CourseRow]:
    rows = session.connection().execute(
        select(_c.c.id, _c.c.school_class_id, _c.c.subgroup_id, _c.c.teacher_id, _c.c.hours_per_week, _c.c.kind,
               _c.c.name, _sub.c.name.label("subject"), _sub.c.short_name, _sc.c.grade, _sc.c.letter,
               _sg.c.name.label("subgroup"), _st.c.surname, _st.c.name.label("t_name"), _st.c.patronymic)
        .select_from(_c).join(_sub, _sub.c.id == _c.c.subject_id)
        .join(_st, _st.c.id == _c.c.teacher_id)
        .outerjoin(_sc, _sc.c.id == _c.c.school_class_id)
        .outerjoin(_sg, _sg.c.id == _c.c.subgroup_id)
        .where(_c.c.academic_year_id == year_id)).all()
    out = {}
    for r in rows:
        out[r.id] = CourseRow(r.id, r.school_class_id, f"{r.grade}{r.letter}" if r.grade is not None else "",
                              r.grade, r.subject, r.short_name or r.subject, r.name or "", r.teacher_id,
                              short_name(r.surname, r.t_name, r.patronymic), r.subgroup_id, r.subgroup or "",
                              float(r.hours_per_week or 0), CourseKind(r.kind))
    return out


def timetable_entries(session: Session, course_ids: Iterable[int] | None,
                      year_id: int | None = None) -> list[EntryRow]:
    stmt = select(_te.c.id, _te.c.course_id, _te.c.weekday, _te.c.lesson_number, _te.c.room, _te.c.valid_from,
                  _te.c.valid_to)
    if course_ids is not None:
        ids = list(course_ids)
        if not ids:
            return []
        stmt = stmt.where(_te.c.course_id.in_(ids))
    else:
        stmt = stmt.join(_c, _c.c.id == _te.c.course_id).where(_c.c.academic_year_id == year_id)
    return [EntryRow(r.id, r.course_id, r.weekday, r.lesson_number, r.room or "", r.valid_from, r.valid_to)
            for r in session.connection().execute(stmt.order_by(_te.c.weekday, _te.c.lesson_number, _te.c.id))]


def bell_times(session: Session) -> dict[int, tuple[dt.time, dt.time]]:
    return {n: (s, e) for n, s, e in session.execute(
        select(BellSchedule.lesson_number, BellSchedule.starts_at, BellSchedule.ends_at)
        .where(BellSchedule.shift == 1))}


def _placement(e: EntryRow, c: CourseRow) -> Placement:
    return Placement(c.id, e.weekday, e.number, c.teacher_id, c.teacher, c.class_id, c.class_label,
                     c.subgroup_id, e.room, c.label)


def all_conflicts(courses: dict[int, CourseRow], valid: list[EntryRow],
                  load_of: Iterable[int] | None = None) -> list[Conflict]:
    """Slot conflicts among all valid entries, then load conflicts of the courses (default: every course
    that is a lesson by the curriculum, or has any slot)."""
    out = rules.find_conflicts(_placement(e, courses[e.course_id]) for e in valid if e.course_id in courses)
    placed: dict[int, int] = defaultdict(int)
    for e in valid:
        placed[e.course_id] += 1
    ids = load_of if load_of is not None else [
        c.id for c in courses.values() if c.kind is CourseKind.lesson or placed.get(c.id)]
    for cid in sorted(ids, key=lambda i: (courses[i].class_label, courses[i].label)):
        c = courses[cid]
        if c.kind is CourseKind.individual and not placed.get(cid):
            continue  # individual schooling may keep its hours outside the class timetable
        found = rules.load_conflict(cid, c.label, c.hours, placed.get(cid, 0))
        if found is not None:
            out.append(found)
    return out


def _title(session: Session, view: str, key: int | str) -> str:
    if view == "class":
        cls = session.get(SchoolClass, int(key))
        if cls is None:
            raise TimetableError("Такого класса нет.")
        return f"{cls.label} класс"
    if view == "teacher":
        person = session.get(Staff, int(key))
        if person is None:
            raise TimetableError("Такого сотрудника нет.")
        return " ".join(p for p in (person.surname, person.name, person.patronymic) if p)
    if view == "room":
        return f"Кабинет {key}" if str(key)[:1].isdigit() else str(key)
    raise TimetableError(f"Неизвестный вид расписания «{view}»: класс, учитель или кабинет.")


def build_week(session: Session, actor: Actor, view: str, key: int | str, on: dt.date, year: AcademicYear,
               courses: dict[int, CourseRow] | None = None, entries: list[EntryRow] | None = None,
               bells: dict | None = None) -> Week:
    title = _title(session, view, key)
    if view == "class" and session.get(SchoolClass, int(key)).academic_year_id != year.id:
        raise TimetableError("Класс относится к другому учебному году.")
    courses = courses if courses is not None else year_courses(session, year.id)
    entries = entries if entries is not None else timetable_entries(session, None, year.id)
    valid = [e for e in entries if e.valid_on(on) and e.course_id in courses]
    if view == "class":
        mine = {c.id for c in courses.values() if c.class_id == int(key)}
        shown = [e for e in valid if e.course_id in mine]
    elif view == "teacher":
        mine = {c.id for c in courses.values() if c.teacher_id == int(key)}
        shown = [e for e in valid if e.course_id in mine]
    else:
        room = " ".join(str(key).split()).casefold()
        shown = [e for e in valid if " ".join(e.room.split()).casefold() == room]
        mine = {e.course_id for e in shown}
        spelled = [e.room for e in entries if " ".join(e.room.split()).casefold() == room]
        if spelled:  # the room as the timetable spells it («Спортзал» for «спортзал»)
            key = " ".join(spelled[0].split())
            title = _title(session, view, key)
    cells: dict[tuple[int, int], list[SlotCourse]] = defaultdict(list)
    for e in shown:
        c = courses[e.course_id]
        cells[(e.weekday, e.number)].append(SlotCourse(
            e.id, c.id, c.name or c.subject, c.name or c.subject_short, c.teacher_id, c.teacher, c.class_id,
            c.class_label, c.subgroup, e.room, c.label, e.valid_from))
    slots = set(cells)
    load_of = mine if view != "room" else []
    found = [x for x in all_conflicts(courses, valid, load_of)
             if x.kind is ConflictKind.load or (x.slot in slots and set(x.course_ids) & mine)]
    grades = {courses[e.course_id].grade for e in shown}
    bells = bells if bells is not None else bell_times(session)
    return Week(view, key, title, on, year.label, year.id, bells,
                {k: tuple(sorted(v, key=lambda s: (s.subgroup, s.class_label, s.course_id))) for k, v in cells.items()},
                tuple(found), view == "class" and may(actor.roles, Action.edit_timetable)
                and year.status is YearStatus.open,
                any(wd == 5 for wd, _ in slots) or any(g is not None and g >= 10 for g in grades)
                or (view == "class" and (session.get(SchoolClass, int(key)).grade >= 10)),
                max([rules.MAX_LESSONS, *(n for _, n in slots)]))


def choices(db: Database, actor: Actor, academic_year_id: int | None = None) -> Choices:
    """What the page's combos offer: the year's classes, the teachers of its courses, the rooms in use."""
    require_staff(actor)
    with unit(db, actor) as session:
        year = find_year(session, academic_year_id)
        classes = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
                                  .where(SchoolClass.academic_year_id == year.id)
                                  .order_by(SchoolClass.grade, SchoolClass.letter)).all()
        teachers = session.execute(
            select(Staff.id, Staff.surname, Staff.name, Staff.patronymic).where(
                Staff.id.in_(select(Course.teacher_id).where(Course.academic_year_id == year.id)))).all()
        rooms = session.scalars(
            select(TimetableEntry.room).join(Course, Course.id == TimetableEntry.course_id)
            .where(Course.academic_year_id == year.id, TimetableEntry.room != "").distinct()).all()
        first, last = year_bounds(year)
        return Choices(
            year.id, year.label, first, last, tuple((c.id, f"{c.grade}{c.letter}") for c in classes),
            tuple((t.id, short_name(t.surname, t.name, t.patronymic))
                  for t in sorted(teachers, key=lambda t: person_sort_key(t.surname, t.name, t.patronymic))),
            tuple(sorted(set(rooms), key=_room_key)),
            may(actor.roles, Action.edit_timetable) and year.status is YearStatus.open,
            may(actor.roles, Action.record_substitution) and year.status is YearStatus.open)


def _room_key(room: str) -> tuple:
    digits = "".join(ch for ch in room if ch.isdigit())
    return (0, int(digits), room) if digits and room[:1].isdigit() else (1, 0, room.casefold())


def week(db: Database, actor: Actor, view: str, key: int | str, on: dt.date | None = None,
         academic_year_id: int | None = None) -> Week:
    """A class's (key: class id), teacher's (staff id) or room's (its name) week as on the date (default:
    today, kept inside the year), with the conflicts that touch it."""
    require_staff(actor)
    if view not in VIEWS:
        raise TimetableError(f"Неизвестный вид расписания «{view}»: класс, учитель или кабинет.")
    with unit(db, actor) as session:
        if view == "class" and academic_year_id is None:
            cls = session.get(SchoolClass, int(key))
            if cls is None:
                raise TimetableError("Такого класса нет.")
            academic_year_id = cls.academic_year_id
        year = find_year(session, academic_year_id)
        return build_week(session, actor, view, key, clamp_to_year(on, year), year)


def conflicts(db: Database, actor: Actor, on: dt.date | None = None,
              academic_year_id: int | None = None) -> list[Conflict]:
    """Every conflict of the school's timetable on the date."""
    require_staff(actor)
    with unit(db, actor) as session:
        year = find_year(session, academic_year_id)
        on = clamp_to_year(on, year)
        courses = year_courses(session, year.id)
        valid = [e for e in timetable_entries(session, None, year.id) if e.valid_on(on)]
        return all_conflicts(courses, valid)


def class_courses(db: Database, actor: Actor, class_id: int, on: dt.date | None = None) -> list[CourseChoice]:
    """The class's courses (subgroups, electives included) with their load and weekly lessons on the date."""
    require_staff(actor)
    with unit(db, actor) as session:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise TimetableError("Такого класса нет.")
        year = session.get(AcademicYear, cls.academic_year_id)
        on = clamp_to_year(on, year)
        courses = [c for c in year_courses(session, year.id).values() if c.class_id == class_id]
        entries = timetable_entries(session, [c.id for c in courses])
        placed: dict[int, int] = defaultdict(int)
        rooms: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for e in entries:
            if e.valid_on(on):
                placed[e.course_id] += 1
            if e.room:
                rooms[e.course_id][e.room] += 1
        out = []
        for c in sorted(courses, key=lambda c: (c.kind is not CourseKind.lesson, c.subject, c.subgroup, c.id)):
            name = c.name or c.subject
            label = f"{name} ({c.subgroup}) — {c.teacher}" if c.subgroup else f"{name} — {c.teacher}"
            room = max(rooms[c.id].items(), key=lambda kv: (kv[1], kv[0]))[0] if rooms.get(c.id) else ""
            out.append(CourseChoice(c.id, label, name, c.subject_short if not c.name else c.name, c.teacher_id,
                                    c.teacher, c.subgroup_id, c.subgroup, c.hours, placed.get(c.id, 0),
                                    c.kind.value, room))
        return out
