"""What a journal-control report covers: its dates (a month, a period, the year to date) per class,
the courses the actor may see, and the steps the control reports share."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.calendar import period_label
from ...domain.names import short_name
from ...domain.rights import Action, permits
from ...printing.layout import month_label
from ...storage.models import (
    AcademicYear,
    Course,
    CourseKind,
    Holiday,
    Period,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
)
from ..access import guard
from ..access.actor import Actor
from ..errors import Cancelled, ServiceError
from ..journal import course as journal_course
from .kind import ReportRequest

Progress = Callable[[int, int, str], None] | None


IsCancelled = Callable[[], bool] | None


class ReportError(ServiceError):
    pass


@dataclass(frozen=True)
class _Span:
    start: dt.date
    end: dt.date
    label: str             # «ноябрь 2026», «2-я четверть», «2026/2027 учебный год»

    def to_date(self, today: dt.date) -> dt.date:
        return min(self.end, today)

    @property
    def dates(self) -> str:
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"


class _Calendar:
    """The year's periods and holidays by grade; the span a request means for a grade."""

    def __init__(self, session: Session, year: AcademicYear, request: ReportRequest):
        self.year, self.request = year, request
        self.periods = list(session.scalars(select(Period).where(Period.academic_year_id == year.id)
                                            .order_by(Period.grade_from, Period.start)))
        self.holidays = list(session.execute(select(Holiday.start, Holiday.end, Holiday.grade_from, Holiday.grade_to)
                                             .where(Holiday.academic_year_id == year.id)))
        if not self.periods:
            raise ReportError(f"Для учебного года {year.label} не заданы учебные периоды.")
        self._cache: dict[int | None, _Span | None] = {}

    def periods_of(self, grade: int | None) -> list[Period]:
        if grade is None:
            first = self.periods[0].grade_from
            return [p for p in self.periods if p.grade_from == first]
        return sorted((p for p in self.periods if p.grade_from <= grade <= p.grade_to), key=lambda p: p.start)

    def year_bounds(self, grade: int | None) -> tuple[dt.date, dt.date]:
        periods = self.periods_of(grade)
        return periods[0].start, periods[-1].end

    def holidays_of(self, grade: int | None) -> list[tuple[dt.date, dt.date]]:
        return [(h.start, h.end) for h in self.holidays
                if grade is None or h.grade_from <= grade <= h.grade_to]

    def span(self, grade: int | None) -> _Span | None:
        """The dates of the request for a grade (None: the grade has no such period)."""
        if grade not in self._cache:
            self._cache[grade] = self._span(grade)
        return self._cache[grade]

    def _span(self, grade: int | None) -> _Span | None:
        request = self.request
        periods = self.periods_of(grade)
        if not periods:
            return None
        if request.month is not None:
            y, m = request.month
            first, last = dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
            return _Span(first, last, month_label(y, m))
        if request.period in (None, "year"):
            return _Span(periods[0].start, periods[-1].end, f"{self.year.label} учебный год")
        chosen = next((p for p in periods if p.number == request.period), None)
        if chosen is None:
            return None
        return _Span(chosen.start, chosen.end, period_label(chosen.kind, chosen.number))

    def check_month(self) -> None:
        if self.request.month is not None:
            y, m = self.request.month
            if not 1 <= m <= 12:
                raise ReportError(f"Месяц {m} вне 1…12.")
            start, end = self.year_bounds(None)
            if dt.date(y, m, calendar.monthrange(y, m)[1]) < dt.date(start.year, start.month, 1) or \
                    dt.date(y, m, 1) > end:
                raise ReportError(f"{month_label(y, m, capital=True)} не относится к учебному году "
                                  f"{self.year.label}.")


def _class_id(session: Session, year: AcademicYear, label: str | None) -> int | None:
    if label is None:
        return None
    text = label.replace(" ", "").upper()
    digits = "".join(ch for ch in text if ch.isdigit())
    found = session.scalar(select(SchoolClass.id).where(
        SchoolClass.academic_year_id == year.id, SchoolClass.grade == int(digits),
        SchoolClass.letter == text[len(digits):])) if digits else None
    if found is None:
        raise ReportError(f"Класса «{label}» в учебном году {year.label} нет.")
    return found


