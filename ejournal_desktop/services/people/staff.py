"""The staff list (список сотрудников) and the teaching load (учебная нагрузка) per teacher.

- `staff_list` / `staff_card`: teachers and other staff with positions, the subjects they teach in the
  year, contacts, hired and dismissed dates;
- `add_staff` / `update_staff`: a card, checked field by field (each refusal names the field and the
  reason), written with its audit entry in one transaction. A dismissal is refused while the person still
  teaches a course of an open year with lessons on or after the dismissal date: the load goes to another
  teacher first (`courses.update_course(teacher_id=…)`), so that no journal page is left without a teacher;
- `load`: which courses each teacher teaches in the year (lessons, subgroups, electives, clubs, the
  extended-day group, individual schooling) with hours per week, and the total.

Rights: everything here is `manage_staff` (the deputy).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.names import fold, full_name, person_sort_key, short_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Course,
    CourseKind,
    CourseMember,
    Lesson,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
    YearStatus,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError

__all__ = [
    "KIND_LABELS", "LoadCourse", "StaffDataError", "StaffRow", "TeacherLoad", "POSITIONS",
    "add_staff", "load", "staff_card", "staff_list", "update_staff",
]

KIND_LABELS = {
    CourseKind.lesson: "урок",
    CourseKind.elective: "факультатив",
    CourseKind.club: "кружок",
    CourseKind.extended_day: "ГПД",
    CourseKind.individual: "индивидуальное обучение",
}

# Offered in the card's position list; any other text is accepted too.
POSITIONS = [
    "учитель", "учитель начальных классов", "воспитатель группы продлённого дня", "педагог дополнительного "
    "образования", "педагог-психолог", "социальный педагог", "учитель-логопед", "педагог-организатор",
    "заместитель директора по учебной работе", "заместитель директора по воспитательной работе", "директор",
    "секретарь", "администратор электронного журнала", "библиотекарь",
]

_SPACES = re.compile(r"\s+")
_NAME = re.compile(r"^[^\W\d_]+(?:[ '’\-][^\W\d_]+)*$")
_PHONE_ALLOWED = re.compile(r"^[\d\s()+\-.]+(?:\s*(?:доб\.?|ext\.?)\s*\d+)?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FIELDS = ("surname", "name", "patronymic", "position", "phone", "email", "hired_on", "dismissed_on")
LABELS = {"surname": "Фамилия", "name": "Имя", "patronymic": "Отчество", "position": "Должность",
          "phone": "Телефон", "email": "Эл. почта", "hired_on": "Дата приёма", "dismissed_on": "Дата увольнения"}


class StaffDataError(ServiceError):
    """A field of a staff card is wrong; the message names the field and the reason."""


# --- plain data -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StaffRow:
    id: int
    surname: str
    name: str
    patronymic: str
    position: str
    phone: str
    email: str
    hired_on: dt.date | None
    dismissed_on: dt.date | None
    subjects: tuple[str, ...]     # taught in the year (lessons, electives, clubs…), in the school's order
    hours: float                  # hours per week in the year

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.name, self.patronymic)

    @property
    def short_name(self) -> str:
        return short_name(self.surname, self.name, self.patronymic)

    def employed_on(self, day: dt.date) -> bool:
        return (self.hired_on is None or self.hired_on <= day) and (
            self.dismissed_on is None or day < self.dismissed_on)

    def as_dict(self) -> dict:
        return {"id": self.id, "full_name": self.full_name, "position": self.position, "phone": self.phone,
                "email": self.email, "hired_on": self.hired_on, "dismissed_on": self.dismissed_on,
                "subjects": list(self.subjects), "hours_per_week": self.hours}


@dataclass(frozen=True)
class LoadCourse:
    course_id: int
    kind: str                     # CourseKind value
    kind_label: str               # «урок», «кружок»…
    class_label: str              # «5А»; "" for a club of several classes
    subject: str
    name: str                     # a club's or elective's own name
    subgroup: str                 # «1 группа» or ""
    pupil: str                    # individual schooling: the pupil's short name
    hours_per_week: float
    has_marks: bool
    members: int                  # pupils of a club, elective, ГПД (0: the class or subgroup list)

    @property
    def title(self) -> str:
        what = self.name or self.subject
        if self.subgroup:
            what += f" ({self.subgroup})"
        if self.pupil:
            what += f" — {self.pupil}"
        return ", ".join(p for p in (self.class_label, what) if p)

    def as_dict(self) -> dict:
        return {"course_id": self.course_id, "kind": self.kind, "title": self.title, "class": self.class_label,
                "subject": self.subject, "name": self.name, "subgroup": self.subgroup, "pupil": self.pupil,
                "hours_per_week": self.hours_per_week, "has_marks": self.has_marks, "members": self.members}


@dataclass(frozen=True)
class TeacherLoad:
    staff_id: int
    full_name: str
    short_name: str
    position: str
    dismissed_on: dt.date | None
    courses: tuple[LoadCourse, ...]

    @property
    def total_hours(self) -> float:
        return sum(c.hours_per_week for c in self.courses)

    def as_dict(self) -> dict:
        return {"staff_id": self.staff_id, "full_name": self.full_name, "position": self.position,
                "total_hours": self.total_hours, "courses": [c.as_dict() for c in self.courses]}


# --- validation ----------------------------------------------------------------------------------------------

def _text(value, field: str, limit: int) -> str:
    text = _SPACES.sub(" ", str(value or "")).strip()
    if len(text) > limit:
        raise StaffDataError(f"{LABELS[field]}: не длиннее {limit} знаков (сейчас {len(text)}).")
    return text


def _clean(field: str, value):
    if field in ("surname", "name", "patronymic"):
        text = _text(value, field, 100)
        if not text and field != "patronymic":
            raise StaffDataError(f"{LABELS[field]}: поле не может быть пустым.")
        if text and not _NAME.match(text):
            raise StaffDataError(f"{LABELS[field]}: «{text}» — допустимы только буквы, пробел, дефис и апостроф.")
        return text
    if field == "position":
        text = _text(value, field, 200)
        if not text:
            raise StaffDataError("Должность: поле не может быть пустым (например, «учитель математики»).")
        return text
    if field == "phone":
        text = _text(value, field, 100)
        digits = re.sub(r"\D", "", text)
        if text and (not _PHONE_ALLOWED.match(text) or not 5 <= len(digits) <= 15):
            raise StaffDataError(f"Телефон: «{text}» не похоже на номер телефона (нужно от 5 до 15 цифр, "
                                 f"например +7 900 123-45-67).")
        return text
    if field == "email":
        text = _text(value, field, 200)
        if text and not _EMAIL.match(text):
            raise StaffDataError(f"Эл. почта: «{text}» не похоже на адрес (нужно имя@домен, например "
                                 f"ivanova@school.ru).")
        return text
    if field in ("hired_on", "dismissed_on"):
        if value in (None, ""):
            return None
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise StaffDataError(f"{LABELS[field]}: нужна дата.")
        if value.year < 1950:
            raise StaffDataError(f"{LABELS[field]}: {value:%d.%m.%Y} — проверьте год.")
        return value
    raise ValueError(f"unknown staff field {field!r}")


def _check_dates(hired: dt.date | None, dismissed: dt.date | None) -> None:
    if hired is not None and dismissed is not None and dismissed < hired:
        raise StaffDataError(f"Дата увольнения {dismissed:%d.%m.%Y} раньше даты приёма {hired:%d.%m.%Y}.")


def _fold(*parts: str | None) -> tuple[str, ...]:
    """Names compared as people read them: case, ё and е, spaces do not matter (SQLite's lower() knows
    no Cyrillic, so this is done here)."""
    return tuple(fold(p) for p in parts)


def _payload(staff: Staff) -> dict:
    return {f: getattr(staff, f) for f in FIELDS}


# --- reading ---------------------------------------------------------------------------------------------------

def _year_id(session: Session, academic_year_id: int | None) -> int | None:
    if academic_year_id is not None:
        return academic_year_id
    return session.scalar(select(AcademicYear.id).order_by(AcademicYear.start_year.desc()).limit(1))


def _taught(session: Session, year_id: int | None) -> tuple[dict[int, list[str]], dict[int, float]]:
    subjects: dict[int, list[str]] = defaultdict(list)
    hours: dict[int, float] = defaultdict(float)
    if year_id is None:
        return subjects, hours
    rows = session.execute(
        select(Course.teacher_id, Course.hours_per_week, Course.kind, Course.name, Subject.name, Subject.sort_order)
        .join(Subject, Subject.id == Course.subject_id).where(Course.academic_year_id == year_id)
        .order_by(Subject.sort_order, Subject.name)).all()
    for teacher, h, kind, name, subject, _order in rows:
        label = subject if kind is CourseKind.lesson else (name or subject)
        if label not in subjects[teacher]:
            subjects[teacher].append(label)
        hours[teacher] += float(h or 0)
    return subjects, hours


def _row(staff: Staff, subjects: dict[int, list[str]], hours: dict[int, float]) -> StaffRow:
    return StaffRow(staff.id, staff.surname, staff.name, staff.patronymic or "", staff.position or "",
                    staff.phone or "", staff.email or "", staff.hired_on, staff.dismissed_on,
                    tuple(subjects.get(staff.id, ())), hours.get(staff.id, 0.0))


def staff_list(db: Database, actor: Actor, *, include_dismissed: bool = True,
               academic_year_id: int | None = None) -> list[StaffRow]:
    """Everyone on the staff, in Russian alphabetical order, with the subjects taught in the year
    (default: the latest year)."""
    with unit(db, actor, read=True) as session:
        require(actor, Action.manage_staff, detail="список сотрудников")
        subjects, hours = _taught(session, _year_id(session, academic_year_id))
        people = list(session.scalars(select(Staff)))
        if not include_dismissed:
            people = [p for p in people if p.dismissed_on is None]
        people.sort(key=lambda p: person_sort_key(p.surname, p.name, p.patronymic))
        return [_row(p, subjects, hours) for p in people]


def staff_card(db: Database, actor: Actor, staff_id: int) -> StaffRow:
    with unit(db, actor, read=True) as session:
        require(actor, Action.manage_staff, detail="карточка сотрудника")
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise StaffDataError("Такого сотрудника нет.")
        subjects, hours = _taught(session, _year_id(session, None))
        return _row(staff, subjects, hours)


# --- writing -----------------------------------------------------------------------------------------------------

def add_staff(db: Database, actor: Actor, **data) -> int:
    """A new member of staff (surname, name, position required); returns the id."""
    unknown = set(data) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown staff fields: {sorted(unknown)}")
    data.setdefault("position", "учитель")
    cleaned = {f: _clean(f, data.get(f)) for f in FIELDS}
    _check_dates(cleaned["hired_on"], cleaned["dismissed_on"])
    with unit(db, actor) as session:
        require(actor, Action.manage_staff, detail="новый сотрудник")
        key = _fold(cleaned["surname"], cleaned["name"], cleaned["patronymic"])
        twin = next((r for r in session.execute(select(Staff.surname, Staff.name, Staff.patronymic)
                                                .where(Staff.dismissed_on.is_(None))) if _fold(*r) == key), None)
        if twin is not None and cleaned["dismissed_on"] is None:
            name = full_name(*twin)
            raise StaffDataError(f"{name} уже есть в списке сотрудников: откройте карточку и измените её.")
        staff = Staff(**cleaned)
        session.add(staff)
        session.flush()
        audit.record(session, actor.account_id, "create", "staff", staff.id, new=_payload(staff))
        return staff.id


def update_staff(db: Database, actor: Actor, staff_id: int, **changes) -> StaffRow:
    """Change fields of a card (only those given); returns the card as stored."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown staff fields: {sorted(unknown)}")
    cleaned = {f: _clean(f, v) for f, v in changes.items()}
    with unit(db, actor) as session:
        require(actor, Action.manage_staff, detail="карточка сотрудника")
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise StaffDataError("Такого сотрудника нет.")
        new = {f: v for f, v in cleaned.items() if v != getattr(staff, f)}
        _check_dates(new.get("hired_on", staff.hired_on), new.get("dismissed_on", staff.dismissed_on))
        if new.get("dismissed_on") is not None:
            _check_dismissal(session, staff, new["dismissed_on"])
        if new:
            old = {f: getattr(staff, f) for f in new}
            for f, v in new.items():
                setattr(staff, f, v)
            audit.record(session, actor.account_id, "update", "staff", staff.id, old=old, new=new)
            session.flush()
        subjects, hours = _taught(session, _year_id(session, None))
        return _row(staff, subjects, hours)


