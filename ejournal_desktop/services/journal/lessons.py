"""A lesson's topic and homework, and substitutions: who may stand in for the course's teacher."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ...domain import entry_rules as rules
from ...domain.names import full_name, person_sort_key, short_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    Lesson,
)
from ..access import audit, settings
from ..access.accounts import Actor
from ..access.guard import require, unit
from .course import (
    _all_year_marks_set,
    _clock,
    _d,
    _load_lesson,
    _local_date,
    _require_edit,
    _require_open_year,
    _st,
)
from .model import Changes, InvalidEntry, NotFound, StaffInfo, _check


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
