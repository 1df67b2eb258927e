"""Generating lessons from the timetable: the school days of the periods minus each grade's holidays.

Never before today; lessons with marks or attendance are never touched, those with a topic or homework
never deleted (`domain.timetable.plan_lessons`); the report names what was kept.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from ...domain import timetable as rules
from ...domain.calendar import Holiday as CalHoliday
from ...domain.rights import Action
from ...domain.timetable import ExistingLesson, WeeklyEntry
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Attendance,
    Course,
    Holiday,
    Lesson,
    Mark,
    MarkCorrection,
    MovedDay,
    Period,
    SchoolClass,
    YearStatus,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import Cancelled
from .model import GenerationReport, KeptLesson, Progress, TimetableError
from .weeks import find_year, timetable_entries, year_bounds, year_courses

_l = Lesson.__table__


def _local_today(now: dt.datetime) -> dt.date:
    return now.astimezone().date()


def _grade_calendar(session: Session, year: AcademicYear):
    periods = session.execute(select(Period.start, Period.end, Period.grade_from, Period.grade_to)
                              .where(Period.academic_year_id == year.id)).all()
    holidays = session.execute(select(Holiday.name, Holiday.start, Holiday.end, Holiday.grade_from,
                                      Holiday.grade_to).where(Holiday.academic_year_id == year.id)).all()

    def for_grade(grade: int | None) -> tuple[list[tuple[dt.date, dt.date]], list[CalHoliday]]:
        if grade is None:  # a club of several classes: every period, the holidays of every grade
            return ([(p.start, p.end) for p in periods],
                    [CalHoliday(h.name, h.start, h.end) for h in holidays if h.grade_from <= 1 and h.grade_to >= 11])
        return ([(p.start, p.end) for p in periods if p.grade_from <= grade <= p.grade_to],
                [CalHoliday(h.name, h.start, h.end) for h in holidays if h.grade_from <= grade <= h.grade_to])
    return for_grade


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def generate_in(session: Session, actor: Actor, year: AcademicYear, start: dt.date, end: dt.date | None,
                course_ids: Sequence[int] | None, now: dt.datetime, progress: Progress | None,
                cancelled: Callable[[], bool] | None) -> GenerationReport:
    first, last = year_bounds(year)
    end = min(end or last, last)
    asked = start
    today = _local_today(now)
    start = max(start, today, first)
    courses = year_courses(session, year.id)
    ids = sorted(courses) if course_ids is None else [i for i in course_ids if i in courses]
    entries: dict[int, list[WeeklyEntry]] = defaultdict(list)
    for e in timetable_entries(session, ids):
        entries[e.course_id].append(WeeklyEntry(e.weekday, e.number, e.room, e.valid_from, e.valid_to))
    # Existing lessons in the range, with what protects them (marks, attendance, corrections: read as
    # sets of lesson ids, far cheaper here than a correlated EXISTS per lesson).
    has_text = or_(_l.c.topic != "", _l.c.homework != "", _l.c.work_kind != "",
                   _l.c.substitute_teacher_id.is_not(None))
    existing: dict[int, list[ExistingLesson]] = defaultdict(list)
    conn = session.connection()
    if start <= end and ids:
        for chunk in _chunks(ids):
            in_range = (_l.c.course_id.in_(chunk), _l.c.date >= start, _l.c.date <= end)
            held: set[int] = set()
            for table in (Mark.__table__, Attendance.__table__, MarkCorrection.__table__):
                held.update(conn.execute(select(table.c.lesson_id).distinct()
                                         .join(_l, _l.c.id == table.c.lesson_id).where(*in_range)).scalars().all())
            for r in conn.execute(select(_l.c.id, _l.c.course_id, _l.c.date, _l.c.number, _l.c.room,
                                         has_text.label("text")).where(*in_range)).all():
                existing[r.course_id].append(ExistingLesson(r.id, r.date, r.number, r.room or "", r.id in held,
                                                            bool(r.text)))
    calendar_of = _grade_calendar(session, year)
    moved_days = [tuple(r) for r in session.execute(select(MovedDay.day_off, MovedDay.working_day, MovedDay.works_as)
                                                    .where(MovedDay.academic_year_id == year.id))]
    days_cache: dict[int | None, dict[int, list[dt.date]]] = {}
    create_rows, delete_ids, moves, rooms = [], [], [], []
    kept: list[KeptLesson] = []
    lesson_dates: dict[int, tuple[dt.date, int]] = {}
    total = len(ids)
    for done, cid in enumerate(ids):
        if cancelled is not None and cancelled():
            raise Cancelled("Создание уроков отменено: журнал не изменён.")
        if progress is not None and done % 20 == 0:
            progress(done, total, f"Расписание → уроки: {courses[cid].label}")
        c = courses[cid]
        if c.grade not in days_cache:
            periods, holidays = calendar_of(c.grade)
            days = rules.school_days(start, end, periods, holidays) if start <= end else []
            by_wd: dict[int, list[dt.date]] = defaultdict(list)
            for d in days:
                by_wd[d.weekday()].append(d)
            if moved_days:  # перенос рабочего дня (issue 15): the day off goes, the working day comes
                by_wd = rules.apply_moved_days(by_wd, moved_days, start, end, periods)
            days_cache[c.grade] = by_wd
        wanted = rules.wanted_lessons(entries.get(cid, ()), days_cache[c.grade])
        plan = rules.plan_lessons(wanted, existing.get(cid, ()), today)
        for d, n, room in plan.create:
            create_rows.append({"course_id": cid, "date": d, "number": n, "room": room, "topic": "", "homework": "",
                                "work_kind": ""})
        delete_ids += plan.delete
        moves += plan.move
        rooms += plan.rooms
        for lesson in existing.get(cid, ()):
            lesson_dates[lesson.id] = (lesson.date, lesson.number)
        for lid in plan.kept_records:
            kept.append(KeptLesson(lid, cid, c.label, *lesson_dates[lid], "есть отметки или посещаемость"))
        for lid in plan.kept_text:
            kept.append(KeptLesson(lid, cid, c.label, *lesson_dates[lid],
                                   "есть тема, домашнее задание или замена"))
    if cancelled is not None and cancelled():
        raise Cancelled("Создание уроков отменено: журнал не изменён.")
    for chunk in _chunks(delete_ids):
        conn.execute(delete(Lesson).where(Lesson.id.in_(chunk)))
    for lid, number, room in moves:
        conn.execute(update(Lesson).where(Lesson.id == lid).values(number=number, room=room))
    for lid, room in rooms:
        conn.execute(update(Lesson).where(Lesson.id == lid).values(room=room))
    for chunk in _chunks(create_rows, 2000):
        conn.execute(insert(Lesson), chunk)
    report = GenerationReport(start, end, asked, len(ids), len(create_rows), len(delete_ids), len(moves),
                              len(rooms), tuple(sorted(kept, key=lambda k: (k.date, k.number, k.course))))
    if report.changed or kept:
        audit.record(session, actor.account_id, "generate", "lesson", None,
                     new={"from": start.isoformat(), "to": end.isoformat(), "courses": len(ids),
                          "created": len(create_rows), "deleted_ids": delete_ids,
                          "moved": [{"lesson_id": lid, "number": n} for lid, n, _ in moves],
                          "rooms_changed": len(rooms), "kept_ids": [k.lesson_id for k in kept]}, at=now)
    if progress is not None:
        progress(total, total, "Готово")
    return report


def generate_lessons(db: Database, actor: Actor, start: dt.date, end: dt.date | None = None, *,
                     class_id: int | None = None, course_ids: Sequence[int] | None = None,
                     academic_year_id: int | None = None, now: dt.datetime | None = None,
                     progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
                     ) -> GenerationReport:
    """Create the lessons the timetable gives from `start` (never before today) to `end` (default: the end
    of the year) for the whole school, a class or some courses; delete those it no longer gives unless
    they hold anything; report what was kept. All or nothing: a cancel leaves the journal as it was."""
    now = now or dt.datetime.now(dt.timezone.utc)
    with unit(db, actor) as session:
        require(actor, Action.edit_timetable, detail="создание уроков по расписанию")
        if class_id is not None:
            cls = session.get(SchoolClass, class_id)
            if cls is None:
                raise TimetableError("Такого класса нет.")
            year = session.get(AcademicYear, cls.academic_year_id)
            course_ids = list(session.scalars(select(Course.id).where(Course.school_class_id == class_id)))
        elif academic_year_id is not None:
            year = find_year(session, academic_year_id)
        else:
            year = session.scalar(select(AcademicYear).where(AcademicYear.start_year == (
                start.year if start.month >= 9 else start.year - 1)))
            if year is None:
                raise TimetableError(f"Дата {start:%d.%m.%Y} не относится ни к одному учебному году журнала.")
        if year.status is not YearStatus.open:
            raise TimetableError(f"Учебный год {year.label} закрыт: уроки не создаются.")
        first, last = year_bounds(year)
        if not first <= start <= last:
            raise TimetableError(f"Дата начала {start:%d.%m.%Y} вне {year.label} учебного года.")
        if end is not None and end < start:
            raise TimetableError(f"Дата окончания {end:%d.%m.%Y} раньше даты начала {start:%d.%m.%Y}.")
        return generate_in(session, actor, year, start, end, course_ids, now, progress, cancelled)
