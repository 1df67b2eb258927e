"""The attendance report (отчёт о посещаемости): lessons missed by code (Н, П, Б) and late arrivals,
per pupil, class and school, for a month, a period or the year, with a chart by month."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import String, cast, func, select

from ...domain.attendance import AttendanceCode
from ...domain.names import full_name, person_sort_key
from ...printing.layout import month_label
from ...printing.report import BarChart, Column, Report, Table
from ...storage.database import Database
from ...storage.models import (
    Attendance,
    Lesson,
)
from ..access import guard
from ..access.actor import Actor
from ..errors import ServiceError
from .kind import ReportRequest
from .scope import (
    _MONTHS_SHORT,
    CancelledFn,
    ProgressFn,
    ReportScope,
    _check,
    _class_courses,
    _default_period,
    _join_labels,
    _members,
    _month_bounds,
    _names,
    _overlaps,
    _Period,
    _periods_by_grade,
    _stays,
    _step,
    _upper_first,
    report_scope,
)

_MISSING_CODES = tuple(c for c in AttendanceCode if c.counts_as_missed)  # Н, П, Б


_ATTENDANCE_COLUMNS = [Column("Уроков", 0.8, "int"), Column("Пропущено", 0.9, "int"),
                       *(Column(c.value, 0.6, "int") for c in _MISSING_CODES),
                       Column("Опозданий (ОП)", 0.9, "int"), Column("Доля пропусков, %", 1.0, "percent")]


@dataclass
class _Missed:
    """One pupil's (or class's, or course's) lessons and their attendance marks, counted by code."""
    lessons: int = 0
    by_code: Counter = field(default_factory=Counter)

    def count(self, code: str) -> None:
        self.by_code[AttendanceCode(code)] += 1

    @property
    def missed(self) -> int:
        return sum(n for code, n in self.by_code.items() if code.counts_as_missed)

    @property
    def late(self) -> int:
        return self.by_code[AttendanceCode.late]

    def add(self, other: _Missed) -> None:
        self.lessons += other.lessons
        self.by_code.update(other.by_code)

    def cells(self) -> tuple:
        """Lessons, missed, then one column per missing code (Н, П, Б), late, and the share missed."""
        share = 100.0 * self.missed / self.lessons if self.lessons else None
        return (self.lessons, self.missed, *(self.by_code[c] for c in _MISSING_CODES), self.late, share)


def _span(request: ReportRequest, periods: list[_Period], today: dt.date) -> tuple[dt.date, dt.date, str] | None:
    """The dates of an attendance report for a class: the month, the period, the year or (none given)
    the current period; None when the class has no such period."""
    if request.month is not None:
        first, last = _month_bounds(*request.month)
        return first, last, month_label(*request.month)
    if not periods:
        return None
    if request.period == "year":
        return periods[0].start, periods[-1].end, "учебный год"
    if request.period is None:
        current = next((p for p in periods if p.start <= today <= p.end), None) or _default_period(periods, today)
        return current.start, current.end, current.label
    found = next((p for p in periods if p.number == request.period), None)
    return (found.start, found.end, found.label) if found is not None else None


