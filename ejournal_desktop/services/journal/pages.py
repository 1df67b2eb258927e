"""The pages an actor may open: courses, their periods, the periods on a day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from ...domain.calendar import period_label
from ...domain.names import short_name
from ...domain.rights import Action, permits
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    YearStatus,
)
from ..access.accounts import Actor
from ..access.guard import own_class_ids, unit
from .course import _ay, _c, _l, _load_course, _per, _periods, _sc, _sg, _st, _sub
from .model import CourseInfo, PeriodInfo


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
            substituted = set(conn.execute(select(_l.c.course_id).join(_c, _c.c.id == _l.c.course_id).where(
                _l.c.substitute_teacher_id == staff, _c.c.academic_year_id == academic_year_id)
                .distinct()).scalars())
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
