"""A course and its lessons as the journal's rules see them: loading, rights, grading systems and work
types, who belongs to the course when, the per-cell rule, periods, year-mark locks and audit helpers.

Every other journal module builds on these; the hot paths read Core rows on the tables, not objects."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import Session

from ...domain import entry_rules as rules
from ...domain.calendar import period_label
from ...domain.grading import GradeValue as DomainGradeValue
from ...domain.grading import GradingSystem as DomainGradingSystem
from ...domain.rights import Action, permits
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Attendance,
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
from ..access import settings
from ..access.accounts import Actor
from ..access.guard import course_relation, require, unit
from ..school.reference import GRADING_SYSTEMS
from . import payloads
from .model import NotFound, PeriodInfo, RuleViolation, WorkTypeInfo, _check

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


def fix_minutes(session: Session) -> int | None:
    """Setting mark_fix_minutes as the rule takes it (None: the whole entry window)."""
    minutes = settings.get(session, "mark_fix_minutes")
    return None if minutes < 0 else minutes


def typed_by(marks, account_id: int | None) -> tuple[tuple[dt.datetime, bool], ...]:
    """(typed at, typed by this account) of each mark: what the fix-time rule asks."""
    return tuple((m.created_at, m.created_by is not None and m.created_by == account_id) for m in marks)


def _lesson_cell(session: Session, lesson: _Lesson, pupil_id: int, today: dt.date, may_edit: bool,
                 school: bool, work_type_days: int, cell_has_marks: bool = False, now: dt.datetime | None = None,
                 typed: tuple[tuple[dt.datetime, bool], ...] = ()) -> rules.LessonCell:
    """The per-cell rule of `domain.entry_rules`, fed from the database (the grid feeds it from GridData).
    `now` and `typed` (the marks to change) answer whether they may be fixed directly."""
    stays = _stays(session, lesson.course, lesson.date, lesson.date, pupil_id).get(pupil_id, [])
    return rules.lesson_cell(rules.LessonCellFacts(
        lesson.date, today, settings.get(session, "entry_window_days"), work_type_days, may_edit, school,
        lesson.course.year_closed, lesson.course.locked, lesson.course.has_marks, tuple(stays),
        _has_period_mark(session, lesson.course.id, pupil_id, PeriodMarkKind.year), cell_has_marks,
        lesson.course.label, now, fix_minutes(session) if now is not None else None, typed))


def cell_rule(db: Database, actor: Actor, lesson_id: int, pupil_id: int, work_type_id: int | None = None,
              now: dt.datetime | None = None) -> rules.LessonCell:
    """What the services answer for a lesson cell now (the grid asks the same rule with its data)."""
    return cell_rules(db, actor, [(lesson_id, pupil_id)], work_type_id, now)[lesson_id, pupil_id]


def cell_rules(db: Database, actor: Actor, cells, work_type_id: int | None = None,
               now: dt.datetime | None = None) -> dict[tuple[int, int], rules.LessonCell]:
    """`cell_rule` of many (lesson id, pupil id) cells, read in one transaction."""
    now = _clock(now)
    today = _local_date(now)
    out: dict[tuple[int, int], rules.LessonCell] = {}
    lessons: dict[int, tuple] = {}
    with unit(db, actor) as session:
        for lesson_id, pupil_id in cells:
            if lesson_id not in lessons:
                lesson = _load_lesson(session, lesson_id)
                lessons[lesson_id] = (lesson, *_may_edit(session, actor, lesson.course, lesson_id),
                                      _work_type(session, work_type_id, lesson.work_kind))
            lesson, may_edit, school, work_type = lessons[lesson_id]
            marks = session.connection().execute(select(_m.c.created_at, _m.c.created_by, _m.c.work_type_id).where(
                _m.c.lesson_id == lesson_id, _m.c.pupil_id == pupil_id)).all()
            out[lesson_id, pupil_id] = _lesson_cell(
                session, lesson, pupil_id, today, may_edit, school, work_type.entry_days, bool(marks), now,
                typed_by([m for m in marks if m.work_type_id == work_type.id], actor.account_id))
    return out


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
    _per.c.academic_year_id == bindparam("year")).order_by(_per.c.grade_from, _per.c.start)


_PERIODS_OF_GRADE = _PERIODS.where(_per.c.grade_from <= bindparam("grade"), _per.c.grade_to >= bindparam("grade"))


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


_new_op = payloads.new_op


def _mark_payload(mark: Mark, work_type_code: str, **extra) -> dict:
    return payloads.mark(mark.lesson_id, mark.pupil_id, mark.value, work_type_code, mark.work_type_id,
                         mark.weight, mark.comment, **extra)


def _wt_codes(session: Session) -> dict[int, str]:
    return {t.id: t.code for t in _work_types(session)}
