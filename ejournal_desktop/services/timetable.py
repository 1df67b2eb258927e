"""The weekly timetable (расписание) and the lessons generated from it.

- `week`: a class's, a teacher's or a room's week on a date, with bell times and the conflicts it shows;
  every member of staff may read it.
- `set_slot`: the deputy or the administrator (`Action.edit_timetable`) puts a course, or subgroup
  courses side by side, with their rooms, into a class's slot from a date: the entries valid until then
  get `valid_to` the day before (an entry that would start on or after the date is replaced). Conflicts
  come back at once (`domain.timetable`); optionally the class's lessons are regenerated from the date in
  the same transaction.
- `generate_lessons`: the lessons of the school days of the periods, minus the holidays of each grade,
  from a date (never before today) to a date; lessons with marks or attendance are never touched, those
  with a topic or homework never deleted (see `domain.timetable.plan_lessons`); the report names them.
- `lessons_on`: a day's lessons of a class or a teacher, for recording a substitution with
  `journal.set_substitute` (the substitute then fills in exactly that lesson).
- `timetable_book` / `export`: plain data for printing.timetable_sheet, written as PDF or .xlsx.

Every write is audited in its own single transaction (`guard.unit`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from ..domain import timetable as rules
from ..domain.calendar import Holiday as CalHoliday
from ..domain.names import person_sort_key, short_name
from ..domain.rights import Action, may
from ..domain.roles import Role
from ..domain.timetable import Conflict, ConflictKind, ExistingLesson, Placement, WeeklyEntry
from ..printing import timetable_sheet as sheet
from ..storage.database import Database
from ..storage.models import (
    AcademicYear,
    Attendance,
    BellSchedule,
    Course,
    CourseKind,
    Holiday,
    Lesson,
    Mark,
    MarkCorrection,
    MovedDay,
    Period,
    School,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
    TimetableEntry,
    YearStatus,
)
from . import audit
from .actor import Actor
from .errors import Cancelled, Refused, ServiceError
from .guard import require, unit

__all__ = [
    "Choices", "CourseChoice", "DayLesson", "GenerationReport", "KeptLesson", "SlotCourse", "SlotResult",
    "TimetableError", "VIEWS", "Week",
    "choices", "class_courses", "class_id_by_label", "conflicts", "export", "generate_lessons", "lessons_on",
    "set_slot", "staff_id_by_name", "timetable_book", "week",
]

VIEWS = ("class", "teacher", "room")
STAFF_ROLES = frozenset(Role) - {Role.guardian, Role.pupil}
MAX_NUMBER = 10          # the schema's bound on a lesson number
ROOM_LENGTH = 50

_te = TimetableEntry.__table__
_c = Course.__table__
_l = Lesson.__table__
_sc = SchoolClass.__table__
_sub = Subject.__table__
_sg = Subgroup.__table__
_st = Staff.__table__


class TimetableError(ServiceError):
    """A timetable change or lesson generation that cannot be made; the message says why."""


Progress = Callable[[int, int, str], None]


# --- plain data ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CourseChoice:
    """A course a class's slot can take (the slot dialog's list)."""

    id: int
    label: str               # «Математика — Иванова А. П.», «Английский язык (1 группа) — …»
    subject: str
    subject_short: str
    teacher_id: int
    teacher: str
    subgroup_id: int | None
    subgroup: str
    hours_per_week: float
    placed: int              # weekly lessons in the timetable on the date asked
    kind: str
    room: str                # the room the course usually has (its most frequent one), for the dialog


@dataclass(frozen=True)
class SlotCourse:
    """One course in a slot of a week."""

    entry_id: int
    course_id: int
    subject: str
    subject_short: str
    teacher_id: int
    teacher: str             # «Иванова А. П.»
    class_id: int | None
    class_label: str         # «5А»; "" for a club of several classes
    subgroup: str            # «1 группа» or ""
    room: str
    label: str               # «5А, Математика (1 группа)»
    valid_from: dt.date


@dataclass(frozen=True)
class Week:
    view: str                # class, teacher, room
    key: int | str           # class id, staff id, room
    title: str               # «5А класс», «Иванова Анна Петровна», «Кабинет 204»
    on: dt.date
    academic_year: str
    academic_year_id: int
    bells: dict[int, tuple[dt.time, dt.time]]
    cells: dict[tuple[int, int], tuple[SlotCourse, ...]]
    conflicts: tuple[Conflict, ...]
    editable: bool           # a class's week and the actor may edit the timetable
    saturday: bool           # anything on Saturday (or a senior class): show the sixth day
    lessons: int             # rows to show: 8, or more when a lesson number is higher

    @property
    def conflict_slots(self) -> frozenset[tuple[int, int]]:
        return frozenset(c.slot for c in self.conflicts if c.slot is not None)

    def bell_text(self, number: int) -> str:
        times = self.bells.get(number)
        if times is None:
            return ""
        return "–".join(f"{t.hour}:{t.minute:02d}" for t in times)

    def weekly_count(self) -> int:
        return sum(len(v) for v in self.cells.values())


@dataclass(frozen=True)
class Choices:
    academic_year_id: int
    academic_year: str
    first_day: dt.date
    last_day: dt.date
    classes: tuple[tuple[int, str], ...]        # id, «5А»
    teachers: tuple[tuple[int, str], ...]       # staff id, «Иванова А. П.»
    rooms: tuple[str, ...]
    can_edit: bool
    can_substitute: bool


@dataclass(frozen=True)
class SlotResult:
    changed: bool
    week: Week                       # the class's week on the date, conflicts included
    generation: GenerationReport | None = None


@dataclass(frozen=True)
class KeptLesson:
    lesson_id: int
    course_id: int
    course: str              # «5А, Математика»
    date: dt.date
    number: int
    reason: str              # «есть отметки или посещаемость», «есть тема или домашнее задание»

    def text(self) -> str:
        return f"{self.date:%d.%m.%Y}, {self.number}-й урок — {self.course}: {self.reason}"


@dataclass(frozen=True)
class GenerationReport:
    start: dt.date                   # the first day generated (today when an earlier date was asked)
    end: dt.date
    asked_start: dt.date
    courses: int
    created: int
    deleted: int
    moved: int
    rooms: int
    kept: tuple[KeptLesson, ...]

    @property
    def changed(self) -> bool:
        return bool(self.created or self.deleted or self.moved or self.rooms)

    def summary(self) -> str:
        lines = [f"Уроки с {self.start:%d.%m.%Y} по {self.end:%d.%m.%Y} ({_courses_word(self.courses)}): "
                 f"создано {self.created}, удалено {self.deleted}, перенесено {self.moved}, "
                 f"изменён кабинет {self.rooms}."]
        if self.asked_start < self.start:
            lines.append(f"Прошедшие уроки (до {self.start:%d.%m.%Y}) не изменялись.")
        if self.kept:
            lines.append(f"Оставлены как есть, хотя их нет в новом расписании ({len(self.kept)}):")
            lines += ["  " + k.text() for k in self.kept]
        elif not self.changed:
            lines.append("Уроки уже совпадают с расписанием: ничего не изменено.")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["kept"] = [asdict(k) for k in self.kept]
        return data


@dataclass(frozen=True)
class DayLesson:
    lesson_id: int
    course_id: int
    date: dt.date
    number: int
    label: str               # «5А, Математика»
    teacher_id: int
    teacher: str
    substitute_id: int | None
    substitute: str          # «Петрова А. И.» or ""


def _courses_word(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} журнал"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} журнала"
    return f"{n} журналов"


# --- reading ------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Course:
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
class _Entry:
    id: int
    course_id: int
    weekday: int
    number: int
    room: str
    valid_from: dt.date
    valid_to: dt.date | None

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def _require_staff(actor: Actor) -> None:
    if not actor.roles & STAFF_ROLES:
        raise Refused("Нет права: расписание школы доступно только сотрудникам.")


def _year(session: Session, academic_year_id: int | None) -> AcademicYear:
    if academic_year_id is None:
        year = session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))
    else:
        year = session.get(AcademicYear, academic_year_id)
    if year is None:
        raise TimetableError("В журнале нет учебного года.")
    return year


def _bounds(year: AcademicYear) -> tuple[dt.date, dt.date]:
    return dt.date(year.start_year, 9, 1), dt.date(year.start_year + 1, 8, 31)


def _clamp(day: dt.date | None, year: AcademicYear) -> dt.date:
    first, last = _bounds(year)
    return min(max(day or dt.date.today(), first), last)


def _courses(session: Session, year_id: int) -> dict[int, _Course]:
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
        out[r.id] = _Course(r.id, r.school_class_id, f"{r.grade}{r.letter}" if r.grade is not None else "",
                            r.grade, r.subject, r.short_name or r.subject, r.name or "", r.teacher_id,
                            short_name(r.surname, r.t_name, r.patronymic), r.subgroup_id, r.subgroup or "",
                            float(r.hours_per_week or 0), CourseKind(r.kind))
    return out


def _entries(session: Session, course_ids: Iterable[int] | None, year_id: int | None = None) -> list[_Entry]:
    stmt = select(_te.c.id, _te.c.course_id, _te.c.weekday, _te.c.lesson_number, _te.c.room, _te.c.valid_from,
                  _te.c.valid_to)
    if course_ids is not None:
        ids = list(course_ids)
        if not ids:
            return []
        stmt = stmt.where(_te.c.course_id.in_(ids))
    else:
        stmt = stmt.join(_c, _c.c.id == _te.c.course_id).where(_c.c.academic_year_id == year_id)
    return [_Entry(r.id, r.course_id, r.weekday, r.lesson_number, r.room or "", r.valid_from, r.valid_to)
            for r in session.connection().execute(stmt.order_by(_te.c.weekday, _te.c.lesson_number, _te.c.id))]


def _bells(session: Session) -> dict[int, tuple[dt.time, dt.time]]:
    return {n: (s, e) for n, s, e in session.execute(
        select(BellSchedule.lesson_number, BellSchedule.starts_at, BellSchedule.ends_at)
        .where(BellSchedule.shift == 1))}


def _placement(e: _Entry, c: _Course) -> Placement:
    return Placement(c.id, e.weekday, e.number, c.teacher_id, c.teacher, c.class_id, c.class_label,
                     c.subgroup_id, e.room, c.label)


def _all_conflicts(courses: dict[int, _Course], valid: list[_Entry],
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


def _week(session: Session, actor: Actor, view: str, key: int | str, on: dt.date, year: AcademicYear,
          courses: dict[int, _Course] | None = None, entries: list[_Entry] | None = None,
          bells: dict | None = None) -> Week:
    title = _title(session, view, key)
    if view == "class" and session.get(SchoolClass, int(key)).academic_year_id != year.id:
        raise TimetableError("Класс относится к другому учебному году.")
    courses = courses if courses is not None else _courses(session, year.id)
    entries = entries if entries is not None else _entries(session, None, year.id)
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
    found = [x for x in _all_conflicts(courses, valid, load_of)
             if x.kind is ConflictKind.load or (x.slot in slots and set(x.course_ids) & mine)]
    grades = {courses[e.course_id].grade for e in shown}
    bells = bells if bells is not None else _bells(session)
    return Week(view, key, title, on, year.label, year.id, bells,
                {k: tuple(sorted(v, key=lambda s: (s.subgroup, s.class_label, s.course_id))) for k, v in cells.items()},
                tuple(found), view == "class" and may(actor.roles, Action.edit_timetable)
                and year.status is YearStatus.open,
                any(wd == 5 for wd, _ in slots) or any(g is not None and g >= 10 for g in grades)
                or (view == "class" and (session.get(SchoolClass, int(key)).grade >= 10)),
                max([rules.MAX_LESSONS, *(n for _, n in slots)]))


def choices(db: Database, actor: Actor, academic_year_id: int | None = None) -> Choices:
    """What the page's combos offer: the year's classes, the teachers of its courses, the rooms in use."""
    _require_staff(actor)
    with unit(db, actor) as session:
        year = _year(session, academic_year_id)
        classes = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
                                  .where(SchoolClass.academic_year_id == year.id)
                                  .order_by(SchoolClass.grade, SchoolClass.letter)).all()
        teachers = session.execute(
            select(Staff.id, Staff.surname, Staff.name, Staff.patronymic).where(
                Staff.id.in_(select(Course.teacher_id).where(Course.academic_year_id == year.id)))).all()
        rooms = session.scalars(
            select(TimetableEntry.room).join(Course, Course.id == TimetableEntry.course_id)
            .where(Course.academic_year_id == year.id, TimetableEntry.room != "").distinct()).all()
        first, last = _bounds(year)
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
    _require_staff(actor)
    if view not in VIEWS:
        raise TimetableError(f"Неизвестный вид расписания «{view}»: класс, учитель или кабинет.")
    with unit(db, actor) as session:
        if view == "class" and academic_year_id is None:
            cls = session.get(SchoolClass, int(key))
            if cls is None:
                raise TimetableError("Такого класса нет.")
            academic_year_id = cls.academic_year_id
        year = _year(session, academic_year_id)
        return _week(session, actor, view, key, _clamp(on, year), year)


def conflicts(db: Database, actor: Actor, on: dt.date | None = None,
              academic_year_id: int | None = None) -> list[Conflict]:
    """Every conflict of the school's timetable on the date."""
    _require_staff(actor)
    with unit(db, actor) as session:
        year = _year(session, academic_year_id)
        on = _clamp(on, year)
        courses = _courses(session, year.id)
        valid = [e for e in _entries(session, None, year.id) if e.valid_on(on)]
        return _all_conflicts(courses, valid)


