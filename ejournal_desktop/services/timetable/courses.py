"""Courses of the year (учебная нагрузка) beyond the plain class lesson, and subgroups.

Courses — `create_course`, `update_course`, `course_card`:

- ``lesson``: a class (or one subgroup of it) learning a subject; its pupils are the class list (the
  subgroup's members);
- ``elective`` (факультатив), ``club`` (кружок), ``extended_day`` (ГПД): own journals whose pupils are the
  course members, who may come from several classes (an elective tied to one class takes pupils of that
  class only); ``has_marks`` off makes an attendance-only journal (the grid then refuses marks,
  `journal.put_marks` → `entry_rules.course_has_no_marks`);
- ``individual`` (индивидуальное обучение): a course of one pupil of a class, with the pupil's class.

Subgroups — `subgroups`, `create_subgroups`, `move_pupils`: a class is split into groups for a subject;
each group has its own course (teacher, journal). A pupil of the class is in exactly one group of the
subject: a move takes the pupil out of the other group. The rule for moves (the journal is a document):
`SubgroupMember` has no dates, so a pupil who left a group would vanish from every page of that group's
journal, earlier periods too. A pupil is therefore moved only while the group being left holds nothing of
the pupil in the year — no marks, attendance or period marks; otherwise the move is refused with what is
there. (Moving a pupil mid-year with the history kept needs dated membership: valid_from/valid_to on
subgroup_member.) Splitting at the start of the year, before the first marks, is free.

Rights: `configure_grading` (the deputy: the year's set-up) for every call here. Every write is audited in
its one transaction.
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
    SubgroupMember,
    Subject,
    YearStatus,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError
from ..people.staff import KIND_LABELS

__all__ = [
    "Choice", "CourseCard", "CourseChoices", "CourseError", "GroupInfo", "KIND_LABELS", "MEMBER_KINDS",
    "PupilChoice", "SubgroupSplit", "SubjectOfClass",
    "choices", "class_subjects", "course_card", "create_course", "create_subgroups", "move_pupils",
    "pupils_of_school", "subgroups", "update_course",
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


# --- helpers --------------------------------------------------------------------------------------------------

def _year(session: Session, academic_year_id: int | None) -> AcademicYear:
    if academic_year_id is None:
        year = session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))
    else:
        year = session.get(AcademicYear, academic_year_id)
    if year is None:
        raise CourseError("В журнале нет учебного года.")
    return year


def _open_year(session: Session, year_id: int) -> AcademicYear:
    year = _year(session, year_id)
    if year.status is YearStatus.closed:
        raise CourseError(f"Учебный год {year.label} закрыт: нагрузку и группы закрытого года не меняют.")
    return year


def _day(year: AcademicYear, on: dt.date | None) -> dt.date:
    first, last = dt.date(year.start_year, 9, 1), dt.date(year.start_year + 1, 8, 31)
    return min(max(on or dt.date.today(), first), last)


def _in_class_on(on: dt.date):
    return [Enrollment.arrived_on <= on, or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on)]


def _class_label(session: Session, class_id: int | None) -> str:
    if class_id is None:
        return ""
    cls = session.get(SchoolClass, class_id)
    return cls.label if cls else ""


def _pupils_on(session: Session, year_id: int, on: dt.date, class_id: int | None = None) -> list[PupilChoice]:
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


def _teacher(session: Session, teacher_id: int, on: dt.date) -> Staff:
    staff = session.get(Staff, teacher_id)
    if staff is None:
        raise CourseError("Учитель: такого сотрудника нет в списке.")
    if staff.dismissed_on is not None and staff.dismissed_on <= on:
        raise CourseError(f"Учитель: {short_name(staff.surname, staff.name, staff.patronymic)} уволен(а) "
                          f"{staff.dismissed_on:%d.%m.%Y} — выберите другого учителя.")
    return staff


def _hours(value) -> float:
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


def _entries_of(session: Session, course_id: int, pupil_ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
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


def _entries_text(counts: tuple[int, int, int]) -> str:
    marks, attendance, period = counts
    parts = []
    if marks:
        parts.append(f"отметок: {marks}")
    if attendance:
        parts.append(f"пропусков и опозданий: {attendance}")
    if period:
        parts.append(f"отметок за период: {period}")
    return ", ".join(parts)


def _pupil_short(session: Session, pupil_id: int) -> str:
    p = session.get(Pupil, pupil_id)
    return short_name(p.surname, p.name, p.patronymic) if p else f"ученик {pupil_id}"


def _payload(course: Course, members: Sequence[int] = ()) -> dict:
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
        year = _year(session, academic_year_id)
        day = _day(year, on)
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
        year = _year(session, academic_year_id)
        return _pupils_on(session, year.id, _day(year, on))


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
    hours = _hours(hours_per_week)
    name = _name(name, kind)
    members = list(dict.fromkeys(member_ids))
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="новый курс")
        year = _open_year(session, _year(session, academic_year_id).id)
        day = _day(year, on)
        if session.get(Subject, subject_id) is None:
            raise CourseError("Предмет: такого предмета нет.")
        _teacher(session, teacher_id, day)
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
                raise CourseError(f"Ученик: {_pupil_short(session, pupil_id)} не числится ни в одном классе "
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
        audit.record(session, actor.account_id, "create", "course", course.id, new=_payload(course, members))
        session.flush()
        return course.id


def _check_members(session: Session, year_id: int, day: dt.date, members: Sequence[int],
                   class_id: int | None) -> None:
    here = {p.pupil_id for p in _pupils_on(session, year_id, day, class_id)}
    missing = [pid for pid in members if pid not in here]
    if missing:
        names = ", ".join(_pupil_short(session, pid) for pid in missing[:5])
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
        year = _open_year(session, course.academic_year_id)
        day = _day(year, on)
        old, new = {}, {}

        def change(key, value):
            if value != getattr(course, key):
                old[key], new[key] = getattr(course, key), value

        if teacher_id is not None:
            _teacher(session, teacher_id, day)
            change("teacher_id", teacher_id)
        if hours_per_week is not None:
            change("hours_per_week", _hours(hours_per_week))
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
            entries = _entries_of(session, course_id, removed)
            if entries:
                pid, counts = next(iter(entries.items()))
                raise CourseError(f"{_pupil_short(session, pid)}: в журнале курса есть записи ученика "
                                  f"({_entries_text(counts)}) — ученика нельзя исключить из курса, они пропали бы "
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
    year = _year(session, cls.academic_year_id)
    day = _day(year, on)
    pupils = _pupils_on(session, year.id, day, class_id)
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
        entries = _entries_of(session, course.id, ids) if course is not None else {}
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
        year = _open_year(session, cls.academic_year_id)
        day = _day(year, on)
        if session.get(Subject, subject_id) is None:
            raise CourseError("Такого предмета нет.")
        for t in teacher_ids:
            _teacher(session, t, day)
        template = session.scalar(select(Course).where(
            Course.school_class_id == class_id, Course.subject_id == subject_id, Course.kind == CourseKind.lesson)
            .order_by(Course.subgroup_id.is_not(None), Course.id).limit(1))
        hours = _hours(hours_per_week if hours_per_week is not None else (template.hours_per_week if template else 1))
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
            audit.record(session, actor.account_id, "create", "course", course.id, new=_payload(course))
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
        _open_year(session, cls.academic_year_id)
        split = _split(session, cls.id, target.subject_id, on)
        where: dict[int, GroupInfo | None] = {m.pupil_id: None for m in split.unassigned}
        for g in split.groups:
            for m in g.members:
                where[m.pupil_id] = g
        moved = []
        for pid in dict.fromkeys(pupil_ids):
            if pid not in where:
                raise CourseError(f"{_pupil_short(session, pid)} не числится в {cls.label} классе на "
                                  f"{split.on:%d.%m.%Y}: в группы класса распределяют только его учеников.")
            source = where[pid]
            if source is not None and source.subgroup_id == subgroup_id:
                continue
            if source is not None and source.course_id is not None:
                counts = _entries_of(session, source.course_id, [pid]).get(pid)
                if counts:
                    raise CourseError(
                        f"{_pupil_short(session, pid)} не переведён(а) из «{source.name}» в «{target.name}»: в "
                        f"журнале группы уже есть записи ученика в этом учебном году ({_entries_text(counts)}). "
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
