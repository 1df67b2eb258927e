"""A day's lessons of a class or a teacher, for recording a substitution with `journal.set_substitute`."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ...domain.names import short_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import Course, Lesson, Staff
from ..access.actor import Actor
from ..access.guard import require, unit
from .model import DayLesson
from .weeks import year_courses

_c = Course.__table__
_l = Lesson.__table__
_st = Staff.__table__


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
        courses = year_courses(session, year_id)
        out = []
        for r in rows:
            c = courses.get(r.course_id)
            if c is None:
                continue
            out.append(DayLesson(r.id, r.course_id, r.date, r.number, c.label, c.teacher_id, c.teacher,
                                 r.substitute_teacher_id,
                                 short_name(r.surname, r.name, r.patronymic) if r.surname else ""))
        return out
