"""The journal grid: opening a class's page for a period, and putting marks.

load_grid against the same queries on a raw sqlcipher3 connection (rows fetched, nothing built);
put_marks (rights, rules, write, audit, commit) on a copy of the school, so the cached file stays
as it was.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Course, Enrollment, Lesson, Mark

from .common import BENCH_KEY_HEX, Row, repeat

# What load_grid reads, as plain SQL: the course, its periods, the settings, the grading system,
# the work types, the class list, names, lessons, marks, attendance and period marks.
_RAW_SQL = (
    ("SELECT c.*, sc.grade, sc.letter, sc.class_teacher_id, s.name, s.short_name, sg.name, t.surname, t.name, "
     "t.patronymic FROM course c JOIN subject s ON s.id = c.subject_id JOIN staff t ON t.id = c.teacher_id "
     "LEFT JOIN school_class sc ON sc.id = c.school_class_id LEFT JOIN subgroup sg ON sg.id = c.subgroup_id "
     "WHERE c.id = ?", ("course",)),
    ("SELECT id, kind, number, start, \"end\", grade_from FROM period WHERE academic_year_id = "
     "(SELECT academic_year_id FROM course WHERE id = ?) ORDER BY grade_from, start", ("course",)),
    ("SELECT key, value FROM setting", ()),
    ("SELECT gs.code, gs.name, gv.code, gv.label, gv.points, gv.passing, gv.quality FROM grading_system gs "
     "JOIN grade_value gv ON gv.grading_system_id = gs.id WHERE gs.id = "
     "(SELECT grading_system_id FROM course WHERE id = ?) ORDER BY gv.sort_order, gv.id", ("course",)),
    ("SELECT id, code, name, weight, color, entry_days, is_default FROM work_type ORDER BY sort_order, id", ()),
    ("SELECT e.pupil_id, e.arrived_on, e.departed_on FROM enrollment e WHERE e.school_class_id = ? "
     "AND e.arrived_on <= ? AND (e.departed_on IS NULL OR e.departed_on > ?)", ("class", "end", "start")),
    ("SELECT p.id, p.surname, p.name, p.patronymic FROM pupil p WHERE p.id IN (SELECT e.pupil_id FROM "
     "enrollment e WHERE e.school_class_id = ? AND e.arrived_on <= ? AND (e.departed_on IS NULL "
     "OR e.departed_on > ?))", ("class", "end", "start")),
    ("SELECT id, date, number, topic, homework, work_kind, substitute_teacher_id FROM lesson "
     "WHERE course_id = ? AND date >= ? AND date <= ? ORDER BY date, number", ("course", "start", "end")),
    ("SELECT m.id, m.lesson_id, m.pupil_id, m.value, m.work_type_id, m.weight, m.comment FROM mark m "
     "JOIN lesson l ON l.id = m.lesson_id WHERE l.course_id = ? AND l.date >= ? AND l.date <= ? ORDER BY m.id",
     ("course", "start", "end")),
    ("SELECT a.pupil_id, a.lesson_id, a.code FROM attendance a JOIN lesson l ON l.id = a.lesson_id "
     "WHERE l.course_id = ? AND l.date >= ? AND l.date <= ?", ("course", "start", "end")),
    ("SELECT pupil_id, kind, value FROM period_mark WHERE course_id = ? AND (period_id = ? OR kind != 'period')",
     ("course", "period")),
)


def _busiest_page(db) -> tuple[int, int, int, int, dt.date]:
    """(course, class, teacher's staff id, period id, last lesson date): the largest class's course
    with the most lessons in one period."""
    with db.session() as s:
        sizes = dict(s.execute(select(Enrollment.school_class_id, func.count()).where(
            Enrollment.departed_on.is_(None)).group_by(Enrollment.school_class_id)).all())
        best = None
        for cid, class_id, teacher in s.execute(select(Course.id, Course.school_class_id, Course.teacher_id).where(
                Course.school_class_id.is_not(None), Course.subgroup_id.is_(None), Course.kind == "lesson")):
            lessons = s.scalar(select(func.count()).select_from(Lesson).where(Lesson.course_id == cid))
            score = (sizes.get(class_id, 0), lessons)
            if best is None or score > best[0]:
                best = (score, cid, class_id, teacher)
        _, cid, class_id, teacher = best
    periods = journal.periods_for(db, cid)
    with db.session() as s:
        counts = [(s.scalar(select(func.count()).select_from(Lesson).where(
            Lesson.course_id == cid, Lesson.date >= p.start, Lesson.date <= p.end)), p) for p in periods]
        _, period = max(counts, key=lambda x: x[0])
        last = s.scalar(select(func.max(Lesson.date)).where(Lesson.course_id == cid, Lesson.date <= period.end))
    return cid, class_id, teacher, period.id, last


def run(path: Path) -> list[Row]:
    key = bytes.fromhex(BENCH_KEY_HEX)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copy2(path, copy)
        db = database.open_file(copy, key=key)
        try:
            return _run(db, copy)
        finally:
            db.close()


def _run(db, path: Path) -> list[Row]:
    course, class_id, _teacher, period_id, last_day = _busiest_page(db)
    deputy = accounts.authenticate(db, "zavuch", "demo")
    period = next(p for p in journal.periods_for(db, course) if p.id == period_id)
    now = dt.datetime.combine(last_day, dt.time(12), dt.timezone(dt.timedelta(hours=3)))
    grid = journal.load_grid(db, deputy, course, period_id, now=now)
    args = {"class": class_id, "course": course, "period": period_id,
            "start": period.start.isoformat(), "end": period.end.isoformat()}

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{BENCH_KEY_HEX}'\"")

    def raw():
        for sql, names in _RAW_SQL:
            conn.execute(sql, tuple(args[n] for n in names)).fetchall()

    def ours():
        journal.load_grid(db, deputy, course, period_id, now=now)

    raw(), ours()  # warm the caches
    rows = [Row(f"open a grid: {len(grid.rows)} pupils × {len(grid.columns)} lessons",
                repeat(ours, 21), repeat(raw, 21), "load_grid vs the same queries, raw rows")]
    conn.close()

    pages = journal.courses_for(db, deputy)
    rows.append(Row(f"the journal's page list (courses_for): {len(pages)} courses",
                    repeat(lambda: journal.courses_for(db, deputy), 7),
                    note="the deputy: substitutions of the year, every course"))

    # put_marks: the deputy on the period's last lessons (the year may be closed for teachers).
    # The period's last lesson day with pupils still unmarked (a written work marks everyone).
    with db.session() as s:
        days = s.scalars(select(Lesson.date).where(Lesson.course_id == course, Lesson.date >= period.start,
                                                   Lesson.date <= last_day).distinct()
                         .order_by(Lesson.date.desc()).limit(10)).all()
        for day in days:
            lessons = s.scalars(select(Lesson.id).where(Lesson.course_id == course, Lesson.date == day)).all()
            marked = set(s.scalars(select(Mark.pupil_id).where(Mark.lesson_id.in_(lessons))))
            free = [r.pupil_id for r in grid.rows if r.belongs_on(day) and r.pupil_id not in marked]
            if free:
                break
    when = dt.datetime.combine(day, dt.time(12), dt.timezone(dt.timedelta(hours=3)))
    times = []
    for pupil in free[:15]:
        times += repeat(lambda p=pupil: journal.put_marks(db, deputy, lessons[0], p, "5 4", now=when), 1)
    if times:
        rows.append(Row("put «5 4» into a cell", times,
                        note=f"median of {len(times)}: rights, rules, 2 marks + audit, commit"))
    return rows
