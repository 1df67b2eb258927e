"""The timetable's use cases on the small demo school (today = 2026-11-27, a Friday of the 2nd quarter):
weeks, a slot changed from a date with its conflicts, lessons regenerated without touching what holds
marks, substitutions, rights."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from ejournal_desktop.domain.timetable import ConflictKind
from ejournal_desktop.services import journal, timetable
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.errors import Cancelled, Refused
from ejournal_desktop.storage.models import (
    Attendance,
    AuditEntry,
    Course,
    Lesson,
    Mark,
    SchoolClass,
    Subject,
    TimetableEntry,
)

MSK = dt.timezone(dt.timedelta(hours=3))
TODAY = dt.date(2026, 11, 27)


def at(day: dt.date, hour: int = 12) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, tzinfo=MSK)


NOW = at(TODAY)


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


def class_id(db, label: str) -> int:
    return timetable.class_id_by_label(db, label)


def course_of(db, label: str, subject: str) -> int:
    with db.session() as s:
        return s.scalars(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                         .join(Subject, Subject.id == Course.subject_id)
                         .where(SchoolClass.id == class_id(db, label), Subject.name == subject)
                         .order_by(Course.id)).first()


def entries_of(db, course: int, on: dt.date) -> list[tuple[int, int, str]]:
    with db.session() as s:
        rows = s.execute(select(TimetableEntry.weekday, TimetableEntry.lesson_number, TimetableEntry.room,
                                TimetableEntry.valid_from, TimetableEntry.valid_to)
                         .where(TimetableEntry.course_id == course)).all()
    return sorted((r.weekday, r.lesson_number, r.room) for r in rows
                  if r.valid_from <= on and (r.valid_to is None or on <= r.valid_to))


def lessons_of(db, course: int) -> dict[tuple[dt.date, int], int]:
    with db.session() as s:
        return {(r.date, r.number): r.id for r in s.execute(
            select(Lesson.id, Lesson.date, Lesson.number).where(Lesson.course_id == course))}


def held(db, lesson_ids) -> set[int]:
    """Lessons with marks or attendance."""
    with db.session() as s:
        return (set(s.scalars(select(Mark.lesson_id).where(Mark.lesson_id.in_(lesson_ids))))
                | set(s.scalars(select(Attendance.lesson_id).where(Attendance.lesson_id.in_(lesson_ids)))))


# --- reading ------------------------------------------------------------------------------------------------

def test_a_class_week_shows_each_timetable_entry_of_its_courses_with_bells(small_demo):
    db = small_demo
    week = timetable.week(db, login(db, "zavuch"), "class", class_id(db, "5А"), TODAY)
    assert week.title == "5А класс" and week.editable
    with db.session() as s:
        expected = sorted(s.execute(
            select(TimetableEntry.weekday, TimetableEntry.lesson_number, TimetableEntry.course_id)
            .join(Course, Course.id == TimetableEntry.course_id)
            .where(Course.school_class_id == class_id(db, "5А"))).all())
    shown = sorted((wd, n, c.course_id) for (wd, n), cells in week.cells.items() for c in cells)
    assert shown == [tuple(r) for r in expected]
    assert week.bell_text(1) == "8:30–9:10"
    # English in subgroups: two courses side by side in one cell, not a conflict
    pairs = [cells for cells in week.cells.values() if len(cells) == 2]
    assert pairs and all({c.subgroup for c in cells} == {"1 группа", "2 группа"} for cells in pairs)
    assert week.conflicts == ()


def test_a_teacher_s_and_a_room_s_week(small_demo):
    db = small_demo
    deputy = login(db, "zavuch")
    math = course_of(db, "5А", "Математика")
    with db.session() as s:
        teacher = s.get(Course, math).teacher_id
    week = timetable.week(db, deputy, "teacher", teacher, TODAY)
    assert not week.editable
    with db.session() as s:
        taught = set(s.scalars(select(Course.id).where(Course.teacher_id == teacher)))
    assert {c.course_id for cells in week.cells.values() for c in cells} <= taught
    assert {(wd, n) for wd, n, _ in entries_of(db, math, TODAY)} <= set(week.cells)
    room = entries_of(db, math, TODAY)[0][2]
    room_week = timetable.week(db, deputy, "room", room, TODAY)
    assert room_week.title == f"Кабинет {room}"
    assert all(c.room == room for cells in room_week.cells.values() for c in cells)


def test_everyone_on_the_staff_may_read_the_timetable_and_only_they(small_demo):
    db = small_demo
    five_a = class_id(db, "5А")
    for who in ("teacher01", "secretary", "director", "admin"):
        assert timetable.week(db, login(db, who), "class", five_a, TODAY).cells
    for who in ("pupil-5a-01", "parent-5a-01"):
        with pytest.raises(Refused):
            timetable.week(db, login(db, who), "class", five_a, TODAY)


# --- changing a slot ------------------------------------------------------------------------------------------

def test_a_slot_changed_from_a_date_ends_the_old_entry_the_day_before_and_shows_the_conflicts(small_demo):
    db = small_demo
    deputy = login(db, "zavuch")
    five_a, ten_a = class_id(db, "5А"), class_id(db, "10А")
    # A 10А course whose teacher also teaches 10А's neighbour class at some slot: put it into 5А's
    # busiest slot at a time its teacher is in 10А.
    ten_week = timetable.week(db, deputy, "class", ten_a, TODAY)
    five_week = timetable.week(db, deputy, "class", five_a, TODAY)
    five_courses = {c.id: c for c in timetable.class_courses(db, deputy, five_a, TODAY)}
    slot, busy_course = next(
        ((wd, n), c) for (wd, n), cells in sorted(ten_week.cells.items()) for c in cells
        if (wd, n) in five_week.cells and len(five_week.cells[(wd, n)]) == 1
        and any(fc.teacher_id == c.teacher_id and fc.subgroup_id is None for fc in five_courses.values()))
    course = next(fc for fc in five_courses.values()
                  if fc.teacher_id == busy_course.teacher_id and fc.subgroup_id is None)
    replaced = five_week.cells[slot][0]
    start = dt.date(2026, 12, 7)

    result = timetable.set_slot(db, deputy, five_a, *slot, [(course.id, "301")], start, now=NOW)
    assert result.changed
    kinds = {(c.kind, c.course_ids) for c in result.week.conflicts}
    assert (ConflictKind.teacher, tuple(sorted((course.id, busy_course.course_id)))) in kinds
    assert (ConflictKind.load, (course.id,)) in kinds            # one lesson more than its load
    assert (ConflictKind.load, (replaced.course_id,)) in kinds   # one lesson fewer
    assert slot in result.week.conflict_slots
    assert [c.course_id for c in result.week.cells[slot]] == [course.id]
    # The old entry ends the day before; the week before the date is as it was.
    with db.session() as s:
        old = s.scalar(select(TimetableEntry).where(TimetableEntry.id == replaced.entry_id))
        assert old.valid_to == start - dt.timedelta(days=1)
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "timetable_slot")).all()
    assert [json.loads(a.new)["courses"] for a in audit] == [[{"course_id": course.id, "room": "301"}]]
    before = timetable.week(db, deputy, "class", five_a, start - dt.timedelta(days=1))
    assert [c.course_id for c in before.cells[slot]] == [replaced.course_id] and before.conflicts == ()
    # The teacher's week on the date shows the clash in both classes.
    teacher_week = timetable.week(db, deputy, "teacher", course.teacher_id, start)
    assert {c.class_label for c in teacher_week.cells[slot]} == {"5А", "10А"}
    assert slot in teacher_week.conflict_slots
    # Putting it back from the same date removes the new entry and the conflicts with it.
    back = timetable.set_slot(db, deputy, five_a, *slot, [(replaced.course_id, replaced.room)], start, now=NOW)
    assert back.changed and back.week.conflicts == ()


def test_two_whole_class_courses_in_one_slot_are_refused_and_nothing_is_written(small_demo):
    db = small_demo
    deputy = login(db, "zavuch")
    five_a = class_id(db, "5А")
    math, russian = course_of(db, "5А", "Математика"), course_of(db, "5А", "Русский язык")
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(TimetableEntry))
    with pytest.raises(timetable.TimetableError, match="только для подгрупп"):
        timetable.set_slot(db, deputy, five_a, 0, 1, [(math, "202"), (russian, "201")], TODAY, now=NOW)
    with pytest.raises(timetable.TimetableError, match="не относится к 5А"):
        timetable.set_slot(db, deputy, five_a, 0, 1, [(course_of(db, "10А", "Физика"), "")], TODAY, now=NOW)
    with pytest.raises(timetable.TimetableError, match="вне 2026/2027"):
        timetable.set_slot(db, deputy, five_a, 0, 1, [(math, "")], dt.date(2027, 9, 1), now=NOW)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(TimetableEntry)) == before


def test_only_the_deputy_and_the_administrator_edit_the_timetable(small_demo):
    db = small_demo
    five_a = class_id(db, "5А")
    math = course_of(db, "5А", "Математика")
    for who in ("teacher01", "director", "secretary"):
        with pytest.raises(Denied, match="составление расписания"):
            timetable.set_slot(db, login(db, who), five_a, 0, 7, [(math, "")], TODAY, now=NOW)
        with pytest.raises(Denied):
            timetable.generate_lessons(db, login(db, who), TODAY, now=NOW)
    with db.session() as s:
        denied = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "denied"))
    assert denied == 6
    assert timetable.set_slot(db, login(db, "admin"), five_a, 0, 7, [(math, "")], TODAY, now=NOW).changed


# --- lessons from the timetable -----------------------------------------------------------------------------

def test_generation_on_the_demo_school_finds_its_lessons_already_in_place(small_demo):
    db = small_demo
    report = timetable.generate_lessons(db, login(db, "zavuch"), dt.date(2026, 9, 1), now=NOW)
    assert (report.start, report.asked_start, report.end) == (TODAY, dt.date(2026, 9, 1), dt.date(2027, 8, 31))
    assert (report.created, report.deleted, report.moved, report.kept) == (0, 0, 0, ())
    assert "Прошедшие уроки (до 27.11.2026) не изменялись" in report.summary()


def test_moving_a_lesson_regenerates_only_future_lessons(small_demo):
    db = small_demo
    deputy = login(db, "zavuch")
    five_a = class_id(db, "5А")
    week = timetable.week(db, deputy, "class", five_a, TODAY)
    thursday = sorted(n for wd, n in week.cells if wd == 3)
    slot = (3, thursday[0])
    moved = week.cells[slot][0]
    free = thursday[-1] + 1
    before = lessons_of(db, moved.course_id)
    start = dt.date(2026, 12, 3)  # a Thursday
    timetable.set_slot(db, deputy, five_a, *slot, [], start, now=NOW)
    result = timetable.set_slot(db, deputy, five_a, 3, free, [(moved.course_id, moved.room)], start,
                                regenerate=True, now=NOW)
    report = result.generation
    after = lessons_of(db, moved.course_id)
    assert len(after) == len(before)                      # as many lessons as before, at the new hour
    thursdays = sorted(d for d, _ in before if d.weekday() == 3 and d >= start)
    assert {(d, free) for d in thursdays} <= set(after) and not {(d, slot[1]) for d in thursdays} & set(after)
    assert {k: v for k, v in after.items() if k[0] < start} == {k: v for k, v in before.items() if k[0] < start}
    assert (report.created, report.deleted) == (len(thursdays), len(thursdays))
    assert result.week.conflicts == ()


def test_regeneration_leaves_lessons_with_marks_or_attendance_alone_and_reports_them(small_demo):
    db = small_demo
    deputy = login(db, "zavuch")
    five_a = class_id(db, "5А")
    # The deputy changes the timetable from Monday 23.11 with the clock at that morning: the lessons of
    # the week that followed hold marks, attendance and topics by now.
    monday = dt.date(2026, 11, 23)
    week = timetable.week(db, deputy, "class", five_a, monday)
    slots = sorted(k for k, cells in week.cells.items() if len(cells) == 1)
    course = week.cells[slots[0]][0].course_id
    own_slots = [k for k in slots if week.cells[k][0].course_id == course]
    before = lessons_of(db, course)
    with db.session() as s:
        topics = dict(s.execute(select(Lesson.id, Lesson.topic).where(Lesson.course_id == course)).all())
    with_data = held(db, list(before.values()))
    assert with_data, "the demo's past lessons hold marks or attendance"

    for wd, n in own_slots:   # the course leaves the timetable from Monday on
        timetable.set_slot(db, deputy, five_a, wd, n, [], monday, now=at(monday, 8))
    report = timetable.generate_lessons(db, deputy, monday, class_id=five_a, now=at(monday, 8))

    after = lessons_of(db, course)
    assert {v for k, v in after.items() if v in with_data} == with_data           # none deleted
    with db.session() as s:
        kept_topics = dict(s.execute(select(Lesson.id, Lesson.topic).where(Lesson.course_id == course)).all())
        numbers = dict(s.execute(select(Lesson.id, Lesson.number).where(Lesson.id.in_(with_data))).all())
    assert all(kept_topics[i] == topics[i] for i in with_data)                    # nor changed
    assert all((d, numbers[i]) in before and before[(d, numbers[i])] == i for (d, _), i in after.items()
               if i in with_data)
    # Future lessons of the course are gone; the ones from 23.11 that hold something are reported.
    assert not [k for k, v in after.items() if k[0] > TODAY]
    reported = {k.lesson_id for k in report.kept}
    held_from_monday = {v for k, v in before.items() if k[0] >= monday and v in with_data}
    assert held_from_monday and held_from_monday <= reported
    assert all(k.reason == "есть отметки или посещаемость" for k in report.kept if k.lesson_id in held_from_monday)
    assert report.deleted == len([k for k in before if k[0] > TODAY])
    assert "Оставлены как есть" in report.summary()
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "generate")).one()
    assert sorted(json.loads(entry.new)["kept_ids"]) == sorted(reported)


def test_a_cancelled_generation_leaves_the_journal_as_it_was(small_demo):
    db = small_demo
    deputy = login(db, "zavuch")
    five_a = class_id(db, "5А")
    timetable.set_slot(db, deputy, five_a, 0, 8, [(course_of(db, "5А", "Математика"), "202")], TODAY, now=NOW)
    with db.session() as s:
        count = s.scalar(select(func.count()).select_from(Lesson))
    calls = []
    with pytest.raises(Cancelled):
        timetable.generate_lessons(db, deputy, TODAY, now=NOW, cancelled=lambda: bool(calls.append(1)) or
                                   len(calls) > 3)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Lesson)) == count
    done = timetable.generate_lessons(db, deputy, TODAY, now=NOW)
    assert done.created > 0
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Lesson)) == count + done.created


# --- substitutions --------------------------------------------------------------------------------------------

def test_a_substitute_recorded_from_the_timetable_may_fill_that_lesson_and_no_other(small_demo):
    db = small_demo
    deputy, substitute = login(db, "zavuch"), login(db, "teacher04")
    five_a = class_id(db, "5А")
    day = timetable.lessons_on(db, deputy, TODAY, class_id=five_a)
    lesson = next(x for x in day if x.teacher_id != substitute.staff_id)
    other = next(x for x in day if x.lesson_id != lesson.lesson_id and x.teacher_id != substitute.staff_id)
    journal.set_substitute(db, deputy, lesson.lesson_id, substitute.staff_id, now=NOW)
    again = {x.lesson_id: x for x in timetable.lessons_on(db, deputy, TODAY, class_id=five_a)}
    assert again[lesson.lesson_id].substitute_id == substitute.staff_id
    name = next(s.short_name for s in journal.staff_for_substitution(db, deputy, TODAY)
                if s.id == substitute.staff_id)
    assert again[lesson.lesson_id].substitute == name
    grid = journal.load_grid(db, substitute, lesson.course_id,
                             next(p.id for p in journal.periods_for(db, lesson.course_id) if p.start <= TODAY <= p.end),
                             now=NOW)
    assert [c.lesson_id for c in grid.columns if c.editable] == [lesson.lesson_id]
    pupil = grid.rows[0].pupil_id
    journal.update_lesson(db, substitute, lesson.lesson_id, topic="Замена: повторение", now=NOW)
    journal.set_attendance(db, substitute, lesson.lesson_id, pupil, "Н", now=NOW)
    with pytest.raises(Denied):
        journal.set_attendance(db, substitute, other.lesson_id, pupil, "Н", now=NOW)
    # Teachers do not record substitutions.
    with pytest.raises(Denied, match="запись замен"):
        timetable.lessons_on(db, substitute, TODAY, class_id=five_a)


def test_the_demo_school_timetable_has_no_conflicts(tmp_path):
    """The demo is what a school first looks at: no room taken twice (each PE teacher has a gym), no
    teacher in two places, every course's weekly lessons as its load — in the full-size school, which
    has several PE teachers."""
    from journal_testing import DEMO_TODAY, TEST_KEY_HEX

    from ejournal_desktop.services import demo
    from ejournal_desktop.storage import database
    db = database.create(tmp_path / "school.db", key=bytes.fromhex(TEST_KEY_HEX))
    try:
        demo.generate(db, "school", seed=1, today=DEMO_TODAY)
        found = timetable.conflicts(db, login(db, "zavuch"), on=dt.date(2026, 11, 23))
    finally:
        db.close()
    assert found == [], [c.message for c in found[:5]]
