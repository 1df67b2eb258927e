"""Several staff-room PCs on one journal: concurrent marking, optimistic locking, change notification,
and a PostgreSQL journal's backup and restore (issue 10).

Each "PC" is a Database of its own (its own pool and connections) on the same journal."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from sqlalchemy import select, text

from ejournal_desktop.services import changes, journal
from ejournal_desktop.services.access import accounts, audit
from ejournal_desktop.services.administration import backup
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Mark

pytestmark = pytest.mark.both_backends

MSK = dt.timezone(dt.timedelta(hours=3))
TODAY = dt.date(2026, 11, 27)
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)


def login(db, name):
    return accounts.authenticate(db, name, "demo")


def another_pc(db):
    """The same journal opened a second time, as another PC would."""
    return database.open_url(db.location) if db.on_server else database.open_file(db.path)


def page(db, actor, subject: str, label: str = "5А") -> journal.GridData:
    course = next(c for c in journal.courses_for(db, actor) if c.class_label == label and c.subject == subject
                  and c.relation == "own" and not c.subgroup)
    period = next(p for p in journal.periods_for(db, course.id) if p.start <= TODAY <= p.end)
    return journal.load_grid(db, actor, course.id, period.id, now=NOW)


def free_cells(grid: journal.GridData, count: int) -> list[tuple[int, int]]:
    """(lesson, pupil) cells without marks on today's lesson (the emptiest, when there are two)."""
    def free(column):
        return [(column.lesson_id, r.pupil_id) for r in grid.rows
                if r.belongs_on(column.date) and not r.marks.get(column.lesson_id)]
    cells = max((free(c) for c in grid.columns if c.editable and c.date == TODAY),
                key=len)
    assert len(cells) >= count, "the demo page has too few free cells for the test"
    return cells[:count]


def shown(grid: journal.GridData, lesson_id: int, pupil_id: int) -> str:
    row = next(r for r in grid.rows if r.pupil_id == pupil_id)
    return " ".join(m.value for m in row.marks.get(lesson_id, ()))


def values(db, lesson_id: int, pupil_id: int) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Mark.value).where(Mark.lesson_id == lesson_id, Mark.pupil_id == pupil_id)
                              .order_by(Mark.id)))


@pytest.fixture
def two_pcs(small_demo):
    other = another_pc(small_demo)
    yield small_demo, other
    other.close()


def test_two_teachers_mark_one_class_in_different_subjects_at_the_same_time(two_pcs, backend):
    if backend == "sqlite":
        pytest.skip("the file serves one PC (one writer at a time); several PCs work on PostgreSQL")
    pc1, pc2 = two_pcs
    history, sport = login(pc1, "teacher07"), login(pc2, "teacher10")
    work = [(pc1, history, free_cells(page(pc1, history, "История", "10А"), 6)),
            (pc2, sport, free_cells(page(pc2, sport, "Физическая культура", "10А"), 6))]
    start, errors = threading.Barrier(2), []

    def teacher(db, actor, cells):
        start.wait()
        try:
            for lesson_id, pupil_id in cells:
                journal.put_marks(db, actor, lesson_id, pupil_id, "5", now=NOW, expected="")
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=teacher, args=w) for w in work]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    for _db, _actor, cells in work:
        for lesson_id, pupil_id in cells:
            assert values(pc1, lesson_id, pupil_id) == ["5"]
    with pc1.session() as s:
        assert audit.chain_problems(s) == []  # both PCs' entries chained, none forked


def test_a_teacher_is_not_held_up_by_another_pages_open_transaction(two_pcs, backend):
    if backend == "sqlite":
        pytest.skip("SQLite has one writer at a time: the school network runs on PostgreSQL")
    pc1, pc2 = two_pcs
    russian, math = login(pc1, "teacher02"), login(pc2, "teacher03")
    [(r_lesson, r_pupil)] = free_cells(page(pc1, russian, "Русский язык"), 1)
    [(m_lesson, m_pupil)] = free_cells(page(pc2, math, "Математика"), 1)
    journal.put_marks(pc1, russian, r_lesson, r_pupil, "4", now=NOW)
    with pc1.engine.connect() as long_edit, long_edit.begin():
        # Another PC holds a Russian mark's row and its cell mid-transaction...
        long_edit.execute(text("SELECT id FROM mark WHERE lesson_id = :l AND pupil_id = :p FOR UPDATE"),
                          {"l": r_lesson, "p": r_pupil})
        long_edit.execute(text("SELECT pg_advisory_xact_lock(:l, :p)"), {"l": r_lesson, "p": r_pupil})
        started = time.monotonic()
        journal.put_marks(pc2, math, m_lesson, m_pupil, "5", now=NOW, expected="")  # ...the math teacher saves
        assert time.monotonic() - started < 5
    assert values(pc1, m_lesson, m_pupil) == ["5"]


