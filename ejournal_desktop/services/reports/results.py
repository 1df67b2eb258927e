"""Report kinds of results: summary sheet, progress, attendance, one pupil's report, user activity.

Each kind's `build(db, actor, request, progress=, cancelled=)` checks the right, reads with SQLAlchemy
Core rows in a few queries (the whole large school in one pass, not a query per class), and returns a
printing.report.Report that printing renders to PDF and .xlsx.

Rights (domain.rights, Action.build_reports): the whole school needs the school scope (deputy, director,
administrator); a class report the school scope or the class teacher's own class; a teacher who is
neither gets the report of the class restricted to his or her own courses. The pupil report is also given
to the pupil and the pupil's guardians (Action.view_own_data). User activity keeps the right of the audit
log (Action.view_audit).

The figures follow domain.metrics (pass rate, quality rate, СОУ) on period marks: the pupils counted are
those on the class roll on the last day of the period; «осв.» is neutral; a pupil without a mark is
counted and is neither passing nor of quality. Attendance counts the lessons given up to the report's
«today» while the pupil was in the class (and in the subgroup); Н, П, Б are missed lessons, ОП a lateness.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import String, and_, cast, or_, select

from ...domain.grading import EXEMPT, FIVE_POINT, NOT_ASSESSED, PASS_FAIL, GradingSystem
from ...domain.metrics import PupilResult, credited, learning_degree, pass_rate, quality_rate
from ...domain.names import name_sort_key
from ...printing.layout import month_label
from ...printing.report import BarChart, Column, Report, Table
from ...storage.database import Database
from ...storage.models import (
    PeriodMark,
)
from ..access import guard, settings
from ..access.actor import Actor
from ..errors import Cancelled, ServiceError
from .attendance import attendance_report  # noqa: F401 (re-exported)
from .kind import Format, ReportKind, ReportRequest, school_name
from .progress_now import period_as_of, read_current
from .pupil import pupil_report  # noqa: F401 (re-exported)
from .scope import (  # noqa: F401 (re-exported)
    _FIVE_POINT_CODES,
    _SYSTEMS,
    CancelledFn,
    ProgressFn,
    ReportScope,
    _check,
    _class_courses,
    _default_period,
    _join_labels,
    _members,
    _month_bounds,
    _on_roll,
    _Period,
    _periods_by_grade,
    _staff_names,
    _stays,
    _step,
    _upper_first,
    report_scope,
)

__all__ = ["KINDS", "ReportScope", "activity_report", "attendance_report", "progress_report", "pupil_report",
           "report_scope", "summary_sheet_report"]


# --- progress ------------------------------------------------------------------------------------------------

class _Tally:
    """The results of one row of the progress report: one PupilResult per pupil (per pupil and course in a
    teacher's row); the pass/fail results apart, for «зачтено N из M»; «на дату» the weighted averages."""

    def __init__(self):
        self.results: list[PupilResult] = []
        self.pupils: set = set()
        self.credits: list[str | None] = []     # one per pupil and pass/fail course
        self.averages: list[float] = []         # «на дату»: one per pupil and five-point course
        self._credit_rows: set[int] = set()     # indexes of `results` that are pass/fail results

    def add(self, key, marks: tuple[str, ...], averages: tuple[float, ...] = (), *, pass_fail: bool = False) -> None:
        """One pupil's result; `pass_fail`: of a pass/fail course, out of the quality rate even unmarked."""
        if pass_fail:
            self._credit_rows.add(len(self.results))
            self.credit(marks[0] if marks else None)
        self.results.append(PupilResult(marks))
        self.pupils.add(key)
        self.averages += averages

    def credit(self, value: str | None) -> None:
        """A pass/fail result for «зачтено N из M»."""
        self.credits.append(value)

    def row(self, low: int) -> tuple:
        counts: Counter[str] = Counter()
        points = []
        counted = [r for r in self.results if not (r.marks and all(m == EXEMPT for m in r.marks))]
        for result in counted:
            for code in result.marks:
                counts[code] += 1
                if code in _FIVE_POINT_CODES:
                    points.append(int(code))
        if self.averages:       # «на дату»: the mean of the pupils' weighted averages, as the grid shows them
            average = sum(self.averages) / len(self.averages)
        else:
            average = sum(points) / len(points) if points else None
        passed, of = credited(self.credits)
        graded = [r for i, r in enumerate(self.results) if i not in self._credit_rows
                  and not (r.marks and all(m == EXEMPT for m in r.marks))]
        return (len(self.pupils), counts["5"], counts["4"], counts["3"], counts["2"] + counts["1"],
                counts[NOT_ASSESSED], pass_rate(counted), quality_rate(graded), learning_degree(counted, low),
                average, f"зачтено {passed} из {of}" if of else None)


_PROGRESS_COLUMNS = [Column("Учеников", 0.9, "int"), Column("«5»", 0.6, "int"), Column("«4»", 0.6, "int"),
                     Column("«3»", 0.6, "int"), Column("«2»", 0.6, "int"), Column("н/а", 0.6, "int"),
                     Column("Успеваемость, %", 1.1, "percent"), Column("Качество знаний, %", 1.1, "percent"),
                     Column("СОУ, %", 0.9, "percent"), Column("Средний балл", 0.9, "average"),
                     Column("Зачёт", 1.7)]


def _known(code: str, system_code: str) -> bool:
    """A mark the metrics can classify (five-point, зачёт/незачёт, н/а, осв.)."""
    if code in (NOT_ASSESSED, EXEMPT):
        return True
    system: GradingSystem = _SYSTEMS.get(system_code, FIVE_POINT)
    return bool(system.find(code) or FIVE_POINT.find(code) or PASS_FAIL.find(code))


def progress_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                    cancelled: CancelledFn = None) -> Report:
    """Успеваемость: per class, subject and teacher, the counts of period (or year) marks 5/4/3/2 and н/а,
    pass rate, quality rate, СОУ and the average mark, with a chart of pass and quality rates."""
    label = "Отчёт об успеваемости"
    today, as_of = request.day, request.as_of
    with guard.unit(db, actor, read=True) as session:
        scope = report_scope(session, actor, request.class_label, "отчёт об успеваемости")
        _step(progress, 0, 4, "Чтение классов и периодов")
        by_grade = _periods_by_grade(session, scope.year_id)
        chosen: dict[int, _Period | None] = {}   # class → period (None: the year)
        skipped: list[str] = []
        for cls in scope.classes:
            periods = by_grade.get(cls.grade, [])
            if not periods:
                skipped.append(cls.label)
                continue
            if as_of is not None and request.period in (None, "year"):
                chosen[cls.id] = period_as_of(periods, request.period, as_of)
            elif request.period == "year":
                chosen[cls.id] = None
            elif request.period is None:
                chosen[cls.id] = _default_period(periods, today)
            else:
                found = next((p for p in periods if p.number == request.period), None)
                if found is None:
                    if not scope.whole_school:
                        raise ServiceError(f"У {cls.label} класса нет {request.period}-го учебного периода "
                                           f"(есть: {', '.join(p.label for p in periods)}).")
                    skipped.append(cls.label)
                    continue
                chosen[cls.id] = found
        classes = [c for c in scope.classes if c.id in chosen]
        if not classes:
            raise ServiceError(f"Ни у одного класса нет {request.period}-го учебного периода.")
        last_day = {c.id: (chosen[c.id].end if chosen[c.id] is not None else by_grade[c.grade][-1].end)
                    for c in classes}
        if as_of is not None:   # the pupils on the roll on the day
            last_day = {c: min(day, as_of) for c, day in last_day.items()}
        scope_classes = ReportScope(scope.school_name, scope.year_id, scope.year_label, tuple(classes),
                                    scope.whole_school, scope.only_teacher)
        _check(cancelled, label)
        courses = _class_courses(session, scope_classes, with_marks=True)
        stays = _stays(session, [c.id for c in classes])
        members = _members(session, (c.subgroup_id for c in courses))
        staff = _staff_names(session)
        low = settings.get(session, "learning_degree_low")
        _step(progress, 1, 4, "Чтение текущих отметок" if as_of else "Чтение отметок за период")
        _check(cancelled, label)
        current = read_current(session.connection(), courses, chosen, as_of, settings.rounding_rule(session)) \
            if as_of is not None else None
        pm = PeriodMark.__table__
        period_ids = [p.id for p in chosen.values() if p is not None]
        wanted = []
        if period_ids:
            wanted.append(and_(cast(pm.c.kind, String) == "period", pm.c.period_id.in_(period_ids)))
        if any(p is None for p in chosen.values()):
            wanted.append(cast(pm.c.kind, String) == "year")
        course_ids = [c.id for c in courses]
        marks = session.connection().execute(
            select(pm.c.course_id, pm.c.pupil_id, cast(pm.c.kind, String).label("kind"), pm.c.period_id, pm.c.value)
            .where(pm.c.course_id.in_(course_ids), or_(*wanted))).all() if course_ids and not current else []

    _step(progress, 2, 4, "Подсчёт")
    course_of = {c.id: c for c in courses}
    mark_of: dict[tuple[int, int], str] = {}
    unknown: set[str] = set()
    graded: set[int] = set()    # courses with at least one mark for the period: the others are not assessed yet
    for m in marks:
        course = course_of[m.course_id]
        period = chosen[course.school_class_id]
        if (period is None) != (m.kind == "year") or (period is not None and m.period_id != period.id):
            continue
        graded.add(m.course_id)
        if not _known(m.value, course.system):
            unknown.add(m.value)
            continue
        mark_of[(m.course_id, m.pupil_id)] = m.value
    average_of: dict[tuple[int, int], float] = {}
    if current is not None:
        mark_of, average_of, graded, unknown = current.results, current.averages, current.graded, current.unknown

    by_class: dict[int, _Tally] = {}
    by_subject: dict[int, _Tally] = defaultdict(_Tally)
    by_teacher: dict[int, _Tally] = defaultdict(_Tally)
    by_class_subject: dict[tuple[int, int], _Tally] = defaultdict(_Tally)
    subject_names: dict[int, tuple] = {}
    subject_teachers: dict[tuple[int, int], set[str]] = defaultdict(set)
    courses_of_class: dict[int, list] = defaultdict(list)
    for c in courses:
        courses_of_class[c.school_class_id].append(c)
        subject_names[c.subject_id] = (c.sort_order, c.subject)
    total = _Tally()
    rolls: dict[int, int] = {}
    ungraded: list[str] = []
    for cls in classes:
        roll = sorted({s.pupil_id for s in stays[cls.id] if _on_roll(s, last_day[cls.id])})
        rolls[cls.id] = len(roll)
        class_tally = by_class[cls.id] = _Tally()
        class_courses = [c for c in courses_of_class[cls.id] if c.id in graded]
        if not class_courses:
            ungraded.append(cls.label)
            continue
        per_pupil: dict[int, list[str]] = {p: [] for p in roll}
        per_pupil_averages: dict[int, list[float]] = {p: [] for p in roll}
        for course in class_courses:
            pupils = roll if course.subgroup_id is None else [p for p in roll if p in members[course.subgroup_id]]
            subject_teachers[(cls.id, course.subject_id)].add(staff.get(course.teacher_id, ""))
            for pupil in pupils:
                value = mark_of.get((course.id, pupil))
                one = (value,) if value else ()
                average = average_of.get((course.id, pupil))
                averages = (average,) if average is not None else ()
                tallies = (by_subject[course.subject_id], by_teacher[course.teacher_id],
                           by_class_subject[(cls.id, course.subject_id)])
                for tally, key in zip(tallies, (pupil, (pupil, course.id), pupil)):
                    tally.add(key, one, averages, pass_fail=course.system == PASS_FAIL.code)
                if course.system == PASS_FAIL.code:
                    class_tally.credit(value)
                    total.credit(value)
                if value:
                    per_pupil[pupil].append(value)
                per_pupil_averages[pupil] += averages
        for pupil, values in per_pupil.items():
            class_tally.add(pupil, tuple(values), tuple(per_pupil_averages[pupil]))
            total.add(pupil, tuple(values), tuple(per_pupil_averages[pupil]))
    _check(cancelled, label)

    period_labels = _join_labels("год" if chosen[c.id] is None else chosen[c.id].label for c in classes)
    if as_of is not None:
        period_labels += f" на {as_of:%d.%m.%Y} (по текущим отметкам)"
    subtitle = f"{_upper_first(scope.label)} · {period_labels} · {scope.year_label} учебный год"
    if scope.only_teacher is not None:
        subtitle += f" · предметы учителя: {staff.get(scope.only_teacher, '')}"
    # The «Зачёт» column only where a pass/fail subject is in the report.
    credits = any(c.system == PASS_FAIL.code for c in courses)
    columns = _PROGRESS_COLUMNS if credits else _PROGRESS_COLUMNS[:-1]
    width = len(columns)
    sections: list = []
    subjects_sorted = sorted(by_subject, key=lambda s: (subject_names[s][0], name_sort_key(subject_names[s][1])))
    if scope.whole_school:
        rows = [(cls.label, *by_class[cls.id].row(low)[:width]) if cls.label not in ungraded else
                (cls.label, rolls[cls.id], *([None] * (len(columns) - 1))) for cls in classes]
        sections.append(Table("Итоги по классам", [Column("Класс", 0.8), *columns], rows,
                              totals=("По школе", *total.row(low)[:width])))
        sections.append(Table("Итоги по предметам", [Column("Предмет", 2.6), *columns],
                              [(subject_names[s][1], *by_subject[s].row(low)[:width]) for s in subjects_sorted]))
    else:
        cls = classes[0]
        rows = [(subject_names[s][1], ", ".join(sorted(subject_teachers[(cls.id, s)], key=name_sort_key)),
                 *by_class_subject[(cls.id, s)].row(low)[:width]) for s in subjects_sorted]
        sections.append(Table("Итоги по предметам", [Column("Предмет", 2.2), Column("Учитель", 1.6),
                                                    *columns], rows,
                              totals=("Итого по классу", "", *by_class[cls.id].row(low)[:width])))
    teacher_rows = sorted(((staff.get(t, ""), *by_teacher[t].row(low)[:width]) for t in by_teacher),
                          key=lambda r: name_sort_key(r[0]))
    teacher_columns = [Column("Учитель", 1.8), Column("Ученико-предметов", 1.3, "int"), *columns[1:]]
    sections.append(Table("Итоги по учителям", teacher_columns, teacher_rows))
    if scope.whole_school:
        categories = [c.label for c in classes if c.label not in ungraded]
        rows_for_chart = [by_class[c.id].row(low) for c in classes if c.label not in ungraded]
        chart_title, axis = "Успеваемость и качество знаний по классам", "Класс"
    else:
        categories = [subject_names[s][1] for s in subjects_sorted]
        rows_for_chart = [by_class_subject[(classes[0].id, s)].row(low) for s in subjects_sorted]
        chart_title, axis = "Успеваемость и качество знаний по предметам", "Предмет"
    sections.append(BarChart(chart_title, categories,
                             [("Успеваемость", [r[6] or 0.0 for r in rows_for_chart]),
                              ("Качество знаний", [r[7] or 0.0 for r in rows_for_chart]),
                              ("СОУ", [r[8] or 0.0 for r in rows_for_chart])], unit="%", category_title=axis))
    notes = ["«5», «4», «3», «2», н/а — число отметок за период; успеваемость и качество знаний — доля учеников "
             "(ученико-предметов у учителя) без «2» и н/а и только с «4» и «5»; СОУ — степень обученности "
             f"(5 — 100, 4 — 64, 3 — 36, 2 — 16, 1 и н/а — {low}). Учтены ученики, состоявшие в классе в "
             "последний день периода; «осв.» не учитывается."]
    if credits:
        notes.append("Предметы с оценкой «зачёт/незачёт» показаны как «зачтено N из M» и в качестве знаний "
                     "не учитываются.")
    if as_of is not None:
        notes.append(f"На {as_of:%d.%m.%Y}: вместо отметок за период — отметка, которую предлагает средний "
                     "взвешенный балл текущих отметок с начала периода по эту дату (по правилу округления "
                     "школы, как в журнале); по зачётным предметам — последний зачёт или незачёт. Средний "
                     "балл — среднее средних взвешенных баллов учеников.")
    if not graded:
        notes.append("Текущих отметок по эту дату ещё нет." if as_of is not None else
                     "Отметки за выбранный период ещё не выставлены.")
    elif ungraded:
        notes.append(f"Нет отметок за период (не учтены в итогах): {', '.join(ungraded)}.")
    if skipped:
        notes.append(f"Нет такого учебного периода у классов: {', '.join(skipped)}.")
    if unknown:
        notes.append(f"Не учтены отметки других систем оценивания: {', '.join(sorted(unknown))}.")
    _step(progress, 4, 4, "Готово")
    return Report(label, scope.school_name, subtitle, sections, generated_on=request.today or dt.date.today(),
                  notes=notes)


