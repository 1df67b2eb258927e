"""«Дневник на неделю»: for families without a computer at home (regulation 2.5, 4.1 в) the class teacher
prints the class's diary of a week in one PDF, a page per pupil — each lesson with its homework, the
pupil's marks with their work types, absences, the teachers' remarks (the comments to the marks), the class
teacher's line and a place for the parent's signature (printing.weekly_diary lays it out).

Each pupil's week is read by the families diary (services.families.diary.week): the lessons of the pupil's
own courses (subgroups, individual schooling) while the pupil was in the class — what the parent would
see in the diary on a computer.

Rights: the class teacher prints the own class; the deputy, the director and the administrator any class
(Action.print_journal).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from sqlalchemy import or_, select

from ...domain.attendance import AttendanceCode
from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...printing.layout import BuildCancelled
from ...printing.report import Column, Report, Table
from ...printing.weekly_diary import DiaryDay, DiaryLine, PupilWeek, WeeklyDiary, write_weekly_diary
from ...storage.database import Database
from ...storage.models import Enrollment, Pupil, Staff
from ..access import guard
from ..access.actor import Actor
from ..errors import Cancelled, ServiceError
from ..families import diary
from ..people.list_numbers import numbers_of
from .kind import Format, ReportKind, ReportRequest, latest_year, school_name
from .scope import CancelledFn, ProgressFn, _check, _find_class, _step

__all__ = ["KINDS", "week_bounds", "weekly_diary"]

LABEL = "Дневник на неделю"
_DAYS = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота")


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Saturday of the school week containing `day` (a Sunday belongs to the week before)."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=5)


def _pupils(session, class_id: int, monday: dt.date, saturday: dt.date) -> list[tuple[int, int, str]]:
    """(№ по журналу, pupil id, name) of the pupils in the class on some day of the week, in the order
    and with the numbers of the class list (fixed for the year: people.list_numbers)."""
    rows = session.execute(
        select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic)
        .join(Enrollment, Enrollment.pupil_id == Pupil.id)
        .where(Enrollment.school_class_id == class_id, Enrollment.arrived_on <= saturday,
               or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > monday)).distinct()).all()
    numbers = numbers_of(session.connection(), [class_id])[class_id]
    rows.sort(key=lambda r: (numbers.get(r.id, len(numbers) + 1), person_sort_key(r.surname, r.name, r.patronymic)))
    return [(numbers.get(r.id, 0), r.id, full_name(r.surname, r.name, r.patronymic)) for r in rows]


def _line(lesson: diary.DiaryLesson) -> DiaryLine:
    marks = tuple(f"{m.value} ({m.work_type.lower()})" if m.work_type else m.value for m in lesson.marks)
    remarks = tuple(m.comment.strip() for m in lesson.marks if m.comment.strip())
    return DiaryLine(lesson.number, lesson.subject, lesson.homework.strip(), marks, lesson.attendance or "",
                     remarks)


def _pupil_week(number: int, name: str, lessons: list[diary.DiaryLesson], monday: dt.date) -> PupilWeek:
    days = []
    for offset, title in enumerate(_DAYS):
        day = monday + dt.timedelta(days=offset)
        days.append(DiaryDay(day, title, tuple(_line(x) for x in lessons if x.date == day)))
    missed = Counter(AttendanceCode(x.attendance) for x in lessons if x.attendance)
    return PupilWeek(number, name, tuple(days), dict(missed))


def weekly_diary(db: Database, actor: Actor, class_label: str, week: dt.date, *, progress: ProgressFn = None,
                 cancelled: CancelledFn = None) -> WeeklyDiary:
    """The diary pages of a class's week (the week containing `week`), one per pupil."""
    monday, saturday = week_bounds(week)
    with guard.unit(db, actor, read=True) as session:
        year = latest_year(session)
        cls = _find_class(session, year, class_label)
        own_class = cls.id in guard.own_class_ids(session, actor)
        guard.require(actor, Action.print_journal, own_class=own_class,
                      detail=f"дневник {cls.label} класса на неделю")
        pupils = _pupils(session, cls.id, monday, saturday)
        teacher = session.get(Staff, cls.class_teacher_id) if cls.class_teacher_id else None
        school, year_label = school_name(session), year.label
    if not pupils:
        raise ServiceError(f"В {cls.label} классе с {monday:%d.%m.%Y} по {saturday:%d.%m.%Y} "
                           "не было учеников: печатать нечего.")
    pages = []
    for done, (number, pupil_id, name) in enumerate(pupils):
        _check(cancelled, LABEL)
        _step(progress, done, len(pupils), "Чтение дневников")
        pages.append(_pupil_week(number, name, diary.week(db, actor, pupil_id, monday), monday))
    _step(progress, len(pupils), len(pupils), "Готово")
    teacher_name = full_name(teacher.surname, teacher.name, teacher.patronymic) if teacher else ""
    return WeeklyDiary(school, year_label, cls.label, teacher_name, monday, saturday, tuple(pages))


def _request_of(request: ReportRequest) -> tuple[str, dt.date]:
    if not request.class_label:
        raise ServiceError("Дневник на неделю печатается для одного класса: выберите класс.")
    return request.class_label, request.week or request.day


def weekly_diary_report(db: Database, actor: Actor, request: ReportRequest, *, progress: ProgressFn = None,
                        cancelled: CancelledFn = None) -> Report:
    """What the printed diary will hold, to look at before printing: a row per pupil."""
    class_label, week = _request_of(request)
    data = weekly_diary(db, actor, class_label, week, progress=progress, cancelled=cancelled)
    rows = []
    for page in data.pupils:
        lines = [line for day in page.days for line in day.lines]
        rows.append((page.number, page.name, len(lines), sum(len(x.marks) for x in lines),
                     sum(n for code, n in page.missed.items() if code.counts_as_missed),
                     sum(len(x.remarks) for x in lines)))
    table = Table("Ученики", [Column("№", 0.4, "int"), Column("Ученик", 3.0), Column("Уроков", 0.8, "int"),
                              Column("Отметок", 0.8, "int"), Column("Пропущено уроков", 1.0, "int"),
                              Column("Замечаний", 0.9, "int")], rows)
    return Report(LABEL, data.school_name, f"{data.class_label} класс · {data.span_label} · "
                  f"{data.academic_year} учебный год", [table], generated_on=request.today or dt.date.today(),
                  landscape=False,
                  notes=["В PDF — страница на каждого ученика: уроки недели с домашним заданием, отметки с "
                         "видом работы, пропуски, замечания учителей, строка классного руководителя и место "
                         "для подписи родителя."])


def weekly_diary_export(db: Database, actor: Actor, request: ReportRequest, fmt: Format, path: Path, *,
                        progress: ProgressFn = None, cancelled: CancelledFn = None) -> Path:
    class_label, week = _request_of(request)
    data = weekly_diary(db, actor, class_label, week, cancelled=cancelled)

    def laying(done: int, total: int) -> None:
        _step(progress, done, total, "Вёрстка дневников")

    try:
        return write_weekly_diary(path, data, progress=laying, cancelled=cancelled)
    except BuildCancelled:
        raise Cancelled(f"Построение отчёта «{LABEL}» отменено.") from None


KINDS: list[ReportKind] = [
    ReportKind("weekly-diary", LABEL, frozenset({"class", "week"}), frozenset({"class", "week"}),
               weekly_diary_report, export=weekly_diary_export, formats=("pdf",)),
]
