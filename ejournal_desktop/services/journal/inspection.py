"""Journal inspection (regulation 7.2–7.4): the deputy checks a course's journal and writes remarks; the
teacher of the course sees them and marks each fixed; the results go into a certificate (справка).

Rights (domain.rights, no new action): writing a remark, recording a check without remarks and
reopening a remark are the deputy's control of the journal — `decide_correction` (the deputy alone);
marking a remark fixed is a journal edit — `edit_journal` on the course (its teacher; the deputy too);
reading remarks is reading the journal — `view_journal` (own course, own class, or the school).

A check that found nothing is recorded in the audit log (action "inspect", entity "course"), so that
the certificate can list every journal checked; a remark is a row of journal_remark with its audit
entry. Every call is one transaction with its audit record.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...domain.names import short_name
from ...domain.rights import Action, permits
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    AuditEntry,
    Course,
    JournalRemark,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
    YearStatus,
)
from ..access import audit, guard
from ..access.actor import Actor
from ..access.people_names import account_names
from ..errors import ServiceError

__all__ = ["CheckInfo", "CourseRemarks", "InspectionError", "RemarkInfo", "add_remark", "checks",
           "course_remarks", "mark_fixed", "open_count", "record_check", "remarks", "reopen_remark",
           "INSPECT_ACTION", "TEXT_LIMIT"]

INSPECT_ACTION = "inspect"
TEXT_LIMIT = 2000


class InspectionError(ServiceError):
    """A remark that cannot be written or changed; the message says why."""


@dataclass(frozen=True)
class RemarkInfo:
    id: int
    course_id: int
    course_title: str          # «5А, Математика»
    teacher: str               # «Петрова А. С.»
    inspected_on: dt.date
    text: str
    due_on: dt.date | None
    created_by: str            # «Иванова Е. В.» (or the login)
    fixed_at: dt.datetime | None
    fixed_by: str

    @property
    def fixed(self) -> bool:
        return self.fixed_at is not None

    def overdue(self, today: dt.date) -> bool:
        return not self.fixed and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class CourseRemarks:
    """A course's remarks and what the actor may do with them (what the dialog shows)."""

    course_id: int
    title: str
    teacher: str
    remarks: list[RemarkInfo]
    can_add: bool              # write remarks, record a check, reopen (the deputy)
    can_fix: bool              # mark remarks fixed (the teacher of the course, the deputy)


@dataclass(frozen=True)
class CheckInfo:
    """One journal checked on a day (with or without remarks)."""

    course_id: int
    inspected_on: dt.date


# --- helpers -----------------------------------------------------------------------------------------

def _today(now: dt.datetime | None) -> tuple[dt.datetime, dt.date]:
    now = now or dt.datetime.now(dt.timezone.utc)
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now, now.astimezone().date()


def _course(session: Session, course_id: int) -> Course:
    course = session.get(Course, course_id)
    if course is None:
        raise InspectionError("Такой страницы журнала нет.")
    return course


def _titles(session: Session, course_ids) -> dict[int, tuple[str, str]]:
    """course id → (title «5А, Математика (1 группа)», teacher «Петрова А. С.»)."""
    rows = session.execute(
        select(Course.id, Course.name, SchoolClass.grade, SchoolClass.letter, Subject.name.label("subject"),
               Subgroup.name.label("subgroup"), Staff.surname, Staff.name.label("t_name"), Staff.patronymic)
        .join(Subject, Subject.id == Course.subject_id).join(Staff, Staff.id == Course.teacher_id)
        .outerjoin(SchoolClass, SchoolClass.id == Course.school_class_id)
        .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
        .where(Course.id.in_(list(course_ids)))).all()
    out = {}
    for r in rows:
        cls = f"{r.grade}{r.letter}" if r.grade is not None else ""
        what = r.name or r.subject
        if r.subgroup:
            what += f" ({r.subgroup})"
        out[r.id] = (", ".join(p for p in (cls, what) if p), short_name(r.surname, r.t_name, r.patronymic))
    return out


def _people(session: Session, account_ids) -> dict[int, str]:
    return account_names(session, account_ids)


def _require_open_year(session: Session, course: Course) -> None:
    status = session.scalar(select(AcademicYear.status).where(AcademicYear.id == course.academic_year_id))
    if status is YearStatus.closed:
        raise InspectionError("Учебный год закрыт: журнал доступен только для просмотра, замечания не вносятся.")


def _require_control(session: Session, actor: Actor, course: Course, title: str) -> None:
    guard.require(actor, Action.decide_correction, detail=f"проверка журнала «{title}»")
    _require_open_year(session, course)


def _check_date(inspected_on: dt.date, today: dt.date) -> None:
    if inspected_on > today:
        raise InspectionError(f"Дата проверки {inspected_on:%d.%m.%Y} ещё не наступила: проверку записывают "
                              f"в день проверки или позже.")


