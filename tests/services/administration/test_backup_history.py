"""Weekly backups of a school with a closed year (issue 19): the closed year goes once into a history
archive on each drive, the weekly file holds the rest, and restore puts the whole school back — on a
new PC too; a closed year changed after the archive is found."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from ejournal_desktop.services import demo
from ejournal_desktop.services.access import accounts, audit
from ejournal_desktop.services.administration import backup, maintenance, year_closing
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import AcademicYear, Course, Lesson, Mark, WorkType, YearStatus

from journal_testing import TEST_KEY_HEX, copy_journal, ejournal

pytestmark = pytest.mark.file_only  # a server's backups are pg_dump archives (no delta)

NOW = dt.datetime(2027, 6, 20, 12, tzinfo=dt.timezone.utc)
WEEK_LATER = NOW + dt.timedelta(days=7)


@pytest.fixture(scope="module")
def closed_template(tmp_path_factory) -> Path:
    """The small demo school at the end of 2026/27, the year closed (2027/28 set up)."""
    path = tmp_path_factory.mktemp("closed") / "school.db"
    db = database.create(path, key=bytes.fromhex(TEST_KEY_HEX))
    demo.generate(db, "small", seed=1, today=dt.date(2027, 6, 15))
    admin = accounts.authenticate(db, "admin", "demo", NOW)
    year_closing.close_year(db, admin, "45-у", dt.date(2027, 6, 18), now=NOW)
    db.close()
    return path


@pytest.fixture
def school(closed_template, tmp_path, db_key):
    db = database.open_file(copy_journal(closed_template, tmp_path / "school.db"))
    yield db
    db.close()


@pytest.fixture
def admin(school):
    return accounts.authenticate(school, "admin", "demo", NOW)


@pytest.fixture
def drives(tmp_path):
    out = [tmp_path / "E", tmp_path / "F"]
    for d in out:
        d.mkdir()
    return out


def weekly(db, admin, drives, now):
    results = backup.make_backup(db, admin, drives, now=now)
    assert all(r.ok for r in results), [r.message for r in results]
    return results


def kinds(folder: Path) -> list[str]:
    return sorted(backup.read_manifest(p).kind + ("+delta" if backup.read_manifest(p).base else "")
                  for p in folder.glob("*.ejb"))


def digest(db) -> dict[str, str]:
    """Every table's rows but the records of backups and the audit log (a restore adds to those) and
    the accounts' (signing in records the time); of accounts, their logins."""
    out = {}
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            if table not in ("backup_record", "audit_log"):
                h = hashlib.sha256()
                what = "id, login, staff_id, pupil_id, guardian_id" if table == "account" else "*"
                for row in conn.execute(text(f'SELECT {what} FROM "{table}" ORDER BY 1')):
                    h.update(repr(tuple(row)).encode())
                out[table] = h.hexdigest()
    return out


def new_lesson_with_mark(db, admin, value: str = "5") -> int:
    """A lesson of the new year and a mark in it, written and audited as the journal writes them."""
    with db.session() as s, s.begin():
        year = s.scalar(select(AcademicYear.id).where(AcademicYear.status == YearStatus.open))
        course = s.scalar(select(Course).where(Course.academic_year_id == year).order_by(Course.id).limit(1))
        lesson = Lesson(course_id=course.id, date=dt.date(2027, 9, 2), number=1, topic="Повторение")
        s.add(lesson)
        s.flush()
        pupil = s.execute(text("SELECT pupil_id FROM enrollment ORDER BY id DESC LIMIT 1")).scalar()
        mark = Mark(lesson_id=lesson.id, pupil_id=pupil, value=value, work_type_id=s.scalar(select(WorkType.id)), weight=1,
                    created_by=admin.account_id)
        s.add(mark)
        s.flush()
        audit.record(s, admin.account_id, "create", "mark", mark.id, new={"value": value}, at=WEEK_LATER)
        return mark.id


def closed_year_mark(db) -> tuple[int, str]:
    with db.session() as s:
        row = s.execute(select(Mark.id, Mark.value).join(Lesson).join(Course).join(AcademicYear)
                        .where(AcademicYear.status == YearStatus.closed).order_by(Mark.id).limit(1)).one()
        return row.id, row.value


def test_the_closed_year_is_archived_once_and_the_weekly_copy_holds_the_rest(school, admin, drives):
    first = weekly(school, admin, drives, NOW)
    assert "Архив прошлых лет записан и проверен" in first[0].message
    archive = next(drives[0].glob("*-history.ejb"))
    size_before = archive.stat().st_size
    second = weekly(school, admin, drives, WEEK_LATER)
    assert "Архив прошлых лет" not in second[0].message  # written once, not again
    for d in drives:
        assert kinds(d) == ["history", "weekly+delta", "weekly+delta"]
    assert archive.stat().st_size == size_before
    manifest = backup.verify_backup(second[0].file)
    assert manifest.base["file"] == archive.name
    assert manifest.counts["marks"] > manifest.base["delta_counts"]["marks"]  # the closed year's stay in the archive
    assert second[0].size < size_before


