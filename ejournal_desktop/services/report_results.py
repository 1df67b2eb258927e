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
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, and_, cast, func, or_, select

from ..domain.averages import weighted_average
from ..domain.calendar import period_noun
from ..domain.grading import EXEMPT, FIVE_POINT, NOT_ASSESSED, PASS_FAIL, GradingSystem
from ..domain.metrics import PupilResult, learning_degree, pass_rate, quality_rate
from ..domain.names import full_name, name_sort_key, person_sort_key, short_name
from ..domain.rights import Action
from ..printing.layout import month_label
from ..printing.report import BarChart, Column, Report, Table
from ..storage.database import Database
from ..storage.models import (
    AcademicYear,
    Attendance,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    GradingSystem as GradingSystemRow,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
)
from . import guard, settings
from .actor import Actor
from .errors import Cancelled, ServiceError
from .report_kinds import Format, ReportKind, ReportRequest, latest_year, school_name

__all__ = ["KINDS", "ReportScope", "activity_report", "attendance_report", "progress_report", "pupil_report",
           "report_scope", "summary_sheet_report"]

ProgressFn = Callable[[int, int, str], None] | None
CancelledFn = Callable[[], bool] | None

_SYSTEMS = {FIVE_POINT.code: FIVE_POINT, PASS_FAIL.code: PASS_FAIL}
_SHORT = {"quarter": "четв.", "trimester": "трим.", "half_year": "полуг."}
_MONTHS_SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_FIVE_POINT_CODES = ("5", "4", "3", "2", "1")


# --- what the actor may see ----------------------------------------------------------------------------------

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


# --- progress ------------------------------------------------------------------------------------------------

class _Tally:
    """The results of one row of the progress report: one PupilResult per pupil (per pupil and course in a
    teacher's row)."""

    def __init__(self):
        self.results: list[PupilResult] = []
        self.pupils: set = set()

    def add(self, key, marks: tuple[str, ...]) -> None:
        self.results.append(PupilResult(marks))
        self.pupils.add(key)

    def row(self, low: int) -> tuple:
        counts: Counter[str] = Counter()
        points = []
        counted = [r for r in self.results if not (r.marks and all(m == EXEMPT for m in r.marks))]
        for result in counted:
            for code in result.marks:
                counts[code] += 1
                if code in _FIVE_POINT_CODES:
                    points.append(int(code))
        average = sum(points) / len(points) if points else None
        return (len(self.pupils), counts["5"], counts["4"], counts["3"], counts["2"] + counts["1"],
                counts[NOT_ASSESSED], pass_rate(counted), quality_rate(counted), learning_degree(counted, low),
                average)


_PROGRESS_COLUMNS = [Column("Учеников", 0.9, "int"), Column("«5»", 0.6, "int"), Column("«4»", 0.6, "int"),
                     Column("«3»", 0.6, "int"), Column("«2»", 0.6, "int"), Column("н/а", 0.6, "int"),
                     Column("Успеваемость, %", 1.1, "percent"), Column("Качество знаний, %", 1.1, "percent"),
                     Column("СОУ, %", 0.9, "percent"), Column("Средний балл", 0.9, "average")]


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
    today = request.day
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
            if request.period == "year":
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
        scope_classes = ReportScope(scope.school_name, scope.year_id, scope.year_label, tuple(classes),
                                    scope.whole_school, scope.only_teacher)
        _check(cancelled, label)
        courses = _class_courses(session, scope_classes, with_marks=True)
        stays = _stays(session, [c.id for c in classes])
        members = _members(session, (c.subgroup_id for c in courses))
        staff = _staff_names(session)
        low = settings.get(session, "learning_degree_low")
        _step(progress, 1, 4, "Чтение отметок за период")
        _check(cancelled, label)
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
            .where(pm.c.course_id.in_(course_ids), or_(*wanted))).all() if course_ids else []

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
        for course in class_courses:
            pupils = roll if course.subgroup_id is None else [p for p in roll if p in members[course.subgroup_id]]
            subject_teachers[(cls.id, course.subject_id)].add(staff.get(course.teacher_id, ""))
            for pupil in pupils:
                value = mark_of.get((course.id, pupil))
                one = (value,) if value else ()
                by_subject[course.subject_id].add(pupil, one)
                by_teacher[course.teacher_id].add((pupil, course.id), one)
                by_class_subject[(cls.id, course.subject_id)].add(pupil, one)
                if value:
                    per_pupil[pupil].append(value)
        for pupil, values in per_pupil.items():
            class_tally.add(pupil, tuple(values))
            total.add(pupil, tuple(values))
    _check(cancelled, label)

    period_labels = _join_labels("год" if chosen[c.id] is None else chosen[c.id].label for c in classes)
    subtitle = f"{_upper_first(scope.label)} · {period_labels} · {scope.year_label} учебный год"
    if scope.only_teacher is not None:
        subtitle += f" · предметы учителя {staff.get(scope.only_teacher, '')}"
    sections: list = []
    subjects_sorted = sorted(by_subject, key=lambda s: (subject_names[s][0], name_sort_key(subject_names[s][1])))
    if scope.whole_school:
        rows = [(cls.label, *by_class[cls.id].row(low)) if cls.label not in ungraded else
                (cls.label, rolls[cls.id], *([None] * (len(_PROGRESS_COLUMNS) - 1))) for cls in classes]
        sections.append(Table("Итоги по классам", [Column("Класс", 0.8), *_PROGRESS_COLUMNS], rows,
                              totals=("По школе", *total.row(low))))
        sections.append(Table("Итоги по предметам", [Column("Предмет", 2.6), *_PROGRESS_COLUMNS],
                              [(subject_names[s][1], *by_subject[s].row(low)) for s in subjects_sorted]))
    else:
        cls = classes[0]
        rows = [(subject_names[s][1], ", ".join(sorted(subject_teachers[(cls.id, s)], key=name_sort_key)),
                 *by_class_subject[(cls.id, s)].row(low)) for s in subjects_sorted]
        sections.append(Table("Итоги по предметам", [Column("Предмет", 2.2), Column("Учитель", 1.6),
                                                    *_PROGRESS_COLUMNS], rows,
                              totals=("Итого по классу", "", *by_class[cls.id].row(low))))
    teacher_rows = sorted(((staff.get(t, ""), *by_teacher[t].row(low)) for t in by_teacher),
                          key=lambda r: name_sort_key(r[0]))
    teacher_columns = [Column("Учитель", 1.8), Column("Ученико-предметов", 1.3, "int"), *_PROGRESS_COLUMNS[1:]]
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
    if not graded:
        notes.append("Отметки за выбранный период ещё не выставлены.")
    elif ungraded:
        notes.append(f"Нет отметок за период (не учтены в итогах): {', '.join(ungraded)}.")
    if skipped:
        notes.append(f"Нет такого учебного периода у классов: {', '.join(skipped)}.")
    if unknown:
        notes.append(f"Не учтены отметки других систем оценивания: {', '.join(sorted(unknown))}.")
    _step(progress, 4, 4, "Готово")
    return Report(label, scope.school_name, subtitle, sections, generated_on=today, notes=notes)