def attendance_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                      cancelled: CancelledFn = None) -> Report:
    """Посещаемость: per pupil and class, lessons given while the pupil was in the class, missed by Н, П, Б,
    latenesses (ОП), and the share missed; by month in a chart."""
    label = "Отчёт о посещаемости"
    today = request.day
    with guard.unit(db, actor, read=True) as session:
        scope = report_scope(session, actor, request.class_label, "отчёт о посещаемости")
        _step(progress, 0, 4, "Чтение классов и периодов")
        by_grade = _periods_by_grade(session, scope.year_id)
        spans: dict[int, tuple[dt.date, dt.date, str]] = {}
        skipped = []
        for cls in scope.classes:
            span = _span(request, by_grade.get(cls.grade, []), today)
            if span is None:
                if not scope.whole_school:
                    raise ServiceError(f"У {cls.label} класса нет {request.period}-го учебного периода.")
                skipped.append(cls.label)
                continue
            spans[cls.id] = (span[0], min(span[1], today), span[2])
        classes = [c for c in scope.classes if c.id in spans]
        if not classes:
            raise ServiceError(f"Ни у одного класса нет {request.period}-го учебного периода.")
        scope_classes = ReportScope(scope.school_name, scope.year_id, scope.year_label, tuple(classes),
                                    scope.whole_school, scope.only_teacher)
        courses = _class_courses(session, scope_classes, with_marks=False)
        stays = _stays(session, [c.id for c in classes])
        members = _members(session, (c.subgroup_id for c in courses))
        first = min(s[0] for s in spans.values())
        last = max(s[1] for s in spans.values())
        course_ids = [c.id for c in courses]
        _step(progress, 1, 4, "Чтение уроков")
        _check(cancelled, label)
        conn = session.connection()
        lessons = conn.execute(
            select(Lesson.course_id, Lesson.date, func.count().label("n"))
            .where(Lesson.course_id.in_(course_ids), Lesson.date >= first, Lesson.date <= last)
            .group_by(Lesson.course_id, Lesson.date)).all() if course_ids and first <= last else []
        _step(progress, 2, 4, "Чтение пропусков")
        _check(cancelled, label)
        att = Attendance.__table__
        absences = conn.execute(
            select(att.c.pupil_id, cast(att.c.code, String).label("code"), Lesson.course_id, Lesson.date)
            .join(Lesson, Lesson.id == att.c.lesson_id)
            .where(Lesson.course_id.in_(course_ids), Lesson.date >= first, Lesson.date <= last)
        ).all() if course_ids and first <= last else []
        names = _names(session, (s.pupil_id for rows in stays.values() for s in rows))

    _step(progress, 3, 4, "Подсчёт")
    course_of = {c.id: c for c in courses}
    lessons_of: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for r in lessons:
        lessons_of[r.course_id].append((r.date, r.n))
    counted_lessons: dict[int, tuple[list[dt.date], list[int]]] = {}   # course → (days, running totals)
    for course in courses:
        days = sorted(lessons_of[course.id])
        running = [0]
        for _day, n in days:
            running.append(running[-1] + n)
        counted_lessons[course.id] = ([d for d, _n in days], running)
    absences_of: dict[int, list] = defaultdict(list)    # class → absences
    for a in absences:
        absences_of[course_of[a.course_id].school_class_id].append(a)

    months = sorted({(d.year, d.month) for rows in lessons_of.values() for d, _n in rows})
    month_tally: dict[tuple[int, int], Counter] = {m: Counter() for m in months}
    class_totals: dict[int, _Missed] = {}
    pupil_counts: dict[int, int] = {}
    pupil_tables: list[Table] = []
    school_total = _Missed()
    for cls in classes:
        start, end, _label = spans[cls.id]
        in_class = [s for s in stays[cls.id] if _overlaps(s, start, end)]
        days_of: dict[int, list] = defaultdict(list)
        for s in in_class:
            days_of[s.pupil_id].append(s)

        # Each pupil's days in the class within the report's dates, as [first, last] ranges.
        ranges = {pupil: [(max(start, s.arrived_on),
                           min(end, s.departed_on - dt.timedelta(days=1)) if s.departed_on else end)
                          for s in pupil_stays] for pupil, pupil_stays in days_of.items()}

        def present(pupil: int, day: dt.date) -> bool:
            return any(first <= day <= last for first, last in ranges[pupil])

        tallies = {p: _Missed() for p in days_of}
        class_courses = [c for c in courses if c.school_class_id == cls.id]
        for course in class_courses:
            group = members[course.subgroup_id] if course.subgroup_id is not None else None
            days, running = counted_lessons[course.id]
            for pupil, tally in tallies.items():
                if group is not None and pupil not in group:
                    continue
                for first, last in ranges[pupil]:
                    if first <= last:   # lessons on days first..last: a difference of running totals
                        tally.lessons += running[bisect_right(days, last)] - running[bisect_left(days, first)]
        for a in absences_of[cls.id]:
            if not start <= a.date <= end or a.pupil_id not in tallies or not present(a.pupil_id, a.date):
                continue
            tally = tallies[a.pupil_id]
            tally.count(a.code)
            if (a.date.year, a.date.month) in month_tally:
                month_tally[(a.date.year, a.date.month)][a.code] += 1
        class_total = class_totals[cls.id] = _Missed()
        order = sorted(tallies, key=lambda p: person_sort_key(*names[p]))
        rows = []
        for number, pupil in enumerate(order, start=1):
            class_total.add(tallies[pupil])
            note = []
            for s in days_of[pupil]:
                if s.arrived_on > start:
                    note.append(f"приб. {s.arrived_on:%d.%m}")
                if s.departed_on is not None and s.departed_on <= end:
                    note.append(f"выб. {s.departed_on:%d.%m}")
            name = full_name(*names[pupil]) + (f" ({', '.join(note)})" if note else "")
            rows.append((number, name, *tallies[pupil].cells()))
        school_total.add(class_total)
        pupil_counts[cls.id] = len(rows)
        pupil_tables.append(Table(f"{cls.label} класс: по ученикам" if scope.whole_school else "По ученикам",
                                  [Column("№", 0.35, "int"), Column("Ученик", 3.2), *_ATTENDANCE_COLUMNS], rows,
                                  totals=(None, f"Итого по {cls.label} классу", *class_total.cells()),
                                  sheet=cls.label if scope.whole_school else ""))
        _check(cancelled, label)

    span_labels = _join_labels(spans[c.id][2] for c in classes)
    dates = f"{min(s[0] for s in spans.values()):%d.%m.%Y}–{max(s[1] for s in spans.values()):%d.%m.%Y}"
    subtitle = f"{_upper_first(scope.label)} · {span_labels} ({dates}) · {scope.year_label} учебный год"
    sections: list = []
    if scope.whole_school:
        class_columns = [Column("Класс", 0.8), Column("Учеников", 0.8, "int"), *_ATTENDANCE_COLUMNS,
                         Column("Пропущено на ученика", 1.0, "float")]
        class_rows = []
        for cls in classes:
            count = pupil_counts[cls.id]
            total_missed = class_totals[cls.id]
            class_rows.append((cls.label, count, *total_missed.cells(),
                               total_missed.missed / count if count else None))
        pupils_total = sum(r[1] for r in class_rows)
        sections.append(Table("Итоги по классам", class_columns, class_rows,
                              totals=("По школе", pupils_total, *school_total.cells(),
                                      school_total.missed / pupils_total if pupils_total else None)))
        sections.append(_month_chart(months, month_tally))
        sections += pupil_tables
    else:
        sections += pupil_tables
        sections.append(_month_chart(months, month_tally))
    notes = ["Уроков — данные уроки с начала периода по дату отчёта, пока ученик был в классе (и в своей "
             "подгруппе); пропущено — Н (без уважительной причины), П (по уважительной), Б (по болезни); "
             "опоздания (ОП) не считаются пропуском."]
    if scope.only_teacher is not None:
        notes.append("Учтены только уроки ваших предметов.")
    if skipped:
        notes.append(f"Нет такого учебного периода у классов: {', '.join(skipped)}.")
    _step(progress, 4, 4, "Готово")
    return Report(label, scope.school_name, subtitle, sections, generated_on=request.today or dt.date.today(),
                  notes=notes)


def _month_chart(months: list[tuple[int, int]], tally: dict[tuple[int, int], Counter]) -> BarChart:
    categories = [f"{_MONTHS_SHORT[m - 1]} {y}" for y, m in months]
    return BarChart("Пропуски уроков по месяцам", categories,
                    [(name, [float(tally[m][code]) for m in months])
                     for code, name in ((c.value, f"{c.value} — {c.reason}") for c in _MISSING_CODES)],
                    unit="уроков", category_title="Месяц")
