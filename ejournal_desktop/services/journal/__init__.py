"""The journal's use cases: a teacher's daily work on a class-subject page, under the regulation's rules.

Every call takes the acting user, checks the right (`guard.require` with `course_relation` /
`pupil_relation`), applies the rules of `domain.entry_rules`, writes, and appends the audit entries
in one transaction (`guard.unit`). Calls that depend on the clock take ``now`` (an aware datetime;
default: the real clock); the rules compare the school's local dates (``now.astimezone().date()``).

Reads for the grid use SQLAlchemy Core rows on the tables, never ORM objects, and return plain
dataclasses: the page of a class of 35 with 60 lessons loads in a few milliseconds.

Who is bound by which rule (the regulation is silent on some; see `domain.entry_rules`):

- every editor, the deputy too: no marks or attendance on a lesson still to come; a new mark only
  inside the lesson's entry window; a change or removal after the window only through a correction
  request decided by the deputy; a locked course refuses all edits; marks only for pupils who
  belonged to the course on the lesson's date;
- teachers (rights of scope `own`), not the deputy (scope `school`): the attendance and lesson
  window (the deputy fixes past attendance and topics, there being no correction procedure for
  them), and the year-mark lock (per pupil; per course for lessons once every pupil has a year mark).

`put_marks` takes the whole content of a cell for one work type: «5 4» on a cell that held «5»
keeps the 5 and adds a 4; «4» changes the 5 into a 4; an empty text removes the marks of that type.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, bindparam, exists, func, or_, select, text
from sqlalchemy.orm import Session

from ...domain import entry_rules as rules
from ...domain.attendance import AttendanceCode, AttendanceError, parse_attendance
from ...domain.averages import suggest_period_mark, weighted_average
from ...domain.calendar import period_label
from ...domain.grading import GradeValue as DomainGradeValue
from ...domain.grading import GradingSystem as DomainGradingSystem
from ...domain.grading import MarkError, parse_mark, parse_period_mark
from ...domain.names import full_name, person_sort_key, short_name
from ...domain.rights import Action, permits
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Account,
    Attendance,
    AuditEntry,
    CorrectionStatus,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    GradeValue,
    GradingSystem,
    Lesson,
    Mark,
    MarkCorrection,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
    WorkType,
    YearStatus,
)
from ..access import audit, settings
from ..access.accounts import Actor
from ..access.guard import course_relation, own_class_ids, pupil_relation, require, unit
from ..errors import ServiceError
from ..school.reference import GRADING_SYSTEMS
from . import payloads

__all__ = [
    "Changes", "Conflict", "CorrectionInfo", "CorrectionRequired", "CourseInfo", "GridColumn", "GridData", "GridRow",
    "HistoryEntry", "InvalidEntry", "JournalError", "MarkCell", "NotFound", "PeriodInfo", "RuleViolation",
    "StaffInfo", "WorkTypeInfo",
    "cell_rule", "cell_rules", "corrections", "courses_for", "decide_correction", "load_grid", "mark_history",
    "period_cell_rule", "period_mark_what", "periods_for", "periods_on", "put_marks", "record_absence_reason", "remove_mark", "request_correction", "set_attendance",
    "set_course_locked", "set_period_mark", "set_substitute", "staff_for_substitution", "undo_last",
    "update_lesson",
]

# Core tables: the hot paths read rows, not objects.
_c = Course.__table__
_l = Lesson.__table__
_m = Mark.__table__
_a = Attendance.__table__
_e = Enrollment.__table__
_p = Pupil.__table__
_pm = PeriodMark.__table__
_per = Period.__table__
_sc = SchoolClass.__table__
_sg = Subgroup.__table__
_sgm = SubgroupMember.__table__
_cm = CourseMember.__table__
_st = Staff.__table__
_sub = Subject.__table__
_wt = WorkType.__table__
_gv = GradeValue.__table__
_gs = GradingSystem.__table__
_mc = MarkCorrection.__table__
_ay = AcademicYear.__table__

_ONE_DAY = dt.timedelta(days=1)
_JOURNAL_ENTITIES = ("mark", "attendance")


# --- errors ----------------------------------------------------------------------------------------

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


# --- plain data the GUI gets ---------------------------------------------------------------------------

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
    requested_by: str
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
    login: str | None
    action: str
    entity: str
    entity_id: int | None
    old: dict | None
    new: dict | None


# --- time ------------------------------------------------------------------------------------------

def _clock(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now


def _local_date(now: dt.datetime) -> dt.date:
    """The school's date: the computer's local time zone."""
    return now.astimezone().date()


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


# --- what a course and a lesson are -------------------------------------------------------------------

@dataclass(frozen=True)
class _Course:
    id: int
    academic_year_id: int
    kind: CourseKind
    subject_id: int
    school_class_id: int | None
    subgroup_id: int | None
    pupil_id: int | None
    teacher_id: int
    grading_system_id: int
    has_marks: bool
    locked: bool
    label: str
    year_closed: bool = False


@dataclass(frozen=True)
class _Lesson:
    id: int
    date: dt.date
    number: int
    topic: str
    homework: str
    work_kind: str
    substitute_teacher_id: int | None
    course: _Course


# The year's status as a correlated column: every statement that reads a course knows whether its
# year is closed without another join.
_YEAR_CLOSED = (select(_ay.c.status == YearStatus.closed).where(_ay.c.id == _c.c.academic_year_id)
                .scalar_subquery().label("year_closed"))
_COURSE_COLS = (_c.c.id, _c.c.academic_year_id, _c.c.kind, _c.c.subject_id, _c.c.school_class_id,
                _c.c.subgroup_id, _c.c.pupil_id, _c.c.teacher_id, _c.c.grading_system_id, _c.c.has_marks,
                _c.c.locked, _sc.c.grade, _sc.c.letter, _sub.c.name.label("subject"), _c.c.name, _YEAR_CLOSED)


def _course_from(row) -> _Course:
    cls = f"{row.grade}{row.letter}" if row.grade is not None else ""
    label = ", ".join(p for p in (cls, row.name or row.subject) if p)
    return _Course(row.id, row.academic_year_id, row.kind, row.subject_id, row.school_class_id,
                   row.subgroup_id, row.pupil_id, row.teacher_id, row.grading_system_id, row.has_marks,
                   row.locked, label, bool(row.year_closed))


def _course_select():
    return (select(*_COURSE_COLS).select_from(_c)
            .join(_sub, _sub.c.id == _c.c.subject_id)
            .outerjoin(_sc, _sc.c.id == _c.c.school_class_id))


def _load_course(session: Session, course_id: int) -> _Course:
    row = session.connection().execute(_course_select().where(_c.c.id == course_id)).first()
    if row is None:
        raise NotFound("Такой страницы журнала нет.")
    return _course_from(row)


def _load_lesson(session: Session, lesson_id: int) -> _Lesson:
    row = session.connection().execute(
        select(_l.c.id.label("lesson_id"), _l.c.date, _l.c.number, _l.c.topic, _l.c.homework,
               _l.c.work_kind, _l.c.substitute_teacher_id, *_COURSE_COLS)
        .select_from(_l).join(_c, _c.c.id == _l.c.course_id)
        .join(_sub, _sub.c.id == _c.c.subject_id)
        .outerjoin(_sc, _sc.c.id == _c.c.school_class_id)
        .where(_l.c.id == lesson_id)).first()
    if row is None:
        raise NotFound("Такого урока нет в журнале.")
    return _Lesson(row.lesson_id, row.date, row.number, row.topic, row.homework, row.work_kind,
                   row.substitute_teacher_id, _course_from(row))


def _require_open_year(course: _Course) -> None:
    """A closed year is read-only for everyone (the archive of regulation 7.5): the one check of
    every journal write, reached through `_require_edit` (and the deputy's and secretary's writes
    that do not go through it)."""
    if course.year_closed:
        raise RuleViolation(f"Учебный год закрыт: журнал «{course.label}» доступен только для просмотра "
                            f"и печати.")


def _require_edit(session: Session, actor: Actor, course: _Course, lesson_id: int | None = None) -> bool:
    """Check the right to edit the page (a substitute: the lesson); True for a school-wide editor.
    Refuses every edit of a closed year's page and of a page the administrator locked (4.2 г)."""
    _require_open_year(course)
    own, own_class = course_relation(session, actor, course.id, lesson_id)
    require(actor, Action.edit_journal, own=own, own_class=own_class, detail=course.label)
    _check(rules.course_locked(course.locked))
    return permits(actor.roles, Action.edit_journal)


def _editable_mark(session: Session, actor: Actor, mark_id: int) -> tuple[Mark, _Lesson]:
    """A mark the actor may change: its page editable by the actor and not closed by the year mark."""
    mark = session.get(Mark, mark_id)
    if mark is None:
        raise NotFound("Такой отметки нет.")
    lesson = _load_lesson(session, mark.lesson_id)
    if not _require_edit(session, actor, lesson.course, lesson.id):
        _check_year_lock(session, lesson.course.id, mark.pupil_id)
    return mark, lesson


def _substitutes_in(session: Session, actor: Actor, course_id: int) -> bool:
    if actor.staff_id is None:
        return False
    return session.connection().execute(
        select(_l.c.id).where(_l.c.course_id == course_id, _l.c.substitute_teacher_id == actor.staff_id)
        .limit(1)).first() is not None