# --- attendance ----------------------------------------------------------------------------------------------

_ATTENDANCE_COLUMNS = [Column("Уроков", 0.8, "int"), Column("Пропущено", 0.9, "int"),
                       Column("Н", 0.6, "int"), Column("П", 0.6, "int"), Column("Б", 0.6, "int"),
                       Column("Опозданий (ОП)", 0.9, "int"), Column("Доля пропусков, %", 1.0, "percent")]


@dataclass
class _Missed:
    lessons: int = 0
    n: int = 0
    p: int = 0
    b: int = 0
    late: int = 0

    @property
    def missed(self) -> int:
        return self.n + self.p + self.b

    def add(self, other: _Missed) -> None:
        self.lessons += other.lessons
        self.n += other.n
        self.p += other.p
        self.b += other.b
        self.late += other.late

    def cells(self) -> tuple:
        share = 100.0 * self.missed / self.lessons if self.lessons else None
        return (self.lessons, self.missed, self.n, self.p, self.b, self.late, share)


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
            key = {"Н": "n", "П": "p", "Б": "b", "ОП": "late"}.get(a.code)
            if key is not None:
                setattr(tally, key, getattr(tally, key) + 1)
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
    return Report(label, scope.school_name, subtitle, sections, generated_on=today, notes=notes)


def _month_chart(months: list[tuple[int, int]], tally: dict[tuple[int, int], Counter]) -> BarChart:
    categories = [f"{_MONTHS_SHORT[m - 1]} {y}" for y, m in months]
    return BarChart("Пропуски уроков по месяцам", categories,
                    [(name, [float(tally[m][code]) for m in months])
                     for code, name in (("Н", "Н — без уважительной причины"), ("П", "П — по уважительной"),
                                        ("Б", "Б — по болезни"))], unit="уроков", category_title="Месяц")


# --- one pupil ----------------------------------------------------------------------------------------------

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
            guard.require(actor, Action.build_reports, own_class=own_class, detail=f"отчёт об ученике {name}",
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
        key = {"Н": "n", "П": "p", "Б": "b", "ОП": "late"}.get(a.code)
        if key is not None:
            tally = missed[a.course_id]
            setattr(tally, key, getattr(tally, key) + 1)
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


# --- user activity ------------------------------------------------------------------------------------------

def activity_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                    cancelled: CancelledFn = None) -> Report:
    """The monthly user-activity report (regulation 5.1) from services.reports.activity."""
    from . import reports
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
    """The summary sheet (services.printouts) as report tables: one per class, a sheet per class."""
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
    ReportKind("progress", "Отчёт об успеваемости", frozenset(), frozenset({"class", "period"}), progress_report),
    ReportKind("attendance", "Отчёт о посещаемости", frozenset(), frozenset({"class", "period", "month"}),
               attendance_report),
    ReportKind("pupil", "Успеваемость ученика (для родителей)", frozenset({"pupil"}), frozenset({"pupil", "period"}),
               pupil_report),
    ReportKind("activity", "Активность пользователей", frozenset({"month"}), frozenset({"month"}), activity_report),
    ReportKind("class-book", "Классный журнал (книга класса для печати)", frozenset({"class"}),
               frozenset({"class", "period"}), class_book_report, export=class_book_export, formats=("pdf",)),
]