def _check_dismissal(session: Session, staff: Staff, day: dt.date) -> None:
    """No journal page left without its teacher: refuse while the person teaches a course of an open
    year that has lessons on or after the day."""
    rows = session.execute(
        select(Course.id, Course.name, Subject.name, SchoolClass.grade, SchoolClass.letter,
               func.count(Lesson.id))
        .join(Subject, Subject.id == Course.subject_id)
        .join(AcademicYear, AcademicYear.id == Course.academic_year_id)
        .join(Lesson, Lesson.course_id == Course.id)
        .outerjoin(SchoolClass, SchoolClass.id == Course.school_class_id)
        .where(Course.teacher_id == staff.id, AcademicYear.status == YearStatus.open, Lesson.date >= day)
        .group_by(Course.id, Course.name, Subject.name, SchoolClass.grade, SchoolClass.letter)
        .order_by(SchoolClass.grade, SchoolClass.letter, Subject.name)).all()
    if rows:
        titles = [", ".join(p for p in (f"{r[3]}{r[4]}" if r[3] is not None else "", r[1] or r[2]) if p)
                  for r in rows]
        shown = "; ".join(titles[:5]) + (f" и ещё {len(titles) - 5}" if len(titles) > 5 else "")
        raise StaffDataError(
            f"{short_name(staff.surname, staff.name, staff.patronymic)} ведёт уроки после {day:%d.%m.%Y} "
            f"({shown}): сначала передайте эту нагрузку другому учителю на вкладке «Нагрузка».")


