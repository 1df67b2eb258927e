"""The weekly timetable's rules: conflicts as they are made, a course's weekly load, and which lessons a
timetable gives over a stretch of school days (and what regenerating them may change).

Pure functions over plain values: the services read the rows, the timetable page and the command line
show what these return.

- A conflict is a teacher in two places at once, a room taken twice, a class with two lessons at once
  (subgroups side by side are not: each subgroup is its own course), or a course with more or fewer
  weekly lessons than its load (`hours_per_week`; a load of 1,5 is met by one or two lessons).
- Regenerating lessons changes only lessons from today on; a lesson with marks or attendance is never
  touched, and one with a topic, homework, a work kind or a substitute is never deleted: it moves to the
  course's new slot on the same day when there is one, else it stays and is reported.
"""

from __future__ import annotations

import bisect
import enum
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .calendar import Holiday, lesson_dates
from .words import plural_word

__all__ = [
    "Conflict", "ConflictKind", "ExistingLesson", "LessonPlan", "MAX_LESSONS", "Placement", "WEEKDAYS",
    "WEEKDAYS_SHORT", "WeeklyEntry", "apply_moved_days", "find_conflicts", "load_conflict", "load_matches", "plan_lessons",
    "school_days", "slot_label", "wanted_lessons",
]

WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота")
WEEKDAYS_SHORT = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб")
WEEKDAYS_PREPOSITIONAL = ("в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу")
MAX_LESSONS = 8  # lessons a day the timetable grid shows (the schema allows up to 10)


def slot_label(weekday: int, number: int) -> str:
    """«понедельник, 2-й урок»."""
    return f"{WEEKDAYS[weekday]}, {number}-й урок"


# --- conflicts -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Placement:
    """One course in one slot of the week, as the conflict rules see it."""

    course_id: int
    weekday: int                 # 0 = Monday … 5 = Saturday
    number: int                  # lesson number (bell)
    teacher_id: int
    teacher: str = ""            # «Иванова А. П.», for messages
    class_id: int | None = None
    class_label: str = ""        # «5А»
    subgroup_id: int | None = None
    room: str = ""
    label: str = ""              # «5А, Математика (1 группа)»


class ConflictKind(enum.Enum):
    teacher = "teacher"          # a teacher in two places at once
    room = "room"                # a room taken twice
    class_busy = "class"         # a class with two lessons at once (not subgroups side by side)
    load = "load"                # weekly lessons differ from the course's load


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    message: str                 # Russian, names the slot and who
    course_ids: tuple[int, ...]
    weekday: int | None = None   # None for a load conflict
    number: int | None = None

    @property
    def slot(self) -> tuple[int, int] | None:
        return None if self.weekday is None or self.number is None else (self.weekday, self.number)


def _names(placements: Sequence[Placement]) -> str:
    """«A» и «B»; «A», «B» и «C»."""
    names = [f"«{p.label}»" if p.label else f"№{p.course_id}" for p in placements]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]


