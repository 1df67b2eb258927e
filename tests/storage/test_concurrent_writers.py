"""Two programs on one journal file (the GUI while a scheduled backup or a command-line report runs,
two windows): every save lands, every login succeeds; a write that still cannot get the lock is
refused in Russian, naming the file, and nothing is half-written."""

from __future__ import annotations

import pytest
import sqlcipher3
from journal_testing import DEMO_TODAY, TEST_KEY_HEX
from sqlalchemy import func, select, tuple_

from bench.concurrency import free_cells, run_writers
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.errors import Busy
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Mark

pytestmark = pytest.mark.file_only


def _saved(db, cells) -> int:
    wanted = [(lesson, pupil) for _, c in cells for lesson, pupil, _ in c]
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Mark).where(
            tuple_(Mark.lesson_id, Mark.pupil_id).in_(wanted)))


@pytest.mark.parametrize("processes,marks", [(2, 200), (10, 50)])
def test_processes_saving_marks_into_one_file_lose_nothing(small_demo_path, processes, marks):
    db = database.open_file(small_demo_path)
    cells = free_cells(db, processes, marks, DEMO_TODAY)
    db.close()

    results = run_writers(small_demo_path, cells, TEST_KEY_HEX)

    failures = [f for r in results for f in r["failures"]]
    assert failures == []
    assert sum(r["ok"] for r in results) == processes * marks
    db = database.open_file(small_demo_path)
    assert _saved(db, cells) == processes * marks
    db.close()


def _hold_write_lock(path):
    """Another program in the middle of a write: a raw connection holding the file's write lock."""
    other = sqlcipher3.connect(str(path), isolation_level=None)
    other.execute(f"PRAGMA key = \"x'{TEST_KEY_HEX}'\"")
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_write_still_locked_is_refused_in_russian_naming_the_file_and_nothing_is_written(
        small_demo_path, monkeypatch):
    db = database.open_file(small_demo_path)
    teacher = accounts.authenticate(db, "teacher01", "demo")
    ((lesson, pupil, day),) = free_cells(db, 1, 1, DEMO_TODAY)[0][1]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    db.close()
    db = database.open_file(small_demo_path)  # its connections wait 50 ms
    other = _hold_write_lock(small_demo_path)
    try:
        import datetime as dt
        now = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12)).astimezone()
        with pytest.raises(Busy) as refused:
            journal.put_marks(db, teacher, lesson, pupil, "5", now=now)
        assert "занят другой программой" in str(refused.value)
        assert str(small_demo_path) in str(refused.value)
        # A read does not wait for the writer.
        assert journal.courses_for(db, teacher)
    finally:
        other.rollback()
        other.close()
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Mark).where(
            Mark.lesson_id == lesson, Mark.pupil_id == pupil)) == 0
    # Once the other program is done, the same save goes through.
    journal.put_marks(db, teacher, lesson, pupil, "5", now=now)
    db.close()
