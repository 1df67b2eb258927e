"""The report on one pupil (отчёт по ученику): marks, averages, period marks and attendance by subject."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import String, cast, or_, select

from ...domain.averages import weighted_average
from ...domain.grading import FIVE_POINT
from ...domain.names import full_name, name_sort_key
from ...domain.rights import Action
from ...printing.report import BarChart, Column, Report, Table
from ...storage.database import Database
from ...storage.models import (
    Attendance,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    Lesson,
    Mark,
    PeriodMark,
    Pupil,
    SchoolClass,
    SubgroupMember,
    Subject,
)
from ...storage.models import (
    GradingSystem as GradingSystemRow,
)
from ..access import guard
from ..access.actor import Actor
from ..errors import ServiceError
from .attendance import _ATTENDANCE_COLUMNS, _Missed
from .kind import ReportRequest, latest_year, school_name
from .scope import _SHORT, _SYSTEMS, CancelledFn, ProgressFn, _check, _periods_by_grade, _staff_names, _step


def _pupil_courses(session, pupil_id: int, year_id: int, start: dt.date, end: dt.date):
    """The pupil's courses of the year in [start, end], with the days the pupil belonged to each."""
    conn = session.connection()
    stays = conn.execute(select(Enrollment.school_class_id, Enrollment.arrived_on, Enrollment.departed_on)
                         .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                         .where(Enrollment.pupil_id == pupil_id, SchoolClass.academic_year_id == year_id)).all()
    groups = set(conn.execute(select(SubgroupMember.subgroup_id).where(SubgroupMember.pupil_id == pupil_id)).scalars())
    joined = set(conn.execute(select(CourseMember.course_id).where(CourseMember.pupil_id == pupil_id)).scalars())
    rows = conn.execute(
        select(Course.id, Course.school_class_id, Course.subgroup_id, Course.pupil_id, Course.name,
               Course.teacher_id, Course.has_marks, Subject.name.label("subject"), Subject.sort_order,
               GradingSystemRow.code.label("system"))
        .join(Subject, Subject.id == Course.subject_id)
        .join(GradingSystemRow, GradingSystemRow.id == Course.grading_system_id)
        .where(Course.academic_year_id == year_id, Course.kind.in_((CourseKind.lesson, CourseKind.elective,
                                                                     CourseKind.individual)),
               or_(Course.school_class_id.in_([s.school_class_id for s in stays]), Course.id.in_(joined),
                   Course.pupil_id == pupil_id))).all()
    out = []
    for c in rows:
        if c.id in joined or c.pupil_id == pupil_id:
            out.append((c, [(start, end)]))
            continue
        if c.pupil_id is not None or (c.subgroup_id is not None and c.subgroup_id not in groups):
            continue
        spans = [(max(start, s.arrived_on), min(end, s.departed_on - dt.timedelta(days=1)) if s.departed_on else end)
                 for s in stays if s.school_class_id == c.school_class_id]
        spans = [(a, b) for a, b in spans if a <= b]
        if spans:
            out.append((c, spans))
    return out, stays


