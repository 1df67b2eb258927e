"""Courses of the year (учебная нагрузка) beyond the plain class lesson — `create_course`, `update_course`,
`course_card`:

- ``lesson``: a class (or one subgroup of it) learning a subject; its pupils are the class list (the
  subgroup's members);
- ``elective`` (факультатив), ``club`` (кружок), ``extended_day`` (ГПД): own journals whose pupils are the
  course members, who may come from several classes (an elective tied to one class takes pupils of that
  class only); ``has_marks`` off makes an attendance-only journal (the grid then refuses marks,
  `journal.put_marks` → `entry_rules.course_has_no_marks`);
- ``individual`` (индивидуальное обучение): a course of one pupil of a class, with the pupil's class.

Subgroups are in `subgroups`, which shares this module's checks (`open_year`, `working_teacher`,
`checked_hours`, `entries_of`…). Rights: `configure_grading` (the deputy: the year's set-up) for every
call here. Every write is audited in its one transaction.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ...domain.names import full_name, person_sort_key, short_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Attendance,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    GradingSystem,
    Lesson,
    Mark,
    PeriodMark,
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
from ..people.staff import KIND_LABELS
from ..school.year import given_or_latest

__all__ = [
    "Choice", "CourseCard", "CourseChoices", "CourseError", "KIND_LABELS", "MEMBER_KINDS", "PupilChoice",
    "choices", "course_card", "create_course", "pupils_of_school", "update_course",
]

MEMBER_KINDS = (CourseKind.elective, CourseKind.club, CourseKind.extended_day)
DEFAULT_NAMES = {CourseKind.extended_day: "Группа продлённого дня"}
MAX_HOURS = 40.0


class CourseError(ServiceError):
    """A course or subgroup change that cannot be made; the message says what and why."""


# --- plain data ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class CourseChoices:
    academic_year_id: int
    academic_year: str
    subjects: tuple[Choice, ...]
    teachers: tuple[Choice, ...]          # employed staff, «Иванова А. П. — учитель математики»
    classes: tuple[Choice, ...]
    grading_systems: tuple[Choice, ...]


@dataclass(frozen=True)
class PupilChoice:
    pupil_id: int
    full_name: str
    class_id: int
    class_label: str

    @property
    def label(self) -> str:
        return f"{self.full_name}, {self.class_label}"


@dataclass(frozen=True)
class CourseCard:
    id: int
    academic_year_id: int
    kind: str
    kind_label: str
    subject_id: int
    subject: str
    school_class_id: int | None
    class_label: str
    subgroup_id: int | None
    subgroup: str
    pupil_id: int | None
    teacher_id: int
    teacher: str
    grading_system_id: int
    hours_per_week: float
    has_marks: bool
    name: str
    members: tuple[PupilChoice, ...]      # course members (club, elective, ГПД)


# --- helpers --------------------------------------------------------------------------------------------------

def find_year(session: Session, academic_year_id: int | None) -> AcademicYear:
    year = given_or_latest(session, academic_year_id)
    if year is None:
        raise CourseError("В журнале нет учебного года.")
    return year


def open_year(session: Session, year_id: int) -> AcademicYear:
    year = find_year(session, year_id)
    if year.status is YearStatus.closed:
        raise CourseError(f"Учебный год {year.label} закрыт: нагрузку и группы закрытого года не меняют.")
    return year


def day_in_year(year: AcademicYear, on: dt.date | None) -> dt.date:
    first, last = dt.date(year.start_year, 9, 1), dt.date(year.start_year + 1, 8, 31)
    return min(max(on or dt.date.today(), first), last)


def _in_class_on(on: dt.date):
    return [Enrollment.arrived_on <= on, or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on)]


def _class_label(session: Session, class_id: int | None) -> str:
    if class_id is None:
        return ""
    cls = session.get(SchoolClass, class_id)
    return cls.label if cls else ""


def pupils_on(session: Session, year_id: int, on: dt.date, class_id: int | None = None) -> list[PupilChoice]:
    stmt = (select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic, SchoolClass.id, SchoolClass.grade,
                   SchoolClass.letter)
            .join(Enrollment, Enrollment.pupil_id == Pupil.id)
            .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
            .where(SchoolClass.academic_year_id == year_id, *_in_class_on(on)))
    if class_id is not None:
        stmt = stmt.where(SchoolClass.id == class_id)
    rows = session.execute(stmt).all()
    rows.sort(key=lambda r: (r.grade, r.letter, person_sort_key(r.surname, r.name, r.patronymic)))
    return [PupilChoice(r[0], full_name(r.surname, r.name, r.patronymic), r[4], f"{r.grade}{r.letter}")
            for r in rows]


def working_teacher(session: Session, teacher_id: int, on: dt.date) -> Staff:
    staff = session.get(Staff, teacher_id)
    if staff is None:
        raise CourseError("Учитель: такого сотрудника нет в списке.")
    if staff.dismissed_on is not None and staff.dismissed_on <= on:
        raise CourseError(f"Учитель: {short_name(staff.surname, staff.name, staff.patronymic)} уволен(а) "
                          f"{staff.dismissed_on:%d.%m.%Y} — выберите другого учителя.")
    return staff


def checked_hours(value) -> float:
    try:
        hours = float(value)
    except (TypeError, ValueError):
        raise CourseError(f"Часов в неделю: «{value}» — нужно число.") from None
    if not 0 < hours <= MAX_HOURS:
        raise CourseError(f"Часов в неделю: {hours:g} — нужно больше 0 и не больше {MAX_HOURS:g}.")
    if hours * 2 != int(hours * 2):
        raise CourseError(f"Часов в неделю: {hours:g} — допускаются целые часы или половины (0,5).")
    return hours


def _name(value: str, kind: CourseKind) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > 200:
        raise CourseError(f"Название: не длиннее 200 знаков (сейчас {len(text)}).")
    if not text and kind in (CourseKind.elective, CourseKind.club):
        raise CourseError(f"Название: у курса вида «{KIND_LABELS[kind]}» должно быть своё название "
                          f"(например, «Кружок „Робототехника“»).")
    return text or DEFAULT_NAMES.get(kind, "")


def entries_of(session: Session, course_id: int, pupil_ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
    """(marks, attendance, period marks) of each pupil in the course."""
    ids = list(pupil_ids)
    out: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    if not ids:
        return {}
    for i, (table, pupil_col) in enumerate(((Mark, Mark.pupil_id), (Attendance, Attendance.pupil_id))):
        for pid, n in session.execute(
                select(pupil_col, func.count()).join(Lesson, Lesson.id == table.lesson_id)
                .where(Lesson.course_id == course_id, pupil_col.in_(ids)).group_by(pupil_col)):
            out[pid][i] = n
    for pid, n in session.execute(select(PeriodMark.pupil_id, func.count()).where(
            PeriodMark.course_id == course_id, PeriodMark.pupil_id.in_(ids)).group_by(PeriodMark.pupil_id)):
        out[pid][2] = n
    return {pid: tuple(v) for pid, v in out.items()}


def entries_text(counts: tuple[int, int, int]) -> str:
    marks, attendance, period = counts
    parts = []
    if marks:
        parts.append(f"отметок: {marks}")
    if attendance:
        parts.append(f"пропусков и опозданий: {attendance}")
    if period:
        parts.append(f"отметок за период: {period}")
    return ", ".join(parts)


def pupil_short(session: Session, pupil_id: int) -> str:
    p = session.get(Pupil, pupil_id)
    return short_name(p.surname, p.name, p.patronymic) if p else f"ученик {pupil_id}"


def course_payload(course: Course, members: Sequence[int] = ()) -> dict:
    out = {k: getattr(course, k) for k in ("academic_year_id", "subject_id", "school_class_id", "subgroup_id",
                                           "pupil_id", "teacher_id", "grading_system_id", "hours_per_week",
                                           "has_marks", "name")}
    out["kind"] = course.kind.value
    if members:
        out["members"] = sorted(members)
    return out


# --- reading --------------------------------------------------------------------------------------------------

def choices(db: Database, actor: Actor, academic_year_id: int | None = None,
            on: dt.date | None = None) -> CourseChoices:
    """What the course dialog offers: subjects, employed teachers, classes of the year, grading systems."""
    with unit(db, actor, read=True) as session:
        require(actor, Action.configure_grading, detail="нагрузка учителей")
        year = find_year(session, academic_year_id)
        day = day_in_year(year, on)
        subjects = tuple(Choice(i, n) for i, n in session.execute(
            select(Subject.id, Subject.name).order_by(Subject.sort_order, Subject.name)))
        staff = [s for s in session.scalars(select(Staff))
                 if s.dismissed_on is None or s.dismissed_on > day]
        staff.sort(key=lambda s: person_sort_key(s.surname, s.name, s.patronymic))
        teachers = tuple(Choice(s.id, f"{short_name(s.surname, s.name, s.patronymic)} — {s.position}")
                         for s in staff)
        classes = tuple(Choice(c.id, c.label) for c in session.scalars(
            select(SchoolClass).where(SchoolClass.academic_year_id == year.id)
            .order_by(SchoolClass.grade, SchoolClass.letter)))
        systems = tuple(Choice(i, n) for i, n in session.execute(
            select(GradingSystem.id, GradingSystem.name).order_by(GradingSystem.id)))
        return CourseChoices(year.id, year.label, subjects, teachers, classes, systems)


def pupils_of_school(db: Database, actor: Actor, on: dt.date | None = None,
                     academic_year_id: int | None = None) -> list[PupilChoice]:
    """Every pupil in a class on the date, by class and name: whom a club or elective can take."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="состав кружка или факультатива")
        year = find_year(session, academic_year_id)
        return pupils_on(session, year.id, day_in_year(year, on))