def test_a_weekly_copy_restores_the_whole_school_on_a_new_pc(school, admin, drives, tmp_path, monkeypatch,
                                                            memory_keyring):
    weekly(school, admin, drives, NOW)
    new_mark = new_lesson_with_mark(school, admin)
    file = weekly(school, admin, drives, WEEK_LATER)[1].file  # the second drive's copy
    expected, expected_marks = digest(school), school_marks(school)
    monkeypatch.delenv("EJOURNAL_DB_KEY")  # a new PC: no script key, an empty keyring
    assert memory_keyring.secrets == {}

    target = tmp_path / "newpc" / "school.db"
    result = backup.restore(file, target, login="admin", password="demo", now=WEEK_LATER)
    assert result.safety_copy is None
    db, _actor = accounts.sign_in(target, "admin", "demo", WEEK_LATER)  # the key from the slots
    try:
        assert digest(db) == expected
        assert school_marks(db) == expected_marks and new_mark in dict(expected_marks)
        assert maintenance.check(db).problems == []
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(AcademicYear)
                            .where(AcademicYear.status == YearStatus.closed)) == 1
    finally:
        db.close()


def school_marks(db) -> list[tuple[int, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Mark.id, Mark.value).order_by(Mark.id))]


def test_restore_on_a_new_pc_from_the_cli_is_one_step(school, admin, drives, tmp_path):
    weekly(school, admin, drives, NOW)
    file = weekly(school, admin, drives, WEEK_LATER)[0].file
    expected = school_marks(school)
    target = tmp_path / "newpc" / "school.db"
    r = ejournal("--db", str(target), "--user", "admin", "restore", str(file), password="demo", key=None)
    assert r.returncode == 0, r.stderr
    assert "База восстановлена" in r.stdout and "в архиве прошлых лет" in r.stdout
    db, _actor = accounts.sign_in(target, "admin", "demo", WEEK_LATER)
    try:
        assert school_marks(db) == expected
    finally:
        db.close()
    check = ejournal("--db", str(target), "db", "check")  # the key from the recovery sheet
    assert check.returncode == 0, check.stdout + check.stderr


def test_a_weekly_copy_without_its_archive_names_it_and_changes_nothing(school, admin, drives, tmp_path):
    weekly(school, admin, drives, NOW)
    file = weekly(school, admin, drives, WEEK_LATER)[0].file
    archive = next(drives[0].glob("*-history.ejb"))
    lone = tmp_path / "stick"
    lone.mkdir()
    copy = lone / file.name
    copy.write_bytes(file.read_bytes())  # only the weekly file taken to another PC
    with pytest.raises(backup.BackupError, match=f"архиве прошлых лет {archive.name}.*Ничего не изменено"):
        backup.verify_backup(copy)
    path = Path(school.path)
    school.close()
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file() and p.name.startswith(path.name)}
    with pytest.raises(backup.BackupError, match=f"Его нет в папке {lone}"):
        backup.restore(copy, path, key=bytes.fromhex(TEST_KEY_HEX), now=WEEK_LATER)
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file() and p.name.startswith(path.name)}
    assert after == before


def test_an_older_program_refuses_a_weekly_delta(school, admin, drives):
    """Format 2: a program that does not know deltas says «install the new version» instead of taking
    the current year alone for the school; the history archive is a whole backup of format 1."""
    weekly(school, admin, drives, NOW)
    file = weekly(school, admin, drives, WEEK_LATER)[0].file
    with zipfile.ZipFile(file) as zf:
        assert json.loads(zf.read("manifest.json"))["format_version"] == 2
    with zipfile.ZipFile(next(drives[0].glob("*-history.ejb"))) as zf:
        assert json.loads(zf.read("manifest.json"))["format_version"] == 1


def test_db_check_finds_a_mark_changed_in_a_closed_year_after_the_archive(school, admin, drives):
    weekly(school, admin, drives, NOW)
    mark_id, value = closed_year_mark(school)
    with school.engine.begin() as conn:  # behind the program's back: no audit entry
        conn.execute(text("UPDATE mark SET value = :v WHERE id = :id"), {"v": "2" if value != "2" else "3", "id": mark_id})
    problems = maintenance.check(school).problems
    assert any(f"Отметка {mark_id}" in p and "в обход программы" in p for p in problems), problems