def test_a_conflicting_edit_of_one_mark_is_refused_with_the_current_value(two_pcs):
    pc1, pc2 = two_pcs
    teacher_here, teacher_there = login(pc1, "teacher02"), login(pc2, "teacher02")
    grid = page(pc1, teacher_here, "Русский язык")
    [(lesson_id, pupil_id)] = free_cells(grid, 1)
    journal.put_marks(pc1, teacher_here, lesson_id, pupil_id, "5", now=NOW)
    seen_here = shown(page(pc1, teacher_here, "Русский язык"), lesson_id, pupil_id)
    seen_there = shown(page(pc2, teacher_there, "Русский язык"), lesson_id, pupil_id)
    assert seen_here == seen_there == "5"

    journal.put_marks(pc1, teacher_here, lesson_id, pupil_id, "4", now=NOW, expected=seen_here)
    with pytest.raises(journal.Conflict, match="другой пользователь") as refused:
        journal.put_marks(pc2, teacher_there, lesson_id, pupil_id, "3", now=NOW, expected=seen_there)
    assert refused.value.current == "4" and "«4»" in str(refused.value)
    assert values(pc1, lesson_id, pupil_id) == ["4"]  # not overwritten
    [mark_id] = values_ids(pc1, lesson_id, pupil_id)
    with pytest.raises(journal.Conflict):  # removing what one saw as «5» is refused the same way
        journal.remove_mark(pc2, teacher_there, mark_id, now=NOW, expected="5")
    assert values(pc1, lesson_id, pupil_id) == ["4"]
    # Having seen the current value, the teacher's edit goes through.
    journal.put_marks(pc2, teacher_there, lesson_id, pupil_id, "3", now=NOW, expected=refused.value.current)
    assert values(pc1, lesson_id, pupil_id) == ["3"]


def values_ids(db, lesson_id, pupil_id) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(Mark.id).where(Mark.lesson_id == lesson_id, Mark.pupil_id == pupil_id)))


def test_simultaneous_edits_of_one_cell_one_wins_the_other_is_told(two_pcs, backend):
    if backend == "sqlite":
        pytest.skip("two writers at the same instant are a server's case")
    pc1, pc2 = two_pcs
    a, b = login(pc1, "teacher02"), login(pc2, "teacher02")
    cells = free_cells(page(pc1, a, "Литература"), 6)
    for lesson_id, pupil_id in cells:
        start, outcome = threading.Barrier(2), {}

        def edit(db, actor, value, lesson_id=lesson_id, pupil_id=pupil_id, start=start, outcome=outcome):
            start.wait()
            try:
                journal.put_marks(db, actor, lesson_id, pupil_id, value, now=NOW, expected="")
                outcome[value] = "saved"
            except journal.Conflict as exc:
                outcome[value] = exc.current

        threads = [threading.Thread(target=edit, args=(pc1, a, "5")), threading.Thread(target=edit, args=(pc2, b, "2"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        saved = [v for v, o in outcome.items() if o == "saved"]
        assert len(saved) == 1, outcome  # never both: one would silently be lost or doubled
        loser = "2" if saved == ["5"] else "5"
        assert outcome[loser] == saved[0]  # the other is shown the winner's value
        assert values(pc1, lesson_id, pupil_id) == saved


def test_a_grid_on_another_pc_hears_of_a_change(two_pcs):
    pc1, pc2 = two_pcs
    teacher = login(pc1, "teacher02")
    watcher = changes.Watcher(pc2)
    try:
        assert watcher.poll() is None
        [(lesson_id, pupil_id)] = free_cells(page(pc1, teacher, "Русский язык"), 1)
        journal.put_marks(pc1, teacher, lesson_id, pupil_id, "5", now=NOW)
        deadline = time.monotonic() + 5
        found = watcher.poll()
        while found is None and time.monotonic() < deadline:
            time.sleep(0.05)
            found = watcher.poll()
        assert found is not None and found.touches() and "mark" in found.entities
        assert watcher.poll() is None  # told once
        if pc2.on_server:
            assert watcher._listener is not None  # pushed by NOTIFY, not only polled
    finally:
        watcher.close()


def test_a_server_journal_is_backed_up_with_pg_dump_and_restored_into_an_empty_database(
        small_demo, backend, request, tmp_path):
    if backend == "sqlite":
        pytest.skip("the file's backup is tested in test_backup.py")
    pg = request.getfixturevalue("pg_server")
    admin = login(small_demo, "admin")
    drive = tmp_path / "E"
    drive.mkdir()
    [result] = backup.make_backup(small_demo, admin, [drive], now=NOW, one_medium_reason="второй носитель в ремонте")
    assert result.ok, result.message
    manifest = backup.verify_backup(result.file)
    assert manifest.backend == "postgresql" and manifest.counts["marks"] > 1000

    with pytest.raises(backup.BackupError, match="не пуста"):
        backup.restore_to_server(result.file, small_demo.location)
    empty = pg.clone()
    try:
        restored = backup.restore_to_server(result.file, empty, login="admin", password="demo")
        assert restored.manifest.counts == manifest.counts
        db = database.open_url(empty)
        try:
            assert login(db, "teacher02").display_name
            with db.session() as s:
                assert audit.chain_problems(s) == []
        finally:
            db.close()
    finally:
        pg.drop(empty)