def course_card(db: Database, actor: Actor, course_id: int) -> CourseCard:
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="нагрузка учителей")
        return _card(session, course_id)


def _card(session: Session, course_id: int) -> CourseCard:
    course = session.get(Course, course_id)
    if course is None:
        raise CourseError("Такого курса нет.")
    subject = session.get(Subject, course.subject_id)
    teacher = session.get(Staff, course.teacher_id)
    group = session.get(Subgroup, course.subgroup_id) if course.subgroup_id else None
    member_rows = session.execute(
        select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic)
        .join(CourseMember, CourseMember.pupil_id == Pupil.id).where(CourseMember.course_id == course_id)).all()
    labels = _latest_classes(session, course.academic_year_id, [r[0] for r in member_rows])
    member_rows.sort(key=lambda r: (labels.get(r[0], (0, ""))[1], person_sort_key(r[1], r[2], r[3])))
    members = [PupilChoice(r[0], full_name(r[1], r[2], r[3]), *labels.get(r[0], (0, ""))) for r in member_rows]
    return CourseCard(course.id, course.academic_year_id, course.kind.value, KIND_LABELS[course.kind],
                      course.subject_id, subject.name, course.school_class_id,
                      _class_label(session, course.school_class_id), course.subgroup_id, group.name if group else "",
                      course.pupil_id, course.teacher_id,
                      short_name(teacher.surname, teacher.name, teacher.patronymic), course.grading_system_id,
                      float(course.hours_per_week), bool(course.has_marks), course.name or "", tuple(members))