# --- user activity ------------------------------------------------------------------------------------------

def activity_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                    cancelled: CancelledFn = None) -> Report:
    """The monthly user-activity report (regulation 5.1) from services.reports.activity."""
    from . import activity as reports
    if request.month is None:
        raise ServiceError("Для отчёта об активности укажите месяц.")
    year, month = request.month
    _step(progress, 0, 2, "Чтение журнала действий")
    rows = reports.activity(db, actor, year, month)
    _check(cancelled, "Отчёт об активности пользователей")
    with db.session() as session:
        school = school_name(session)
    by_user: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        totals = by_user[r.login]
        totals[0] += 1
        totals[1] += r.logins
        totals[2] += r.changes
        totals[3] += r.failed_logins
    daily = [(r.day.strftime("%d.%m.%Y"), r.login, r.logins, r.changes, r.failed_logins) for r in rows]
    counts = [Column("Входов", 0.8, "int"), Column("Изменений", 0.8, "int"), Column("Неудачных входов", 0.9, "int")]
    users = sorted(by_user.items(), key=lambda kv: name_sort_key(kv[0]))
    first, last = _month_bounds(year, month)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    per_day = defaultdict(lambda: [0, 0])
    for r in rows:
        per_day[r.day][0] += r.logins
        per_day[r.day][1] += r.changes
    sections = [
        Table("По пользователям", [Column("Пользователь", 2.0), Column("Дней работы", 0.8, "int"), *counts],
              [(login, *values) for login, values in users],
              totals=("Всего", None, *(sum(v[i] for _l, v in users) for i in (1, 2, 3)))),
        BarChart("Входы и изменения по дням", [f"{d.day:02d}" for d in days],
                 [("Входов", [float(per_day[d][0]) for d in days]),
                  ("Изменений", [float(per_day[d][1]) for d in days])], category_title="День месяца"),
        Table("По дням", [Column("Дата", 1.0), Column("Пользователь", 2.0), *counts], daily),
    ]
    _step(progress, 2, 2, "Готово")
    return Report("Отчёт об активности пользователей", school, f"{month_label(year, month)} · по журналу действий",
                  sections, generated_on=request.today or dt.date.today())