def _info(r: JournalRemark, titles, people) -> RemarkInfo:
    title, teacher = titles.get(r.course_id, ("", ""))
    return RemarkInfo(r.id, r.course_id, title, teacher, r.inspected_on, r.text, r.due_on,
                      people.get(r.created_by, ""), r.fixed_at, people.get(r.fixed_by, ""))


def _remark_payload(r: JournalRemark) -> dict:
    return {"course_id": r.course_id, "inspected_on": r.inspected_on, "text": r.text, "due_on": r.due_on}


def _visible_courses(session: Session, actor: Actor):
    """A condition on Course for the courses whose remarks the actor reads (None: every course)."""
    if permits(actor.roles, Action.view_journal):
        return None
    own_classes = guard.own_class_ids(session, actor)
    conditions = []
    if actor.staff_id is not None and permits(actor.roles, Action.view_journal, own=True):
        conditions.append(Course.teacher_id == actor.staff_id)
    if own_classes and permits(actor.roles, Action.view_journal, own_class=True):
        conditions.append(Course.school_class_id.in_(own_classes))
    if not conditions:
        raise guard.Denied(Action.view_journal, "замечания по проверке журналов")
    return or_(*conditions)


# --- use cases ---------------------------------------------------------------------------------------

def add_remark(db: Database, actor: Actor, course_id: int, text: str, *, inspected_on: dt.date | None = None,
               due_on: dt.date | None = None, now: dt.datetime | None = None) -> RemarkInfo:
    """The deputy writes a remark on a course's journal (inspected today unless said), with a date by
    which the teacher is to fix it."""
    now, today = _today(now)
    inspected_on = inspected_on or today
    text = (text or "").strip()
    with guard.unit(db, actor) as session:
        course = _course(session, course_id)
        titles = _titles(session, [course_id])
        _require_control(session, actor, course, titles[course_id][0])
        if not text:
            raise InspectionError("Напишите текст замечания: что не так в журнале и что исправить.")
        if len(text) > TEXT_LIMIT:
            raise InspectionError(f"Замечание длиннее {TEXT_LIMIT} знаков ({len(text)}): сократите его.")
        _check_date(inspected_on, today)
        if due_on is not None and due_on < inspected_on:
            raise InspectionError(f"Срок исправления {due_on:%d.%m.%Y} раньше даты проверки "
                                  f"{inspected_on:%d.%m.%Y}.")
        remark = JournalRemark(course_id=course_id, inspected_on=inspected_on, text=text, due_on=due_on,
                               created_by=actor.account_id, created_at=now)
        session.add(remark)
        session.flush()
        audit.record(session, actor.account_id, "create", "journal_remark", remark.id,
                     new=_remark_payload(remark), at=now)
        return _info(remark, titles, _people(session, [actor.account_id]))


def record_check(db: Database, actor: Actor, course_id: int, inspected_on: dt.date | None = None,
                 now: dt.datetime | None = None) -> None:
    """The deputy records that a course's journal was checked and nothing was found to remark."""
    now, today = _today(now)
    inspected_on = inspected_on or today
    with guard.unit(db, actor) as session:
        course = _course(session, course_id)
        _require_control(session, actor, course, _titles(session, [course_id])[course_id][0])
        _check_date(inspected_on, today)
        audit.record(session, actor.account_id, INSPECT_ACTION, "course", course_id,
                     new={"inspected_on": inspected_on, "remarks": 0}, at=now)


def mark_fixed(db: Database, actor: Actor, remark_id: int, now: dt.datetime | None = None) -> RemarkInfo:
    """The teacher of the course (or the deputy) marks a remark fixed."""
    now, _ = _today(now)
    with guard.unit(db, actor) as session:
        remark = session.get(JournalRemark, remark_id)
        if remark is None:
            raise InspectionError("Такого замечания нет.")
        course = _course(session, remark.course_id)
        titles = _titles(session, [course.id])
        own, own_class = guard.course_relation(session, actor, course.id)
        guard.require(actor, Action.edit_journal, own=own, own_class=own_class,
                      detail=f"замечание по журналу «{titles[course.id][0]}»")
        _require_open_year(session, course)
        if remark.fixed_at is not None:
            people = _people(session, [remark.fixed_by])
            raise InspectionError(f"Замечание уже отмечено исправленным {remark.fixed_at.astimezone():%d.%m.%Y}"
                                  f" ({people.get(remark.fixed_by, '')}).")
        remark.fixed_at, remark.fixed_by = now, actor.account_id
        audit.record(session, actor.account_id, "update", "journal_remark", remark.id,
                     old={"fixed_at": None, "fixed_by": None},
                     new={"fixed_at": now.isoformat(), "fixed_by": actor.account_id}, at=now)
        return _info(remark, titles, _people(session, [remark.created_by, remark.fixed_by]))