def test_a_closed_year_the_program_changed_gets_a_new_archive(school, admin, drives):
    weekly(school, admin, drives, NOW)
    mark_id, value = closed_year_mark(school)
    with school.session() as s, s.begin():  # as a correction by the program would: changed and audited
        s.execute(text("UPDATE mark SET value = '4' WHERE id = :id"), {"id": mark_id})
        audit.record(s, admin.account_id, "update", "mark", mark_id, old={"value": value}, new={"value": "4"},
                     at=WEEK_LATER)
    results = weekly(school, admin, drives, WEEK_LATER)
    assert "Архив прошлых лет записан и проверен" in results[0].message
    assert len(list(drives[0].glob("*-history.ejb"))) == 2  # the old one stays while a weekly copy needs it
    restored = drives[0].parent / "restored.db"
    backup.restore(results[0].file, restored, key=bytes.fromhex(TEST_KEY_HEX), now=WEEK_LATER)
    db = database.open_file(restored, key=bytes.fromhex(TEST_KEY_HEX))
    try:
        with db.session() as s:
            assert s.scalar(select(Mark.value).where(Mark.id == mark_id)) == "4"
    finally:
        db.close()


def test_a_mark_deleted_behind_the_programs_back_is_found_and_the_restore_gives_it_back(school, admin, drives,
                                                                                       tmp_path):
    weekly(school, admin, drives, NOW)
    mark_id, value = closed_year_mark(school)
    with school.engine.begin() as conn:  # with the key, in another tool: no audit entry
        conn.execute(text("DELETE FROM mark WHERE id = :id"), {"id": mark_id})
    assert any(f"Отметка {mark_id} («{value}») удалена из базы в обход программы" in p
               for p in maintenance.check(school).problems)
    results = weekly(school, admin, drives, WEEK_LATER)
    assert "Архив прошлых лет" not in results[0].message  # the weekly copy reads the week, not the history
    restored = tmp_path / "restored.db"
    backup.restore(results[0].file, restored, key=bytes.fromhex(TEST_KEY_HEX), now=WEEK_LATER)
    db = database.open_file(restored, key=bytes.fromhex(TEST_KEY_HEX))
    try:
        with db.session() as s:  # the closed year as it was closed
            assert s.scalar(select(Mark.value).where(Mark.id == mark_id)) == value
        assert maintenance.check(db).problems == []
    finally:
        db.close()


def test_a_mark_the_program_deleted_from_a_closed_year_gets_a_new_archive(school, admin, drives):
    weekly(school, admin, drives, NOW)
    mark_id, value = closed_year_mark(school)
    with school.session() as s, s.begin():
        s.execute(text("DELETE FROM mark WHERE id = :id"), {"id": mark_id})
        audit.record(s, admin.account_id, "delete", "mark", mark_id, old={"value": value}, at=WEEK_LATER)
    results = weekly(school, admin, drives, WEEK_LATER)
    assert "После архива прошлых лет программа изменила строку" in results[0].message
    assert maintenance.check(school).problems == []


@pytest.mark.gui
def test_the_backup_page_backs_up_against_the_archive_and_says_so(qtbot, school, admin, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from ejournal_desktop.ui.backup_page import BackupPage, DrivesModel
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    page = BackupPage(school, admin, volumes=lambda: [])
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    for d in ("E", "F"):
        (tmp_path / d).mkdir()
        page.add_folder(tmp_path / d, f"Флешка {d}")
    for first in (True, False):  # the first time writes the archive too, and says so
        qtbot.mouseClick(page.ui.backupNow, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=60_000)
        texts = [page.model.index(r, DrivesModel.RESULT).data() for r in range(2)]
        assert all(t.startswith("✓") for t in texts), texts
        assert page.ui.details.toPlainText().count("Архив прошлых лет записан и проверен") == (2 if first else 0)
    newest = max((tmp_path / "E").glob("*-weekly.ejb"), key=lambda p: p.stat().st_mtime_ns)
    page.verify_file(newest)
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=60_000)
    assert "в архиве прошлых лет" in page.ui.details.toPlainText()


def test_a_damaged_archive_stops_the_restore_and_is_named(school, admin, drives, tmp_path):
    weekly(school, admin, drives, NOW)
    file = weekly(school, admin, drives, WEEK_LATER)[0].file
    archive = next(drives[0].glob("*-history.ejb"))
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # a bad sector inside the closed years
    archive.write_bytes(bytes(data))
    target = tmp_path / "newpc" / "school.db"
    with pytest.raises(backup.CorruptBackup, match=archive.name):
        backup.restore(file, target, key=bytes.fromhex(TEST_KEY_HEX), now=WEEK_LATER)
    assert not target.exists()
    other = max(drives[1].glob("*-weekly.ejb"), key=lambda p: p.name)  # the other drive still restores
    backup.restore(other, target, key=bytes.fromhex(TEST_KEY_HEX), now=WEEK_LATER)
    assert target.exists()