# --- the summary sheet --------------------------------------------------------------------------------------

def _summary_data(db: Database, actor: Actor, request: ReportRequest):
    from . import printouts
    class_id = printouts.class_id_by_label(db, request.class_label) if request.class_label else None
    return printouts, class_id


def summary_sheet_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                         cancelled: CancelledFn = None) -> Report:
    """The summary sheet (services.reports.printouts) as report tables: one per class, a sheet per class."""
    printouts, class_id = _summary_data(db, actor, request)
    _step(progress, 0, 1, "Чтение отметок за периоды")
    data = printouts.summary_sheet(db, actor, class_id)
    _check(cancelled, "Сводная ведомость успеваемости")
    tables = []
    for summary in data.classes:
        columns = [Column("№", 0.4, "int"), Column("Фамилия, имя, отчество", 3.0), Column("Период", 0.9),
                   *(Column(s, 0.7) for s in summary.subjects)]
        rows = []
        for pupil in summary.pupils:
            for r, row_label in enumerate(summary.rows):
                who = pupil.name if r == 0 else (pupil.note or None if r == 1 else None)
                rows.append((pupil.number if r == 0 else None, who, row_label, *(v or None for v in pupil.marks[r])))
        title = f"{summary.class_label} класс" + (f", классный руководитель {summary.class_teacher}"
                                                   if summary.class_teacher else "")
        tables.append(Table(title, columns, rows, sheet=summary.class_label if class_id is None else ""))
    _step(progress, 1, 1, "Готово")
    scope = "вся школа" if class_id is None else f"{data.classes[0].class_label} класс" if data.classes else ""
    return Report("Сводная ведомость учёта успеваемости", data.school_name,
                  f"{_upper_first(scope)} · {data.academic_year} учебный год", tables,
                  generated_on=request.today or dt.date.today())