def class_courses(db: Database, actor: Actor, class_id: int, on: dt.date | None = None) -> list[CourseChoice]:
    """The class's courses (subgroups, electives included) with their load and weekly lessons on the date."""
    _require_staff(actor)
    with unit(db, actor) as session:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise TimetableError("Такого класса нет.")
        year = session.get(AcademicYear, cls.academic_year_id)
        on = _clamp(on, year)
        courses = [c for c in _courses(session, year.id).values() if c.class_id == class_id]
        entries = _entries(session, [c.id for c in courses])
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


# --- editing a slot -----------------------------------------------------------------------------------------

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
        first, last = _bounds(year)
        if not first <= valid_from <= last:
            raise TimetableError(f"Дата начала {valid_from:%d.%m.%Y} вне {year.label} учебного года "
                                 f"({first:%d.%m.%Y}–{last:%d.%m.%Y}).")
        where = f"{cls.label}, {_slot_text(weekday, number)}"
        all_courses = _courses(session, year.id)
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
        current = [e for e in _entries(session, mine) if e.weekday == weekday and e.number == number
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
                report = _generate(session, actor, year, valid_from, None, involved, now, None, None)
        result_week = _week(session, actor, "class", class_id, valid_from, year, courses=all_courses)
        return SlotResult(changed, result_week, report)


# --- generating lessons ---------------------------------------------------------------------------------------

def _local_today(now: dt.datetime) -> dt.date:
    return now.astimezone().date()


def _grade_calendar(session: Session, year: AcademicYear):
    periods = session.execute(select(Period.start, Period.end, Period.grade_from, Period.grade_to)
                              .where(Period.academic_year_id == year.id)).all()
    holidays = session.execute(select(Holiday.name, Holiday.start, Holiday.end, Holiday.grade_from,
                                      Holiday.grade_to).where(Holiday.academic_year_id == year.id)).all()

    def for_grade(grade: int | None) -> tuple[list[tuple[dt.date, dt.date]], list[CalHoliday]]:
        if grade is None:  # a club of several classes: every period, the holidays of every grade
            return ([(p.start, p.end) for p in periods],
                    [CalHoliday(h.name, h.start, h.end) for h in holidays if h.grade_from <= 1 and h.grade_to >= 11])
        return ([(p.start, p.end) for p in periods if p.grade_from <= grade <= p.grade_to],
                [CalHoliday(h.name, h.start, h.end) for h in holidays if h.grade_from <= grade <= h.grade_to])
    return for_grade


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _generate(session: Session, actor: Actor, year: AcademicYear, start: dt.date, end: dt.date | None,
              course_ids: Sequence[int] | None, now: dt.datetime, progress: Progress | None,
              cancelled: Callable[[], bool] | None) -> GenerationReport:
    first, last = _bounds(year)
    end = min(end or last, last)
    asked = start
    today = _local_today(now)
    start = max(start, today, first)
    courses = _courses(session, year.id)
    ids = sorted(courses) if course_ids is None else [i for i in course_ids if i in courses]
    entries: dict[int, list[WeeklyEntry]] = defaultdict(list)
    for e in _entries(session, ids):
        entries[e.course_id].append(WeeklyEntry(e.weekday, e.number, e.room, e.valid_from, e.valid_to))
    # Existing lessons in the range, with what protects them (marks, attendance, corrections: read as
    # sets of lesson ids, far cheaper here than a correlated EXISTS per lesson).
    has_text = or_(_l.c.topic != "", _l.c.homework != "", _l.c.work_kind != "",
                   _l.c.substitute_teacher_id.is_not(None))
    existing: dict[int, list[ExistingLesson]] = defaultdict(list)
    conn = session.connection()
    if start <= end and ids:
        for chunk in _chunks(ids):
            in_range = (_l.c.course_id.in_(chunk), _l.c.date >= start, _l.c.date <= end)
            held: set[int] = set()
            for table in (Mark.__table__, Attendance.__table__, MarkCorrection.__table__):
                held.update(conn.execute(select(table.c.lesson_id).distinct()
                                         .join(_l, _l.c.id == table.c.lesson_id).where(*in_range)).scalars().all())
            for r in conn.execute(select(_l.c.id, _l.c.course_id, _l.c.date, _l.c.number, _l.c.room,
                                         has_text.label("text")).where(*in_range)).all():
                existing[r.course_id].append(ExistingLesson(r.id, r.date, r.number, r.room or "", r.id in held,
                                                            bool(r.text)))
    calendar_of = _grade_calendar(session, year)
    moved_days = [tuple(r) for r in session.execute(select(MovedDay.day_off, MovedDay.working_day, MovedDay.works_as)
                                                    .where(MovedDay.academic_year_id == year.id))]
    days_cache: dict[int | None, dict[int, list[dt.date]]] = {}
    create_rows, delete_ids, moves, rooms = [], [], [], []
    kept: list[KeptLesson] = []
    lesson_dates: dict[int, tuple[dt.date, int]] = {}
    total = len(ids)
    for done, cid in enumerate(ids):
        if cancelled is not None and cancelled():
            raise Cancelled("Создание уроков отменено: журнал не изменён.")
        if progress is not None and done % 20 == 0:
            progress(done, total, f"Расписание → уроки: {courses[cid].label}")
        c = courses[cid]
        if c.grade not in days_cache:
            periods, holidays = calendar_of(c.grade)
            days = rules.school_days(start, end, periods, holidays) if start <= end else []
            by_wd: dict[int, list[dt.date]] = defaultdict(list)
            for d in days:
                by_wd[d.weekday()].append(d)
            if moved_days:  # перенос рабочего дня (issue 15): the day off goes, the working day comes
                by_wd = rules.apply_moved_days(by_wd, moved_days, start, end, periods)
            days_cache[c.grade] = by_wd
        wanted = rules.wanted_lessons(entries.get(cid, ()), days_cache[c.grade])
        plan = rules.plan_lessons(wanted, existing.get(cid, ()), today)
        for d, n, room in plan.create:
            create_rows.append({"course_id": cid, "date": d, "number": n, "room": room, "topic": "", "homework": "",
                                "work_kind": ""})
        delete_ids += plan.delete
        moves += plan.move
        rooms += plan.rooms
        for lesson in existing.get(cid, ()):
            lesson_dates[lesson.id] = (lesson.date, lesson.number)
        for lid in plan.kept_records:
            kept.append(KeptLesson(lid, cid, c.label, *lesson_dates[lid], "есть отметки или посещаемость"))
        for lid in plan.kept_text:
            kept.append(KeptLesson(lid, cid, c.label, *lesson_dates[lid],
                                   "есть тема, домашнее задание или замена"))
    if cancelled is not None and cancelled():
        raise Cancelled("Создание уроков отменено: журнал не изменён.")
    for chunk in _chunks(delete_ids):
        conn.execute(delete(Lesson).where(Lesson.id.in_(chunk)))
    for lid, number, room in moves:
        conn.execute(update(Lesson).where(Lesson.id == lid).values(number=number, room=room))
    for lid, room in rooms:
        conn.execute(update(Lesson).where(Lesson.id == lid).values(room=room))
    for chunk in _chunks(create_rows, 2000):
        conn.execute(insert(Lesson), chunk)
    report = GenerationReport(start, end, asked, len(ids), len(create_rows), len(delete_ids), len(moves),
                              len(rooms), tuple(sorted(kept, key=lambda k: (k.date, k.number, k.course))))
    if report.changed or kept:
        audit.record(session, actor.account_id, "generate", "lesson", None,
                     new={"from": start.isoformat(), "to": end.isoformat(), "courses": len(ids),
                          "created": len(create_rows), "deleted_ids": delete_ids,
                          "moved": [{"lesson_id": lid, "number": n} for lid, n, _ in moves],
                          "rooms_changed": len(rooms), "kept_ids": [k.lesson_id for k in kept]}, at=now)
    if progress is not None:
        progress(total, total, "Готово")
    return report


def generate_lessons(db: Database, actor: Actor, start: dt.date, end: dt.date | None = None, *,
                     class_id: int | None = None, course_ids: Sequence[int] | None = None,
                     academic_year_id: int | None = None, now: dt.datetime | None = None,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
                     ) -> GenerationReport:
    """Create the lessons the timetable gives from `start` (never before today) to `end` (default: the end
    of the year) for the whole school, a class or some courses; delete those it no longer gives unless
    they hold anything; report what was kept. All or nothing: a cancel leaves the journal as it was."""
    now = now or dt.datetime.now(dt.timezone.utc)
    with unit(db, actor) as session:
        require(actor, Action.edit_timetable, detail="создание уроков по расписанию")
        if class_id is not None:
            cls = session.get(SchoolClass, class_id)
            if cls is None:
                raise TimetableError("Такого класса нет.")
            year = session.get(AcademicYear, cls.academic_year_id)
            course_ids = list(session.scalars(select(Course.id).where(Course.school_class_id == class_id)))
        elif academic_year_id is not None:
            year = _year(session, academic_year_id)
        else:
            year = session.scalar(select(AcademicYear).where(AcademicYear.start_year == (
                start.year if start.month >= 9 else start.year - 1)))
            if year is None:
                raise TimetableError(f"Дата {start:%d.%m.%Y} не относится ни к одному учебному году журнала.")
        if year.status is not YearStatus.open:
            raise TimetableError(f"Учебный год {year.label} закрыт: уроки не создаются.")
        first, last = _bounds(year)
        if not first <= start <= last:
            raise TimetableError(f"Дата начала {start:%d.%m.%Y} вне {year.label} учебного года.")
        if end is not None and end < start:
            raise TimetableError(f"Дата окончания {end:%d.%m.%Y} раньше даты начала {start:%d.%m.%Y}.")
        return _generate(session, actor, year, start, end, course_ids, now, progress, cancelled)


# --- substitutions ------------------------------------------------------------------------------------------

def lessons_on(db: Database, actor: Actor, day: dt.date, *, class_id: int | None = None,
               teacher_id: int | None = None) -> list[DayLesson]:
    """The day's lessons of a class or of a teacher (own courses), with their substitutes, in bell order."""
    with unit(db, actor) as session:
        require(actor, Action.record_substitution, detail="уроки дня для замены")
        sub = _st.alias("substitute")
        stmt = (select(_l.c.id, _l.c.course_id, _l.c.date, _l.c.number, _l.c.substitute_teacher_id,
                       sub.c.surname, sub.c.name, sub.c.patronymic)
                .select_from(_l).join(_c, _c.c.id == _l.c.course_id)
                .outerjoin(sub, sub.c.id == _l.c.substitute_teacher_id).where(_l.c.date == day))
        if class_id is not None:
            stmt = stmt.where(_c.c.school_class_id == class_id)
        if teacher_id is not None:
            stmt = stmt.where(_c.c.teacher_id == teacher_id)
        rows = session.connection().execute(stmt.order_by(_l.c.number, _l.c.course_id)).all()
        if not rows:
            return []
        year_id = session.scalar(select(Course.academic_year_id).where(Course.id == rows[0].course_id))
        courses = _courses(session, year_id)
        out = []
        for r in rows:
            c = courses.get(r.course_id)
            if c is None:
                continue
            out.append(DayLesson(r.id, r.course_id, r.date, r.number, c.label, c.teacher_id, c.teacher,
                                 r.substitute_teacher_id,
                                 short_name(r.surname, r.name, r.patronymic) if r.surname else ""))
        return out


# --- lookups for the command line ---------------------------------------------------------------------------

def class_id_by_label(db: Database, label: str, academic_year_id: int | None = None) -> int:
    """The class «5А» (or «5 А», «5а») of the year (default: the latest)."""
    text = label.replace(" ", "").upper()
    digits = "".join(ch for ch in text if ch.isdigit())
    letter = text[len(digits):]
    with db.session() as session:
        year = _year(session, academic_year_id)
        found = session.scalar(select(SchoolClass.id).where(
            SchoolClass.academic_year_id == year.id, SchoolClass.grade == int(digits or 0),
            SchoolClass.letter == letter)) if digits else None
    if found is None:
        raise TimetableError(f"Класса «{label}» в этом учебном году нет.")
    return found


def staff_id_by_name(db: Database, text: str) -> int:
    """A member of staff by surname (or «Фамилия И. О.», or the full name), any case; one match only."""
    wanted = " ".join(text.replace(".", ". ").split()).casefold()
    with db.session() as session:
        rows = session.execute(select(Staff.id, Staff.surname, Staff.name, Staff.patronymic)).all()
    found = [r.id for r in rows if wanted in {
        r.surname.casefold(), " ".join(short_name(r.surname, r.name, r.patronymic).split()).casefold(),
        " ".join(p for p in (r.surname, r.name, r.patronymic) if p).casefold()}]
    if not found:
        raise TimetableError(f"Сотрудника «{text}» нет.")
    if len(found) > 1:
        raise TimetableError(f"Сотрудников «{text}» несколько: укажите фамилию с инициалами.")
    return found[0]


# --- printing ---------------------------------------------------------------------------------------------

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
    _require_staff(actor)
    if view not in VIEWS:
        raise TimetableError(f"Неизвестный вид расписания «{view}»: класс, учитель или кабинет.")
    with unit(db, actor) as session:
        if view == "class" and keys and academic_year_id is None:
            cls = session.get(SchoolClass, int(keys[0]))
            if cls is None:
                raise TimetableError("Такого класса нет.")
            academic_year_id = cls.academic_year_id
        year = _year(session, academic_year_id)
        on = _clamp(on, year)
        if not keys:
            if view != "class":
                raise TimetableError("Укажите учителя или кабинет.")
            keys = list(session.scalars(select(SchoolClass.id).where(SchoolClass.academic_year_id == year.id)
                                        .order_by(SchoolClass.grade, SchoolClass.letter)))
            if not keys:
                raise TimetableError(f"В {year.label} учебном году нет классов.")
        courses, entries, bells = _courses(session, year.id), _entries(session, None, year.id), _bells(session)
        weeks = tuple(_sheet(_week(session, actor, view, k, on, year, courses, entries, bells)) for k in keys)
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