def reopen_remark(db: Database, actor: Actor, remark_id: int, now: dt.datetime | None = None) -> RemarkInfo:
    """The deputy finds a remark marked fixed still not fixed and opens it again."""
    now, _ = _today(now)
    with guard.unit(db, actor) as session:
        remark = session.get(JournalRemark, remark_id)
        if remark is None:
            raise InspectionError("Такого замечания нет.")
        course = _course(session, remark.course_id)
        titles = _titles(session, [course.id])
        _require_control(session, actor, course, titles[course.id][0])
        if remark.fixed_at is None:
            raise InspectionError("Замечание ещё не отмечено исправленным.")
        old = {"fixed_at": remark.fixed_at.isoformat(), "fixed_by": remark.fixed_by}
        remark.fixed_at = remark.fixed_by = None
        audit.record(session, actor.account_id, "update", "journal_remark", remark.id, old=old,
                     new={"fixed_at": None, "fixed_by": None}, at=now)
        return _info(remark, titles, _people(session, [remark.created_by]))


def remarks(db: Database, actor: Actor, *, course_id: int | None = None, open_only: bool = False,
            start: dt.date | None = None, end: dt.date | None = None) -> list[RemarkInfo]:
    """Remarks the actor may read, newest check first: of one course, or of every course the actor sees
    (the deputy and the director: all; a teacher: own courses; a class teacher: own class). ``open_only``:
    those not yet fixed; ``start``/``end``: checks made on those dates."""
    with guard.unit(db, actor) as session:
        stmt = select(JournalRemark).join(Course, Course.id == JournalRemark.course_id)
        if course_id is not None:
            course = _course(session, course_id)
            own, own_class = guard.course_relation(session, actor, course.id)
            guard.require(actor, Action.view_journal, own=own, own_class=own_class,
                          detail="замечания по проверке журнала")
            stmt = stmt.where(JournalRemark.course_id == course_id)
        else:
            visible = _visible_courses(session, actor)
            if visible is not None:
                stmt = stmt.where(visible)
        if open_only:
            stmt = stmt.where(JournalRemark.fixed_at.is_(None))
        if start is not None:
            stmt = stmt.where(JournalRemark.inspected_on >= start)
        if end is not None:
            stmt = stmt.where(JournalRemark.inspected_on <= end)
        return _read(session, stmt)


def _read(session: Session, stmt) -> list[RemarkInfo]:
    rows = list(session.scalars(stmt.order_by(JournalRemark.inspected_on.desc(), JournalRemark.id.desc())))
    titles = _titles(session, {r.course_id for r in rows})
    people = _people(session, [a for r in rows for a in (r.created_by, r.fixed_by)])
    return [_info(r, titles, people) for r in rows]


def remarks_on(session: Session, course_ids, start: dt.date, end: dt.date) -> list[RemarkInfo]:
    """Remarks of checks made on the dates on the courses, in the caller's session (for the certificate's
    builder, which has checked its own right)."""
    return _read(session, select(JournalRemark).where(
        JournalRemark.course_id.in_(list(course_ids)), JournalRemark.inspected_on >= start,
        JournalRemark.inspected_on <= end))


def course_remarks(db: Database, actor: Actor, course_id: int) -> CourseRemarks:
    """A course's remarks with what the actor may do: the inspection dialog's data."""
    found = remarks(db, actor, course_id=course_id)
    with db.session() as session:
        course = _course(session, course_id)
        title, teacher = _titles(session, [course_id])[course_id]
        own, own_class = guard.course_relation(session, actor, course_id)
        year_open = session.scalar(select(AcademicYear.status).where(
            AcademicYear.id == course.academic_year_id)) is not YearStatus.closed
    return CourseRemarks(course_id, title, teacher, found,
                         can_add=year_open and permits(actor.roles, Action.decide_correction),
                         can_fix=year_open and permits(actor.roles, Action.edit_journal, own=own,
                                                       own_class=own_class))


def checks(session: Session, start: dt.date, end: dt.date) -> list[CheckInfo]:
    """Every check of a journal on the dates — with remarks (journal_remark) or without (the audit
    log's "inspect" entries) — one per course and day, in date order. For the certificate's builder,
    which has checked its own right."""
    found = {(r.course_id, r.inspected_on) for r in session.execute(
        select(JournalRemark.course_id, JournalRemark.inspected_on).where(
            JournalRemark.inspected_on >= start, JournalRemark.inspected_on <= end))}
    for entity_id, new in session.execute(select(AuditEntry.entity_id, AuditEntry.new).where(
            AuditEntry.action == INSPECT_ACTION, AuditEntry.entity == "course")):
        day = dt.date.fromisoformat(json.loads(new)["inspected_on"])
        if start <= day <= end:
            found.add((entity_id, day))
    return [CheckInfo(c, d) for c, d in sorted(found, key=lambda x: (x[1], x[0]))]


def open_count(db: Database, actor: Actor) -> int:
    """How many remarks the actor sees are not fixed yet (a badge for the journal page)."""
    with guard.unit(db, actor) as session:
        stmt = select(func.count()).select_from(JournalRemark).join(Course, Course.id == JournalRemark.course_id) \
            .where(JournalRemark.fixed_at.is_(None))
        visible = _visible_courses(session, actor)
        if visible is not None:
            stmt = stmt.where(visible)
        return session.scalar(stmt) or 0
