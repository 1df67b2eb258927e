"""The curriculum of a class (учебный план): subject × weekly hours × teacher × whole class or
subgroups. Each line is one course of the year (or one per subgroup): what makes the journals.

`curriculum` (the lines of a class), `teacher_choices`, `add_line` (whole class, or split into groups with
a teacher each), `change_line` (hours, teacher), `remove_line` (refused when the course's journal holds
marks, attendance or period marks: the journal is a document; an empty course goes with its timetable
and its empty lessons).

Built on `services.courses` (the same checks, the deputy's `configure_grading` right), so one rule
decides what a course may be.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    Attendance,
    Course,
    CourseKind,
    Lesson,
    Mark,
    PeriodMark,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
    ThematicPlanItem,
    TimetableEntry,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError
from ..timetable import courses, subgroups

__all__ = ["CurriculumError", "CurriculumLine", "add_line", "change_line", "curriculum", "remove_line",
           "teacher_choices"]


class CurriculumError(ServiceError):
    """A curriculum line is wrong, or its journal holds something."""


@dataclass(frozen=True)
class CurriculumLine:
    course_id: int
    subject_id: int
    subject: str
    hours: float
    teacher_id: int
    teacher: str
    group: str          # "" for the whole class
    marks: int


def curriculum(db: Database, actor: Actor, class_id: int) -> list[CurriculumLine]:
    """The class's lines in the order of the subjects, groups after one another."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебный план класса")
        if session.get(SchoolClass, class_id) is None:
            raise CurriculumError("Такого класса нет.")
        marks = dict(session.execute(
            select(Lesson.course_id, func.count()).join(Mark, Mark.lesson_id == Lesson.id)
            .join(Course, Course.id == Lesson.course_id).where(Course.school_class_id == class_id)
            .group_by(Lesson.course_id)).all())
        rows = session.execute(
            select(Course.id, Course.subject_id, Subject.name, Subject.sort_order, Course.hours_per_week,
                   Course.teacher_id, Staff.surname, Staff.name.label("first"), Staff.patronymic, Subgroup.name.label("grp"))
            .join(Subject, Subject.id == Course.subject_id).join(Staff, Staff.id == Course.teacher_id)
            .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
            .where(Course.school_class_id == class_id, Course.kind == CourseKind.lesson)).all()
        rows.sort(key=lambda r: (r.sort_order, r.name, r.grp or ""))
        return [CurriculumLine(r.id, r.subject_id, r.name, r.hours_per_week, r.teacher_id,
                               full_name(r.surname, r.first, r.patronymic), r.grp or "", marks.get(r.id, 0))
                for r in rows]


def teacher_choices(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Staff who may be given a course (not dismissed), in Russian order."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учителя для учебного плана")
        people = list(session.scalars(select(Staff).where(Staff.dismissed_on.is_(None))))
        people.sort(key=lambda s: person_sort_key(s.surname, s.name, s.patronymic))
        return [(s.id, full_name(s.surname, s.name, s.patronymic)) for s in people]


def add_line(db: Database, actor: Actor, class_id: int, subject_id: int, hours: float,
             teacher_ids: Sequence[int]) -> list[int]:
    """A subject for a class: one teacher — the whole class; several — as many subgroups, one teacher each
    (the pupils shared out alphabetically). Returns the new course ids."""
    teacher_ids = list(teacher_ids)
    if not teacher_ids:
        raise CurriculumError("Учитель: выберите учителя (для подгрупп — учителя каждой группы).")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебный план класса")
        subject = session.get(Subject, subject_id)
        if subject is None:
            raise CurriculumError("Предмет: такого предмета нет.")
        if subject.retired:
            raise CurriculumError(f"Предмет «{subject.name}» выведен из списка предметов: верните его в список, "
                                  f"чтобы включить в учебный план.")
        there = session.scalar(select(func.count()).select_from(Course).where(
            Course.school_class_id == class_id, Course.subject_id == subject_id, Course.kind == CourseKind.lesson))
        if there:
            raise CurriculumError(f"«{subject.name}» уже есть в учебном плане класса: измените эту строку "
                                  f"(часы, учителя), а не добавляйте вторую.")
    if len(teacher_ids) == 1:
        return [courses.create_course(db, actor, kind=CourseKind.lesson, subject_id=subject_id,
                                      teacher_id=teacher_ids[0], hours_per_week=hours, school_class_id=class_id)]
    split = subgroups.create_subgroups(db, actor, class_id, subject_id, teacher_ids, hours_per_week=hours)
    return [g.course_id for g in split.groups]


def change_line(db: Database, actor: Actor, course_id: int, *, hours: float | None = None,
                teacher_id: int | None = None) -> None:
    courses.update_course(db, actor, course_id, teacher_id=teacher_id, hours_per_week=hours)


def remove_line(db: Database, actor: Actor, course_id: int) -> None:
    """Take a line out of the curriculum: refused with the count when its journal holds anything."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="учебный план класса")
        course = session.get(Course, course_id)
        if course is None or course.kind is not CourseKind.lesson:
            raise CurriculumError("Такой строки учебного плана нет.")
        subject = session.get(Subject, course.subject_id).name
        lesson_ids = select(Lesson.id).where(Lesson.course_id == course_id)
        marks = session.scalar(select(func.count()).select_from(Mark).where(Mark.lesson_id.in_(lesson_ids)))
        finals = session.scalar(select(func.count()).select_from(PeriodMark).where(PeriodMark.course_id == course_id))
        if marks or finals:
            raise CurriculumError(f"«{subject}» не убран из учебного плана: в журнале отметок — {marks}"
                                  + (f", отметок за периоды — {finals}" if finals else "")
                                  + ". Журнал — документ и хранится; смените учителя или часы.")
        seen = session.scalar(select(func.count()).select_from(Attendance).where(Attendance.lesson_id.in_(lesson_ids)))
        if seen:
            raise CurriculumError(f"«{subject}» не убран из учебного плана: в журнале есть записи посещаемости "
                                  f"({seen}).")
        old = {"school_class_id": course.school_class_id, "subject_id": course.subject_id,
               "teacher_id": course.teacher_id, "hours_per_week": course.hours_per_week,
               "subgroup_id": course.subgroup_id}
        group_id = course.subgroup_id
        session.execute(delete(TimetableEntry).where(TimetableEntry.course_id == course_id))
        session.execute(delete(ThematicPlanItem).where(ThematicPlanItem.course_id == course_id))
        session.execute(delete(Lesson).where(Lesson.course_id == course_id))
        session.delete(course)
        session.flush()
        if group_id is not None:
            session.execute(delete(SubgroupMember).where(SubgroupMember.subgroup_id == group_id))
            session.execute(delete(Subgroup).where(Subgroup.id == group_id))
        audit.record(session, actor.account_id, "delete", "course", course_id, old=old)