def find_conflicts(placements: Iterable[Placement]) -> list[Conflict]:
    """Every teacher, room and class conflict among the placements of one week, sorted by slot."""
    by_slot: dict[tuple[int, int], list[Placement]] = defaultdict(list)
    for p in placements:
        by_slot[(p.weekday, p.number)].append(p)
    out: list[Conflict] = []
    for (weekday, number), here in sorted(by_slot.items()):
        if len(here) < 2:
            continue
        where = slot_label(weekday, number)
        groups: dict[tuple, list[Placement]] = defaultdict(list)
        for p in here:
            groups[("teacher", p.teacher_id)].append(p)
            room = " ".join(p.room.split()).casefold()
            if room:
                groups[("room", room)].append(p)
        for (kind, key), ps in groups.items():
            courses = tuple(sorted({p.course_id for p in ps}))
            if len(courses) < 2:
                continue
            ps = sorted({p.course_id: p for p in ps}.values(), key=lambda p: p.course_id)
            if kind == "teacher":
                message = f"{where}: учитель {ps[0].teacher or '№' + str(key)} ведёт сразу {_names(ps)}"
                out.append(Conflict(ConflictKind.teacher, message, courses, weekday, number))
            else:
                times = "дважды" if len(ps) == 2 else f"{len(ps)} раза" if len(ps) < 5 else f"{len(ps)} раз"
                message = f"{where}: кабинет {ps[0].room.strip()} занят {times} — {_names(ps)}"
                out.append(Conflict(ConflictKind.room, message, courses, weekday, number))
        by_class: dict[int, list[Placement]] = defaultdict(list)
        for p in here:
            if p.class_id is not None:
                by_class[p.class_id].append(p)
        for ps in by_class.values():
            unique = list({p.course_id: p for p in ps}.values())
            if len(unique) < 2:
                continue
            subgroups = [p.subgroup_id for p in unique]
            if all(s is not None for s in subgroups) and len(set(subgroups)) == len(subgroups):
                continue  # subgroups side by side
            message = (f"{where}: у класса {unique[0].class_label or '№' + str(unique[0].class_id)} два урока "
                       f"сразу — {_names(sorted(unique, key=lambda p: p.course_id))}")
            out.append(Conflict(ConflictKind.class_busy, message, tuple(sorted(p.course_id for p in unique)),
                                weekday, number))
    return out


def load_matches(hours_per_week: float, placed: int) -> bool:
    """Whether `placed` weekly lessons meet a load of `hours_per_week` (1,5 hours: one or two lessons)."""
    return math.floor(hours_per_week + 1e-9) <= placed <= math.ceil(hours_per_week - 1e-9)


