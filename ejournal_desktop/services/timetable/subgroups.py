"""Subgroups — `subgroups`, `create_subgroups`, `move_pupils`: a class is split into groups for a subject;
each group has its own course (teacher, journal). A pupil of the class is in exactly one group of the
subject: a move takes the pupil out of the other group.

The rule for moves (the journal is a document): `SubgroupMember` has no dates, so a pupil who left a group
would vanish from every page of that group's journal, earlier periods too. A pupil is therefore moved only
while the group being left holds nothing of the pupil in the year — no marks, attendance or period marks;
otherwise the move is refused with what is there. (Moving a pupil mid-year with the history kept needs
dated membership: valid_from/valid_to on subgroup_member.) Splitting at the start of the year, before the
first marks, is free.

Rights: `configure_grading` for every call here; every write is audited in its one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...domain.names import short_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    Course,
    CourseKind,
    GradingSystem,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from .courses import (
    CourseError,
    checked_hours,
    course_payload,
    day_in_year,
    entries_of,
    entries_text,
    find_year,
    open_year,
    pupil_short,
    pupils_on,
    working_teacher,
)

__all__ = ["GroupInfo", "GroupMember", "SubgroupSplit", "SubjectOfClass", "class_subjects", "create_subgroups",
           "move_pupils", "subgroups"]


@dataclass(frozen=True)
class SubjectOfClass:
    subject_id: int
    subject: str
    groups: int                           # subgroups the class has in the subject


@dataclass(frozen=True)
class GroupMember:
    pupil_id: int
    full_name: str
    short_name: str
    entries: int                          # marks, attendance and period marks in the group's course this year

    @property
    def movable(self) -> bool:
        return self.entries == 0


@dataclass(frozen=True)
class GroupInfo:
    subgroup_id: int
    name: str
    course_id: int | None
    teacher: str
    members: tuple[GroupMember, ...]


@dataclass(frozen=True)
class SubgroupSplit:
    school_class_id: int
    class_label: str
    subject_id: int
    subject: str
    on: dt.date
    groups: tuple[GroupInfo, ...]
    unassigned: tuple[GroupMember, ...]   # pupils of the class in no group of the subject (new arrivals)
    class_course_id: int | None           # a whole-class course of the subject, when there is one


# --- subgroups -----------------------------------------------------------------------------------------------------

def class_subjects(db: Database, actor: Actor, class_id: int) -> list[SubjectOfClass]:
    """The subjects a class learns (its lesson courses), with how many groups each is split into."""
    with unit(db, actor, read=True) as session:
        require(actor, Action.configure_grading, detail="подгруппы класса")
        rows = session.execute(
            select(Subject.id, Subject.name, Subject.sort_order).join(Course, Course.subject_id == Subject.id)
            .where(Course.school_class_id == class_id, Course.kind == CourseKind.lesson).distinct()).all()
        groups = dict(session.execute(select(Subgroup.subject_id, func.count()).where(
            Subgroup.school_class_id == class_id).group_by(Subgroup.subject_id)).all())
        rows.sort(key=lambda r: (r.sort_order, r.name))
        return [SubjectOfClass(r.id, r.name, groups.get(r.id, 0)) for r in rows]


def _split(session: Session, class_id: int, subject_id: int, on: dt.date | None) -> SubgroupSplit:
    cls = session.get(SchoolClass, class_id)
    if cls is None:
        raise CourseError("Такого класса нет.")
    subject = session.get(Subject, subject_id)
    if subject is None:
        raise CourseError("Такого предмета нет.")
    year = find_year(session, cls.academic_year_id)
    day = day_in_year(year, on)
    pupils = pupils_on(session, year.id, day, class_id)
    names = {p.pupil_id: p.full_name for p in pupils}
    order = {p.pupil_id: i for i, p in enumerate(pupils)}
    group_rows = list(session.scalars(select(Subgroup).where(
        Subgroup.school_class_id == class_id, Subgroup.subject_id == subject_id).order_by(Subgroup.name, Subgroup.id)))
    placed: set[int] = set()
    groups = []
    for g in group_rows:
        course = session.scalar(select(Course).where(Course.subgroup_id == g.id).order_by(Course.id).limit(1))
        teacher = ""
        if course is not None:
            t = session.get(Staff, course.teacher_id)
            teacher = short_name(t.surname, t.name, t.patronymic)
        ids = [pid for pid in session.scalars(select(SubgroupMember.pupil_id).where(
            SubgroupMember.subgroup_id == g.id)) if pid in names]
        entries = entries_of(session, course.id, ids) if course is not None else {}
        members = [GroupMember(pid, names[pid], _short(names[pid]), sum(entries.get(pid, (0,))))
                   for pid in ids]
        members.sort(key=lambda m: order[m.pupil_id])
        placed |= set(ids)
        groups.append(GroupInfo(g.id, g.name, course.id if course else None, teacher, tuple(members)))
    unassigned = tuple(GroupMember(p.pupil_id, p.full_name, _short(p.full_name), 0)
                       for p in pupils if p.pupil_id not in placed)
    class_course = session.scalar(select(Course.id).where(
        Course.school_class_id == class_id, Course.subject_id == subject_id, Course.kind == CourseKind.lesson,
        Course.subgroup_id.is_(None)))
    return SubgroupSplit(class_id, cls.label, subject_id, subject.name, day, tuple(groups), unassigned, class_course)


def _short(full: str) -> str:
    return short_name(*full.split(" ", 2))


def subgroups(db: Database, actor: Actor, class_id: int, subject_id: int, on: dt.date | None = None) -> SubgroupSplit:
    """The groups of a class in a subject on a date: members (with how much each has in the group's journal,
    which decides whether the pupil may still move) and the pupils in no group yet."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="подгруппы класса")
        return _split(session, class_id, subject_id, on)