def _require_view(session: Session, actor: Actor, course: _Course) -> tuple[bool, bool]:
    own, own_class = course_relation(session, actor, course.id)
    substitute = not own and _substitutes_in(session, actor, course.id)
    require(actor, Action.view_journal, own=own or substitute, own_class=own_class, detail=course.label)
    return own, substitute


# --- grading systems and work types ---------------------------------------------------------------------

_systems: dict[tuple, DomainGradingSystem] = {}

# Statements read on every page load, built once (building a select costs more than running it here).
_SYSTEM_VALUES = (select(_gs.c.code, _gs.c.name, _gv.c.code.label("value"), _gv.c.label, _gv.c.points,
                         _gv.c.passing, _gv.c.quality)
                  .select_from(_gs).join(_gv, _gv.c.grading_system_id == _gs.c.id)
                  .where(_gs.c.id == bindparam("system")).order_by(_gv.c.sort_order, _gv.c.id))
_WORK_TYPES = select(_wt.c.id, _wt.c.code, _wt.c.name, _wt.c.weight, _wt.c.color, _wt.c.entry_days,
                     _wt.c.is_default).order_by(_wt.c.sort_order, _wt.c.id)


def _grading_system(session: Session, grading_system_id: int) -> DomainGradingSystem:
    """The course's grading system as the domain sees it (the reference one, with its aliases,
    when the school has not changed its values)."""
    rows = session.connection().execute(_SYSTEM_VALUES, {"system": grading_system_id}).all()
    if not rows:
        raise NotFound("У страницы журнала не задана система оценивания.")
    key = tuple(tuple(r) for r in rows)
    system = _systems.get(key)
    if system is None:
        code, name = rows[0].code, rows[0].name
        values = tuple(DomainGradeValue(r.value, r.label, r.points, bool(r.passing), bool(r.quality))
                       for r in rows)
        reference = GRADING_SYSTEMS.get(code)
        if reference is not None and tuple(
                (v.code, v.points, v.passing, v.quality) for v in reference[2].values) == tuple(
                (v.code, v.points, v.passing, v.quality) for v in values):
            system = reference[2]
        else:
            system = DomainGradingSystem(code, name, values)
        _systems[key] = system
    return system


def _work_types(session: Session) -> tuple[WorkTypeInfo, ...]:
    return tuple(WorkTypeInfo(*r) for r in session.connection().execute(_WORK_TYPES))


def _work_type(session: Session, work_type_id: int | None, work_kind: str) -> WorkTypeInfo:
    """The given work type; else the one the lesson's work kind names; else the default."""
    types = _work_types(session)
    if work_type_id is not None:
        for t in types:
            if t.id == work_type_id:
                return t
        raise NotFound("Такого вида работы нет.")
    kind = work_kind.strip().casefold()
    for t in types:
        if kind and t.name.casefold() == kind:
            return t
    for t in types:
        if t.is_default:
            return t
    if not types:
        raise NotFound("В журнале не заданы виды работ.")
    return types[0]


# --- who belongs to a course when ------------------------------------------------------------------------

Stays = dict[int, list[tuple[dt.date, dt.date]]]

_CLASS_STAYS = select(_e.c.pupil_id, _e.c.arrived_on, _e.c.departed_on).where(
    _e.c.school_class_id == bindparam("class"), _e.c.arrived_on <= bindparam("end"),
    or_(_e.c.departed_on.is_(None), _e.c.departed_on > bindparam("start")))


def _stays(session: Session, course: _Course, start: dt.date, end: dt.date,
           pupil_id: int | None = None) -> Stays:
    """Pupils of the course between two dates, each with the (first, last) days they belonged.

    A subgroup's members while in the course's class; a club's (course members) while in the school;
    an individual course's pupil; otherwise the class list. Stays are clipped to the dates.
    """
    conn = session.connection()
    if (pupil_id is None and course.pupil_id is None and course.subgroup_id is None
            and course.kind is CourseKind.lesson and course.school_class_id is not None):
        # A whole-class lesson course, the grid's usual case: the class list, from a prebuilt statement.
        return _clip(conn.execute(_CLASS_STAYS, {"class": course.school_class_id, "start": start, "end": end}),
                     start, end)
    cols = (_e.c.pupil_id, _e.c.arrived_on, _e.c.departed_on)
    where = [_e.c.arrived_on <= end, or_(_e.c.departed_on.is_(None), _e.c.departed_on > start)]
    if pupil_id is not None:
        where.append(_e.c.pupil_id == pupil_id)
    if course.pupil_id is not None:
        stmt = select(*cols).where(_e.c.pupil_id == course.pupil_id, *where)
    elif course.subgroup_id is not None:
        class_id = course.school_class_id if course.school_class_id is not None else (
            select(_sg.c.school_class_id).where(_sg.c.id == course.subgroup_id).scalar_subquery())
        stmt = (select(*cols).join(_sgm, _sgm.c.pupil_id == _e.c.pupil_id)
                .where(_sgm.c.subgroup_id == course.subgroup_id, _e.c.school_class_id == class_id, *where))
    else:
        has_members = (course.kind is not CourseKind.lesson or course.school_class_id is None) and conn.execute(
            select(_cm.c.pupil_id).where(_cm.c.course_id == course.id).limit(1)).first() is not None
        if has_members:
            stmt = (select(*cols).join(_cm, _cm.c.pupil_id == _e.c.pupil_id)
                    .where(_cm.c.course_id == course.id, *where))
        elif course.school_class_id is not None:
            stmt = select(*cols).where(_e.c.school_class_id == course.school_class_id, *where)
        else:
            return {}
    return _clip(conn.execute(stmt), start, end)


