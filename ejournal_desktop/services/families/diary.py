"""The diary (дневник): a pupil's own lessons, homework, marks and absences, read-only.

Parents see their children's, pupils their own (regulation 3.6); the class teacher the own class's
pupils', the administration everyone's. Every call names the pupil and is checked against that.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...domain import averages
from ...domain.grading import FIVE_POINT, PASS_FAIL
from ...domain.names import full_name, person_sort_key, short_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    Attendance,
    Course,
    CourseMember,
    Enrollment,
    GradingSystem,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Staff,
    SubgroupMember,
    Subject,
    WorkType,
)
from ..access import guard
from ..access.actor import Actor

SYSTEMS = {FIVE_POINT.code: FIVE_POINT, PASS_FAIL.code: PASS_FAIL}


@dataclass(frozen=True)
class Child:
    pupil_id: int
    name: str
    class_label: str


@dataclass(frozen=True)
class DiaryMark:
    value: str
    work_type: str
    weight: float
    comment: str = ""       # the teacher's remark to the mark


@dataclass(frozen=True)
class DiaryLesson:
    date: dt.date
    number: int
    subject: str
    teacher: str
    topic: str
    homework: str
    marks: tuple[DiaryMark, ...]
    attendance: str | None


@dataclass(frozen=True)
class SubjectResult:
    subject: str
    marks: tuple[DiaryMark, ...]
    average: float | None
    period_marks: dict[int, str] = field(default_factory=dict)  # period number → mark
    year_mark: str | None = None


def _require_pupil(session: Session, actor: Actor, pupil_id: int, on: dt.date | None = None) -> None:
    own, own_class = guard.pupil_relation(session, actor, pupil_id, on)
    if guard.permits_action(actor, Action.view_own_data, own=own):
        return
    guard.require(actor, Action.view_journal, own_class=own_class, detail="дневник чужого ученика")


def children(db: Database, actor: Actor) -> list[Child]:
    """Whose diary the actor opens: a parent's children, or the pupil."""
    with guard.unit(db, actor, read=True) as session:
        if actor.pupil_id is not None:
            ids = [actor.pupil_id]
        elif actor.guardian_id is not None:
            ids = list(session.scalars(select(PupilGuardian.pupil_id)
                                       .where(PupilGuardian.guardian_id == actor.guardian_id)))
        else:
            return []
        result = []
        for pupil in session.scalars(select(Pupil).where(Pupil.id.in_(ids))):
            label = session.execute(
                select(SchoolClass.grade, SchoolClass.letter).join(
                    Enrollment, Enrollment.school_class_id == SchoolClass.id)
                .where(Enrollment.pupil_id == pupil.id).order_by(Enrollment.arrived_on.desc())).first()
            result.append(Child(pupil.id, full_name(pupil.surname, pupil.name, pupil.patronymic),
                                f"{label.grade}{label.letter}" if label else ""))
        result.sort(key=lambda c: person_sort_key(*c.name.split(" ", 2)))
        return result


def _course_ids(session: Session, pupil_id: int, start: dt.date, end: dt.date) -> dict[int, tuple[dt.date, dt.date]]:
    """The pupil's courses in [start, end], each with the days the pupil belonged to it there."""
    spans: dict[int, tuple[dt.date, dt.date]] = {}
    stays = session.execute(select(Enrollment.school_class_id, Enrollment.arrived_on, Enrollment.departed_on).where(
        Enrollment.pupil_id == pupil_id, Enrollment.arrived_on <= end,
        or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > start))).all()
    groups = set(session.scalars(select(SubgroupMember.subgroup_id).where(SubgroupMember.pupil_id == pupil_id)))
    members = set(session.scalars(select(CourseMember.course_id).where(CourseMember.pupil_id == pupil_id)))
    for class_id, arrived, departed in stays:
        first = max(start, arrived)
        last = min(end, departed - dt.timedelta(days=1)) if departed else end
        courses = session.execute(select(Course.id, Course.subgroup_id).where(
            Course.school_class_id == class_id, Course.pupil_id.is_(None))).all()
        for course_id, subgroup_id in courses:
            if subgroup_id is None or subgroup_id in groups:
                spans[course_id] = (first, last)
    for course_id in session.scalars(select(Course.id).where(or_(Course.id.in_(members),
                                                                 Course.pupil_id == pupil_id))):
        spans.setdefault(course_id, (start, end))
    return spans


