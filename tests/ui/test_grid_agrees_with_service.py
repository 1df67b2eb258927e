"""The grid greys exactly the cells the services refuse: one rule (domain.entry_rules), two feeders.

For every cell of a page (lessons and the period, year, exam and final marks) the grid model's answer,
fed from GridData, is compared with the service's, fed from the database — at several dates, for
the teacher and the deputy, before and after year marks, and with a period-mark window set.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ejournal_desktop.domain import entry_rules as rules
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts, settings
from ejournal_desktop.storage.models import Course, SchoolClass, Subject
from ejournal_desktop.ui.grid_model import JournalGridModel

pytestmark = pytest.mark.gui

MSK = dt.timezone(dt.timedelta(hours=3))


def at(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=MSK)


def course_of(db) -> int:
    with db.session() as s:
        return s.scalar(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                        .join(Subject, Subject.id == Course.subject_id)
                        .where(SchoolClass.grade == 5, SchoolClass.letter == "А", Subject.name == "Русский язык",
                               Course.kind == "lesson").order_by(Course.id).limit(1))


def compare(db, actor, course: int, period, now: dt.datetime) -> tuple[int, int]:
    """Assert the grid and the service agree on every cell; (cells open, cells closed)."""
    grid = journal.load_grid(db, actor, course, period.id, now=now)
    model = JournalGridModel()
    model.set_grid(grid)
    counts = [0, 0]
    answers = journal.cell_rules(db, actor, [(c.lesson_id, row.pupil_id) for row in grid.rows
                                             for c in grid.columns if not c.individual], now=now)
    for r, row in enumerate(grid.rows):
        for c in range(model.FIRST_LESSON, model.columnCount()):
            index = model.index(r, c)
            column = model.lesson_at(c)
            kind = model.tail_kind(c)
            if column is not None:
                if column.individual:
                    continue  # another course's lesson, read-only here (marked on its own page)
                service = answers[column.lesson_id, row.pupil_id]
                mine = model.verdict(index)
                where = f"{row.full_name}, {column.date:%d.%m}"
                assert (mine.marks, mine.attendance) == (service.marks, service.attendance), where
            elif kind != model.AVERAGE:
                service = journal.period_cell_rule(db, actor, course, row.pupil_id, kind, period.id, now=now)
                assert model.verdict(index) == service, f"{row.full_name}, {kind}"
            else:
                continue
            editable = bool(model.flags(index) & model._EDITABLE & ~model._ENABLED)
            assert editable == (service.open if isinstance(service, rules.LessonCell) else service.allowed)
            counts[0 if editable else 1] += 1
    return counts[0], counts[1]


def test_grid_and_service_agree_on_every_cell(qapp, small_demo):
    db = small_demo
    teacher = accounts.authenticate(db, "teacher02", "demo")
    deputy = accounts.authenticate(db, "zavuch", "demo")
    course = course_of(db)
    periods = journal.periods_for(db, course)
    today = dt.date(2026, 11, 27)
    current = next(p for p in periods if p.start <= today <= p.end)
    last = periods[-1]

    opened, closed = compare(db, teacher, course, current, at(today))
    assert opened and closed  # today's lesson open, the rest closed
    compare(db, deputy, course, current, at(today))

    # The day of the year's last lesson: the year marks go in, then that pupil's cells close.
    grid = journal.load_grid(db, teacher, course, last.id, now=at(today))
    end = max(c.date for c in grid.columns)
    compare(db, teacher, course, last, at(end))
    marked = grid.rows[0].pupil_id
    journal.set_period_mark(db, teacher, course, marked, "year", None, "5", now=at(end))
    compare(db, teacher, course, last, at(end))
    compare(db, teacher, course, current, at(end))
    compare(db, deputy, course, last, at(end))
    model = JournalGridModel()
    model.set_grid(journal.load_grid(db, teacher, course, last.id, now=at(end)))
    index = model.index(0, model.column_of(grid.columns[-1].lesson_id))
    assert "Годовая отметка уже выставлена" in model.closed_reason(index)

    # A period-mark window: three days after the last lesson the teacher needs the deputy.
    settings.set(db, accounts.authenticate(db, "zavuch", "demo"), "period_mark_window_days", 2)  # a grading rule: the deputy's
    later = at(end + dt.timedelta(days=3))
    compare(db, teacher, course, last, later)
    model.set_grid(journal.load_grid(db, teacher, course, last.id, now=later))
    verdict = model.verdict(model.index(1, model.column_of(model.PERIOD)))
    assert verdict.action == rules.ASK_DEPUTY and "истёк" in verdict.reason
