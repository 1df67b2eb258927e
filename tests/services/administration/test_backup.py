"""Backups to two drives, verification, restore, rotation, and each fault of issue 7 with the current
database unchanged."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from ejournal_desktop.services.access import accounts, guard, settings
from ejournal_desktop.services.administration import backup
from ejournal_desktop.storage import database, keystore
from ejournal_desktop.storage.models import AuditEntry, BackupRecord, Mark, Pupil

pytestmark = pytest.mark.file_only  # the file's backups (a server's go through pg_dump: test_network_mode.py)

NOW = dt.datetime(2026, 11, 27, 16, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def admin(small_demo):
    return accounts.authenticate(small_demo, "admin", "demo", NOW)


# A weekly backup to one drive needs the administrator's reason (issue 18).
ONE = "второй носитель в ремонте"


@pytest.fixture
def drives(tmp_path, other_medium):
    """Two media: two folders on two devices."""
    e, f = tmp_path / "E", other_medium / "F"
    e.mkdir()
    f.mkdir()
    return e, f


def data_digest(db) -> str:
    """The journal's data: every table but the records of backups and the audit log."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            if table in ("backup_record", "audit_log"):
                continue
            for row in conn.execute(text(f'SELECT * FROM "{table}" ORDER BY 1')):
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def files_digest(path: Path) -> dict[str, str]:
    """Bytes of the database file and its companions (for faults that must write nothing at all)."""
    out = {}
    for p in sorted(path.parent.iterdir()):
        if p.is_file() and p.name.startswith(path.name):
            out[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def verified_targets(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(BackupRecord.target).where(BackupRecord.verified.is_(True))))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def one_backup(small_demo, admin, drives, now=NOW):
    results = backup.make_backup(small_demo, admin, list(drives), now=now)
    assert all(r.ok for r in results), [r.message for r in results]
    return results


def sample_marks(db) -> list[tuple]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Mark.id, Mark.pupil_id, Mark.lesson_id, Mark.value)
                                            .order_by(Mark.id).limit(300))]


# --- a good backup -------------------------------------------------------------------------------

def test_backup_to_two_drives_is_written_verified_and_recorded(small_demo, admin, drives):
    seen = []
    results = backup.make_backup(small_demo, admin, list(drives), now=NOW,
                                 progress=lambda done, total, stage: seen.append((done, total, stage)))
    assert [r.ok for r in results] == [True, True]
    for r, drive in zip(results, drives):
        assert r.file.parent == drive and r.file.suffix == ".ejb"
        assert names(drive) == [r.file.name]  # no temporary file left
        assert r.file.name.startswith("ejournal-") and r.file.name.endswith("-weekly.ejb")
        manifest = backup.verify_backup(r.file)
        assert manifest.db_sha256 == r.sha256
    assert results[0].file.read_bytes() == results[1].file.read_bytes()
    assert seen[-1][0] == seen[-1][1] and seen[-1][2] == "Готово"
    with small_demo.session() as s:
        records = s.scalars(select(BackupRecord).order_by(BackupRecord.id)).all()
        assert [(r.target, r.verified, r.kind) for r in records] == [
            (str(results[0].file), True, "weekly"), (str(results[1].file), True, "weekly")]
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "backup")) == 2
    assert backup.last_good_backup(small_demo) == NOW