def summary_sheet_export(db: Database, actor: Actor, request: ReportRequest, fmt: Format, path: Path, *,
                         progress: ProgressFn = None, cancelled: CancelledFn = None) -> Path:
    """The summary sheet in the layout of the paper form (printing.summary_sheet), PDF or .xlsx."""
    printouts, class_id = _summary_data(db, actor, request)

    def step(done: int, total: int) -> None:
        _step(progress, done, total, "Вёрстка")

    try:
        return printouts.export_summary_sheet(db, actor, path, fmt=fmt, class_id=class_id, progress=step,
                                              cancelled=cancelled)
    except printouts.Cancelled as exc:
        raise Cancelled(str(exc)) from None


def _book_request(db: Database, request: ReportRequest) -> tuple[int, int | None]:
    """(class, period or None for the year) of a class book."""
    from . import printouts
    if not request.class_label:
        raise ServiceError("Классный журнал печатается для одного класса: выберите класс.")
    class_id = printouts.class_id_by_label(db, request.class_label)
    number = request.period
    return class_id, None if number in (None, "year") else printouts.period_id_by_number(db, class_id, int(number))


def class_book_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                      cancelled: CancelledFn = None) -> Report:
    """What the class's book for the period will hold, to look at before printing it: each subject with
    its teacher, months and lessons; the summary of period marks and the corrections sheet."""
    from . import printouts
    class_id, period_id = _book_request(db, request)

    def reading(done: int, total: int) -> None:
        _step(progress, done, total, "Чтение журнала")

    try:
        book = printouts.class_book(db, actor, class_id, period_id, progress=reading, cancelled=cancelled)
    except printouts.Cancelled as exc:
        raise Cancelled(str(exc)) from None
    rows = [(n, c.subject, c.teacher, f"{c.months[0].month_title} — {c.months[-1].month_title}"
             if len(c.months) > 1 else c.months[0].month_title, sum(len(m.lessons) for m in c.months))
            for n, c in enumerate(book.courses, start=1)]
    contents = Table("Предметные страницы", [Column("№", 0.4, "int"), Column("Предмет", 3.0),
                                              Column("Учитель", 2.0), Column("Месяцы", 2.6),
                                              Column("Уроков", 0.8, "int")], rows,
                     totals=("", "Итого", "", "", sum(r[4] for r in rows)))
    notes = ["В книге: титульный лист, содержание, страницы предметов, сводная ведомость"
             + (", лист исправлений отметок" + (f" ({len(book.corrections)})" if book.corrections else
                                                 " (исправлений не было)"))
             + ", заверение директора. Каждый лист — с кодом и QR-кодом для проверки."]
    return Report("Классный журнал", book.school_name,
                  f"{book.class_label} класс · {book.span_label} · {book.academic_year} учебный год",
                  [contents], generated_on=request.today or dt.date.today(), notes=notes)