def _span_subtitle(spans: list[_Span], class_label: str | None) -> str:
    who = f"{class_label} класс" if class_label else "вся школа"
    distinct = sorted({(s.label, s.start, s.end) for s in spans}, key=lambda x: x[1])
    if not distinct:
        return who
    parts = [f"{label} ({start:%d.%m.%Y}–{end:%d.%m.%Y})" for label, start, end in distinct]
    return f"{who} · {'; '.join(parts)}"


def _step(progress: Progress, cancelled: IsCancelled, done: int, total: int, text: str) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("Построение отчёта отменено.")
    if progress is not None:
        progress(done, total, text)


def _missing_period_note(request: ReportRequest, skipped: set[str]) -> list[str]:
    if not skipped or not isinstance(request.period, int):
        return []
    return [f"У классов {', '.join(sorted(skipped, key=_class_order))} нет {request.period}-го учебного периода: "
            f"они не вошли в отчёт."]


def _class_order(label: str) -> tuple:
    digits = "".join(ch for ch in label if ch.isdigit())
    return (int(digits or 99), label[len(digits):])


def _course_scope(session: Session, actor: Actor, class_id: int | None, what: str):
    """A condition on Course for the courses the actor may report on (None: no restriction beyond the
    class); refuses when there are none."""
    if permits(actor.roles, Action.build_reports):
        return None
    conditions = []
    own_classes = guard.own_class_ids(session, actor)
    if permits(actor.roles, Action.build_reports, own_class=True) and own_classes:
        if class_id is None or class_id in own_classes:
            conditions.append(Course.school_class_id.in_(own_classes))
    if actor.staff_id is not None and permits(actor.roles, Action.build_reports, own=True):
        conditions.append(Course.teacher_id == actor.staff_id)
    if not conditions:
        raise guard.Denied(Action.build_reports, what)
    return or_(*conditions)


@dataclass(frozen=True)
class _CourseRow:
    id: int
    class_id: int | None
    class_label: str
    grade: int | None
    subject: str
    teacher: str
    has_marks: bool
    hours_per_week: float
    kind: CourseKind


def _courses(session: Session, actor: Actor, year: AcademicYear, class_id: int | None, what: str,
             kinds: tuple[CourseKind, ...]) -> list[_CourseRow]:
    scope = _course_scope(session, actor, class_id, what)
    stmt = (select(Course.id, Course.school_class_id, Course.name, Course.has_marks, Course.hours_per_week,
                   Course.kind, SchoolClass.grade, SchoolClass.letter, Subject.name.label("subject"),
                   Subject.sort_order, Subgroup.name.label("subgroup"), Staff.surname, Staff.name.label("t_name"),
                   Staff.patronymic)
            .join(Subject, Subject.id == Course.subject_id).join(Staff, Staff.id == Course.teacher_id)
            .outerjoin(SchoolClass, SchoolClass.id == Course.school_class_id)
            .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
            .where(Course.academic_year_id == year.id, Course.kind.in_(kinds)))
    if class_id is not None:
        stmt = stmt.where(Course.school_class_id == class_id)
    if scope is not None:
        stmt = stmt.where(scope)
    rows = session.execute(stmt).all()
    rows.sort(key=lambda r: (r.grade or 99, r.letter or "", r.sort_order, r.name, r.subgroup or "", r.id))
    out = []
    for r in rows:
        subject = r.name or r.subject
        if r.subgroup:
            subject += f" ({r.subgroup})"
        grade = r.grade
        if grade is None:  # a club of several classes: the grade of its youngest pupils
            grade = journal_course._course_grade(session, journal_course._load_course(session, r.id))
        out.append(_CourseRow(r.id, r.school_class_id, f"{r.grade}{r.letter}" if r.grade is not None else "",
                              grade, subject, short_name(r.surname, r.t_name, r.patronymic), r.has_marks,
                              r.hours_per_week, r.kind))
    return out