# --- the load ------------------------------------------------------------------------------------------------------

_TEACHING = ("учител", "воспитател", "педагог", "преподавател")


def load(db: Database, actor: Actor, academic_year_id: int | None = None) -> list[TeacherLoad]:
    """Each teacher's courses in the year with hours per week, in Russian alphabetical order: everyone who
    teaches something, and every employed teacher (by position) without load, with none."""
    with unit(db, actor, read=True) as session:
        require(actor, Action.manage_staff, detail="учебная нагрузка")
        year_id = _year_id(session, academic_year_id)
        by_teacher: dict[int, list[tuple[tuple, LoadCourse]]] = defaultdict(list)
        if year_id is not None:
            members = dict(session.execute(
                select(CourseMember.course_id, func.count()).group_by(CourseMember.course_id)).all())
            pupil_names = {}
            for pid, surname, name, patronymic in session.execute(
                    select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic)
                    .join(Course, Course.pupil_id == Pupil.id).where(Course.academic_year_id == year_id)):
                pupil_names[pid] = short_name(surname, name, patronymic)
            rows = session.execute(
                select(Course.id, Course.kind, Course.teacher_id, Course.hours_per_week, Course.has_marks,
                       Course.name, Course.pupil_id, Subject.name.label("subject"), Subject.sort_order,
                       SchoolClass.grade, SchoolClass.letter, Subgroup.name.label("subgroup"))
                .join(Subject, Subject.id == Course.subject_id)
                .outerjoin(SchoolClass, SchoolClass.id == Course.school_class_id)
                .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
                .where(Course.academic_year_id == year_id)).all()
            kinds = list(CourseKind)
            for r in rows:
                item = LoadCourse(r.id, r.kind.value, KIND_LABELS[r.kind],
                                  f"{r.grade}{r.letter}" if r.grade is not None else "", r.subject, r.name or "",
                                  r.subgroup or "", pupil_names.get(r.pupil_id, ""), float(r.hours_per_week or 0),
                                  bool(r.has_marks), members.get(r.id, 0))
                key = (kinds.index(r.kind), r.grade or 99, r.letter or "", r.sort_order, r.subject, r.name or "",
                       r.subgroup or "", item.pupil)
                by_teacher[r.teacher_id].append((key, item))
        out = []
        for staff in session.scalars(select(Staff)):
            courses = by_teacher.get(staff.id, [])
            teaching = any(stem in (staff.position or "").casefold() for stem in _TEACHING)
            if not courses and (staff.dismissed_on is not None or not teaching):
                continue
            courses.sort(key=lambda x: x[0])
            out.append((person_sort_key(staff.surname, staff.name, staff.patronymic), TeacherLoad(
                staff.id, full_name(staff.surname, staff.name, staff.patronymic),
                short_name(staff.surname, staff.name, staff.patronymic), staff.position or "", staff.dismissed_on,
                tuple(c for _, c in courses))))
        out.sort(key=lambda x: x[0])
        return [t for _, t in out]