def test_the_backup_file_holds_db_keyid_slots_and_a_manifest(small_demo, small_demo_path, admin, drives):
    file = one_backup(small_demo, admin, drives)[0].file
    with zipfile.ZipFile(file) as zf:
        assert sorted(zf.namelist()) == ["journal.db", "journal.db.keyid", "journal.db.slots", "manifest.json"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        assert zf.read("journal.db.keyid") == keystore.Sidecar.path_for(small_demo_path).read_bytes()
        assert zf.read("journal.db.slots") == Path(str(small_demo_path) + ".slots").read_bytes()
        assert not zf.read("journal.db").startswith(b"SQLite format 3")  # still encrypted
        manifest = json.loads(zf.read("manifest.json"))
    with small_demo.session() as s:
        pupils = s.scalar(select(func.count()).select_from(Pupil))
        marks = s.scalar(select(func.count()).select_from(Mark))
    assert manifest["counts"]["pupils"] == pupils and manifest["counts"]["marks"] == marks
    from ejournal_desktop.storage.migrations import script
    assert manifest["schema_version"] == script().get_current_head() and manifest["program_version"]
    assert manifest["database_id"] == keystore.Sidecar.read(small_demo_path).database_id
    assert "admin" in manifest["administrator_slots"]
    assert dt.datetime.fromisoformat(manifest["created_at"]) == NOW


def test_only_the_administrator_makes_backups(small_demo, drives):
    teacher = accounts.authenticate(small_demo, "teacher01", "demo", NOW)
    with pytest.raises(guard.Denied):
        backup.make_backup(small_demo, teacher, list(drives), now=NOW)
    assert names(drives[0]) == [] and verified_targets(small_demo) == []


def test_the_same_drive_twice_is_refused(small_demo, admin, drives):
    with pytest.raises(backup.BackupError, match="выбран дважды"):
        backup.make_backup(small_demo, admin, [drives[0], drives[0]], now=NOW)


def test_cancel_leaves_nothing_on_the_drives(small_demo, admin, drives):
    with pytest.raises(backup.BackupCancelled):
        backup.make_backup(small_demo, admin, list(drives), now=NOW, cancel=lambda: True)
    assert names(drives[0]) == [] and names(drives[1]) == []
    assert verified_targets(small_demo) == []


# --- restore -------------------------------------------------------------------------------------

def test_restore_on_a_new_pc_with_the_administrators_password(small_demo, admin, drives, tmp_path, monkeypatch,
                                                              memory_keyring):
    file = one_backup(small_demo, admin, drives)[0].file
    expected = sample_marks(small_demo)
    expected_info = backup.verify_backup(file).counts
    monkeypatch.delenv("EJOURNAL_DB_KEY")  # a new PC: no script key, an empty keyring
    assert memory_keyring.secrets == {}
    with pytest.raises(backup.BackupKeyError, match="Нет ключа"):
        backup.verify_backup(file)
    assert backup.verify_backup(file, login="admin", password="demo").counts == expected_info

    target = tmp_path / "newpc" / "journal" / "school.db"
    result = backup.restore(file, target, login="admin", password="demo", now=NOW)
    assert result.safety_copy is None and result.manifest.counts == expected_info
    assert keystore.Sidecar.path_for(target).exists() and Path(str(target) + ".slots").exists()
    db, actor = accounts.sign_in(target, "zavuch", "demo", NOW)  # any staff slot opens it
    try:
        assert sample_marks(db) == expected
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Pupil)) == expected_info["pupils"]
            assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).offset(1).limit(1)) == "restore"
    finally:
        db.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["school.db", "school.db.keyid", "school.db.slots"]


def test_restore_over_the_current_database_keeps_a_safety_copy(small_demo, small_demo_path, admin, drives):
    file = one_backup(small_demo, admin, drives)[0].file
    settings.set(small_demo, admin, "idle_lock_minutes", 25)  # a change after the backup
    small_demo.close()
    result = backup.restore(file, small_demo_path, login="admin", password="demo", now=NOW)
    safety = result.safety_copy
    assert sorted(p.name for p in safety.iterdir()) == ["school.db", "school.db.keyid", "school.db.slots"]
    reopened = database.open_file(small_demo_path)
    try:
        assert settings.read(reopened, "idle_lock_minutes") == 10  # the backup's state
    finally:
        reopened.close()
    kept = database.open_file(safety / "school.db")
    try:
        assert settings.read(kept, "idle_lock_minutes") == 25  # the replaced state, kept
    finally:
        kept.close()


def test_a_teacher_cannot_restore(small_demo, admin, drives, tmp_path):
    file = one_backup(small_demo, admin, drives)[0].file
    with pytest.raises(guard.Denied):
        backup.restore(file, tmp_path / "x" / "school.db", login="teacher01", password="demo")
    assert not (tmp_path / "x" / "school.db").exists()


# --- faults: backup --------------------------------------------------------------------------------

