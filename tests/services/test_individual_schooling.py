"""Individual schooling (индивидуальное обучение): a course for one pupil, kept on its own page; its
marks also show in the class journal on their dates, read-only there, and count in the pupil's average
(issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.reports import printouts
from ejournal_desktop.services.timetable import courses
from ejournal_desktop.storage.models import Course, Lesson

pytestmark = pytest.mark.both_backends

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)


def test_individual_marks_show_on_the_class_page_for_that_pupil_only(small_demo):
    db = small_demo
    zavuch = accounts.authenticate(db, "zavuch", "demo")
    class_id = printouts.class_id_by_label(db, "5А")
    (math,) = printouts.course_id_by_subject(db, class_id, "Математика")
    period = next(p for p in journal.periods_for(db, math) if p.start <= NOW.date() <= p.end)
    page = journal.load_grid(db, zavuch, math, period.id, now=NOW)
    pupil = page.rows[2]
    with db.session() as s:
        c = s.get(Course, math)
        subject_id, teacher_id = c.subject_id, c.teacher_id
    individual = courses.create_course(db, zavuch, kind="individual", subject_id=subject_id, teacher_id=teacher_id,
                                       pupil_id=pupil.pupil_id, hours_per_week=1, on=period.start)
    with db.session() as s, s.begin():
        lesson = Lesson(course_id=individual, date=NOW.date(), number=8, topic="Дроби (на дому)")
        s.add(lesson)
        s.flush()
        lesson_id = lesson.id
    journal.put_marks(db, zavuch, lesson_id, pupil.pupil_id, "2", now=NOW)

    page = journal.load_grid(db, zavuch, math, period.id, now=NOW)
    (column,) = [c for c in page.columns if c.individual]
    assert column.lesson_id == lesson_id and column.date == NOW.date()
    assert column.individual == pupil.short_name and not column.editable
    rows = {r.pupil_id: r for r in page.rows}
    assert [m.value for m in rows[pupil.pupil_id].marks[lesson_id]] == ["2"]
    assert all(lesson_id not in r.marks for pid, r in rows.items() if pid != pupil.pupil_id)
    # the columns stay in date order, the individual one after the class's lessons of that day
    keys = [(c.date, c.number) for c in page.columns if not c.individual]
    assert keys == sorted(keys) and [c.date for c in page.columns] == sorted(c.date for c in page.columns)
    # the «2» counts in the average on the class page
    before = [(m.value, m.weight) for lid, cell in rows[pupil.pupil_id].marks.items() if lid != lesson_id
              for m in cell]
    assert rows[pupil.pupil_id].average < sum(int(v) * w for v, w in before) / sum(w for _v, w in before)

    # the individual course's own page lists that pupil only
    own = journal.load_grid(db, zavuch, individual,
                            next(p.id for p in journal.periods_for(db, individual) if p.start <= NOW.date() <= p.end),
                            now=NOW)
    assert [r.pupil_id for r in own.rows] == [pupil.pupil_id]
    with db.session() as s:
        assert s.scalar(select(Lesson.course_id).where(Lesson.id == lesson_id)) == individual
