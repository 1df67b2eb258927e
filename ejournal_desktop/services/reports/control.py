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

import datetime as dt
import json
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import entry_rules
from ...domain import journal_control as rules
from ...domain.metrics import PupilResult, mark_accumulation
from ...printing.report import BarChart, Column, Report, Table
from ...storage.database import Database
from ...storage.models import (
    AuditEntry,
    BellSchedule,
    Course,
    CourseKind,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    PeriodMarkKind,
    ThematicPlanItem,
    WorkType,
)
from ..access import guard, settings
from ..access.actor import Actor
from ..journal import course as journal_course
from .certificate import inspection_certificate  # noqa: F401 (re-exported)
from .control_span import (  # noqa: F401 (re-exported)
    IsCancelled,
    Progress,
    ReportError,
    _Calendar,
    _class_id,
    _class_order,
    _courses,
    _missing_period_note,
    _Span,
    _span_subtitle,
    _step,
)
from .kind import ReportKind, ReportRequest, latest_year, school_name
from .movement_report import movement  # noqa: F401 (re-exported)

__all__ = ["KINDS", "accumulation", "completion", "inspection_certificate", "movement"]






# --- what the report covers --------------------------------------------------------------------------















# --- whose courses -----------------------------------------------------------------------------------







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


def _late_period_marks(session: Session, spans: dict, today: dt.date) -> dict[int, int]:
    """Per course: its period marks (of periods ending within the report's dates) entered after the
    period-mark window (entry_rules.period_mark_late: by the deputy, or before the rule was set)."""
    late_days = entry_rules.period_mark_days(settings.get(session, "period_mark_window_days"),
                                             settings.get(session, "entry_window_days"))
    if late_days is None:
        return {}
    rows = session.execute(
        select(PeriodMark.course_id, PeriodMark.created_at, Period.start, Period.end)
        .join(Period, Period.id == PeriodMark.period_id)
        .where(PeriodMark.course_id.in_(list(spans)), PeriodMark.kind == PeriodMarkKind.period)).all()
    last_lesson: dict[tuple, dt.date] = {}
    out: dict[int, int] = defaultdict(int)
    for course_id, created_at, start, end in rows:
        span = spans[course_id]
        if not span.start <= end <= span.to_date(today):
            continue
        if (course_id, start) not in last_lesson:
            last_lesson[course_id, start] = session.scalar(select(func.max(Lesson.date)).where(
                Lesson.course_id == course_id, Lesson.date >= start, Lesson.date <= end)) or end
        if entry_rules.period_mark_late(last_lesson[course_id, start], created_at.astimezone().date(), late_days):
            out[course_id] += 1
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

        late_period = _late_period_marks(session, spans, today)
        rows, by_class = [], defaultdict(lambda: [0, 0, 0])
        # counted, none, one, lessons, no topic, no hw, hw late, marks, late, late period marks
        totals = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        reported = [c for c in courses if c.id in spans]
        for done, c in enumerate(reported):
            _step(progress, cancelled, done, len(reported), c.class_label or c.subject)
            span = spans[c.id]
            on = span.to_date(today)
            acc = None
            if c.has_marks:
                members = journal_course._stays(session, journal_course._load_course(session, c.id), on, on)
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
                         mark_count, late_marks if c.has_marks else None,
                         late_period.get(c.id, 0) if c.has_marks else None))
            if acc:
                totals[0] += acc.counted
                totals[1] += acc.no_marks
                totals[2] += acc.one_mark
                if c.class_label:
                    by_class[c.class_label][0] += acc.counted
                    by_class[c.class_label][1] += acc.no_marks
                    by_class[c.class_label][2] += acc.one_mark
            for i, v in enumerate((len(course_lessons), no_topic, no_homework, late_homework,
                                   mark_count or 0, late_marks if c.has_marks else 0,
                                   late_period.get(c.id, 0)), start=3):
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
               Column("Отметки позже срока", 1.0, "int"), Column("За период позже срока", 1.0, "int")]
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
        "За период позже срока: отметки за период, выставленные позже дня последнего урока периода и срока "
        "выставления отметок после него (позже — только с разрешения заместителя директора).",
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







# --- the inspection certificate -------------------------------------------------------------------------





KINDS: list[ReportKind] = [
    ReportKind("accumulation", "Заполнение журнала и накопляемость отметок", frozenset(),
               frozenset({"class", "period", "month"}), accumulation),
    ReportKind("completion", "Выполнение программы", frozenset(), frozenset({"class", "period", "month"}),
               completion),
    ReportKind("movement", "Движение учащихся", frozenset(), frozenset({"class", "period", "month"}), movement),
    ReportKind("inspection", "Справка о проверке журналов", frozenset(),
               frozenset({"class", "period", "month", "course"}), inspection_certificate),
]