def test_an_unwritable_target_fails_alone(small_demo, admin, drives, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a drive's folder should be")
    bad = blocker / "backups"  # root ignores permissions, but not a path through a regular file
    before = data_digest(small_demo)
    results = backup.make_backup(small_demo, admin, [bad, drives[1]], now=NOW)
    assert not results[0].ok and str(bad) in results[0].message
    assert results[1].ok and names(drives[1]) == [results[1].file.name]
    assert data_digest(small_demo) == before
    assert verified_targets(small_demo) == [str(results[1].file)]


def _patched_write(monkeypatch, folder: Path, fail_after: int, on_fail):
    """os.write that fails for files in one folder after some bytes (the drive is full or pulled out)."""
    real = os.write
    written = {"n": 0}

    def fake(fd, data):
        try:
            where = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            where = ""
        if where.startswith(str(folder)):
            written["n"] += len(data)
            if written["n"] > fail_after:
                on_fail()
        return real(fd, data)

    monkeypatch.setattr(os, "write", fake)


def test_a_full_drive_fails_alone_and_leaves_no_file(small_demo, admin, drives, monkeypatch):
    def full():
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    _patched_write(monkeypatch, drives[0], 1_000_000, full)
    before = data_digest(small_demo)
    results = backup.make_backup(small_demo, admin, list(drives), now=NOW)
    assert not results[0].ok and "не хватает места" in results[0].message and str(drives[0]) in results[0].message
    assert names(drives[0]) == []  # not even the temporary file
    assert results[1].ok
    assert data_digest(small_demo) == before
    assert verified_targets(small_demo) == [str(results[1].file)]
    with small_demo.session() as s:
        failed = s.scalars(select(BackupRecord).where(BackupRecord.verified.is_(False))).all()
        assert [r.target for r in failed] == [str(drives[0])]


def test_a_drive_pulled_out_mid_copy(small_demo, admin, drives, monkeypatch):
    def pulled():
        shutil.rmtree(drives[0], ignore_errors=True)
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    _patched_write(monkeypatch, drives[0], 500_000, pulled)
    before = data_digest(small_demo)
    results = backup.make_backup(small_demo, admin, list(drives), now=NOW)
    assert not results[0].ok and "недоступен" in results[0].message and str(drives[0]) in results[0].message
    assert not drives[0].exists()
    assert results[1].ok
    assert data_digest(small_demo) == before
    assert verified_targets(small_demo) == [str(results[1].file)]


def test_a_drive_that_reads_back_different_bytes_keeps_no_backup(small_demo, admin, drives, monkeypatch):
    real = backup._drop_cache

    def decay(path):
        if path.parent == drives[0] and path.name.endswith(".part"):
            with open(path, "r+b") as f:  # the stick returns something else than was written
                f.seek(200_000)
                byte = f.read(1)
                f.seek(200_000)
                f.write(bytes([byte[0] ^ 0xFF]))
        real(path)

    monkeypatch.setattr(backup, "_drop_cache", decay)
    results = backup.make_backup(small_demo, admin, list(drives), now=NOW)
    assert not results[0].ok and "не подтвердилась" in results[0].message
    assert names(drives[0]) == []
    assert results[1].ok


def test_a_snapshot_that_fails_its_check_goes_nowhere(small_demo, admin, drives, monkeypatch):
    real = backup.snapshot.inspect

    def broken(conn, **kw):
        info = real(conn, **kw)
        info.problems.append("Целостность: *** in database main *** Page 7: btreeInitPage() returns error code 11")
        return info

    monkeypatch.setattr(backup.snapshot, "inspect", broken)
    before = data_digest(small_demo)
    with pytest.raises(backup.BackupError, match="не прошёл проверку"):
        backup.make_backup(small_demo, admin, list(drives), now=NOW)
    assert names(drives[0]) == [] and names(drives[1]) == []
    assert data_digest(small_demo) == before and verified_targets(small_demo) == []


# --- faults: verify and restore --------------------------------------------------------------------

@pytest.fixture
def good_backup(small_demo, admin, drives) -> Path:
    return one_backup(small_demo, admin, drives)[0].file


def _restore_changes_nothing(file: Path, small_demo, small_demo_path, error, match: str, **kw):
    small_demo.close()
    before = files_digest(small_demo_path)
    with pytest.raises(error, match=match):
        backup.restore(file, small_demo_path, **kw)
    assert files_digest(small_demo_path) == before
    assert not list(small_demo_path.parent.glob("*before-restore*"))
    assert not list(small_demo_path.parent.glob(".*restore-*"))


def test_a_truncated_backup_is_refused(good_backup, small_demo, small_demo_path):
    data = good_backup.read_bytes()
    good_backup.write_bytes(data[: len(data) // 2])
    with pytest.raises(backup.CorruptBackup, match="обрезан или повреждён"):
        backup.verify_backup(good_backup)
    _restore_changes_nothing(good_backup, small_demo, small_demo_path, backup.CorruptBackup, "обрезан")


def test_an_empty_backup_file_is_refused(tmp_path):
    empty = tmp_path / "ejournal-x-2026-11-27_1630-weekly.ejb"
    empty.touch()
    with pytest.raises(backup.CorruptBackup, match="пустой"):
        backup.verify_backup(empty)


def test_flipped_bytes_are_found(good_backup, small_demo, small_demo_path):
    data = bytearray(good_backup.read_bytes())
    for offset in (300_000, 300_001, 1_000_000):
        data[offset] ^= 0x5A
    good_backup.write_bytes(bytes(data))
    with pytest.raises(backup.CorruptBackup, match="повреждена"):
        backup.verify_backup(good_backup)
    _restore_changes_nothing(good_backup, small_demo, small_demo_path, backup.CorruptBackup, "повреждена")


def test_a_wrong_key_or_password_is_refused(good_backup, small_demo, small_demo_path, monkeypatch):
    with pytest.raises(backup.BackupKeyError, match="Ключ не подходит"):
        backup.verify_backup(good_backup, key=bytes(32))
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    with pytest.raises(backup.BackupKeyError, match="Пароль не открывает"):
        backup.verify_backup(good_backup, login="admin", password="wrong")
    _restore_changes_nothing(good_backup, small_demo, small_demo_path, backup.BackupKeyError, "Ключ не подходит",
                             key=bytes(32))


def _rewrite_manifest(file: Path, **changes) -> None:
    with zipfile.ZipFile(file) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members["manifest.json"]) | changes
    members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(file, "w", zipfile.ZIP_STORED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_a_backup_from_a_newer_program_is_refused(good_backup, small_demo, small_demo_path):
    _rewrite_manifest(good_backup, schema_version="0099", program_version="9.0.0")
    with pytest.raises(backup.BackupTooNew, match="более новой версией программы"):
        backup.verify_backup(good_backup)
    _restore_changes_nothing(good_backup, small_demo, small_demo_path, backup.BackupTooNew, "более новой")


def test_a_manifest_that_lies_about_counts_is_found(good_backup):
    with zipfile.ZipFile(good_backup) as zf:
        counts = json.loads(zf.read("manifest.json"))["counts"]
    _rewrite_manifest(good_backup, counts=counts | {"marks": counts["marks"] + 1})
    with pytest.raises(backup.CorruptBackup, match="не совпадает"):
        backup.verify_backup(good_backup)


# --- rotation --------------------------------------------------------------------------------------

def test_rotation_keeps_the_last_weeks_and_one_per_month(small_demo, admin, tmp_path, monkeypatch):
    drive = tmp_path / "E"
    drive.mkdir()
    settings.set(small_demo, admin, "backup_keep_weekly", 2)
    settings.set(small_demo, admin, "backup_keep_monthly", 2)
    junk = drive / "ejournal-old-2020-01-01_0000-weekly.ejb"
    junk.touch()  # zero-length: never counts, never deleted
    days = [dt.date(2026, 1, 5), dt.date(2026, 1, 12), dt.date(2026, 2, 2), dt.date(2026, 2, 9),
            dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 3, 16)]
    files = {}
    for day in days:
        at = dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.timezone.utc)
        [r] = backup.make_backup(small_demo, admin, [drive], now=at, one_medium_reason=ONE)
        assert r.ok
        files[day] = r.file
    kept = {files[dt.date(2026, 3, 16)], files[dt.date(2026, 3, 9)], files[dt.date(2026, 2, 9)], junk}
    assert set(drive.iterdir()) == kept

    # A new backup that fails never pushes a good one out.
    _patched_write(monkeypatch, drive, 100_000, lambda: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    [r] = backup.make_backup(small_demo, admin, [drive], now=dt.datetime(2026, 3, 23, 12, tzinfo=dt.timezone.utc), one_medium_reason=ONE)
    assert not r.ok
    assert set(drive.iterdir()) == kept


def test_rotation_never_counts_a_backup_it_did_not_verify(small_demo, admin, tmp_path):
    drive = tmp_path / "E"
    drive.mkdir()
    settings.set(small_demo, admin, "backup_keep_weekly", 1)
    settings.set(small_demo, admin, "backup_keep_monthly", 1)
    [first] = backup.make_backup(small_demo, admin, [drive], now=NOW - dt.timedelta(days=7), one_medium_reason=ONE)
    stranger = drive / "ejournal-copy-2026-11-25_1200-weekly.ejb"
    shutil.copy(first.file, stranger)  # looks whole, but no verified record of ours names it
    [second] = backup.make_backup(small_demo, admin, [drive], now=NOW, one_medium_reason=ONE)
    assert first.file in second.removed
    assert set(drive.iterdir()) == {second.file, stranger}


# --- the reminder --------------------------------------------------------------------------------

def test_last_good_backup_and_the_seven_day_reminder(small_demo, admin, drives, monkeypatch):
    teacher = accounts.authenticate(small_demo, "teacher01", "demo", NOW)
    assert backup.last_good_backup(small_demo) is None
    assert backup.backup_overdue(small_demo, NOW)
    assert "ни разу" in backup.reminder(small_demo, admin, NOW)
    _patched_write(monkeypatch, drives[0], 0, lambda: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    backup.make_backup(small_demo, admin, [drives[0]], now=NOW, one_medium_reason=ONE)
    assert backup.last_good_backup(small_demo) is None  # a failed backup is not a good one
    monkeypatch.undo()
    backup.make_backup(small_demo, admin, [drives[1]], now=NOW, one_medium_reason=ONE)
    assert backup.last_good_backup(small_demo) == NOW
    assert not backup.backup_overdue(small_demo, NOW + dt.timedelta(days=6))
    assert backup.reminder(small_demo, admin, NOW + dt.timedelta(days=6)) is None
    assert backup.backup_overdue(small_demo, NOW + dt.timedelta(days=8))
    assert "8 дн. назад" in backup.reminder(small_demo, admin, NOW + dt.timedelta(days=8))
    assert backup.reminder(small_demo, teacher, NOW + dt.timedelta(days=8)) is None
