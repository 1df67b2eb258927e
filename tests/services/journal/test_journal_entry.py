"""One typed cell, one transaction: marks and attendance together, one audit operation, one undo."""

from __future__ import annotations

import json
import datetime as dt

import pytest
from sqlalchemy import func, select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.journal.entry import enter_cell
from ejournal_desktop.storage.models import Attendance, AuditEntry, Course, Lesson, Mark, SchoolClass, Subject

MSK = dt.timezone(dt.timedelta(hours=3))
TODAY = dt.date(2026, 11, 27)
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)


@pytest.fixture
def cell(small_demo):
    """teacher02 on today's lesson of 5А Русский язык, a pupil with an empty cell."""
    db = small_demo
    actor = accounts.authenticate(db, "teacher02", "demo")
    with db.session() as s:
        course = s.scalar(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                          .join(Subject, Subject.id == Course.subject_id)
                          .where(SchoolClass.grade == 5, SchoolClass.letter == "А", Subject.name == "Русский язык",
                                 Course.kind == "lesson").order_by(Course.id).limit(1))
        lesson = s.scalar(select(Lesson.id).where(Lesson.course_id == course, Lesson.date == TODAY).limit(1))
    period = next(p for p in journal.periods_for(db, course) if p.start <= TODAY <= p.end)
    grid = journal.load_grid(db, actor, course, period.id, now=NOW)
    row = next(r for r in grid.rows if not r.marks.get(lesson) and lesson not in r.attendance and r.belongs_on(TODAY))
    return db, actor, lesson, row.pupil_id


def stored(db, lesson, pupil):
    with db.session() as s:
        marks = tuple(s.scalars(select(Mark.value).where(Mark.lesson_id == lesson, Mark.pupil_id == pupil)
                                .order_by(Mark.id)))
        code = s.scalar(select(Attendance.code).where(Attendance.lesson_id == lesson, Attendance.pupil_id == pupil))
    return marks, code.value if code else None


def audit_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count(AuditEntry.id)))


def test_н_7_saves_nothing_and_says_why(cell):
    db, actor, lesson, pupil = cell
    before = audit_count(db)
    with pytest.raises(journal.InvalidEntry) as error:
        enter_cell(db, actor, lesson, pupil, "Н 7", shown_marks="", shown_attendance="", now=NOW)
    assert "«7» не входит в пятибалльную систему" in str(error.value)
    assert stored(db, lesson, pupil) == ((), None)
    assert audit_count(db) == before


@pytest.mark.parametrize(("typed", "marks", "code"), [
    ("H 5", ("5",), "Н"), ("y", (), "Н"), ("Н 5", ("5",), "Н"), ("5/4", ("5", "4"), None), ("jg", (), "ОП"),
])
def test_typed_on_the_latin_layout_is_saved_as_н_and_the_mark(cell, typed, marks, code):
    db, actor, lesson, pupil = cell
    result = enter_cell(db, actor, lesson, pupil, typed, shown_marks="", shown_attendance="", now=NOW)
    assert stored(db, lesson, pupil) == (marks, code)
    assert result.changes.cells == ((pupil, lesson),)


def test_н_5_is_one_audit_operation_and_one_undo(cell):
    db, actor, lesson, pupil = cell
    before = audit_count(db)
    enter_cell(db, actor, lesson, pupil, "Н 5", shown_marks="", shown_attendance="", now=NOW)
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(audit_count(db) - before)).all()
    assert {e.entity for e in entries} == {"mark", "attendance"}
    assert len({json.loads(e.new)["op"] for e in entries}) == 1
    journal.undo_last(db, actor, now=NOW)
    assert stored(db, lesson, pupil) == ((), None)


def test_a_refused_half_leaves_the_other_half_unwritten(cell):
    """Attendance allowed, the mark refused (another user changed the marks): nothing is written."""
    db, actor, lesson, pupil = cell
    journal.put_marks(db, actor, lesson, pupil, "4", now=NOW)
    with pytest.raises(journal.Conflict):
        enter_cell(db, actor, lesson, pupil, "Н 5", shown_marks="", shown_attendance="", now=NOW)
    assert stored(db, lesson, pupil) == (("4",), None)


def test_typing_over_the_cell_replaces_marks_and_code(cell):
    db, actor, lesson, pupil = cell
    enter_cell(db, actor, lesson, pupil, "Н 5", shown_marks="", shown_attendance="", now=NOW)
    enter_cell(db, actor, lesson, pupil, "4", shown_marks="5", shown_attendance="Н", now=NOW)
    assert stored(db, lesson, pupil) == (("4",), None)
    enter_cell(db, actor, lesson, pupil, "", shown_marks="4", shown_attendance="", now=NOW)
    assert stored(db, lesson, pupil) == ((), None)


def test_a_future_lesson_is_refused_by_the_cell_rule(cell):
    db, actor, lesson, pupil = cell
    with db.session() as s:
        course = s.scalar(select(Lesson.course_id).where(Lesson.id == lesson))
        future = s.scalar(select(Lesson.id).where(Lesson.course_id == course, Lesson.date > TODAY).limit(1))
    with pytest.raises(journal.RuleViolation) as error:
        enter_cell(db, actor, future, pupil, "н 5", shown_marks="", shown_attendance="", now=NOW)
    assert "ещё не прошёл" in str(error.value)
    assert stored(db, future, pupil) == ((), None)