def _latest_classes(session: Session, year_id: int, pupil_ids: list[int]) -> dict[int, tuple[int, str]]:
    if not pupil_ids:
        return {}
    rows = session.execute(
        select(Enrollment.pupil_id, SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
        .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
        .where(Enrollment.pupil_id.in_(pupil_ids), SchoolClass.academic_year_id == year_id)
        .order_by(Enrollment.arrived_on)).all()
    return {pid: (cid, f"{g}{letter}") for pid, cid, g, letter in rows}


# --- courses ----------------------------------------------------------------------------------------------------

def create_course(db: Database, actor: Actor, *, kind: CourseKind | str, subject_id: int, teacher_id: int,
                  hours_per_week: float = 1.0, school_class_id: int | None = None, subgroup_id: int | None = None,
                  pupil_id: int | None = None, member_ids: Sequence[int] = (), has_marks: bool = True,
                  name: str = "", grading_system_id: int | None = None, academic_year_id: int | None = None,
                  on: dt.date | None = None) -> int:
    """A new course of the year; returns its id. See the module's notes for what each kind needs."""
    kind = CourseKind(kind)
    hours = checked_hours(hours_per_week)
    name = _name(name, kind)
    members = list(dict.fromkeys(member_ids))
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="новый курс")
        year = open_year(session, find_year(session, academic_year_id).id)
        day = day_in_year(year, on)
        if session.get(Subject, subject_id) is None:
            raise CourseError("Предмет: такого предмета нет.")
        working_teacher(session, teacher_id, day)
        if grading_system_id is None:
            grading_system_id = session.scalar(select(GradingSystem.id).where(GradingSystem.code == "five_point")) \
                or session.scalar(select(GradingSystem.id).order_by(GradingSystem.id).limit(1))
        elif session.get(GradingSystem, grading_system_id) is None:
            raise CourseError("Система оценивания: такой нет.")
        if school_class_id is not None:
            cls = session.get(SchoolClass, school_class_id)
            if cls is None or cls.academic_year_id != year.id:
                raise CourseError(f"Класс: такого класса нет в {year.label} учебном году.")

        if kind is CourseKind.lesson:
            if school_class_id is None:
                raise CourseError("Класс: у урока по учебному плану должен быть класс.")
            if members or pupil_id is not None:
                raise CourseError("У урока по учебному плану ученики — список класса (или группы); "
                                  "отдельный состав задаётся кружку, факультативу или ГПД.")
            if subgroup_id is not None:
                group = session.get(Subgroup, subgroup_id)
                if group is None or group.school_class_id != school_class_id or group.subject_id != subject_id:
                    raise CourseError("Группа: эта подгруппа относится к другому классу или предмету.")
            twin = session.scalar(select(Course.id).where(
                Course.academic_year_id == year.id, Course.kind == CourseKind.lesson,
                Course.school_class_id == school_class_id, Course.subject_id == subject_id,
                Course.subgroup_id.is_(None) if subgroup_id is None else Course.subgroup_id == subgroup_id))
            if twin is not None:
                raise CourseError("Такой курс уже есть в нагрузке: измените его (учителя, часы), а не создавайте "
                                  "второй.")
        elif kind is CourseKind.individual:
            if pupil_id is None:
                if len(members) != 1:
                    raise CourseError("Ученик: индивидуальное обучение — курс одного ученика; выберите одного.")
                pupil_id = members[0]
            members = []
            enrolled = session.scalar(select(Enrollment.school_class_id).join(
                SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                .where(Enrollment.pupil_id == pupil_id, SchoolClass.academic_year_id == year.id,
                       *_in_class_on(day)))
            if enrolled is None:
                raise CourseError(f"Ученик: {pupil_short(session, pupil_id)} не числится ни в одном классе "
                                  f"на {day:%d.%m.%Y}.")
            school_class_id, subgroup_id = enrolled, None
        else:  # elective, club, extended day
            if pupil_id is not None or subgroup_id is not None:
                raise CourseError(f"У курса вида «{KIND_LABELS[kind]}» нет подгруппы и отдельного ученика: "
                                  f"выберите участников.")
            if not members:
                raise CourseError(f"Участники: выберите учеников курса «{name}».")
            _check_members(session, year.id, day, members, school_class_id)
        course = Course(academic_year_id=year.id, kind=kind, subject_id=subject_id, school_class_id=school_class_id,
                        subgroup_id=subgroup_id, pupil_id=pupil_id, teacher_id=teacher_id,
                        grading_system_id=grading_system_id, hours_per_week=hours, has_marks=bool(has_marks),
                        name=name)
        session.add(course)
        session.flush()
        for pid in members:
            session.add(CourseMember(course_id=course.id, pupil_id=pid))
        audit.record(session, actor.account_id, "create", "course", course.id, new=course_payload(course, members))
        session.flush()
        return course.id


def _check_members(session: Session, year_id: int, day: dt.date, members: Sequence[int],
                   class_id: int | None) -> None:
    here = {p.pupil_id for p in pupils_on(session, year_id, day, class_id)}
    missing = [pid for pid in members if pid not in here]
    if missing:
        names = ", ".join(pupil_short(session, pid) for pid in missing[:5])
        where = f"в {_class_label(session, class_id)} классе" if class_id is not None else "ни в одном классе"
        raise CourseError(f"Участники: {names}{' и другие' if len(missing) > 5 else ''} не числятся {where} "
                          f"на {day:%d.%m.%Y}.")


def update_course(db: Database, actor: Actor, course_id: int, *, teacher_id: int | None = None,
                  hours_per_week: float | None = None, has_marks: bool | None = None, name: str | None = None,
                  member_ids: Sequence[int] | None = None, grading_system_id: int | None = None,
                  on: dt.date | None = None) -> CourseCard:
    """Change a course (only what is given): teacher, hours, marks or attendance only, name, members,
    grading system. Refused when it would hide or invalidate what the journal holds: marks off (or
    another grading system) while marks exist, a member taken out who has entries."""
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="нагрузка учителей")
        course = session.get(Course, course_id)
        if course is None:
            raise CourseError("Такого курса нет.")
        year = open_year(session, course.academic_year_id)
        day = day_in_year(year, on)
        old, new = {}, {}

        def change(key, value):
            if value != getattr(course, key):
                old[key], new[key] = getattr(course, key), value

        if teacher_id is not None:
            working_teacher(session, teacher_id, day)
            change("teacher_id", teacher_id)
        if hours_per_week is not None:
            change("hours_per_week", checked_hours(hours_per_week))
        if name is not None:
            change("name", _name(name, course.kind))
        marks = None
        if has_marks is not None and not has_marks and course.has_marks:
            marks = session.scalar(select(func.count()).select_from(Mark).join(Lesson, Lesson.id == Mark.lesson_id)
                                   .where(Lesson.course_id == course_id))
            if marks:
                raise CourseError(f"В журнале курса уже {marks} отметок: курс нельзя сделать «без отметок», "
                                  f"пока они есть.")
        if has_marks is not None:
            change("has_marks", bool(has_marks))
        if grading_system_id is not None and grading_system_id != course.grading_system_id:
            if session.get(GradingSystem, grading_system_id) is None:
                raise CourseError("Система оценивания: такой нет.")
            marks = session.scalar(select(func.count()).select_from(Mark).join(Lesson, Lesson.id == Mark.lesson_id)
                                   .where(Lesson.course_id == course_id))
            if marks:
                raise CourseError(f"В журнале курса уже {marks} отметок: систему оценивания не меняют, пока они "
                                  f"есть.")
            change("grading_system_id", grading_system_id)
        if member_ids is not None:
            if course.kind not in MEMBER_KINDS:
                raise CourseError(f"У курса вида «{KIND_LABELS[course.kind]}» нет отдельного состава участников.")
            wanted = list(dict.fromkeys(member_ids))
            if not wanted:
                raise CourseError("Участники: у курса должен остаться хотя бы один ученик.")
            current = set(session.scalars(select(CourseMember.pupil_id).where(CourseMember.course_id == course_id)))
            added = [p for p in wanted if p not in current]
            removed = sorted(current - set(wanted))
            if added:
                _check_members(session, year.id, day, added, course.school_class_id)
            entries = entries_of(session, course_id, removed)
            if entries:
                pid, counts = next(iter(entries.items()))
                raise CourseError(f"{pupil_short(session, pid)}: в журнале курса есть записи ученика "
                                  f"({entries_text(counts)}) — ученика нельзя исключить из курса, они пропали бы "
                                  f"со страницы журнала.")
            if added or removed:
                session.execute(delete(CourseMember).where(CourseMember.course_id == course_id,
                                                           CourseMember.pupil_id.in_(removed)))
                for pid in added:
                    session.add(CourseMember(course_id=course_id, pupil_id=pid))
                old["members_removed"], new["members_added"] = removed, sorted(added)
        for key, value in new.items():
            if hasattr(course, key):
                setattr(course, key, value)
        if new:
            audit.record(session, actor.account_id, "update", "course", course_id, old=old, new=new)
        session.flush()
        return _card(session, course_id)