def pupil_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                 cancelled: CancelledFn = None) -> Report:
    """A pupil's progress for the parents: marks by subject with the weighted average and the period and
    year marks, absences by subject; a chart of the averages."""
    label = "Сведения об успеваемости и посещаемости"
    today = request.day
    if request.pupil_id is None:
        raise ServiceError("Для отчёта об ученике укажите ученика.")
    with guard.unit(db, actor, read=True) as session:
        pupil = session.get(Pupil, request.pupil_id)
        shown = f"отчёт об ученике ({guard.pupil_shown(request.pupil_id)})"
        if pupil is None:
            # Who may not build reports learns nothing, not even whether the number exists.
            guard.require(actor, Action.build_reports, own_class=True, detail=shown)
            raise ServiceError(f"Ученика с номером {request.pupil_id} нет.")
        name = full_name(pupil.surname, pupil.name, pupil.patronymic)
        own, own_class = guard.pupil_relation(session, actor, pupil.id)
        if not (own and guard.permits_action(actor, Action.view_own_data, own=True)):
            guard.require(actor, Action.build_reports, own_class=own_class, detail=f"отчёт по ученику: {name}",
                          shown=shown)
        year = latest_year(session)
        school = school_name(session)
        stay = session.execute(
            select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
            .join(Enrollment, Enrollment.school_class_id == SchoolClass.id)
            .where(Enrollment.pupil_id == pupil.id, SchoolClass.academic_year_id == year.id)
            .order_by(Enrollment.arrived_on.desc())).first()
        if stay is None:
            raise ServiceError(f"{name} не учится ни в одном классе в {year.label} учебном году.")
        periods = _periods_by_grade(session, year.id).get(stay.grade, [])
        if not periods:
            raise ServiceError(f"Для {stay.grade}-х классов не заданы учебные периоды.")
        _step(progress, 0, 3, "Чтение отметок")
        if request.period in (None, "year"):
            chosen, start, end = None, periods[0].start, periods[-1].end
            span = f"{year.label} учебный год (на {min(today, end):%d.%m.%Y})"
        else:
            chosen = next((p for p in periods if p.number == request.period), None)
            if chosen is None:
                raise ServiceError(f"У {stay.grade}{stay.letter} класса нет {request.period}-го учебного периода.")
            start, end = chosen.start, chosen.end
            span = f"{chosen.label} {year.label} учебного года"
        end = min(end, today)
        courses, _stays_rows = _pupil_courses(session, pupil.id, year.id, start, max(start, end))
        course_ids = [c.id for c, _s in courses]
        conn = session.connection()
        marks = conn.execute(
            select(Lesson.course_id, Lesson.date, Mark.value, Mark.weight)
            .join(Lesson, Lesson.id == Mark.lesson_id)
            .where(Mark.pupil_id == pupil.id, Lesson.course_id.in_(course_ids), Lesson.date >= start,
                   Lesson.date <= end).order_by(Lesson.date, Lesson.number, Mark.id)).all()
        period_marks = conn.execute(
            select(PeriodMark.course_id, cast(PeriodMark.kind, String).label("kind"), PeriodMark.period_id,
                   PeriodMark.value)
            .where(PeriodMark.pupil_id == pupil.id, PeriodMark.course_id.in_(course_ids))).all()
        lessons = conn.execute(select(Lesson.course_id, Lesson.date).where(
            Lesson.course_id.in_(course_ids), Lesson.date >= start, Lesson.date <= end)).all()
        att = Attendance.__table__
        absences = conn.execute(
            select(Lesson.course_id, Lesson.date, cast(att.c.code, String).label("code"))
            .join(Lesson, Lesson.id == att.c.lesson_id)
            .where(att.c.pupil_id == pupil.id, Lesson.course_id.in_(course_ids), Lesson.date >= start,
                   Lesson.date <= end)).all()
        staff = _staff_names(session)
    _check(cancelled, label)
    _step(progress, 1, 3, "Подсчёт")

    def inside(course_spans, day: dt.date) -> bool:
        return any(a <= day <= b for a, b in course_spans)

    spans_of = {c.id: s for c, s in courses}
    marks_of: dict[int, list] = defaultdict(list)
    for m in marks:
        marks_of[m.course_id].append(m)
    shown_periods = [p for p in periods if chosen is None or p.id == chosen.id]
    period_value = {(r.course_id, r.period_id): r.value for r in period_marks if r.kind == "period"}
    year_value = {r.course_id: r.value for r in period_marks if r.kind == "year"}
    ordered = sorted(courses, key=lambda cs: (cs[0].sort_order, name_sort_key(cs[0].name or cs[0].subject)))
    mark_rows, chart_names, chart_values = [], [], []
    for course, _spans in ordered:
        if not course.has_marks:
            continue
        own_marks = marks_of.get(course.id, [])
        system = _SYSTEMS.get(course.system, FIVE_POINT)
        try:
            average = weighted_average([(m.value, m.weight) for m in own_marks], system) if own_marks else None
        except ValueError:
            average = None
        subject = course.name or course.subject
        row = [subject, staff.get(course.teacher_id, ""), " ".join(m.value for m in own_marks), average]
        row += [period_value.get((course.id, p.id)) for p in shown_periods]
        if chosen is None:
            row.append(year_value.get(course.id))
        mark_rows.append(tuple(row))
        if average is not None:
            chart_names.append(subject)
            chart_values.append(round(average, 2))
    mark_columns = [Column("Предмет", 2.0), Column("Учитель", 1.6), Column("Текущие отметки", 3.2),
                    Column("Средний балл", 1.0, "average")]
    mark_columns += [Column(p.label if chosen is not None else f"{p.number} {_SHORT.get(p.kind, 'пер.')}",
                            1.2 if chosen is not None else 0.65) for p in shown_periods]
    if chosen is None:
        mark_columns.append(Column("Год", 0.55))

    lesson_count: Counter[int] = Counter()
    for r in lessons:
        if inside(spans_of[r.course_id], r.date):
            lesson_count[r.course_id] += 1
    missed: dict[int, _Missed] = defaultdict(_Missed)
    for a in absences:
        missed[a.course_id].count(a.code)
    absence_rows, total = [], _Missed()
    for course, _spans in ordered:
        tally = missed[course.id]
        tally.lessons = lesson_count[course.id]
        if not tally.lessons and not tally.missed and not tally.late:
            continue
        total.add(tally)
        absence_rows.append((course.name or course.subject, *tally.cells()))
    sections: list = [
        Table("Успеваемость", mark_columns, mark_rows),
        Table("Посещаемость", [Column("Предмет", 2.2), *_ATTENDANCE_COLUMNS], absence_rows,
              totals=("Всего", *total.cells())),
    ]
    if chart_names:
        sections.append(BarChart("Средний балл по предметам", chart_names, [("Средний балл", chart_values)],
                                 category_title="Предмет", value_max=5.0))
    subtitle = f"{name}, {stay.grade}{stay.letter} класс · {span}"
    notes = ["Средний балл — средневзвешенный по текущим отметкам (с весами видов работ). Н — пропуск без "
             "уважительной причины, П — по уважительной, Б — по болезни, ОП — опоздание."]
    _step(progress, 3, 3, "Готово")
    return Report(label, school, subtitle, sections, generated_on=today, landscape=False, notes=notes)