def create_subgroups(db: Database, actor: Actor, class_id: int, subject_id: int, teacher_ids: Sequence[int],
                     hours_per_week: float | None = None, on: dt.date | None = None) -> SubgroupSplit:
    """Split a class for a subject into as many new groups as teachers given («1 группа», «2 группа»…,
    numbered on from groups already there), each with its own course; the pupils in no group yet are
    shared out alphabetically. A whole-class course of the subject stays as it is (its journal keeps
    what it holds); `SubgroupSplit.class_course_id` names it."""
    if not teacher_ids:
        raise CourseError("Укажите учителя каждой группы.")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="подгруппы класса")
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise CourseError("Такого класса нет.")
        year = open_year(session, cls.academic_year_id)
        day = day_in_year(year, on)
        if session.get(Subject, subject_id) is None:
            raise CourseError("Такого предмета нет.")
        for t in teacher_ids:
            working_teacher(session, t, day)
        template = session.scalar(select(Course).where(
            Course.school_class_id == class_id, Course.subject_id == subject_id, Course.kind == CourseKind.lesson)
            .order_by(Course.subgroup_id.is_not(None), Course.id).limit(1))
        hours = checked_hours(hours_per_week if hours_per_week is not None
                              else (template.hours_per_week if template else 1))
        grading = template.grading_system_id if template else session.scalar(
            select(GradingSystem.id).where(GradingSystem.code == "five_point"))
        existing = set(session.scalars(select(Subgroup.name).where(
            Subgroup.school_class_id == class_id, Subgroup.subject_id == subject_id)))
        before = _split(session, class_id, subject_id, day)
        number, created = 1, []
        for t in teacher_ids:
            while f"{number} группа" in existing:
                number += 1
            group = Subgroup(school_class_id=class_id, subject_id=subject_id, name=f"{number} группа")
            existing.add(group.name)
            session.add(group)
            session.flush()
            course = Course(academic_year_id=year.id, kind=CourseKind.lesson, subject_id=subject_id,
                            school_class_id=class_id, subgroup_id=group.id, teacher_id=t,
                            grading_system_id=grading, hours_per_week=hours, has_marks=True)
            session.add(course)
            session.flush()
            created.append((group, course))
        share = list(before.unassigned)
        size, extra = divmod(len(share), len(created))
        start = 0
        for i, (group, course) in enumerate(created):
            part = share[start:start + size + (1 if i < extra else 0)]
            start += len(part)
            for m in part:
                session.add(SubgroupMember(subgroup_id=group.id, pupil_id=m.pupil_id))
            audit.record(session, actor.account_id, "create", "subgroup", group.id,
                         new={"school_class_id": class_id, "subject_id": subject_id, "name": group.name,
                              "course_id": course.id, "members": [m.pupil_id for m in part]})
            audit.record(session, actor.account_id, "create", "course", course.id, new=course_payload(course))
        session.flush()
        return _split(session, class_id, subject_id, day)


def move_pupils(db: Database, actor: Actor, pupil_ids: Sequence[int], subgroup_id: int,
                on: dt.date | None = None) -> SubgroupSplit:
    """Put pupils of the class into a group (out of the other group of the subject). All or nothing: when
    one of them may not move (see the module's rule), nothing is moved and the message names the pupil."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="подгруппы класса")
        target = session.get(Subgroup, subgroup_id)
        if target is None:
            raise CourseError("Такой группы нет.")
        cls = session.get(SchoolClass, target.school_class_id)
        open_year(session, cls.academic_year_id)
        split = _split(session, cls.id, target.subject_id, on)
        where: dict[int, GroupInfo | None] = {m.pupil_id: None for m in split.unassigned}
        for g in split.groups:
            for m in g.members:
                where[m.pupil_id] = g
        moved = []
        for pid in dict.fromkeys(pupil_ids):
            if pid not in where:
                raise CourseError(f"{pupil_short(session, pid)} не числится в {cls.label} классе на "
                                  f"{split.on:%d.%m.%Y}: в группы класса распределяют только его учеников.")
            source = where[pid]
            if source is not None and source.subgroup_id == subgroup_id:
                continue
            if source is not None and source.course_id is not None:
                counts = entries_of(session, source.course_id, [pid]).get(pid)
                if counts:
                    raise CourseError(
                        f"{pupil_short(session, pid)} не переведён(а) из «{source.name}» в «{target.name}»: в "
                        f"журнале группы уже есть записи ученика в этом учебном году ({entries_text(counts)}). "
                        f"После перевода они пропали бы со страниц журнала «{source.name}». Переводить между "
                        f"группами можно до первых отметок и пропусков.")
            moved.append((pid, source))
        if not moved:
            return split
        for pid, source in moved:
            if source is not None:
                session.execute(delete(SubgroupMember).where(SubgroupMember.subgroup_id == source.subgroup_id,
                                                             SubgroupMember.pupil_id == pid))
            session.add(SubgroupMember(subgroup_id=subgroup_id, pupil_id=pid))
            audit.record(session, actor.account_id, "update", "subgroup_member", pid,
                         old={"subgroup_id": source.subgroup_id if source else None},
                         new={"subgroup_id": subgroup_id, "pupil_id": pid})
        session.flush()
        return _split(session, cls.id, target.subject_id, split.on)