def _clip(rows, start: dt.date, end: dt.date) -> Stays:
    raw: dict[int, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for pid, arrived, departed in rows:
        first = max(arrived, start)
        last = end if departed is None else min(departed - _ONE_DAY, end)
        if first <= last:
            raw[pid].append((first, last))
    return {pid: _merge(spans) for pid, spans in raw.items()}


def _merge(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Adjacent or overlapping stays as one (a transfer between two classes of a club's pupils)."""
    spans = sorted(spans)
    merged = [spans[0]]
    for first, last in spans[1:]:
        if first <= merged[-1][1] + _ONE_DAY:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


def _may_edit(session: Session, actor: Actor, course: _Course, lesson_id: int | None = None) -> tuple[bool, bool]:
    """(the actor may edit the page or the lesson, the actor edits school-wide), asked without refusing."""
    own, own_class = course_relation(session, actor, course.id, lesson_id)
    return (permits(actor.roles, Action.edit_journal, own=own, own_class=own_class),
            permits(actor.roles, Action.edit_journal))


def _lesson_cell(session: Session, lesson: _Lesson, pupil_id: int, today: dt.date, may_edit: bool,
                 school: bool, work_type_days: int, cell_has_marks: bool = False) -> rules.LessonCell:
    """The per-cell rule of `domain.entry_rules`, fed from the database (the grid feeds it from GridData)."""
    stays = _stays(session, lesson.course, lesson.date, lesson.date, pupil_id).get(pupil_id, [])
    return rules.lesson_cell(rules.LessonCellFacts(
        lesson.date, today, settings.get(session, "entry_window_days"), work_type_days, may_edit, school,
        lesson.course.year_closed, lesson.course.locked, lesson.course.has_marks, tuple(stays),
        _has_period_mark(session, lesson.course.id, pupil_id, PeriodMarkKind.year), cell_has_marks,
        lesson.course.label))


def cell_rule(db: Database, actor: Actor, lesson_id: int, pupil_id: int, work_type_id: int | None = None,
              now: dt.datetime | None = None) -> rules.LessonCell:
    """What the services answer for a lesson cell now (the grid asks the same rule with its data)."""
    return cell_rules(db, actor, [(lesson_id, pupil_id)], work_type_id, now)[lesson_id, pupil_id]


def cell_rules(db: Database, actor: Actor, cells, work_type_id: int | None = None,
               now: dt.datetime | None = None) -> dict[tuple[int, int], rules.LessonCell]:
    """`cell_rule` of many (lesson id, pupil id) cells, read in one transaction."""
    today = _local_date(_clock(now))
    out: dict[tuple[int, int], rules.LessonCell] = {}
    lessons: dict[int, tuple] = {}
    with unit(db, actor) as session:
        for lesson_id, pupil_id in cells:
            if lesson_id not in lessons:
                lesson = _load_lesson(session, lesson_id)
                lessons[lesson_id] = (lesson, *_may_edit(session, actor, lesson.course, lesson_id),
                                      _work_type(session, work_type_id, lesson.work_kind))
            lesson, may_edit, school, work_type = lessons[lesson_id]
            has = session.connection().execute(select(_m.c.id).where(
                _m.c.lesson_id == lesson_id, _m.c.pupil_id == pupil_id).limit(1)).first() is not None
            out[lesson_id, pupil_id] = _lesson_cell(session, lesson, pupil_id, today, may_edit, school,
                                                    work_type.entry_days, has)
    return out


# --- periods ----------------------------------------------------------------------------------------------

def _course_grade(session: Session, course: _Course) -> int | None:
    conn = session.connection()
    if course.school_class_id is not None:
        return conn.execute(select(_sc.c.grade).where(_sc.c.id == course.school_class_id)).scalar()
    members = select(_cm.c.pupil_id).where(_cm.c.course_id == course.id)
    if course.pupil_id is not None:
        members = select(_p.c.id).where(_p.c.id == course.pupil_id)
    return conn.execute(
        select(func.min(_sc.c.grade)).select_from(_e).join(_sc, _sc.c.id == _e.c.school_class_id)
        .where(_e.c.pupil_id.in_(members), _sc.c.academic_year_id == course.academic_year_id)).scalar()


_PERIODS = select(_per.c.id, _per.c.kind, _per.c.number, _per.c.start, _per.c.end, _per.c.grade_from).where(
    _per.c.academic_year_id == bindparam("year"))
_PERIODS_OF_GRADE = _PERIODS.where(_per.c.grade_from <= bindparam("grade"), _per.c.grade_to >= bindparam("grade"))
_PERIODS = _PERIODS.order_by(_per.c.grade_from, _per.c.start)
_PERIODS_OF_GRADE = _PERIODS_OF_GRADE.order_by(_per.c.grade_from, _per.c.start)


def _periods(session: Session, course: _Course, grade: int | None = None) -> list[PeriodInfo]:
    if grade is None:
        grade = _course_grade(session, course)
    if grade is None:
        rows = session.connection().execute(_PERIODS, {"year": course.academic_year_id}).all()
    else:
        rows = session.connection().execute(_PERIODS_OF_GRADE, {"year": course.academic_year_id, "grade": grade}).all()
    if grade is None and rows:  # no class to go by: the structure of the youngest grades
        rows = [r for r in rows if r.grade_from == rows[0].grade_from]
    rows.sort(key=lambda r: r.start)
    out = []
    for i, r in enumerate(rows):
        kind = r.kind.value
        out.append(PeriodInfo(r.id, kind, r.number, period_label(kind, r.number), r.start, r.end,
                              last=i == len(rows) - 1))
    return out


def _last_lesson_date(session: Session, course_id: int, start: dt.date, end: dt.date) -> dt.date:
    """The date of the course's last lesson in the dates (the end date when it has none)."""
    last = session.connection().execute(
        select(func.max(_l.c.date)).where(_l.c.course_id == course_id, _l.c.date >= start, _l.c.date <= end)
    ).scalar()
    return last or end


# --- pages the actor may open ---------------------------------------------------------------------------

def courses_for(db: Database, actor: Actor, academic_year_id: int | None = None) -> list[CourseInfo]:
    """The journal pages the actor may open, in the order of classes and subjects.

    A teacher: own courses and the courses of lessons given as a substitute; a class teacher: every
    course of the own class; the deputy, director and administrator: every course. Default year: the
    latest.
    """
    with unit(db, actor, read=True) as session:
        conn = session.connection()
        if academic_year_id is None:
            academic_year_id = conn.execute(select(func.max(AcademicYear.__table__.c.id))).scalar()
        school_view = permits(actor.roles, Action.view_journal)
        school_edit = permits(actor.roles, Action.edit_journal)
        staff = actor.staff_id
        own_classes = own_class_ids(session, actor)
        substituted: set[int] = set()
        if staff is not None:
            substituted = set(conn.execute(select(_l.c.course_id).where(
                _l.c.substitute_teacher_id == staff).distinct()).scalars())
        teacher = _st.alias("teacher")
        rows = conn.execute(
            select(_c.c.id, _c.c.kind, _c.c.name, _c.c.teacher_id, _c.c.locked, _c.c.has_marks,
                   _c.c.school_class_id, _sc.c.grade, _sc.c.letter, _sub.c.name.label("subject"),
                   _sub.c.short_name, _sub.c.sort_order, _sg.c.name.label("subgroup"),
                   teacher.c.surname, teacher.c.name.label("t_name"), teacher.c.patronymic)
            .select_from(_c).join(_sub, _sub.c.id == _c.c.subject_id)
            .join(teacher, teacher.c.id == _c.c.teacher_id)
            .outerjoin(_sc, _sc.c.id == _c.c.school_class_id)
            .outerjoin(_sg, _sg.c.id == _c.c.subgroup_id)
            .where(_c.c.academic_year_id == academic_year_id)).all()
        year_closed = conn.execute(select(_ay.c.status).where(_ay.c.id == academic_year_id)).scalar() \
            is YearStatus.closed
        out = []
        for r in rows:
            own = staff is not None and r.teacher_id == staff
            substitute = not own and r.id in substituted
            in_class = r.school_class_id in own_classes
            if not permits(actor.roles, Action.view_journal, own=own or substitute, own_class=in_class):
                continue
            relation = ("own" if own else "substitute" if substitute else
                        "own_class" if in_class and not school_view else "school")
            editable = permits(actor.roles, Action.edit_journal, own=own or substitute, own_class=in_class)
            out.append((
                (r.grade or 99, r.letter or "", r.sort_order, r.name, r.subgroup or ""),
                CourseInfo(r.id, f"{r.grade}{r.letter}" if r.grade is not None else "", r.subject,
                           r.short_name, r.name, r.kind.value, r.teacher_id,
                           short_name(r.surname, r.t_name, r.patronymic), r.subgroup or "", r.locked,
                           r.has_marks, relation,
                           (editable or school_edit) and not r.locked and not year_closed, in_class)))
        out.sort(key=lambda x: x[0])
        return [info for _, info in out]


def periods_for(db: Database, course_id: int) -> list[PeriodInfo]:
    """The periods of the course's year for its grades (quarters, or half-years in 10-11)."""
    with db.session() as session, session.begin():
        return _periods(session, _load_course(session, course_id))


def periods_on(db: Database, day: dt.date) -> list[tuple[int, int, PeriodInfo]]:
    """The periods of the latest year that contain the day, one per grade range: (grade_from,
    grade_to, period), youngest grades first (e.g. the 2nd quarter for 1–9, the 1st half-year for 10–11)."""
    with db.session() as session, session.begin():
        conn = session.connection()
        year = conn.execute(select(func.max(AcademicYear.__table__.c.id))).scalar()
        rows = conn.execute(select(_per.c.id, _per.c.kind, _per.c.number, _per.c.start, _per.c.end,
                                   _per.c.grade_from, _per.c.grade_to)
                            .where(_per.c.academic_year_id == year).order_by(_per.c.grade_from, _per.c.start)).all()
        out = []
        for r in rows:
            if r.start <= day <= r.end:
                same_range = [x for x in rows if (x.grade_from, x.grade_to) == (r.grade_from, r.grade_to)]
                last = max(x.end for x in same_range) == r.end
                kind = r.kind.value
                out.append((r.grade_from, r.grade_to, PeriodInfo(r.id, kind, r.number, period_label(kind, r.number),
                                                                 r.start, r.end, last)))
        return out


# --- the grid -------------------------------------------------------------------------------------------

# Statements of the grid, built once (SQLAlchemy caches their compiled form).
_teacher = _st.alias("teacher")
_ind = Course.__table__.alias("individual")
# Whether any pupil of the year has individual schooling in the subject: only then does the class page
# look for their lessons (one query saved on almost every page).
_HAS_INDIVIDUAL = exists().where(_ind.c.kind == CourseKind.individual, _ind.c.subject_id == _c.c.subject_id,
                                 _ind.c.academic_year_id == _c.c.academic_year_id).label("has_individual")
_GRID_COURSE = (
    select(*_COURSE_COLS, _sc.c.class_teacher_id, _sub.c.short_name, _sg.c.name.label("subgroup"),
           _teacher.c.surname, _teacher.c.name.label("t_name"), _teacher.c.patronymic, _HAS_INDIVIDUAL)
    .select_from(_c).join(_sub, _sub.c.id == _c.c.subject_id)
    .join(_teacher, _teacher.c.id == _c.c.teacher_id)
    .outerjoin(_sc, _sc.c.id == _c.c.school_class_id)
    .outerjoin(_sg, _sg.c.id == _c.c.subgroup_id)
    .where(_c.c.id == bindparam("course")))
_IN_PERIOD = and_(_l.c.course_id == bindparam("course"), _l.c.date >= bindparam("start"),
                  _l.c.date <= bindparam("end"))
_GRID_LESSONS = (select(_l.c.id, _l.c.date, _l.c.number, _l.c.topic, _l.c.homework, _l.c.work_kind,
                        _l.c.substitute_teacher_id).where(_IN_PERIOD).order_by(_l.c.date, _l.c.number))
_GRID_MARKS = (select(_m.c.id, _m.c.lesson_id, _m.c.pupil_id, _m.c.value, _m.c.work_type_id, _m.c.weight,
                      _m.c.comment).select_from(_m).join(_l, _l.c.id == _m.c.lesson_id).where(_IN_PERIOD)
               .order_by(_m.c.id))
_GRID_ATTENDANCE = (select(_a.c.pupil_id, _a.c.lesson_id, _a.c.code).select_from(_a)
                    .join(_l, _l.c.id == _a.c.lesson_id).where(_IN_PERIOD))
_GRID_SUBSTITUTES = select(_st.c.id, _st.c.surname, _st.c.name, _st.c.patronymic).where(
    _st.c.id.in_(bindparam("staff", expanding=True)))
_GRID_NAMES = select(_p.c.id, _p.c.surname, _p.c.name, _p.c.patronymic).where(
    _p.c.id.in_(bindparam("pupils", expanding=True)))
_GRID_PENDING = (select(_mc.c.mark_id).select_from(_mc).join(_l, _l.c.id == _mc.c.lesson_id)
                 .where(_IN_PERIOD, _mc.c.status == CorrectionStatus.pending, _mc.c.mark_id.is_not(None)))
_GRID_YEAR_MARKS = select(_pm.c.pupil_id, _pm.c.kind).where(
    _pm.c.course_id == bindparam("course"), _pm.c.kind.in_((PeriodMarkKind.year, PeriodMarkKind.final)))
_GRID_PERIOD_MARKS = select(_pm.c.pupil_id, _pm.c.kind, _pm.c.value).where(
    _pm.c.course_id == bindparam("course"),
    or_(_pm.c.period_id == bindparam("period"), and_(bindparam("last"), _pm.c.kind != PeriodMarkKind.period)))


def _individual_courses(conn, course: _Course, stays: dict) -> list[tuple[int, int]]:
    """(course, pupil) of individual schooling in the same subject and year for pupils of this whole-class
    course: their marks also show on the class page, on their dates."""
    if course.kind != CourseKind.lesson or course.school_class_id is None or course.subgroup_id is not None \
            or not stays:
        return []
    return [tuple(r) for r in conn.execute(
        select(_c.c.id, _c.c.pupil_id).where(_c.c.kind == CourseKind.individual,
                                             _c.c.subject_id == course.subject_id,
                                             _c.c.academic_year_id == course.academic_year_id,
                                             _c.c.pupil_id.in_(list(stays)))).all()]


def _individual_columns(conn, found: list[tuple[int, int]], bounds: dict,
                        today: dt.date) -> tuple[GridColumn, ...]:
    """Read-only columns of the individual lessons of the page's pupils (entered on their own page)."""
    names = {p.id: short_name(p.surname, p.name, p.patronymic)
             for p in conn.execute(_GRID_NAMES, {"pupils": [pid for _c_id, pid in found]})}
    extra = []
    for course_id, pupil_id in found:
        for lr in conn.execute(_GRID_LESSONS, {**bounds, "course": course_id}).all():
            extra.append(GridColumn(lr.id, lr.date, lr.number, lr.topic, lr.homework, lr.work_kind, None, False,
                                    lr.date > today, False, "", names.get(pupil_id, "")))
    return tuple(extra)


def load_grid(db: Database, actor: Actor, course_id: int, period_id: int,
              now: dt.datetime | None = None) -> GridData:
    """One page of the journal for a period: pupils × lessons, marks, attendance, averages, period marks."""
    today = _local_date(_clock(now))
    with unit(db, actor, read=True) as session:
        conn = session.connection()
        r = conn.execute(_GRID_COURSE, {"course": course_id}).first()
        if r is None:
            raise NotFound("Такой страницы журнала нет.")
        course = _course_from(r)
        # guard.course_relation, from the row already read: own course, own class; a substitute
        # (of any lesson of the course) reads the page and edits the lessons given.
        staff = actor.staff_id
        own = staff is not None and r.teacher_id == staff
        own_class = staff is not None and r.class_teacher_id == staff
        substitute = (not own and not permits(actor.roles, Action.edit_journal, own_class=own_class)
                      and _substitutes_in(session, actor, course_id))
        require(actor, Action.view_journal, own=own or substitute, own_class=own_class, detail=course.label)
        editable = permits(actor.roles, Action.edit_journal, own=own or substitute, own_class=own_class)
        school_view = permits(actor.roles, Action.view_journal)
        info = CourseInfo(
            course.id, f"{r.grade}{r.letter}" if r.grade is not None else "", r.subject, r.short_name, r.name,
            r.kind.value, r.teacher_id, short_name(r.surname, r.t_name, r.patronymic), r.subgroup or "",
            r.locked, r.has_marks,
            "own" if own else "substitute" if substitute else "own_class" if own_class and not school_view
            else "school", editable and not r.locked and not course.year_closed, own_class)

        period = next((p for p in _periods(session, course, r.grade) if p.id == period_id), None)
        if period is None:
            raise NotFound("Этот учебный период не относится к странице журнала.")
        values = settings.get_all(session)
        system = _grading_system(session, course.grading_system_id)
        stays = _stays(session, course, period.start, period.end)
        bounds = {"course": course_id, "start": period.start, "end": period.end}

        # Columns.
        lesson_rows = conn.execute(_GRID_LESSONS, bounds).all()
        per_day: dict[dt.date, int] = defaultdict(int)
        for lr in lesson_rows:
            per_day[lr.date] += 1
        edit_all = info.editable and not substitute
        substitute_ids = {lr.substitute_teacher_id for lr in lesson_rows} - {None}
        substitutes = {s.id: short_name(s.surname, s.name, s.patronymic)
                       for s in conn.execute(_GRID_SUBSTITUTES, {"staff": list(substitute_ids)})
                       } if substitute_ids else {}
        columns = tuple(
            GridColumn(lr.id, lr.date, lr.number, lr.topic, lr.homework, lr.work_kind, lr.substitute_teacher_id,
                       per_day[lr.date] > 1, lr.date > today,
                       edit_all or (info.editable and lr.substitute_teacher_id == staff),
                       substitutes.get(lr.substitute_teacher_id, ""))
            for lr in lesson_rows)

        individual = _individual_courses(conn, course, stays) if r.has_individual else []
        if individual:
            columns = tuple(sorted(columns + _individual_columns(conn, individual, bounds, today),
                                   key=lambda c: (c.date, c.number, bool(c.individual))))

        # Rows, in Russian alphabetical order.
        people = conn.execute(_GRID_NAMES, {"pupils": list(stays)}).all()
        people.sort(key=lambda p: person_sort_key(p.surname, p.name, p.patronymic))
        whole = ((period.start, period.end),)
        rows = []
        by_pupil: dict[int, GridRow] = {}
        for number, p in enumerate(people, start=1):
            spans = tuple(stays[p.id])
            row = GridRow(number, p.id, full_name(p.surname, p.name, p.patronymic),
                          short_name(p.surname, p.name, p.patronymic), spans, spans == whole)
            rows.append(row)
            by_pupil[p.id] = row

        # Cells (of the course, and of its pupils' individual schooling, each only for that pupil).
        sources = [(bounds, None)] + [({**bounds, "course": cid}, pid) for cid, pid in individual]
        marks: dict[tuple[int, int], list[MarkCell]] = defaultdict(list)
        for where, only in sources:
            for mid, lid, pid, value, wt, weight, comment in conn.execute(_GRID_MARKS, where).all():
                if only is None or pid == only:
                    marks[(pid, lid)].append(MarkCell(mid, value, wt, weight, comment))
        pending = set(conn.execute(_GRID_PENDING, bounds).scalars())
        if pending:
            for cell in marks.values():
                cell[:] = [dataclasses.replace(m, pending_correction=True) if m.id in pending else m for m in cell]
        for (pid, lid), cell in marks.items():
            row = by_pupil.get(pid)
            if row is not None:
                row.marks[lid] = tuple(cell)
        for where, only in sources:
            for pid, lid, code in conn.execute(_GRID_ATTENDANCE, where).all():
                row = by_pupil.get(pid)
                if row is not None and (only is None or pid == only):
                    row.attendance[lid] = code.value

        # Averages and period marks.
        rule = settings.rounding_rule_of(values)
        five_point = system.code == "five_point"
        for row in rows:
            pairs = [(m.value, m.weight) for cell in row.marks.values() for m in cell]
            row.average = weighted_average(pairs, system) if pairs else None
            row.suggested = suggest_period_mark(row.average, rule) if five_point else None
        for pid, kind, value in conn.execute(_GRID_PERIOD_MARKS,
                                             {"course": course_id, "period": period_id, "last": period.last}).all():
            row = by_pupil.get(pid)
            if row is not None:
                setattr(row, f"{kind.value}_mark", value)

        for pid, kind in conn.execute(_GRID_YEAR_MARKS, {"course": course_id}).all():
            row = by_pupil.get(pid)
            if row is not None:
                setattr(row, f"{kind.value}_mark_set", True)
        last_lesson = max((lr.date for lr in lesson_rows), default=None)
        year_last = None
        if period.last:
            year_last = last_lesson or conn.execute(
                select(func.max(_l.c.date)).where(_l.c.course_id == course_id)).scalar()
        late = values.get("period_mark_window_days", -1)
        return GridData(info, period, system.codes, _work_types(session), columns, tuple(rows), today,
                        values["entry_window_days"], permits(actor.roles, Action.edit_journal), course.year_closed,
                        last_lesson, year_last, None if late < 0 else late)


# --- locks by year marks ---------------------------------------------------------------------------------

def _has_period_mark(session: Session, course_id: int, pupil_id: int, kind: PeriodMarkKind) -> bool:
    return session.connection().execute(select(_pm.c.id).where(
        _pm.c.course_id == course_id, _pm.c.pupil_id == pupil_id, _pm.c.kind == kind).limit(1)).first() is not None


def _check_year_lock(session: Session, course_id: int, pupil_id: int) -> None:
    _check(rules.year_mark_set(_has_period_mark(session, course_id, pupil_id, PeriodMarkKind.year)))


def _all_year_marks_set(session: Session, course: _Course) -> bool:
    periods = _periods(session, course)
    if not periods:
        return False
    last = periods[-1].end
    members = set(_stays(session, course, last, last))
    if not members:
        return False
    marked = set(session.connection().execute(select(_pm.c.pupil_id).where(
        _pm.c.course_id == course.id, _pm.c.kind == PeriodMarkKind.year)).scalars())
    return members <= marked


# --- audit helpers ---------------------------------------------------------------------------------------

_new_op = payloads.new_op


def _mark_payload(mark: Mark, work_type_code: str, **extra) -> dict:
    return payloads.mark(mark.lesson_id, mark.pupil_id, mark.value, work_type_code, mark.work_type_id,
                         mark.weight, mark.comment, **extra)


def _wt_codes(session: Session) -> dict[int, str]:
    return {t.id: t.code for t in _work_types(session)}


# --- marks -------------------------------------------------------------------------------------------------

def _lock_cell(session: Session, lesson_id: int, pupil_id: int) -> None:
    """On a server, edits of one cell from several PCs take turns (until commit), so that the
    check of what the user saw and the write are one step; other cells are not held up."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:l, :p)"), {"l": lesson_id, "p": pupil_id})


def _check_unchanged(shown: str | None, current: str) -> None:
    """Optimistic locking: the one check that a cell still holds what the user was shown."""
    if shown is None or " ".join(shown.split()) == current:
        return
    raise Conflict(f"Эту клетку уже изменил другой пользователь: сейчас в ней «{current or 'пусто'}», а у вас "
                   f"было «{shown.strip() or 'пусто'}». Ваше изменение не сохранено: проверьте отметку и "
                   f"введите её снова.", current)


def put_marks(db: Database, actor: Actor, lesson_id: int, pupil_id: int, text: str,
              work_type_id: int | None = None, comment: str = "", now: dt.datetime | None = None,
              expected: str | None = None) -> Changes:
    """Set a cell: the pupil's marks of one work type on the lesson become what ``text`` lists.

    «5 4» adds the marks missing from the cell, keeps equal ones in place, changes differing ones
    and removes extra ones; changes and removals after the window need a correction request.
    ``expected``: the cell's marks of that work type as the user saw them («5»; "" for none); when
    another user has changed them since, `Conflict` is raised with the current value, nothing written.
    """
    now = _clock(now)
    with unit(db, actor) as session:
        lesson = _load_lesson(session, lesson_id)
        school = _require_edit(session, actor, lesson.course, lesson_id)
        codes = _parse_marks(session, lesson, text)
        work_type = _work_type(session, work_type_id, lesson.work_kind)
        return _write_marks(session, actor, lesson, school, pupil_id, codes, work_type, comment, now, expected,
                            _new_op())


def _parse_marks(session: Session, lesson: _Lesson, text: str) -> tuple[str, ...]:
    if not lesson.course.has_marks and text.strip():
        _check(rules.course_has_no_marks(False))
    system = _grading_system(session, lesson.course.grading_system_id)
    try:
        codes = parse_mark(system, text)
    except MarkError as exc:
        raise InvalidEntry(str(exc)) from None
    most = settings.get(session, "max_marks_per_cell")
    if len(codes) > most:
        raise InvalidEntry(f"В одной клетке — не больше {most} отметок за урок (введено {len(codes)}); "
                           f"так задано в настройках журнала. Ничего не сохранено.")
    return codes


def _write_marks(session: Session, actor: Actor, lesson: _Lesson, school: bool, pupil_id: int,
                 codes: tuple[str, ...], work_type: WorkTypeInfo, comment: str, now: dt.datetime,
                 expected: str | None, op: str) -> Changes:
    """The cell's marks of the work type become ``codes``, refused by the per-cell rule; audited under ``op``."""
    today = _local_date(now)
    lesson_id = lesson.id
    _lock_cell(session, lesson_id, pupil_id)
    existing = list(session.scalars(select(Mark).where(
        Mark.lesson_id == lesson_id, Mark.pupil_id == pupil_id, Mark.work_type_id == work_type.id)
        .order_by(Mark.id)))
    verdict = _lesson_cell(session, lesson, pupil_id, today, True, school, work_type.entry_days,
                           bool(existing)).marks
    if not verdict.allowed and not verdict.past_window:
        _check(verdict.reason)
    _check_unchanged(expected, " ".join(m.value for m in existing))
    changed = [(m, code) for m, code in zip(existing, codes) if m.value != code]
    extra = existing[len(codes):]
    missing = codes[len(existing):]
    if verdict.past_window and (changed or extra):
        _check(rules.change_needs_correction(lesson.date, today, settings.get(session, "entry_window_days"),
                                             work_type.entry_days), CorrectionRequired)
    if verdict.past_window and missing:
        _check(verdict.reason)

    created, updated, removed = [], [], []
    for mark, code in changed:
        old = _mark_payload(mark, work_type.code)
        mark.value = code
        mark.updated_at = now
        if comment:
            mark.comment = comment
        audit.record(session, actor.account_id, "update", "mark", mark.id, old=old,
                     new=_mark_payload(mark, work_type.code, op=op), at=now)
        updated.append(mark.id)
    for mark in extra:
        audit.record(session, actor.account_id, "delete", "mark", mark.id,
                     old=_mark_payload(mark, work_type.code), new={"op": op}, at=now)
        removed.append(mark.id)
        session.delete(mark)
    for code in missing:
        mark = Mark(lesson_id=lesson_id, pupil_id=pupil_id, value=code, work_type_id=work_type.id,
                    weight=work_type.weight, comment=comment, created_by=actor.account_id, created_at=now)
        session.add(mark)
        session.flush()
        audit.record(session, actor.account_id, "create", "mark", mark.id,
                     new=_mark_payload(mark, work_type.code, op=op), at=now)
        created.append(mark.id)
    session.flush()
    return Changes(created=tuple(created), updated=tuple(updated), removed=tuple(removed),
                   cells=((pupil_id, lesson_id),) if created or updated or removed else ())


def remove_mark(db: Database, actor: Actor, mark_id: int, now: dt.datetime | None = None,
                expected: str | None = None) -> Changes:
    """Remove one mark inside its window (after it: `request_correction` with new_value None).
    ``expected``: the value the user saw (see `put_marks`)."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        if expected is not None and session.get(Mark, mark_id) is None:
            raise Conflict("Эту отметку уже удалил другой пользователь; страница обновлена.", "")
        mark, lesson = _editable_mark(session, actor, mark_id)
        _lock_cell(session, lesson.id, mark.pupil_id)
        session.refresh(mark)
        _check_unchanged(expected, mark.value)
        work_type = _work_type(session, mark.work_type_id, "")
        _check(rules.change_needs_correction(lesson.date, today, settings.get(session, "entry_window_days"),
                                             work_type.entry_days), CorrectionRequired)
        audit.record(session, actor.account_id, "delete", "mark", mark.id,
                     old=_mark_payload(mark, work_type.code), new={"op": _new_op()}, at=now)
        cell = (mark.pupil_id, mark.lesson_id)
        session.delete(mark)
        session.flush()
        return Changes(removed=(mark_id,), cells=(cell,))


# --- attendance ------------------------------------------------------------------------------------------

def set_attendance(db: Database, actor: Actor, lesson_id: int, pupil_id: int, code_text: str,
                   now: dt.datetime | None = None) -> Changes:
    """Н, П, Б or ОП for a pupil on a lesson; an empty text clears it."""
    now = _clock(now)
    try:
        code = parse_attendance(code_text)
    except AttendanceError as exc:
        raise InvalidEntry(str(exc)) from None
    with unit(db, actor) as session:
        lesson = _load_lesson(session, lesson_id)
        school = _require_edit(session, actor, lesson.course, lesson_id)
        return _write_attendance(session, actor, lesson, school, pupil_id, code, now, _new_op())


def _current_attendance(session: Session, lesson_id: int, pupil_id: int) -> Attendance | None:
    return session.scalar(select(Attendance).where(Attendance.lesson_id == lesson_id,
                                                   Attendance.pupil_id == pupil_id))


def _write_attendance(session: Session, actor: Actor, lesson: _Lesson, school: bool, pupil_id: int,
                      code: AttendanceCode | None, now: dt.datetime, op: str,
                      row: Attendance | None | object = ...) -> Changes:
    """The pupil's attendance on the lesson becomes ``code`` (None clears it), refused by the per-cell
    rule; audited under ``op``."""
    lesson_id = lesson.id
    verdict = _lesson_cell(session, lesson, pupil_id, _local_date(now), True, school, 0).attendance
    _check(verdict.reason)
    if row is ...:
        row = _current_attendance(session, lesson_id, pupil_id)
    if row is None and code is None or row is not None and row.code is code:
        return Changes()
    if row is None:
        row = Attendance(lesson_id=lesson_id, pupil_id=pupil_id, code=code, created_by=actor.account_id,
                         created_at=now)
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "attendance", row.id,
                     new=payloads.new_attendance(lesson_id, pupil_id, code.value, op), at=now)
    elif code is None:
        audit.record(session, actor.account_id, "delete", "attendance", row.id,
                     old=_attendance_payload(row), new={"op": op}, at=now)
        session.delete(row)
    else:
        old = _attendance_payload(row)
        row.code = code
        audit.record(session, actor.account_id, "update", "attendance", row.id, old=old,
                     new={**_attendance_payload(row), "op": op}, at=now)
    session.flush()
    return Changes(attendance=(row.id,), cells=((pupil_id, lesson_id),))


def _attendance_payload(row: Attendance) -> dict:
    return payloads.attendance(row.lesson_id, row.pupil_id, row.code.value, row.reason_note)


def record_absence_reason(db: Database, actor: Actor, pupil_id: int, start: dt.date, end: dt.date,
                          code: str | AttendanceCode, note: str) -> int:
    """The class teacher (own class) or the deputy turns the pupil's Н into П or Б for the dates,
    with the grounds (a doctor's note, the parents' letter); returns how many lessons changed."""
    if isinstance(code, str):
        try:
            code = parse_attendance(code)
        except AttendanceError as exc:
            raise InvalidEntry(str(exc)) from None
    if code not in (AttendanceCode.absent_excused, AttendanceCode.absent_ill):
        raise InvalidEntry("Причину отсутствия указывают кодом П (уважительная причина) или Б (болезнь)")
    if end < start:
        raise InvalidEntry(f"Дата окончания {_d(end)} раньше даты начала {_d(start)}")
    if not note.strip():
        raise InvalidEntry("Укажите основание: справка, заявление родителей и т. п.")
    with unit(db, actor) as session:
        own, own_class = pupil_relation(session, actor, pupil_id)
        require(actor, Action.record_absence_reason, own_class=own_class, detail="ученик не из вашего класса")
        stmt = (select(Attendance, _l.c.date, _c.c.locked, _sub.c.name, _YEAR_CLOSED)
                .join(_l, _l.c.id == Attendance.lesson_id).join(_c, _c.c.id == _l.c.course_id)
                .join(_sub, _sub.c.id == _c.c.subject_id)
                .where(Attendance.pupil_id == pupil_id, Attendance.code == AttendanceCode.absent_unexcused,
                       _l.c.date >= start, _l.c.date <= end).order_by(_l.c.date, _l.c.number))
        found = session.execute(stmt).all()
        if not permits(actor.roles, Action.record_absence_reason):
            in_class = _own_class_stays(session, actor, pupil_id)
            found = [f for f in found if any(a <= f.date and (d is None or f.date < d) for a, d in in_class)]
        if any(f.year_closed for f in found):
            raise RuleViolation("Учебный год закрыт: причины отсутствия в его журналах не изменяются.")
        locked = sorted({f.name for f in found if f.locked})
        if locked:
            raise RuleViolation(f"Страница журнала «{', '.join(locked)}» закрыта администратором: "
                                f"причины отсутствия не изменены")
        op = _new_op()
        for f in found:
            row = f.Attendance
            old = _attendance_payload(row)
            row.code, row.reason_note = code, note.strip()
            audit.record(session, actor.account_id, "update", "attendance", row.id, old=old,
                         new={**_attendance_payload(row), "op": op})
        session.flush()
        return len(found)


def _own_class_stays(session: Session, actor: Actor, pupil_id: int) -> list[tuple[dt.date, dt.date | None]]:
    classes = own_class_ids(session, actor)
    return [(r.arrived_on, r.departed_on) for r in session.connection().execute(
        select(_e.c.arrived_on, _e.c.departed_on).where(_e.c.pupil_id == pupil_id,
                                                        _e.c.school_class_id.in_(classes)))]


# --- undo --------------------------------------------------------------------------------------------------

def undo_last(db: Database, actor: Actor, now: dt.datetime | None = None) -> Changes:
    """Undo the actor's last mark or attendance entry (one call: all its marks) while its window is open."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        entries = _last_op(session, actor)
        if not entries:
            raise RuleViolation("Нечего отменять: последних записей в журнале нет")
        op = entries[0][1]["op"]
        window = settings.get(session, "entry_window_days")
        codes = _wt_codes(session)
        created, updated, removed, attendance, cells = [], [], [], [], set()
        for entry, payload in reversed(entries):
            data = json.loads(entry.old) if entry.old else {}
            lesson = _load_lesson(session, payload.get("lesson_id") or data.get("lesson_id"))
            school = _require_edit(session, actor, lesson.course, lesson.id)
            pupil_id = payload.get("pupil_id") or data.get("pupil_id")
            if not school:
                _check_year_lock(session, lesson.course.id, pupil_id)
            cells.add((pupil_id, lesson.id))
            undo = {"undoes": op}
            if entry.entity == "mark":
                wt = _work_type(session, payload.get("work_type_id") or data.get("work_type_id"), "")
                _check(rules.change_needs_correction(lesson.date, today, window, wt.entry_days), CorrectionRequired)
                mark = session.get(Mark, entry.entity_id)
                changed_since = "Отметку уже изменили после записи: отменить нельзя"
                if entry.action == "create":
                    if mark is None or mark.value != payload["value"]:
                        raise RuleViolation(changed_since)
                    audit.record(session, actor.account_id, "undo", "mark", mark.id,
                                 old=_mark_payload(mark, codes[mark.work_type_id]), new=undo, at=now)
                    session.delete(mark)
                    removed.append(mark.id)
                elif entry.action == "update":
                    if mark is None or mark.value != payload["value"]:
                        raise RuleViolation(changed_since)
                    old = _mark_payload(mark, codes[mark.work_type_id])
                    mark.value, mark.updated_at = data["value"], now
                    audit.record(session, actor.account_id, "undo", "mark", mark.id, old=old,
                                 new={**_mark_payload(mark, codes[mark.work_type_id]), **undo}, at=now)
                    updated.append(mark.id)
                else:  # delete: put the mark back (with a new id)
                    mark = Mark(lesson_id=data["lesson_id"], pupil_id=data["pupil_id"], value=data["value"],
                                work_type_id=data["work_type_id"], weight=data["weight"],
                                comment=data.get("comment", ""), created_by=actor.account_id, created_at=now)
                    session.add(mark)
                    session.flush()
                    audit.record(session, actor.account_id, "undo", "mark", mark.id,
                                 new={**_mark_payload(mark, codes[mark.work_type_id]), **undo,
                                      "restores": entry.entity_id}, at=now)
                    created.append(mark.id)
            else:
                if not school:
                    _check(rules.attendance_window_closed(lesson.date, today, window))
                row = session.get(Attendance, entry.entity_id)
                current = row.code.value if row is not None else None
                expected = None if entry.action == "delete" else payload["code"]
                if current != expected:
                    raise RuleViolation("Посещаемость уже изменили после записи: отменить нельзя")
                if entry.action == "create":
                    audit.record(session, actor.account_id, "undo", "attendance", row.id,
                                 old=_attendance_payload(row), new=undo, at=now)
                    session.delete(row)
                elif entry.action == "update":
                    old = _attendance_payload(row)
                    row.code = AttendanceCode(data["code"])
                    audit.record(session, actor.account_id, "undo", "attendance", row.id, old=old,
                                 new={**_attendance_payload(row), **undo}, at=now)
                else:
                    row = Attendance(lesson_id=data["lesson_id"], pupil_id=data["pupil_id"],
                                     code=AttendanceCode(data["code"]), reason_note=data.get("reason_note", ""),
                                     created_by=actor.account_id, created_at=now)
                    session.add(row)
                    session.flush()
                    audit.record(session, actor.account_id, "undo", "attendance", row.id,
                                 new={**_attendance_payload(row), **undo}, at=now)
                attendance.append(row.id)
            session.flush()
        return Changes(created=tuple(created), updated=tuple(updated), removed=tuple(removed),
                       attendance=tuple(attendance), cells=tuple(sorted(cells)))


def _last_op(session: Session, actor: Actor, scan: int = 500) -> list[tuple[AuditEntry, dict]]:
    """The audit entries of the actor's last journal call not yet undone, newest first."""
    entries = session.scalars(
        select(AuditEntry).where(AuditEntry.account_id == actor.account_id,
                                 AuditEntry.entity.in_(_JOURNAL_ENTITIES))
        .order_by(AuditEntry.id.desc()).limit(scan)).all()
    undone: set[str] = set()
    group: list[tuple[AuditEntry, dict]] = []
    op = None
    for entry in entries:
        payload = json.loads(entry.new) if entry.new else {}
        if entry.action == "undo":
            undone.add(payload.get("undoes"))
            continue
        entry_op = payload.get("op")
        if entry_op is None or entry_op in undone:
            if op is None:
                continue
            break
        if op is None:
            op = entry_op
        if entry_op != op:
            break
        group.append((entry, payload))
    return group


# --- corrections after the window ----------------------------------------------------------------------------

def request_correction(db: Database, actor: Actor, mark_id: int, new_value: str | None, reason: str,
                       now: dt.datetime | None = None) -> Changes:
    """After the window: ask the deputy to change (``new_value``) or remove (None) a mark, with a reason."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        mark, lesson = _editable_mark(session, actor, mark_id)
        _check(rules.correction_reason_missing(reason), InvalidEntry)
        work_type = _work_type(session, mark.work_type_id, "")
        _check(rules.correction_not_needed(lesson.date, today, settings.get(session, "entry_window_days"),
                                           work_type.entry_days))
        if new_value is not None and new_value.strip():
            system = _grading_system(session, lesson.course.grading_system_id)
            try:
                codes = parse_mark(system, new_value)
            except MarkError as exc:
                raise InvalidEntry(str(exc)) from None
            if len(codes) != 1:
                raise InvalidEntry("Исправление заменяет одну отметку одной: введите одно значение")
            new_value = codes[0]
            if new_value == mark.value:
                raise InvalidEntry(f"Новая отметка совпадает с прежней («{mark.value}»)")
        else:
            new_value = None
        pending = session.scalar(select(MarkCorrection.id).where(
            MarkCorrection.mark_id == mark_id, MarkCorrection.status == CorrectionStatus.pending))
        if pending is not None:
            raise RuleViolation("По этой отметке уже есть заявка на исправление, ожидающая решения")
        correction = MarkCorrection(mark_id=mark_id, lesson_id=mark.lesson_id, pupil_id=mark.pupil_id,
                                    old_value=mark.value, new_value=new_value, reason=reason.strip(),
                                    requested_by=actor.account_id, requested_at=now)
        session.add(correction)
        session.flush()
        audit.record(session, actor.account_id, "request", "mark_correction", correction.id,
                     new={"mark_id": mark_id, "lesson_id": mark.lesson_id, "pupil_id": mark.pupil_id,
                          "old_value": mark.value, "new_value": new_value, "reason": correction.reason},
                     at=now)
        return Changes(corrections=(correction.id,))


def decide_correction(db: Database, actor: Actor, correction_id: int, approve: bool, note: str = "",
                      now: dt.datetime | None = None) -> Changes:
    """The deputy approves (the mark changes or goes) or rejects (the mark stays) a request."""
    now = _clock(now)
    with unit(db, actor) as session:
        require(actor, Action.decide_correction, detail="решение по заявке на исправление")
        correction = session.get(MarkCorrection, correction_id)
        if correction is None:
            raise NotFound("Такой заявки на исправление нет.")
        if correction.status is not CorrectionStatus.pending:
            raise RuleViolation("По этой заявке решение уже принято")
        changes: dict = {"corrections": (correction_id,)}
        if approve:
            lesson = _load_lesson(session, correction.lesson_id)
            _require_open_year(lesson.course)
            _check(rules.course_locked(lesson.course.locked))
            mark = session.get(Mark, correction.mark_id) if correction.mark_id is not None else None
            if mark is None or mark.value != correction.old_value:
                raise RuleViolation("Отметка изменилась после подачи заявки: заявку нужно отклонить и подать заново")
            codes = _wt_codes(session)
            old = _mark_payload(mark, codes[mark.work_type_id])
            decision = {"correction_id": correction_id, "reason": correction.reason,
                        "requested_by": correction.requested_by, "requested_at": correction.requested_at,
                        "decided_by": actor.account_id, "note": note.strip()}
            if correction.new_value is None:
                audit.record(session, actor.account_id, "delete", "mark", mark.id, old=old,
                             new={"correction": decision}, at=now)
                session.delete(mark)
                changes["removed"] = (mark.id,)
            else:
                mark.value, mark.updated_at = correction.new_value, now
                audit.record(session, actor.account_id, "update", "mark", mark.id, old=old,
                             new={**_mark_payload(mark, codes[mark.work_type_id]), "correction": decision},
                             at=now)
                changes["updated"] = (mark.id,)
            changes["cells"] = ((correction.pupil_id, correction.lesson_id),)
        correction.status = CorrectionStatus.approved if approve else CorrectionStatus.rejected
        correction.decided_by, correction.decided_at = actor.account_id, now
        correction.decision_note = note.strip()
        audit.record(session, actor.account_id, "decide", "mark_correction", correction_id,
                     old={"status": CorrectionStatus.pending.value},
                     new={"status": correction.status.value, "note": correction.decision_note,
                          "old_value": correction.old_value, "new_value": correction.new_value,
                          "reason": correction.reason}, at=now)
        session.flush()
        return Changes(**changes)


def corrections(db: Database, actor: Actor, status: CorrectionStatus | str | None = None) -> list[CorrectionInfo]:
    """Correction requests: all of them for the deputy, one's own for a teacher."""
    if isinstance(status, str):
        status = CorrectionStatus(status)
    with unit(db, actor, read=True) as session:
        requester, decider = Account.__table__.alias("requester"), Account.__table__.alias("decider")
        stmt = (select(_mc, _l.c.date, _l.c.course_id, _p.c.surname, _p.c.name, _p.c.patronymic,
                       requester.c.login.label("requester"), decider.c.login.label("decider"))
                .select_from(_mc).join(_l, _l.c.id == _mc.c.lesson_id).join(_p, _p.c.id == _mc.c.pupil_id)
                .join(requester, requester.c.id == _mc.c.requested_by)
                .outerjoin(decider, decider.c.id == _mc.c.decided_by)
                .order_by(_mc.c.requested_at, _mc.c.id))
        if status is not None:
            stmt = stmt.where(_mc.c.status == status)
        if not permits(actor.roles, Action.decide_correction):
            stmt = stmt.where(_mc.c.requested_by == actor.account_id)
        rows = session.connection().execute(stmt).all()
        titles: dict[int, str] = {}
        out = []
        for r in rows:
            if r.course_id not in titles:
                titles[r.course_id] = _load_course(session, r.course_id).label
            out.append(CorrectionInfo(
                r.id, r.mark_id, r.lesson_id, r.date, r.course_id, titles[r.course_id], r.pupil_id,
                full_name(r.surname, r.name, r.patronymic), r.old_value, r.new_value, r.reason, r.status.value,
                r.requester, r.requested_at, r.decider, r.decided_at, r.decision_note))
        return out


def mark_history(db: Database, actor: Actor, mark_id: int) -> list[HistoryEntry]:
    """Everything the audit log holds about a mark: entry, changes, correction requests, decisions."""
    with unit(db, actor, read=True) as session:
        row = session.connection().execute(
            select(_l.c.course_id).select_from(_m).join(_l, _l.c.id == _m.c.lesson_id)
            .where(_m.c.id == mark_id)).first()
        correction_ids = list(session.connection().execute(
            select(_mc.c.id).where(_mc.c.mark_id == mark_id)).scalars())
        if row is None:  # removed: find its course through the audit log
            first = session.scalar(select(AuditEntry.old).where(
                AuditEntry.entity == "mark", AuditEntry.entity_id == mark_id, AuditEntry.old.is_not(None))
                .order_by(AuditEntry.id.desc()).limit(1))
            if first is None:
                raise NotFound("Такой отметки нет.")
            course_id = _load_lesson(session, json.loads(first)["lesson_id"]).course.id
        else:
            course_id = row.course_id
        _require_view(session, actor, _load_course(session, course_id))
        entries = session.execute(
            select(AuditEntry, Account.login).outerjoin(Account, Account.id == AuditEntry.account_id)
            .where(or_(and_(AuditEntry.entity == "mark", AuditEntry.entity_id == mark_id),
                       and_(AuditEntry.entity == "mark_correction", AuditEntry.entity_id.in_(correction_ids))))
            .order_by(AuditEntry.id)).all()
        return [HistoryEntry(e.at, login, e.action, e.entity, e.entity_id,
                             json.loads(e.old) if e.old else None, json.loads(e.new) if e.new else None)
                for e, login in entries]


# --- lessons ---------------------------------------------------------------------------------------------

def update_lesson(db: Database, actor: Actor, lesson_id: int, topic: str | None = None,
                  homework: str | None = None, work_kind: str | None = None,
                  now: dt.datetime | None = None) -> Changes:
    """Topic, homework and work kind of a lesson (None leaves a field as it is)."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        info = _load_lesson(session, lesson_id)
        school = _require_edit(session, actor, info.course, lesson_id)
        _check(rules.lesson_details(info.date, today, settings.get(session, "entry_window_days"), True, school,
                                    info.course.year_closed, info.course.locked,
                                    not school and _all_year_marks_set(session, info.course),
                                    info.course.label).reason)
        lesson = session.get(Lesson, lesson_id)
        new = {k: v.strip() for k, v in (("topic", topic), ("homework", homework), ("work_kind", work_kind))
               if v is not None and v.strip() != getattr(lesson, k)}
        if "work_kind" in new and len(new["work_kind"]) > 100:
            raise InvalidEntry("Вид работы на уроке: не длиннее 100 знаков")
        if not new:
            return Changes()
        old = {k: getattr(lesson, k) for k in new}
        for k, v in new.items():
            setattr(lesson, k, v)
        audit.record(session, actor.account_id, "update", "lesson", lesson_id, old=old, new=new, at=now)
        return Changes(lessons=(lesson_id,))


# --- substitutions ------------------------------------------------------------------------------------------

def staff_for_substitution(db: Database, actor: Actor, on: dt.date | None = None) -> list[StaffInfo]:
    """The staff list a substitute is chosen from: everyone employed on the date (default: all not
    dismissed), in Russian alphabetical order."""
    with unit(db, actor, read=True) as session:
        require(actor, Action.record_substitution, detail="список сотрудников для замены")
        stmt = select(_st.c.id, _st.c.surname, _st.c.name, _st.c.patronymic, _st.c.position,
                      _st.c.hired_on, _st.c.dismissed_on)
        rows = session.connection().execute(stmt).all()
        out = []
        for r in rows:
            if on is not None and r.hired_on is not None and r.hired_on > on:
                continue
            if r.dismissed_on is not None and (on is None or r.dismissed_on <= on):
                continue
            out.append((person_sort_key(r.surname, r.name, r.patronymic),
                        StaffInfo(r.id, short_name(r.surname, r.name, r.patronymic),
                                  full_name(r.surname, r.name, r.patronymic), r.position)))
        out.sort(key=lambda x: x[0])
        return [info for _, info in out]


def set_substitute(db: Database, actor: Actor, lesson_id: int, staff_id: int | None,
                   now: dt.datetime | None = None) -> Changes:
    """The deputy records who gives the lesson instead of the course's teacher (None: no substitution).

    The substitute then sees the page and fills in that lesson (`courses_for`, `load_grid`)."""
    now = _clock(now)
    with unit(db, actor) as session:
        info = _load_lesson(session, lesson_id)
        require(actor, Action.record_substitution, detail=info.course.label)
        _require_open_year(info.course)
        _check(rules.course_locked(info.course.locked))
        if staff_id is not None:
            person = session.connection().execute(
                select(_st.c.id, _st.c.hired_on, _st.c.dismissed_on).where(_st.c.id == staff_id)).first()
            if person is None:
                raise NotFound("Такого сотрудника нет.")
            if staff_id == info.course.teacher_id:
                raise InvalidEntry("Учитель не может заменять сам себя: чтобы снять замену, выберите «нет замены»")
            if person.dismissed_on is not None and person.dismissed_on <= info.date:
                raise InvalidEntry(f"Сотрудник уволен до урока {_d(info.date)}: выберите другого")
            if person.hired_on is not None and person.hired_on > info.date:
                raise InvalidEntry(f"Сотрудник принят на работу после урока {_d(info.date)}: выберите другого")
        if staff_id == info.substitute_teacher_id:
            return Changes()
        lesson = session.get(Lesson, lesson_id)
        lesson.substitute_teacher_id = staff_id
        audit.record(session, actor.account_id, "update", "lesson", lesson_id,
                     old={"substitute_teacher_id": info.substitute_teacher_id},
                     new={"substitute_teacher_id": staff_id}, at=now)
        session.flush()
        return Changes(lessons=(lesson_id,))


# --- period, year, exam and final marks --------------------------------------------------------------------

_WHAT = {PeriodMarkKind.period: "за период", PeriodMarkKind.year: "за год",
         PeriodMarkKind.exam: "за экзамен", PeriodMarkKind.final: "итоговую"}


def set_period_mark(db: Database, actor: Actor, course_id: int, pupil_id: int, kind: PeriodMarkKind | str,
                    period_id: int | None, value: str | None, now: dt.datetime | None = None) -> Changes:
    """A period (quarter, half-year), year, exam or final mark, «н/а» or «осв.»; empty clears it.

    Goes in on or after the last lesson of the period (year, exam, final: of the year). The mark
    suggested by the average is stored beside it, and a deviation is noted in the audit log.
    """
    kind = PeriodMarkKind(kind)
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor) as session:
        course = _load_course(session, course_id)
        school = _require_edit(session, actor, course)
        periods = _periods(session, course)
        if not periods:
            raise NotFound("Для страницы журнала не заданы учебные периоды.")
        if kind is PeriodMarkKind.period:
            period = next((p for p in periods if p.id == period_id), None)
            if period is None:
                raise NotFound("Этот учебный период не относится к странице журнала.")
            start, end, what = period.start, period.end, f"за {_accusative(period.label)}"
        else:
            period_id = None
            start, end, what = periods[0].start, periods[-1].end, _WHAT[kind]
        _check(_period_cell(session, course, pupil_id, kind, start, end, what, today, True, school).reason)
        system = _grading_system(session, course.grading_system_id)
        try:
            code = parse_period_mark(system, value or "")
        except MarkError as exc:
            raise InvalidEntry(str(exc)) from None
        row = session.scalar(select(PeriodMark).where(
            PeriodMark.course_id == course_id, PeriodMark.pupil_id == pupil_id, PeriodMark.kind == kind,
            PeriodMark.period_id.is_(None) if period_id is None else PeriodMark.period_id == period_id))
        if row is None and code is None or row is not None and row.value == code:
            return Changes()
        where = {"course_id": course_id, "pupil_id": pupil_id, "kind": kind.value, "period_id": period_id}
        if code is None:
            audit.record(session, actor.account_id, "delete", "period_mark", row.id,
                         old=payloads.period_mark(**where, value=row.value, suggested_value=row.suggested_value),
                         at=now)
            session.delete(row)
            session.flush()
            return Changes(period_marks=(row.id,))
        suggested = _suggest(session, course, system, pupil_id, kind, start, end, periods)
        new = payloads.period_mark(**where, value=code, suggested_value=suggested)
        if suggested is not None and code != suggested:
            new["deviation"] = {"suggested": suggested, "chosen": code}
        if row is None:
            row = PeriodMark(course_id=course_id, pupil_id=pupil_id, kind=kind, period_id=period_id, value=code,
                             suggested_value=suggested, created_by=actor.account_id, created_at=now)
            session.add(row)
            session.flush()
            audit.record(session, actor.account_id, "create", "period_mark", row.id, new=new, at=now)
        else:
            old = payloads.period_mark(**where, value=row.value, suggested_value=row.suggested_value)
            row.value, row.suggested_value = code, suggested
            audit.record(session, actor.account_id, "update", "period_mark", row.id, old=old, new=new, at=now)
        session.flush()
        return Changes(period_marks=(row.id,))


def _period_cell(session: Session, course: _Course, pupil_id: int, kind: PeriodMarkKind, start: dt.date,
                 end: dt.date, what: str, today: dt.date, may_edit: bool, school: bool) -> rules.Verdict:
    """The per-cell rule of a period, year, exam or final mark, fed from the database."""
    late = settings.get(session, "period_mark_window_days")
    return rules.period_cell(rules.PeriodCellFacts(
        kind.value, what, _last_lesson_date(session, course.id, start, end), today, may_edit, school,
        course.year_closed, course.locked, course.has_marks, bool(_stays(session, course, start, end, pupil_id)),
        _has_period_mark(session, course.id, pupil_id, PeriodMarkKind.year),
        _has_period_mark(session, course.id, pupil_id, PeriodMarkKind.final),
        None if late < 0 else late, course.label))


def period_cell_rule(db: Database, actor: Actor, course_id: int, pupil_id: int, kind: PeriodMarkKind | str,
                     period_id: int | None, now: dt.datetime | None = None) -> rules.Verdict:
    """What the services answer for a period-mark cell now (the grid asks the same rule with its data)."""
    kind = PeriodMarkKind(kind)
    today = _local_date(_clock(now))
    with unit(db, actor) as session:
        course = _load_course(session, course_id)
        may_edit, school = _may_edit(session, actor, course)
        periods = _periods(session, course)
        if kind is PeriodMarkKind.period:
            period = next(p for p in periods if p.id == period_id)
            start, end, what = period.start, period.end, f"за {_accusative(period.label)}"
        else:
            start, end, what = periods[0].start, periods[-1].end, _WHAT[kind]
        return _period_cell(session, course, pupil_id, kind, start, end, what, today, may_edit, school)


def period_mark_what(kind: PeriodMarkKind | str, period_label: str) -> str:
    """«за 2-ю четверть», «за год», «экзаменационную»…: how a refusal names the mark."""
    kind = PeriodMarkKind(kind)
    return f"за {_accusative(period_label)}" if kind is PeriodMarkKind.period else _WHAT[kind]


def _accusative(label: str) -> str:
    """«1-я четверть» → «1-ю четверть» (полугодие and триместр do not change)."""
    return label.replace("-я ", "-ю ")


def _suggest(session: Session, course: _Course, system: DomainGradingSystem, pupil_id: int,
             kind: PeriodMarkKind, start: dt.date, end: dt.date, periods: list[PeriodInfo]) -> str | None:
    """The five-point mark the average suggests: of current marks for a period, of period marks for
    the year; none for exams, final marks and other grading systems."""
    if system.code != "five_point" or kind in (PeriodMarkKind.exam, PeriodMarkKind.final):
        return None
    conn = session.connection()
    rule = settings.rounding_rule(session)
    if kind is PeriodMarkKind.period:
        pairs = conn.execute(
            select(_m.c.value, _m.c.weight).select_from(_m).join(_l, _l.c.id == _m.c.lesson_id)
            .where(_l.c.course_id == course.id, _m.c.pupil_id == pupil_id, _l.c.date >= start,
                   _l.c.date <= end)).all()
    else:
        ids = [p.id for p in periods]
        pairs = [(v, 1.0) for v in conn.execute(select(_pm.c.value).where(
            _pm.c.course_id == course.id, _pm.c.pupil_id == pupil_id, _pm.c.kind == PeriodMarkKind.period,
            _pm.c.period_id.in_(ids))).scalars()]
    return suggest_period_mark(weighted_average([tuple(p) for p in pairs], system), rule)


# --- locking a page -----------------------------------------------------------------------------------------

def set_course_locked(db: Database, actor: Actor, course_id: int, locked: bool) -> Changes:
    """The administrator closes (or reopens) a subject page (4.2 г)."""
    with unit(db, actor) as session:
        course = _load_course(session, course_id)
        require(actor, Action.lock_course, detail=course.label)
        if course.locked == locked:
            return Changes()
        session.get(Course, course_id).locked = locked
        audit.record(session, actor.account_id, "update", "course", course_id,
                     old={"locked": course.locked}, new={"locked": locked})
        session.flush()
        return Changes(courses=(course_id,))

