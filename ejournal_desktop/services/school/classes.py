"""Classes of the year (классы): grade, letter, shift and class teacher.

`class_list`, `create_class`, `update_class` (a new grade or letter renames it; shift; class teacher),
`remove_class` (only while empty: no pupils ever enrolled, no marks; its empty courses go with it).
Movement of pupils stays in `services.movement`, class lists in `services.class_list`.

Rights: `setup_rights.require_set_up` (deputy or administrator). One transaction with its audit record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...domain.names import full_name
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Attendance,
    Course,
    CourseMember,
    Enrollment,
    Lesson,
    Mark,
    PeriodMark,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    TimetableEntry,
    YearStatus,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import unit
from ..errors import ServiceError
from .setup_rights import require_set_up

__all__ = ["ClassError", "ClassRow", "class_list", "create_class", "current_year_id", "parse_label",
           "remove_class", "update_class"]

_LETTER = re.compile(r"^[А-ЯЁ]{1,2}$")
_LABEL = re.compile(r"^\s*(\d{1,2})\s*[-‐ ]?\s*«?([А-Яа-яЁё]{1,2})»?\s*$")
MAX_SHIFT = 3


class ClassError(ServiceError):
    """A class's data is wrong, or the class is not empty."""


@dataclass(frozen=True)
class ClassRow:
    id: int
    grade: int
    letter: str
    shift: int
    class_teacher_id: int | None
    class_teacher: str
    pupils: int      # in the class now
    courses: int     # its courses of the curriculum

    @property
    def label(self) -> str:
        return f"{self.grade}{self.letter}"


def parse_label(text: str) -> tuple[int, str]:
    """«5А», «5 а», «10-Б» → (5, "А"); a Russian message for anything else."""
    m = _LABEL.match(str(text or ""))
    if not m:
        raise ClassError(f"Класс «{text}» не понят: нужна параллель и буква, например 5А.")
    grade, letter = int(m.group(1)), m.group(2).upper()
    _check(grade, letter, 1)
    return grade, letter


def _check(grade, letter: str, shift) -> None:
    if not isinstance(grade, int) or not 1 <= grade <= 11:
        raise ClassError(f"Параллель: {grade} вне 1…11.")
    if not _LETTER.match(letter or ""):
        raise ClassError(f"Буква класса: «{letter}» — нужна заглавная русская буква (А, Б, В…).")
    if not isinstance(shift, int) or not 1 <= shift <= MAX_SHIFT:
        raise ClassError(f"Смена: {shift} вне 1…{MAX_SHIFT}.")


def current_year_id(session: Session) -> int | None:
    """The open year the school works in (the latest open one)."""
    return session.scalar(select(AcademicYear.id).where(AcademicYear.status == YearStatus.open)
                          .order_by(AcademicYear.start_year.desc()).limit(1))


def _year(session: Session, academic_year_id: int | None) -> AcademicYear:
    year_id = academic_year_id if academic_year_id is not None else current_year_id(session)
    year = session.get(AcademicYear, year_id) if year_id is not None else None
    if year is None:
        raise ClassError("Учебный год не создан: сначала задайте год и его периоды.")
    if year.status is not YearStatus.open:
        raise ClassError(f"Учебный год {year.label} закрыт: классы не меняются.")
    return year


