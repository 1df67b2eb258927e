"""The timetable's plain data: what a week, a slot, the page's choices and a generation report hold.

Every module of the package builds or returns these; they know nothing of sessions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import asdict, dataclass

from ...domain.timetable import Conflict
from ...domain.words import plural
from ..errors import ServiceError

VIEWS = ("class", "teacher", "room")


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
        lines = [f"Уроки с {self.start:%d.%m.%Y} по {self.end:%d.%m.%Y} ({plural(self.courses, 'журнал', 'журнала', 'журналов')}): "
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