def week(db: Database, actor: Actor, pupil_id: int, day: dt.date) -> list[DiaryLesson]:
    """The lessons of the week (Monday–Saturday) containing `day`, in order, with the pupil's marks."""
    monday = day - dt.timedelta(days=day.weekday())
    saturday = monday + dt.timedelta(days=5)
    with guard.unit(db, actor, read=True) as session:
        _require_pupil(session, actor, pupil_id, day)
        spans = _course_ids(session, pupil_id, monday, saturday)
        if not spans:
            return []
        teacher = Staff.__table__.alias("teacher")
        rows = session.execute(
            select(Lesson.id, Lesson.course_id, Lesson.date, Lesson.number, Lesson.topic, Lesson.homework,
                   Subject.name, Course.name.label("course_name"), teacher.c.surname, teacher.c.name.label("tn"),
                   teacher.c.patronymic)
            .join(Course, Course.id == Lesson.course_id).join(Subject, Subject.id == Course.subject_id)
            .join(teacher, teacher.c.id == func.coalesce(Lesson.substitute_teacher_id, Course.teacher_id))
            .where(Lesson.course_id.in_(spans), Lesson.date.between(monday, saturday))
            .order_by(Lesson.date, Lesson.number)).all()
        rows = [r for r in rows if spans[r.course_id][0] <= r.date <= spans[r.course_id][1]]
        ids = [r.id for r in rows]
        marks = _marks(session, pupil_id, ids)
        absences = dict(session.execute(select(Attendance.lesson_id, Attendance.code).where(
            Attendance.pupil_id == pupil_id, Attendance.lesson_id.in_(ids))).all())
        return [DiaryLesson(r.date, r.number, r.course_name or r.name, short_name(r.surname, r.tn, r.patronymic),
                            r.topic, r.homework, tuple(marks.get(r.id, ())),
                            absences[r.id].value if r.id in absences else None) for r in rows]


def _marks(session: Session, pupil_id: int, lesson_ids: list[int]) -> dict[int, list[DiaryMark]]:
    out: dict[int, list[DiaryMark]] = defaultdict(list)
    for lesson_id, value, name, weight, comment in session.execute(
            select(Mark.lesson_id, Mark.value, WorkType.name, Mark.weight, Mark.comment)
            .join(WorkType, WorkType.id == Mark.work_type_id)
            .where(Mark.pupil_id == pupil_id, Mark.lesson_id.in_(lesson_ids)).order_by(Mark.id)):
        out[lesson_id].append(DiaryMark(value, name, weight, comment or ""))
    return out


def results(db: Database, actor: Actor, pupil_id: int, start: dt.date, end: dt.date) -> list[SubjectResult]:
    """Marks by subject between two dates (a period so far) with the weighted average, and the
    period and year marks set in the year of `start`."""
    with guard.unit(db, actor, read=True) as session:
        _require_pupil(session, actor, pupil_id, start)
        spans = _course_ids(session, pupil_id, start, end)
        courses = session.execute(
            select(Course.id, Subject.name, Course.name.label("course_name"), GradingSystem.code,
                   Course.has_marks, Subject.sort_order)
            .join(Subject, Subject.id == Course.subject_id)
            .join(GradingSystem, GradingSystem.id == Course.grading_system_id)
            .where(Course.id.in_(spans))).all()
        marks = defaultdict(list)
        for course_id, day, value, name, weight in session.execute(
                select(Lesson.course_id, Lesson.date, Mark.value, WorkType.name, Mark.weight)
                .join(Lesson, Lesson.id == Mark.lesson_id).join(WorkType, WorkType.id == Mark.work_type_id)
                .where(Mark.pupil_id == pupil_id, Lesson.course_id.in_(spans),
                       Lesson.date.between(start, end)).order_by(Lesson.date, Mark.id)):
            marks[course_id].append(DiaryMark(value, name, weight))
        period_rows = session.execute(
            select(PeriodMark.course_id, PeriodMark.kind, PeriodMark.value, Period.number)
            .outerjoin(Period, Period.id == PeriodMark.period_id)
            .where(PeriodMark.pupil_id == pupil_id, PeriodMark.course_id.in_(spans))).all()
        out = []
        for c in sorted(courses, key=lambda c: (c.sort_order, c.course_name or c.name)):
            if not c.has_marks:
                continue
            system = SYSTEMS.get(c.code, FIVE_POINT)
            own = marks.get(c.id, [])
            average = averages.weighted_average([(m.value, m.weight) for m in own], system) if own else None
            periods = {r.number: r.value for r in period_rows if r.course_id == c.id and r.kind.value == "period"}
            year = next((r.value for r in period_rows if r.course_id == c.id and r.kind.value == "year"), None)
            out.append(SubjectResult(c.course_name or c.name, tuple(own), average, periods, year))
        return out


@dataclass(frozen=True)
class DiaryPeriod:
    label: str
    number: int
    start: dt.date
    end: dt.date


def periods(db: Database, actor: Actor, pupil_id: int, on: dt.date) -> list[DiaryPeriod]:
    """The periods of the pupil's grade in the academic year containing `on`."""
    from ...domain.calendar import Period as DomainPeriod
    from ...storage.models import AcademicYear
    with guard.unit(db, actor, read=True) as session:
        _require_pupil(session, actor, pupil_id, on)
        grade = session.scalar(select(SchoolClass.grade).join(
            Enrollment, Enrollment.school_class_id == SchoolClass.id).where(
            Enrollment.pupil_id == pupil_id, Enrollment.arrived_on <= on).order_by(Enrollment.arrived_on.desc()))
        year_id = session.scalar(select(AcademicYear.id).where(
            AcademicYear.start_year == (on.year if on.month >= 9 else on.year - 1)))
        rows = session.scalars(select(Period).where(
            Period.academic_year_id == year_id, Period.grade_from <= (grade or 1),
            Period.grade_to >= (grade or 11)).order_by(Period.start)).all()
        return [DiaryPeriod(DomainPeriod(p.kind, p.number, p.start, p.end).label, p.number, p.start, p.end)
                for p in rows]
