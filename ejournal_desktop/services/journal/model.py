"""The journal's errors and the plain data its calls return to the GUI and the CLI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import ServiceError

if TYPE_CHECKING:
    from ..school.bells import LessonTime


class JournalError(ServiceError):
    """A journal entry that cannot be made; the message says why, in Russian."""


class NotFound(JournalError):
    pass


class InvalidEntry(JournalError):
    """What was typed is not a valid mark or attendance code."""


class RuleViolation(JournalError):
    """The regulation forbids the entry (future lesson, closed window, locked page…)."""


class Conflict(JournalError):
    """Another user changed the cell since it was shown: nothing was written; `current` is its value now."""

    def __init__(self, message: str, current: str):
        super().__init__(message)
        self.current = current


class CorrectionRequired(RuleViolation):
    """The mark is past its window: a correction request with a reason is needed."""


def _check(message: str | None, error: type[JournalError] = RuleViolation) -> None:
    if message:
        raise error(message)


@dataclass(frozen=True)
class Changes:
    """What a call changed, so the GUI refreshes exactly that."""

    created: tuple[int, ...] = ()        # mark ids
    updated: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    attendance: tuple[int, ...] = ()     # attendance ids written or removed
    cells: tuple[tuple[int, int], ...] = ()  # (pupil_id, lesson_id) to redraw
    lessons: tuple[int, ...] = ()
    period_marks: tuple[int, ...] = ()
    corrections: tuple[int, ...] = ()
    courses: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return any((self.created, self.updated, self.removed, self.attendance, self.lessons,
                    self.period_marks, self.corrections, self.courses))


@dataclass(frozen=True)
class CourseInfo:
    id: int
    class_label: str            # «5А»; "" for a club of several classes
    subject: str
    subject_short: str
    name: str                   # a club's or elective's own name
    kind: str                   # CourseKind value
    teacher_id: int
    teacher: str                # «Иванова А. П.»
    subgroup: str               # «1 группа» or ""
    locked: bool
    has_marks: bool
    relation: str               # own, substitute, own_class, school
    editable: bool              # the actor may edit the page (a substitute: the substituted lessons)
    own_class: bool = False     # a course of the actor's own class (the class teacher's absence reasons)

    @property
    def title(self) -> str:
        parts = [self.class_label, self.name or self.subject]
        if self.subgroup:
            parts.append(f"({self.subgroup})")
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    kind: str
    number: int
    label: str                  # «2-я четверть»
    start: dt.date
    end: dt.date
    last: bool                  # the last period of the year: year, exam and final marks go here


@dataclass(frozen=True)
class WorkTypeInfo:
    id: int
    code: str
    name: str
    weight: float
    color: str
    entry_days: int
    is_default: bool


@dataclass(frozen=True)
class MarkCell:
    id: int
    value: str
    work_type_id: int
    weight: float
    comment: str = ""
    pending_correction: bool = False   # a correction request waits for the deputy's decision
    typed_at: dt.datetime | None = None  # when it was typed (the fix-time rule)
    own: bool = True                   # typed by the actor who loaded the grid


@dataclass(frozen=True)
class GridColumn:
    lesson_id: int
    date: dt.date
    number: int
    topic: str
    homework: str
    work_kind: str
    substitute_teacher_id: int | None
    two_on_day: bool            # another lesson of the course the same day
    future: bool                # not yet held: no marks, no attendance
    editable: bool              # the actor's right on this lesson and the page not locked
    substitute: str = ""        # the substitute teacher's short name («Петрова А. И.»), when there is one
    individual: str = ""        # a lesson of one pupil's individual schooling shown on the class page
                                # (read-only there): the pupil's short name
    time: LessonTime | None = None  # by the bells of its class's shift, a short day's on a short day


@dataclass
class GridRow:
    number: int
    pupil_id: int
    full_name: str
    short_name: str
    stays: tuple[tuple[dt.date, dt.date], ...]  # first and last day in the course, within the period
    whole_period: bool                          # belonged for the whole period
    marks: dict[int, tuple[MarkCell, ...]] = field(default_factory=dict)  # lesson id → marks
    attendance: dict[int, str] = field(default_factory=dict)             # lesson id → Н, П, Б, ОП
    average: float | None = None
    suggested: str | None = None    # the period mark suggested by the average
    period_mark: str | None = None
    year_mark: str | None = None
    exam_mark: str | None = None
    final_mark: str | None = None
    year_mark_set: bool = False     # a year mark of the course exists (whatever the period shown)
    final_mark_set: bool = False

    def belongs_on(self, day: dt.date) -> bool:
        return any(first <= day <= last for first, last in self.stays)


@dataclass(frozen=True)
class GridData:
    course: CourseInfo
    period: PeriodInfo
    grading_codes: tuple[str, ...]
    work_types: tuple[WorkTypeInfo, ...]
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    today: dt.date
    window_days: int             # the school's entry window (setting entry_window_days)
    school_wide: bool = False    # the actor edits every page (the deputy): no year-mark lock, no attendance window
    year_closed: bool = False
    last_lesson: dt.date | None = None       # of the course in the period (None: no lesson; the end counts)
    year_last_lesson: dt.date | None = None  # of the course in the year (year, exam and final marks)
    period_mark_days: int | None = None      # the period-mark window after the last lesson (None: no limit)
    now: dt.datetime | None = None           # when the grid was read (the fix time of its marks)
    fix_minutes: int | None = None           # setting mark_fix_minutes (None: the whole window)


@dataclass(frozen=True)
class CorrectionInfo:
    id: int
    mark_id: int | None
    lesson_id: int
    lesson_date: dt.date
    course_id: int
    course_title: str
    pupil_id: int
    pupil: str
    old_value: str | None
    new_value: str | None       # None: remove the mark
    reason: str
    status: str
    requested_by: str           # the person's short name («Петрова А. И.»), not the login
    requested_at: dt.datetime
    decided_by: str | None
    decided_at: dt.datetime | None
    decision_note: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    short_name: str             # «Петрова А. И.»
    full_name: str
    position: str


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    who: str | None             # the author's short name (services.access.people_names), not the login
    action: str
    entity: str
    entity_id: int | None
    old: dict | None
    new: dict | None
