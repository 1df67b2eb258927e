"""Report kinds of journal control: mark accumulation and filling, programme completion, movement of pupils,
journal inspection.

- accumulation (regulation 3.5, 5.2; monthly and for the year): per course the share of pupils without
  marks and with one mark, lessons without a topic or homework, homework written late, marks put late;
- completion (2.6, 7.3): per course the hours due by the thematic plan (or hours per week × weeks) against
  the lessons given, with the lag;
- movement: a class's roll at the start and end of the dates, arrivals, departures and transfers with
  their orders;
- inspection (7.2–7.4): the certificate (справка) of the journal checks made on the dates.

The rules live in domain.journal_control and domain.metrics; this module reads, checks the right
(`build_reports`: the school for the administration, the own class for a class teacher, own courses for
a teacher) and lays the figures out as a printing.report.Report.

Dates: a report is for a month (ReportRequest.month), a period (its number in the class's structure:
quarters in grades 1–9, half-years in 10–11) or the year (the default); figures "to date" stop at
ReportRequest.today (default: today).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...domain import journal_control as rules
from ...domain.calendar import period_label
from ...domain.metrics import PupilResult, mark_accumulation
from ...domain.names import person_sort_key, short_name
from ...domain.rights import Action, permits
from ...domain.roles import Role
from ...printing.layout import month_label
from ...printing.report import BarChart, Column, Report, Table
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Account,
    AccountRole,
    AuditEntry,
    BellSchedule,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentEvent,
    Holiday,
    Lesson,
    Mark,
    Period,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
    ThematicPlanItem,
    WorkType,
)
from .. import journal
from ..access import guard
from ..access.actor import Actor
from ..errors import Cancelled, ServiceError
from ..journal import inspection
from .kind import ReportKind, ReportRequest, latest_year, school_name

__all__ = ["KINDS", "accumulation", "completion", "inspection_certificate", "movement"]

Progress = Callable[[int, int, str], None] | None
IsCancelled = Callable[[], bool] | None



class ReportError(ServiceError):
    pass


# --- what the report covers --------------------------------------------------------------------------

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


# --- whose courses -----------------------------------------------------------------------------------

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
            grade = journal._course_grade(session, journal._load_course(session, r.id))
        out.append(_CourseRow(r.id, r.school_class_id, f"{r.grade}{r.letter}" if r.grade is not None else "",
                              grade, subject, short_name(r.surname, r.t_name, r.patronymic), r.has_marks,
                              r.hours_per_week, r.kind))
    return out


# --- accumulation and filling --------------------------------------------------------------------------

_ACCUMULATION_KINDS = (CourseKind.lesson, CourseKind.elective, CourseKind.individual, CourseKind.club)


def _bells(session: Session) -> dict[int, dt.time]:
    """Lesson number → its end (the first shift; a number only a later shift has, from that shift)."""
    out: dict[int, dt.time] = {}
    for number, ends, _shift in session.execute(
            select(BellSchedule.lesson_number, BellSchedule.ends_at, BellSchedule.shift)
            .order_by(BellSchedule.shift.desc())):
        out[number] = ends
    return out


def accumulation(db: Database, actor: Actor, request: ReportRequest, *, progress: Progress = None,
                 cancelled: IsCancelled = None) -> Report:
    """Filling of the journal and accumulation of marks per course (regulation 3.5, 5.2)."""
    today = request.day
    with guard.unit(db, actor) as session:
        year = latest_year(session)
        cal = _Calendar(session, year, request)
        cal.check_month()
        class_id = _class_id(session, year, request.class_label)
        courses = _courses(session, actor, year, class_id, "отчёт о заполнении журнала и накопляемости отметок",
                           _ACCUMULATION_KINDS)
        spans: dict[int, _Span] = {}
        skipped: set[str] = set()
        for c in courses:
            span = cal.span(c.grade)
            if span is None:
                skipped.add(c.class_label or c.subject)
            elif span.start <= today:
                spans[c.id] = span
        if not spans:
            if courses and all(cal.span(c.grade) is not None for c in courses):
                raise ReportError("Выбранные даты ещё не наступили: отчёт строится по прошедшим дням.")
            raise ReportError("Нет страниц журнала для этого отчёта.")
        first = min(s.start for s in spans.values())
        last = max(s.to_date(today) for s in spans.values())
        ids = list(spans)

        lessons = session.execute(
            select(Lesson.id, Lesson.course_id, Lesson.date, Lesson.number, Lesson.topic, Lesson.homework)
            .where(Lesson.course_id.in_(ids), Lesson.date >= first, Lesson.date <= last)).all()
        lessons = [r for r in lessons if spans[r.course_id].start <= r.date <= spans[r.course_id].to_date(today)]
        lesson_ids = {r.id for r in lessons}
        # The class's last lesson of each day (for the homework deadline), over all its courses.
        class_of = {c.id: c.class_id for c in courses}
        last_number: dict[tuple, int] = {}
        for cls, day, number in session.execute(
                select(Course.school_class_id, Lesson.date, func.max(Lesson.number))
                .join(Course, Course.id == Lesson.course_id)
                .where(Course.school_class_id.in_({c for c in class_of.values() if c is not None}),
                       Lesson.date >= first, Lesson.date <= last)
                .group_by(Course.school_class_id, Lesson.date)):
            last_number[("class", cls, day)] = number
        bells = _bells(session)
        homework_at: dict[int, list[dt.datetime]] = defaultdict(list)
        for entity_id, at, new in session.execute(
                select(AuditEntry.entity_id, AuditEntry.at, AuditEntry.new).where(
                    AuditEntry.entity == "lesson", AuditEntry.entity_id.in_(
                        select(Lesson.id).where(Lesson.course_id.in_(ids), Lesson.date >= first,
                                                Lesson.date <= last)),
                    AuditEntry.new.like('%"homework"%'))):
            if entity_id in lesson_ids and (json.loads(new).get("homework") or "").strip():
                homework_at[entity_id].append(at.astimezone().replace(tzinfo=None))

        marks = session.execute(
            select(Mark.pupil_id, Mark.value, Mark.created_at, Lesson.id.label("lesson_id"), Lesson.course_id,
                   Lesson.date, WorkType.entry_days)
            .join(Lesson, Lesson.id == Mark.lesson_id).join(WorkType, WorkType.id == Mark.work_type_id)
            .where(Lesson.course_id.in_(ids), Lesson.date >= first, Lesson.date <= last)).all()
        marks_of: dict[int, list] = defaultdict(list)
        for m in marks:
            if m.lesson_id in lesson_ids:
                marks_of[m.course_id].append(m)
        lessons_of: dict[int, list] = defaultdict(list)
        for r in lessons:
            lessons_of[r.course_id].append(r)

        rows, by_class = [], defaultdict(lambda: [0, 0, 0])
        totals = [0, 0, 0, 0, 0, 0, 0, 0, 0]  # counted, none, one, lessons, no topic, no hw, hw late, marks, late
        reported = [c for c in courses if c.id in spans]
        for done, c in enumerate(reported):
            _step(progress, cancelled, done, len(reported), c.class_label or c.subject)
            span = spans[c.id]
            on = span.to_date(today)
            acc = None
            if c.has_marks:
                members = journal._stays(session, journal._load_course(session, c.id), on, on)
                values: dict[int, list[str]] = {pid: [] for pid in members}
                for m in marks_of[c.id]:
                    if m.pupil_id in values:
                        values[m.pupil_id].append(m.value)
                acc = mark_accumulation(PupilResult(tuple(v)) for v in values.values())
            course_lessons = lessons_of[c.id]
            no_topic = sum(1 for r in course_lessons if not r.topic.strip())
            no_homework = sum(1 for r in course_lessons if not r.homework.strip())
            late_homework = 0
            for r in course_lessons:
                if not r.homework.strip() or not homework_at.get(r.id):
                    continue
                key = ("class", c.class_id, r.date) if c.class_id is not None else None
                number = last_number.get(key, r.number) if key else r.number
                deadline = rules.homework_deadline(r.date, bells.get(max(number, r.number)))
                late_homework += rules.homework_late(homework_at[r.id], deadline)
            late_marks = sum(1 for m in marks_of[c.id]
                             if rules.mark_late(m.date, m.created_at.astimezone().date(), m.entry_days))
            mark_count = len(marks_of[c.id]) if c.has_marks else None
            rows.append((c.class_label, c.subject, c.teacher,
                         acc.counted if acc else None,
                         acc.no_marks_percent if acc else None, acc.one_mark_percent if acc else None,
                         len(course_lessons), no_topic, no_homework, late_homework,
                         mark_count, late_marks if c.has_marks else None))
            if acc:
                totals[0] += acc.counted
                totals[1] += acc.no_marks
                totals[2] += acc.one_mark
                if c.class_label:
                    by_class[c.class_label][0] += acc.counted
                    by_class[c.class_label][1] += acc.no_marks
                    by_class[c.class_label][2] += acc.one_mark
            for i, v in enumerate((len(course_lessons), no_topic, no_homework, late_homework,
                                   mark_count or 0, late_marks if c.has_marks else 0), start=3):
                totals[i] += v
        school = school_name(session)
        subtitle = _span_subtitle(list(spans.values()), request.class_label)

    def share(part: int, whole: int) -> float | None:
        return 100.0 * part / whole if whole else None

    columns = [Column("Класс", 0.6), Column("Предмет", 2.4), Column("Учитель", 1.7),
               Column("Учеников", 0.9, "int"), Column("Без отметок", 1.0, "percent"),
               Column("С одной отметкой", 1.0, "percent"), Column("Уроков", 0.8, "int"),
               Column("Без темы", 0.8, "int"), Column("Без д/з", 0.8, "int"),
               Column("Д/з внесено поздно", 1.0, "int"), Column("Отметок", 0.9, "int"),
               Column("Отметки позже срока", 1.0, "int")]
    table = Table("Заполнение журнала и накопляемость отметок по предметам", columns, rows,
                  totals=("Итого", "", "", None, share(totals[1], totals[0]), share(totals[2], totals[0]),
                          *totals[3:]))
    sections: list = [table]
    if len(by_class) > 1:
        labels = sorted(by_class, key=_class_order)
        class_rows = [(label, by_class[label][0], share(by_class[label][1], by_class[label][0]),
                       share(by_class[label][2], by_class[label][0])) for label in labels]
        sections.append(Table("Накопляемость по классам", [
            Column("Класс", 0.8), Column("Ученико-предметов", 1.4, "int"), Column("Без отметок", 1.2, "percent"),
            Column("С одной отметкой", 1.2, "percent")], class_rows, sheet="По классам"))
        sections.append(BarChart("Накопляемость по классам, %", labels, [
            ("Без отметок", [r[2] or 0.0 for r in class_rows]),
            ("С одной отметкой", [r[3] or 0.0 for r in class_rows])], unit="%"))
    notes = [
        f"Данные на {min(today, max(s.end for s in spans.values())):%d.%m.%Y}. Ученики — числящиеся в списке "
        f"класса (группы) на эту дату; «без отметок» и «с одной отметкой» — доля учеников по текущим отметкам "
        f"за период (п. 3.5 Положения).",
        "Д/з внесено поздно: домашнее задание записано или изменено позднее 2 часов после последнего урока "
        "класса в день урока (п. 4.2 Положения).",
        "Отметки позже срока: выставлены позже дня урока; отметки за письменные работы — позже срока проверки "
        "вида работы.",
        *_missing_period_note(request, skipped),
    ]
    return Report("Отчёт о заполнении электронного журнала и накопляемости отметок", school, subtitle,
                  sections, generated_on=today, notes=notes)


# --- programme completion ------------------------------------------------------------------------------

_COMPLETION_KINDS = (CourseKind.lesson, CourseKind.elective, CourseKind.individual)


def _fmt_hours(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def completion(db: Database, actor: Actor, request: ReportRequest, *, progress: Progress = None,
               cancelled: IsCancelled = None) -> Report:
    """Programme completion per course: hours due by the thematic plan (or hours per week × weeks) to date
    against the lessons given, with the lag (regulation 2.6, 7.3)."""
    today = request.day
    with guard.unit(db, actor) as session:
        year = latest_year(session)
        cal = _Calendar(session, year, request)
        cal.check_month()
        class_id = _class_id(session, year, request.class_label)
        courses = _courses(session, actor, year, class_id, "отчёт о выполнении программы", _COMPLETION_KINDS)
        if not courses:
            raise ReportError("Нет страниц журнала для этого отчёта.")
        plans = {cid: hours for cid, hours in session.execute(
            select(ThematicPlanItem.course_id, func.sum(ThematicPlanItem.hours))
            .where(ThematicPlanItem.course_id.in_([c.id for c in courses]))
            .group_by(ThematicPlanItem.course_id))}
        given: dict[int, int] = defaultdict(int)
        spans: dict[int, _Span] = {}
        skipped: set[str] = set()
        for c in courses:
            span = cal.span(c.grade)
            if span is None:
                skipped.add(c.class_label or c.subject)
            else:
                spans[c.id] = span
        if not spans:
            raise ReportError("Нет страниц журнала для этого отчёта.")
        first = min(s.start for s in spans.values())
        last = max(s.to_date(today) for s in spans.values())
        for course_id, day in session.execute(
                select(Lesson.course_id, Lesson.date).where(
                    Lesson.course_id.in_(list(spans)), Lesson.date >= first, Lesson.date <= last,
                    func.trim(Lesson.topic) != "")):
            span = spans[course_id]
            if span.start <= day <= span.to_date(today):
                given[course_id] += 1
        school = school_name(session)

    rows = []
    total_planned = total_to_date = total_given = total_lag = 0.0
    weeks_cache: dict[tuple, float] = {}

    def weeks(start: dt.date, end: dt.date, grade: int | None) -> float:
        key = (start, end, grade)
        if key not in weeks_cache:
            weeks_cache[key] = rules.teaching_weeks(start, end, cal.holidays_of(grade))
        return weeks_cache[key]

    reported = [c for c in courses if c.id in spans]
    for done, c in enumerate(reported):
        _step(progress, cancelled, done, len(reported), c.class_label or c.subject)
        span = spans[c.id]
        year_start, year_end = cal.year_bounds(c.grade)
        start, end = max(span.start, year_start), min(span.end, year_end)
        in_span = weeks(start, end, c.grade)
        to_date = weeks(start, min(end, today), c.grade) if today >= start else 0.0
        plan = plans.get(c.id)
        result = rules.programme_completion(
            given[c.id], in_span, to_date, hours_per_week=c.hours_per_week, plan_hours=plan,
            year_weeks=weeks(year_start, year_end, c.grade) if plan is not None else None)
        source = (f"КТП: {_fmt_hours(plan)} ч за год" if result.from_plan
                  else f"нет КТП: {_fmt_hours(c.hours_per_week)} ч/нед. × {_fmt_hours(to_date)} нед.")
        rows.append((c.class_label, c.subject, c.teacher, source, result.planned, result.planned_to_date,
                     result.given, result.lag, result.percent))
        total_planned += result.planned
        total_to_date += result.planned_to_date
        total_given += result.given
        total_lag += result.lag
    columns = [Column("Класс", 0.6), Column("Предмет", 2.3), Column("Учитель", 1.7), Column("План по", 2.3),
               Column("План за период, ч", 1.0, "float"), Column("План на дату, ч", 1.0, "float"),
               Column("Проведено, ч", 1.0, "int"), Column("Отставание, ч", 1.0, "float"),
               Column("Выполнено", 1.0, "percent")]
    table = Table("Выполнение программы по предметам", columns, rows,
                  totals=("Итого", "", "", "", round(total_planned, 1), round(total_to_date, 1), int(total_given),
                          round(total_lag, 1), 100.0 * total_given / total_to_date if total_to_date else None))
    behind = [r for r in rows if r[7] >= 1]
    notes = [
        f"Данные на {min(today, max(s.end for s in spans.values())):%d.%m.%Y}. Проведённым считается урок "
        f"с записанной темой; один урок — один час.",
        "План по КТП: часы календарно-тематического планирования за год, распределённые поровну по учебным "
        "неделям года; без КТП — часы в неделю по учебной нагрузке × прошедшие учебные недели. Учебная "
        "неделя — пять учебных дней без каникул.",
        f"Отстают от плана на час и более: {len(behind)} из {len(rows)} страниц журнала.",
        *_missing_period_note(request, skipped),
    ]
    return Report("Отчёт о выполнении образовательных программ", school,
                  _span_subtitle(list(spans.values()), request.class_label), [table], generated_on=today,
                  notes=notes)


# --- movement of pupils -------------------------------------------------------------------------------

_ARRIVAL_LABELS = {EnrollmentEvent.arrival: "прибытие", EnrollmentEvent.transfer: "перевод из другого класса",
                   EnrollmentEvent.promotion: "перевод в следующий класс",
                   EnrollmentEvent.conditional_promotion: "условный перевод",
                   EnrollmentEvent.repeat_year: "оставлен на повторное обучение"}
_DEPARTURE_LABELS = {EnrollmentEvent.departure: "выбытие", EnrollmentEvent.transfer: "перевод в другой класс",
                     EnrollmentEvent.promotion: "перевод в следующий класс",
                     EnrollmentEvent.conditional_promotion: "условный перевод",
                     EnrollmentEvent.repeat_year: "оставлен на повторное обучение",
                     EnrollmentEvent.graduation: "выпуск"}


def movement(db: Database, actor: Actor, request: ReportRequest, *, progress: Progress = None,
             cancelled: IsCancelled = None) -> Report:
    """Movement of pupils: the roll of each class at the start and the end of the dates, arrivals,
    departures and transfers between classes, with dates and order numbers."""
    today = request.day
    with guard.unit(db, actor) as session:
        year = latest_year(session)
        cal = _Calendar(session, year, request)
        cal.check_month()
        class_id = _class_id(session, year, request.class_label)
        own_class = class_id is not None and class_id in guard.own_class_ids(session, actor)
        if not (permits(actor.roles, Action.build_reports, own_class=own_class)
                or permits(actor.roles, Action.register_movement)):
            raise guard.Denied(Action.build_reports, "отчёт о движении учащихся"
                               + ("" if class_id is not None else " по всей школе"))
        classes = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter).where(
            SchoolClass.academic_year_id == year.id,
            *([SchoolClass.id == class_id] if class_id is not None else []))).all()
        classes.sort(key=lambda r: (r.grade, r.letter))
        label = {r.id: f"{r.grade}{r.letter}" for r in classes}
        stays = session.execute(
            select(Enrollment, Pupil.surname, Pupil.name, Pupil.patronymic)
            .join(Pupil, Pupil.id == Enrollment.pupil_id)
            .where(Enrollment.school_class_id.in_(list(label)))).all()
        school = school_name(session)

    by_class: dict[int, list] = defaultdict(list)
    for e, surname, name, patronymic in stays:
        by_class[e.school_class_id].append((e, surname, name, patronymic))
    summary, arrivals, departures, transfers = [], [], [], []
    spans, skipped = [], set()
    totals = [0, 0, 0, 0, 0, 0]
    for done, cls in enumerate(classes):
        _step(progress, cancelled, done, len(classes), label[cls.id])
        span = cal.span(cls.grade)
        if span is None:
            skipped.add(label[cls.id])
            continue
        spans.append(span)
        year_start = cal.year_bounds(cls.grade)[0]
        if span.start > today:
            raise ReportError(f"Выбранные даты ({span.label}, {span.dates}) ещё не наступили: движение "
                              f"учащихся показывается за прошедшие дни.")
        end = span.to_date(today)
        rows = by_class.get(cls.id, [])
        counts = rules.movement_counts((rules.Stay(e.arrived_on, e.departed_on) for e, *_ in rows),
                                       span.start, end, year_start)
        arrived_by_transfer = departed_by_transfer = 0
        for e, surname, name, patronymic in rows:
            stay = rules.Stay(e.arrived_on, e.departed_on)
            pupil = (person_sort_key(surname, name, patronymic), short_name(surname, name, patronymic))
            arrives, departs = rules.stay_moves(stay, span.start, end, year_start)
            if arrives:
                if e.arrival_event is EnrollmentEvent.transfer:
                    arrived_by_transfer += 1
                    transfers.append(["in", e.pupil_id, e.arrived_on, pupil, e.arrived_from, label[cls.id],
                                      e.arrival_order_number])
                else:
                    arrivals.append((e.arrived_on, pupil, label[cls.id], e.arrived_from,
                                     _ARRIVAL_LABELS.get(e.arrival_event, ""), e.arrival_order_number))
            if departs:
                if e.departure_event is EnrollmentEvent.transfer:
                    departed_by_transfer += 1
                    transfers.append(["out", e.pupil_id, e.departed_on, pupil, label[cls.id], e.departed_to,
                                      e.departure_order_number])
                else:
                    departures.append((e.departed_on, pupil, label[cls.id], e.departed_to,
                                       _DEPARTURE_LABELS.get(e.departure_event, "") if e.departure_event else "",
                                       e.departure_order_number))
        row = (label[cls.id], counts.at_start, counts.arrived, arrived_by_transfer, counts.departed,
               departed_by_transfer, counts.at_end)
        summary.append(row)
        for i, v in enumerate(row[1:]):
            totals[i] += v
    if not summary:
        raise ReportError("Нет классов для этого отчёта.")

    # A transfer inside the school is one line: the departure from one class and the arrival in another.
    merged = []
    ins = {(t[1], t[2]): t for t in transfers if t[0] == "in"}
    used = set()
    for t in transfers:
        if t[0] != "out":
            continue
        partner = ins.get((t[1], t[2]))
        if partner is not None:
            used.add(id(partner))
            merged.append((t[2], t[3], t[4], partner[5], t[6] or partner[6]))
        else:
            merged.append((t[2], t[3], t[4], _class_of_text(t[5]), t[6]))
    for t in transfers:
        if t[0] == "in" and id(t) not in used:
            merged.append((t[2], t[3], _class_of_text(t[4]), t[5], t[6]))

    def numbered(items):
        items = sorted(items, key=lambda x: (x[0], x[1][0]))
        return [(i, f"{x[0]:%d.%m.%Y}", x[1][1], *x[2:]) for i, x in enumerate(items, start=1)]

    sections = [
        Table("Численность и движение по классам", [
            Column("Класс", 0.8), Column("На начало", 1.0, "int"), Column("Прибыло", 1.0, "int"),
            Column("в т. ч. из других классов", 1.4, "int"), Column("Выбыло", 1.0, "int"),
            Column("в т. ч. в другие классы", 1.4, "int"), Column("На конец", 1.0, "int")],
            summary, totals=("Итого", *totals)),
        Table("Прибыли", [Column("№", 0.4, "int"), Column("Дата", 0.9), Column("Ученик", 2.0),
                          Column("Класс", 0.6), Column("Откуда", 2.4), Column("Основание", 1.4),
                          Column("Приказ №", 0.9)], numbered(arrivals), sheet="Прибыли"),
        Table("Выбыли", [Column("№", 0.4, "int"), Column("Дата", 0.9), Column("Ученик", 2.0),
                         Column("Класс", 0.6), Column("Куда", 2.4), Column("Основание", 1.4),
                         Column("Приказ №", 0.9)], numbered(departures), sheet="Выбыли"),
        Table("Переводы внутри школы", [Column("№", 0.4, "int"), Column("Дата", 0.9), Column("Ученик", 2.0),
                                        Column("Из класса", 0.9), Column("В класс", 0.9),
                                        Column("Приказ №", 0.9)], numbered(merged), sheet="Переводы"),
    ]
    school_wide = class_id is None
    last_day = min(today, max(s.end for s in spans))
    notes = [
        f"На начало — числились в классе в первый день выбранных дат, на конец — на {last_day:%d.%m.%Y}. "
        "Дата выбытия — первый день, когда ученик уже не числится в классе.",
        *(["В итоговой строке переводы внутри школы входят и в «прибыло», и в «выбыло»: численность школы "
           "они не меняют."] if school_wide and merged else []),
        *_missing_period_note(request, skipped),
    ]
    return Report("Отчёт о движении учащихся", school, _span_subtitle(spans, request.class_label), sections,
                  generated_on=today, notes=notes)


def _class_of_text(text: str) -> str:
    """«5Б класс» → «5Б» (the free text of arrived_from / departed_to)."""
    return text.removesuffix(" класс").strip()


# --- the inspection certificate -------------------------------------------------------------------------

def _deputy_name(session: Session, actor: Actor) -> str:
    staff_id = actor.staff_id if actor.has(Role.deputy) else session.scalar(
        select(Account.staff_id).join(AccountRole, AccountRole.account_id == Account.id)
        .where(AccountRole.role == Role.deputy.value, Account.staff_id.is_not(None), Account.disabled.is_(False))
        .order_by(Account.id).limit(1))
    if staff_id is None:
        return ""
    person = session.get(Staff, staff_id)
    return short_name(person.surname, person.name, person.patronymic) if person else ""


def inspection_certificate(db: Database, actor: Actor, request: ReportRequest, *, progress: Progress = None,
                           cancelled: IsCancelled = None) -> Report:
    """The certificate of journal inspection (справка о проверке журналов, regulation 7.4): the journals
    checked on the dates, the remarks and whether each was fixed, with the deputy's signature line."""
    today = request.day
    with guard.unit(db, actor) as session:
        year = latest_year(session)
        cal = _Calendar(session, year, request)
        cal.check_month()
        class_id = _class_id(session, year, request.class_label)
        grade = session.scalar(select(SchoolClass.grade).where(SchoolClass.id == class_id)) if class_id else None
        scope = None
        if request.course_id is not None:
            if session.get(Course, request.course_id) is None:
                raise ReportError("Такой страницы журнала нет.")
            own, own_class = guard.course_relation(session, actor, request.course_id)
            guard.require(actor, Action.build_reports, own=own, own_class=own_class, detail="справка о проверке журнала")
        else:
            scope = _course_scope(session, actor, class_id, "справка о проверке журналов")
        span = cal.span(grade)
        if span is None:
            raise ReportError(f"Нет {request.period}-го учебного периода.")
        _step(progress, cancelled, 0, 2, "проверки")
        found = inspection.checks(session, span.start, span.end)
        stmt = select(Course.id).where(Course.id.in_({c.course_id for c in found}))
        if request.course_id is not None:
            stmt = stmt.where(Course.id == request.course_id)
        if class_id is not None:
            stmt = stmt.where(Course.school_class_id == class_id)
        if scope is not None:
            stmt = stmt.where(scope)
        allowed = set(session.scalars(stmt))
        found = [c for c in found if c.course_id in allowed]
        remark_infos = inspection.remarks_on(session, allowed, span.start, span.end)
        titles = inspection._titles(session, allowed)
        deputy = _deputy_name(session, actor)
        school = school_name(session)
    _step(progress, cancelled, 1, 2, "справка")

    by_check: dict[tuple[int, dt.date], list] = defaultdict(list)
    for r in remark_infos:
        by_check[(r.course_id, r.inspected_on)].append(r)
    order = sorted(found, key=lambda c: (c.inspected_on, _class_order(titles[c.course_id][0].split(",")[0]),
                                         titles[c.course_id][0]))
    checked_rows = []
    for i, c in enumerate(order, start=1):
        title, teacher = titles[c.course_id]
        items = by_check.get((c.course_id, c.inspected_on), [])
        fixed = sum(1 for r in items if r.fixed)
        checked_rows.append((i, f"{c.inspected_on:%d.%m.%Y}", title, teacher, len(items), fixed, len(items) - fixed))
    remark_rows = []
    for i, r in enumerate(sorted(remark_infos, key=lambda r: (r.inspected_on, r.course_title, r.id)), start=1):
        if r.fixed:
            state = f"исправлено {r.fixed_at.astimezone():%d.%m.%Y}"
        elif r.overdue(today):
            state = "не исправлено, срок истёк"
        else:
            state = "не исправлено"
        remark_rows.append((i, f"{r.inspected_on:%d.%m.%Y}", r.course_title, r.teacher, r.text,
                            f"{r.due_on:%d.%m.%Y}" if r.due_on else "", state))
    total = len(remark_rows)
    fixed_total = sum(1 for r in remark_infos if r.fixed)
    sections = [
        Table("Проверенные журналы", [Column("№", 0.4, "int"), Column("Дата проверки", 1.0),
                                      Column("Класс, предмет", 2.4), Column("Учитель", 1.6),
                                      Column("Замечаний", 0.9, "int"), Column("Исправлено", 0.9, "int"),
                                      Column("Не исправлено", 1.0, "int")],
              checked_rows, totals=("", "Итого", "", "", total, fixed_total, total - fixed_total)),
        Table("Замечания", [Column("№", 0.35, "int"), Column("Дата проверки", 1.3), Column("Класс, предмет", 1.7),
                            Column("Учитель", 1.5), Column("Замечание", 3.6), Column("Срок", 1.3),
                            Column("Отметка об исправлении", 1.7)], remark_rows, sheet="Замечания"),
    ]
    summary = (f"Проверено журналов: {len(checked_rows)}; замечаний: {total}, из них исправлено: {fixed_total}, "
               f"не исправлено: {total - fixed_total}." if checked_rows
               else "В эти даты проверки журналов не записаны.")
    notes = [
        "Цель проверки: своевременность и правильность заполнения электронного журнала, накопляемость и "
        "объективность отметок, выполнение программы (п. 7.2–7.3 Положения об электронном журнале).",
        summary,
        "Замечания доведены до сведения учителей и классных руководителей (п. 7.4 Положения).",
        "",
        f"Заместитель директора по УР  ________________  / {deputy or '________________'} /",
        f"Дата: {today:%d.%m.%Y}",
    ]
    return Report("Справка по итогам проверки электронного журнала", school,
                  f"{span.label} ({span.dates})" + (f" · {request.class_label} класс" if request.class_label else ""),
                  sections, generated_on=today, landscape=False, notes=notes)


KINDS: list[ReportKind] = [
    ReportKind("accumulation", "Заполнение журнала и накопляемость отметок", frozenset(),
               frozenset({"class", "period", "month"}), accumulation),
    ReportKind("completion", "Выполнение программы", frozenset(), frozenset({"class", "period", "month"}),
               completion),
    ReportKind("movement", "Движение учащихся", frozenset(), frozenset({"class", "period", "month"}), movement),
    ReportKind("inspection", "Справка о проверке журналов", frozenset(),
               frozenset({"class", "period", "month", "course"}), inspection_certificate),
]