def _hours(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def load_conflict(course_id: int, label: str, hours_per_week: float, placed: int) -> Conflict | None:
    """A conflict when the course has more or fewer weekly lessons than its load, else None."""
    if load_matches(hours_per_week, placed):
        return None
    what = "больше" if placed > hours_per_week else "меньше"
    message = (f"«{label}»: в расписании {placed} {plural_word(placed, 'урок', 'урока', 'уроков')} в неделю, по нагрузке "
               f"{_hours(hours_per_week)} ч — на {_hours(abs(placed - hours_per_week))} {what}")
    return Conflict(ConflictKind.load, message, (course_id,))


# --- lessons from the timetable -------------------------------------------------------------------------------

@dataclass(frozen=True)
class WeeklyEntry:
    """One slot of a course's weekly timetable, valid from a date to a date (inclusive; None: open)."""

    weekday: int
    number: int
    room: str = ""
    valid_from: date = date.min
    valid_to: date | None = None

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def school_days(start: date, end: date, periods: Iterable[tuple[date, date]],
                holidays: Iterable[Holiday] = ()) -> list[date]:
    """Days in [start, end] inside a period of study, not Sunday, not a holiday; sorted, no repeats."""
    holidays = tuple(holidays)
    days: set[date] = set()
    for first, last in periods:
        first, last = max(first, start), min(last, end)
        if first <= last:
            days.update(lesson_dates(first, last, range(6), holidays))
    return sorted(days)


def apply_moved_days(by_weekday: dict[int, list[date]], moved: Iterable[tuple[date, date, int]],
                     start: date, end: date, periods: Iterable[tuple[date, date]]) -> dict[int, list[date]]:
    """School days grouped by weekday, with the days moved by decree («перенос рабочего дня»): each
    (day off, working day, works as weekday) takes the day off out and puts the working day, when it
    lies in [start, end] inside a period, among the days of the weekday whose timetable it follows."""
    periods = tuple(periods)
    out = {wd: list(days) for wd, days in by_weekday.items()}
    for day_off, working_day, works_as in moved:
        for days in out.values():
            if day_off in days:
                days.remove(day_off)
            if working_day in days:
                days.remove(working_day)
        if start <= working_day <= end and any(a <= working_day <= b for a, b in periods):
            bisect.insort(out.setdefault(works_as, []), working_day)
    return out


def _by_weekday(days: Sequence[date]) -> dict[int, list[date]]:
    out: dict[int, list[date]] = defaultdict(list)
    for d in days:
        out[d.weekday()].append(d)
    return out


def wanted_lessons(entries: Iterable[WeeklyEntry], days: Sequence[date] | Mapping[int, Sequence[date]]
                   ) -> dict[tuple[date, int], str]:
    """(date, lesson number) → room of every lesson a course's timetable gives on the school days.

    `days` is a sorted list of school days, or those days grouped by weekday (what `school_days` gives,
    grouped once for many courses)."""
    by_weekday = days if isinstance(days, Mapping) else _by_weekday(days)
    out: dict[tuple[date, int], str] = {}
    for e in entries:
        on = by_weekday.get(e.weekday, ())
        lo = bisect.bisect_left(on, e.valid_from)
        hi = len(on) if e.valid_to is None else bisect.bisect_right(on, e.valid_to)
        for d in on[lo:hi]:
            out[(d, e.number)] = e.room
    return out


@dataclass(frozen=True)
class ExistingLesson:
    id: int
    date: date
    number: int
    room: str = ""
    has_records: bool = False    # marks or attendance
    has_text: bool = False       # a topic, homework, work kind or a substitute


@dataclass
class LessonPlan:
    """What regenerating one course's lessons does."""

    create: list[tuple[date, int, str]] = field(default_factory=list)   # date, number, room
    delete: list[int] = field(default_factory=list)                     # lesson ids
    move: list[tuple[int, int, str]] = field(default_factory=list)      # lesson id → number, room
    rooms: list[tuple[int, str]] = field(default_factory=list)          # lesson id → room
    kept_records: list[int] = field(default_factory=list)   # off the timetable, kept: marks or attendance
    kept_text: list[int] = field(default_factory=list)      # off the timetable, kept: topic, homework…

    def __bool__(self) -> bool:
        return bool(self.create or self.delete or self.move or self.rooms)


def plan_lessons(wanted: Mapping[tuple[date, int], str], existing: Iterable[ExistingLesson],
                 today: date) -> LessonPlan:
    """Bring one course's lessons in line with `wanted` (from `wanted_lessons`) from `today` on.

    Lessons before today are neither created nor changed. A lesson with marks or attendance stays as it
    is. A lesson off the timetable with a topic or homework (or a substitute) moves to a free wanted slot
    of its course on the same day, else stays; a bare one is deleted. Wanted slots without a lesson get
    one; a kept lesson's room follows the timetable only when it has no marks or attendance."""
    plan = LessonPlan()
    taken: set[tuple[date, int]] = set()
    stray: list[ExistingLesson] = []
    for lesson in sorted(existing, key=lambda x: (x.date, x.number, x.id)):
        if lesson.date < today:
            continue
        key = (lesson.date, lesson.number)
        if key in wanted and key not in taken:
            taken.add(key)
            if not lesson.has_records and wanted[key] != lesson.room:
                plan.rooms.append((lesson.id, wanted[key]))
        else:
            stray.append(lesson)
    free_by_day: dict[date, list[int]] = defaultdict(list)
    for day, number in sorted(k for k in wanted if k[0] >= today and k not in taken):
        free_by_day[day].append(number)
    for lesson in stray:
        if lesson.has_records:
            plan.kept_records.append(lesson.id)
        elif lesson.has_text:
            free = free_by_day.get(lesson.date)
            if free:
                number = min(free, key=lambda n: (abs(n - lesson.number), n))
                free.remove(number)
                plan.move.append((lesson.id, number, wanted[(lesson.date, number)]))
            else:
                plan.kept_text.append(lesson.id)
        else:
            plan.delete.append(lesson.id)
    for day, numbers in sorted(free_by_day.items()):
        for number in numbers:
            plan.create.append((day, number, wanted[(day, number)]))
    return plan