def _teacher(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise ClassError("Классный руководитель: такого сотрудника нет.")
    if staff.dismissed_on is not None:
        raise ClassError(f"Классный руководитель: {full_name(staff.surname, staff.name, staff.patronymic)} уволен(а).")
    return full_name(staff.surname, staff.name, staff.patronymic)


def _unique(session: Session, year_id: int, grade: int, letter: str, own_id: int | None = None) -> None:
    other = session.scalar(select(SchoolClass.id).where(
        SchoolClass.academic_year_id == year_id, SchoolClass.grade == grade, SchoolClass.letter == letter))
    if other is not None and other != own_id:
        raise ClassError(f"Класс {grade}{letter} в этом году уже есть.")


def _give_class_teacher_role(session: Session, actor: Actor, staff_id: int | None) -> None:
    """A class teacher's account gets the role that opens the own class (if it has an account)."""
    from ...storage.models import Account, AccountRole
    if staff_id is None:
        return
    account = session.scalar(select(Account).where(Account.staff_id == staff_id))
    if account is None or any(r.role == "class_teacher" for r in account.roles):
        return
    account.roles.append(AccountRole(role="class_teacher"))
    audit.record(session, actor.account_id, "update", "account", account.id,
                 new={"roles_added": ["class_teacher"], "reason": "классный руководитель"})


def _payload(c: SchoolClass) -> dict:
    return {"grade": c.grade, "letter": c.letter, "shift": c.shift, "class_teacher_id": c.class_teacher_id,
            "academic_year_id": c.academic_year_id}


def class_list(db: Database, actor: Actor, academic_year_id: int | None = None) -> list[ClassRow]:
    with unit(db, actor) as session:
        require_set_up(actor, "список классов")
        year_id = academic_year_id if academic_year_id is not None else current_year_id(session)
        if year_id is None:
            return []
        pupils = dict(session.execute(
            select(Enrollment.school_class_id, func.count()).where(Enrollment.departed_on.is_(None))
            .group_by(Enrollment.school_class_id)).all())
        courses = dict(session.execute(
            select(Course.school_class_id, func.count()).where(Course.academic_year_id == year_id)
            .group_by(Course.school_class_id)).all())
        rows = []
        for c in session.scalars(select(SchoolClass).where(SchoolClass.academic_year_id == year_id)
                                 .order_by(SchoolClass.grade, SchoolClass.letter)):
            rows.append(ClassRow(c.id, c.grade, c.letter, c.shift, c.class_teacher_id,
                                 _teacher(session, c.class_teacher_id) if c.class_teacher_id else "",
                                 pupils.get(c.id, 0), courses.get(c.id, 0)))
        return rows


def create_class(db: Database, actor: Actor, grade: int, letter: str, *, shift: int = 1,
                 class_teacher_id: int | None = None, academic_year_id: int | None = None) -> int:
    letter = str(letter or "").strip().upper()
    with unit(db, actor) as session:
        require_set_up(actor, "новый класс")
        _check(grade, letter, shift)
        year = _year(session, academic_year_id)
        _unique(session, year.id, grade, letter)
        _teacher(session, class_teacher_id)
        c = SchoolClass(academic_year_id=year.id, grade=grade, letter=letter, shift=shift,
                        class_teacher_id=class_teacher_id)
        session.add(c)
        session.flush()
        audit.record(session, actor.account_id, "create", "school_class", c.id, new=_payload(c))
        _give_class_teacher_role(session, actor, class_teacher_id)
        return c.id


_KEEP = object()


def update_class(db: Database, actor: Actor, class_id: int, *, grade: int | None = None, letter: str | None = None,
                 shift: int | None = None, class_teacher_id=_KEEP) -> ClassRow:
    """Change a class: grade and letter (a rename: its journals stay with it), shift, class teacher
    (None: nobody)."""
    with unit(db, actor) as session:
        require_set_up(actor, "изменение класса")
        c = session.get(SchoolClass, class_id)
        if c is None:
            raise ClassError("Такого класса нет.")
        year = _year(session, c.academic_year_id)
        old = _payload(c)
        new_grade = c.grade if grade is None else grade
        new_letter = c.letter if letter is None else str(letter).strip().upper()
        new_shift = c.shift if shift is None else shift
        _check(new_grade, new_letter, new_shift)
        _unique(session, year.id, new_grade, new_letter, c.id)
        if class_teacher_id is not _KEEP:
            _teacher(session, class_teacher_id)
            c.class_teacher_id = class_teacher_id
            _give_class_teacher_role(session, actor, class_teacher_id)
        c.grade, c.letter, c.shift = new_grade, new_letter, new_shift
        new = _payload(c)
        if new != old:
            audit.record(session, actor.account_id, "update", "school_class", c.id, old=old, new=new)
        session.flush()
    return next(r for r in class_list(db, actor, c.academic_year_id) if r.id == class_id)


def remove_class(db: Database, actor: Actor, class_id: int) -> None:
    """Remove a class created by mistake: refused while it has pupils (ever) or anything in its journals."""
    with unit(db, actor) as session:
        require_set_up(actor, "удаление класса")
        c = session.get(SchoolClass, class_id)
        if c is None:
            raise ClassError("Такого класса нет.")
        _year(session, c.academic_year_id)
        course_ids = list(session.scalars(select(Course.id).where(Course.school_class_id == class_id)))
        marks = session.scalar(select(func.count()).select_from(Mark).join(Lesson, Lesson.id == Mark.lesson_id)
                               .where(Lesson.course_id.in_(course_ids))) if course_ids else 0
        period_marks = session.scalar(select(func.count()).select_from(PeriodMark)
                                      .where(PeriodMark.course_id.in_(course_ids))) if course_ids else 0
        if marks or period_marks:
            raise ClassError(f"Класс {c.label} не удалён: в его журнале отметок — {marks + period_marks}. "
                             f"Журнал — документ и хранится.")
        pupils = session.scalar(select(func.count(func.distinct(Enrollment.pupil_id)))
                                .where(Enrollment.school_class_id == class_id))
        if pupils:
            raise ClassError(f"Класс {c.label} не удалён: в нём числились ученики ({pupils}). Удаляется только "
                             f"пустой класс; учеников переводят приказом.")
        attendance = session.scalar(select(func.count()).select_from(Attendance).join(
            Lesson, Lesson.id == Attendance.lesson_id).where(Lesson.course_id.in_(course_ids))) if course_ids else 0
        if attendance:
            raise ClassError(f"Класс {c.label} не удалён: в его журнале есть записи посещаемости ({attendance}).")
        old = _payload(c)
        if course_ids:
            session.execute(delete(TimetableEntry).where(TimetableEntry.course_id.in_(course_ids)))
            session.execute(delete(Lesson).where(Lesson.course_id.in_(course_ids)))
            session.execute(delete(CourseMember).where(CourseMember.course_id.in_(course_ids)))
            session.execute(delete(Course).where(Course.id.in_(course_ids)))
        groups = list(session.scalars(select(Subgroup.id).where(Subgroup.school_class_id == class_id)))
        if groups:
            session.execute(delete(SubgroupMember).where(SubgroupMember.subgroup_id.in_(groups)))
            session.execute(delete(Subgroup).where(Subgroup.id.in_(groups)))
        session.delete(c)
        audit.record(session, actor.account_id, "delete", "school_class", class_id, old=old | {"courses": course_ids})


def teacher_choices(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Staff who may be a class teacher (not dismissed), in Russian order."""
    from ...domain.names import person_sort_key
    with unit(db, actor) as session:
        require_set_up(actor, "классные руководители")
        people = list(session.scalars(select(Staff).where(Staff.dismissed_on.is_(None))))
        people.sort(key=lambda s: person_sort_key(s.surname, s.name, s.patronymic))
        return [(s.id, full_name(s.surname, s.name, s.patronymic)) for s in people]
