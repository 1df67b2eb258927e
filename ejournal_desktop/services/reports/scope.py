"""What a report of results may cover for the acting user (ReportScope: the classes, periods and
courses of the year the actor may see) and the small readers the results reports share."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from ...domain.calendar import period_noun
from ...domain.grading import FIVE_POINT, PASS_FAIL
from ...domain.names import name_sort_key, short_name
from ...domain.rights import Action
from ...storage.models import (
    AcademicYear,
    Course,
    CourseKind,
    Enrollment,
    Period,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
)
from ...storage.models import (
    GradingSystem as GradingSystemRow,
)
from ..access import guard
from ..access.actor import Actor
from ..errors import Cancelled, ServiceError
from .kind import latest_year, school_name

ProgressFn = Callable[[int, int, str], None] | None


CancelledFn = Callable[[], bool] | None


_SYSTEMS = {FIVE_POINT.code: FIVE_POINT, PASS_FAIL.code: PASS_FAIL}


_SHORT = {"quarter": "четв.", "trimester": "трим.", "half_year": "полуг."}


_MONTHS_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")


_FIVE_POINT_CODES = ("5", "4", "3", "2", "1")


@dataclass(frozen=True)
class _Class:
    id: int
    grade: int
    letter: str
    class_teacher_id: int | None

    @property
    def label(self) -> str:
        return f"{self.grade}{self.letter}"


@dataclass(frozen=True)
class _Period:
    id: int
    kind: str
    number: int
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        return f"{self.number} {period_noun(self.kind)}"


@dataclass(frozen=True)
class ReportScope:
    """The classes a report covers and, for a teacher without a class right, the only teacher whose
    courses it reads."""

    school_name: str
    year_id: int
    year_label: str
    classes: tuple[_Class, ...]
    whole_school: bool
    only_teacher: int | None = None

    @property
    def label(self) -> str:
        if self.whole_school:
            return "вся школа"
        return f"{self.classes[0].label} класс"


def _check(cancelled: CancelledFn, label: str) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(f"Построение отчёта «{label}» отменено.")


def _step(progress: ProgressFn, done: int, total: int, text: str) -> None:
    if progress is not None:
        progress(done, total, text)


def _find_class(session, year: AcademicYear, label: str) -> _Class:
    text = label.replace(" ", "").upper()
    digits = "".join(ch for ch in text if ch.isdigit())
    row = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter, SchoolClass.class_teacher_id)
                          .where(SchoolClass.academic_year_id == year.id, SchoolClass.grade == int(digits or 0),
                                 func.upper(SchoolClass.letter) == text[len(digits):])).first() if digits else None
    if row is None:
        raise ServiceError(f"Класса «{label}» в {year.label} учебном году нет.")
    return _Class(*row)


def report_scope(session, actor: Actor, class_label: str | None, what: str) -> ReportScope:
    """The classes of the report and the actor's right to them (Denied otherwise); `what` names the report
    in a refusal («отчёт об успеваемости»)."""
    year = latest_year(session)
    school = school_name(session)
    if class_label is None:
        guard.require(actor, Action.build_reports, detail=f"{what} по всей школе")
        rows = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter,
                                      SchoolClass.class_teacher_id)
                               .where(SchoolClass.academic_year_id == year.id)).all()
        classes = sorted((_Class(*r) for r in rows), key=lambda c: (c.grade, name_sort_key(c.letter)))
        return ReportScope(school, year.id, year.label, tuple(classes), True)
    cls = _find_class(session, year, class_label)
    own_class = cls.id in guard.own_class_ids(session, actor)
    if guard.permits_action(actor, Action.build_reports, own_class=own_class):
        return ReportScope(school, year.id, year.label, (cls,), False)
    teaches = actor.staff_id is not None and session.scalar(select(func.count()).select_from(Course).where(
        Course.school_class_id == cls.id, Course.teacher_id == actor.staff_id)) > 0
    if teaches and guard.permits_action(actor, Action.build_reports, own=True):
        return ReportScope(school, year.id, year.label, (cls,), False, only_teacher=actor.staff_id)
    guard.require(actor, Action.build_reports, own_class=own_class, detail=f"{what}, {cls.label} класс")
    raise AssertionError("unreachable")  # pragma: no cover - require raised


def _periods_by_grade(session, year_id: int) -> dict[int, list[_Period]]:
    rows = session.execute(select(Period.id, Period.kind, Period.number, Period.start, Period.end,
                                  Period.grade_from, Period.grade_to)
                           .where(Period.academic_year_id == year_id).order_by(Period.start)).all()
    out: dict[int, list[_Period]] = {}
    for grade in range(1, 12):
        out[grade] = [_Period(r.id, r.kind.value, r.number, r.start, r.end) for r in rows
                      if r.grade_from <= grade <= r.grade_to]
    return out


def _default_period(periods: list[_Period], today: dt.date) -> _Period:
    """The last period ended by today; before the first one ends, the current (or first) one."""
    ended = [p for p in periods if p.end <= today]
    if ended:
        return ended[-1]
    return next((p for p in periods if p.start <= today <= p.end), periods[0])


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _join_labels(labels: Iterable[str]) -> str:
    seen: list[str] = []
    for label in labels:
        if label not in seen:
            seen.append(label)
    return " / ".join(seen)


def _stays(session, class_ids: list[int]) -> dict[int, list]:
    rows = session.connection().execute(
        select(Enrollment.pupil_id, Enrollment.school_class_id, Enrollment.arrived_on, Enrollment.departed_on)
        .where(Enrollment.school_class_id.in_(class_ids))).all()
    out: dict[int, list] = defaultdict(list)
    for r in rows:
        out[r.school_class_id].append(r)
    return out


def _on_roll(stay, day: dt.date) -> bool:
    """departed_on is the first day out of the class (as the journal reads it)."""
    return stay.arrived_on <= day and (stay.departed_on is None or stay.departed_on > day)


def _overlaps(stay, start: dt.date, end: dt.date) -> bool:
    return stay.arrived_on <= end and (stay.departed_on is None or stay.departed_on > start)


def _names(session, pupil_ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    ids = list(set(pupil_ids))
    if not ids:
        return {}
    return {r.id: (r.surname, r.name, r.patronymic or "") for r in session.connection().execute(
        select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic).where(Pupil.id.in_(ids)))}


def _staff_names(session) -> dict[int, str]:
    return {r.id: short_name(r.surname, r.name, r.patronymic) for r in session.connection().execute(
        select(Staff.id, Staff.surname, Staff.name, Staff.patronymic))}


def _class_courses(session, scope: ReportScope, with_marks: bool):
    """The class courses (kind lesson) of the scope's classes: id, class, subject, teacher, subgroup, system."""
    class_ids = [c.id for c in scope.classes]
    query = (select(Course.id, Course.school_class_id, Course.subject_id, Course.name, Course.teacher_id,
                    Course.subgroup_id, Subject.name.label("subject"), Subject.sort_order,
                    Subgroup.name.label("subgroup"), GradingSystemRow.code.label("system"))
             .join(Subject, Subject.id == Course.subject_id)
             .join(GradingSystemRow, GradingSystemRow.id == Course.grading_system_id)
             .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
             .where(Course.school_class_id.in_(class_ids), Course.kind == CourseKind.lesson))
    if with_marks:
        query = query.where(Course.has_marks.is_(True))
    if scope.only_teacher is not None:
        query = query.where(Course.teacher_id == scope.only_teacher)
    return session.connection().execute(query).all()


def _members(session, subgroup_ids: Iterable[int]) -> dict[int, set[int]]:
    ids = [s for s in set(subgroup_ids) if s is not None]
    out: dict[int, set[int]] = defaultdict(set)
    if ids:
        for r in session.connection().execute(select(SubgroupMember.subgroup_id, SubgroupMember.pupil_id)
                                              .where(SubgroupMember.subgroup_id.in_(ids))):
            out[r.subgroup_id].add(r.pupil_id)
    return out


def _course_label(course) -> str:
    name = course.name or course.subject
    return f"{name} ({course.subgroup})" if course.subgroup else name