def class_book_export(db: Database, actor: Actor, request: ReportRequest, fmt: Format, path: Path, *,
                      progress: ProgressFn = None, cancelled: CancelledFn = None) -> Path:
    """The book itself, laid out as the paper class journal (printing.class_book)."""
    from . import printouts
    class_id, period_id = _book_request(db, request)

    def step(done: int, total: int) -> None:
        _step(progress, done, total, "Вёрстка журнала")

    try:
        return printouts.export_class_book(db, actor, class_id, path, period_id=period_id, progress=step,
                                           cancelled=cancelled)
    except printouts.Cancelled as exc:
        raise Cancelled(str(exc)) from None


KINDS: list[ReportKind] = [
    ReportKind("summary-sheet", "Сводная ведомость успеваемости", frozenset(), frozenset({"class"}),
               summary_sheet_report, export=summary_sheet_export),
    ReportKind("progress", "Отчёт об успеваемости", frozenset(), frozenset({"class", "period", "as_of"}),
               progress_report),
    ReportKind("attendance", "Отчёт о посещаемости", frozenset(), frozenset({"class", "period", "month", "as_of"}),
               attendance_report),
    ReportKind("pupil", "Успеваемость ученика (для родителей)", frozenset({"pupil"}), frozenset({"pupil", "period"}),
               pupil_report),
    ReportKind("activity", "Активность пользователей", frozenset({"month"}), frozenset({"month"}), activity_report),
    ReportKind("class-book", "Классный журнал (книга класса для печати)", frozenset({"class"}),
               frozenset({"class", "period"}), class_book_report, export=class_book_export, formats=("pdf",)),
]
