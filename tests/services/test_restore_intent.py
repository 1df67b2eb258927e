"""A restore killed at any of its file operations: the next start opens the old journal or the new
one (database, .keyid and .slots of the same one), completes or rolls back the switch, names the
safety copy, and removes what the killed restore left."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
from pathlib import Path

import pytest
from journal_testing import TEST_KEY_HEX

from ejournal_desktop.services.access import accounts, settings
from ejournal_desktop.services.administration import backup
from ejournal_desktop.storage import database, restore_intent

pytestmark = pytest.mark.file_only
NOW = dt.datetime(2026, 11, 20, 15, 0, tzinfo=dt.timezone.utc)
KEY = bytes.fromhex(TEST_KEY_HEX)


class Killed(BaseException):
    """The program killed at this system call: nothing after it happens to the files."""


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _companions(target: Path) -> dict[str, str | None]:
    return {s: _digest(target.with_name(target.name + s)) for s in (".keyid", ".slots")}


def _state(target: Path) -> tuple[int, dict]:
    db = database.open_file(target)
    try:
        return settings.read(db, "idle_lock_minutes"), _companions(target)
    finally:
        db.close()


@pytest.fixture
def before_restore(small_demo_path, tmp_path):
    """A backup of the journal (window 0 days), then changes (window 5 days, a new admin password, so
    the slots differ): the folder of the journal as it is before the restore."""
    db = database.open_file(small_demo_path)
    admin = accounts.authenticate(db, "admin", "demo")
    (tmp_path / "E").mkdir()
    (result,) = backup.make_backup(db, admin, [tmp_path / "E"], now=NOW, one_medium_reason="второй носитель в ремонте")
    settings.set(db, admin, "idle_lock_minutes", 5)
    accounts.change_password(db, admin, "demo", "Другой-пароль-1")
    db.close()
    saved = tmp_path / "saved"
    saved.mkdir()
    for p in small_demo_path.parent.glob(small_demo_path.name + "*"):
        shutil.copy2(p, saved / p.name)
    return result.file, saved


def _fresh(saved: Path, target: Path) -> None:
    for p in list(target.parent.iterdir()):
        if p.name.startswith(target.name) or p.name.startswith(f".{target.name}"):
            shutil.rmtree(p) if p.is_dir() else p.unlink()
    for p in saved.iterdir():
        shutil.copy2(p, target.parent / p.name)


def test_a_restore_killed_at_each_file_operation_leaves_the_old_or_the_new_journal(
        before_restore, small_demo_path, monkeypatch):
    file, saved = before_restore
    target = small_demo_path
    old = _state(target)
    backup.restore(file, target, key=KEY, now=NOW)
    new = _state(target)
    assert old[0] == 5 and new[0] == 10 and old[1][".slots"] != new[1][".slots"]

    real = {name: getattr(os, name) for name in ("replace", "rename", "unlink", "remove", "rmdir")}
    outcomes = []
    for kill_at in range(1, 60):
        _fresh(saved, target)
        calls = {"n": 0}

        def op(name):
            def wrapped(*args, **kwargs):
                calls["n"] += 1
                if calls["n"] >= kill_at:
                    raise Killed(name)
                return real[name](*args, **kwargs)
            return wrapped

        for name in real:
            monkeypatch.setattr(os, name, op(name))
        try:
            backup.restore(file, target, key=KEY, now=NOW)
            finished = True
        except Killed:
            finished = False
        finally:
            for name, fn in real.items():
                monkeypatch.setattr(os, name, fn)
        # The next start.
        state = _state(target)
        assert state in (old, new), f"killed at operation {kill_at}: {state}"
        assert not restore_intent.intent_path(target).exists()
        assert not list(target.parent.glob(f".{target.name}.restore-*"))
        outcomes.append(state == new)
        if finished:
            break
    assert finished, "the restore never ran to its end"
    assert False in outcomes and outcomes.count(True) >= 2  # killed before and inside the switch


def test_the_next_start_completes_a_switch_killed_after_the_database_and_names_the_safety_copy(
        before_restore, small_demo_path, monkeypatch):
    file, _saved = before_restore
    target = small_demo_path
    real_complete = restore_intent.Switch.complete
    replaced = []

    def killed_after_the_database(self):
        real_replace = os.replace

        def replace(src, dst):
            real_replace(src, dst)
            replaced.append(Path(dst).name)
            raise Killed
        monkeypatch.setattr(os, "replace", replace)
        try:
            real_complete(self)
        finally:
            monkeypatch.setattr(os, "replace", real_replace)

    monkeypatch.setattr(restore_intent.Switch, "complete", killed_after_the_database)
    with pytest.raises(Killed):
        backup.restore(file, target, key=KEY, now=NOW)
    monkeypatch.setattr(restore_intent.Switch, "complete", real_complete)
    assert replaced == [target.name]  # the new database in place, the old .keyid and .slots beside it
    assert restore_intent.intent_path(target).exists()

    db = database.open_file(target)
    try:
        assert settings.read(db, "idle_lock_minutes") == 10
        (notice,) = db.notices
        safety = next(target.parent.glob(f"{target.name}.before-restore-*"))
        assert "прервано и теперь завершено" in notice and str(safety) in notice
    finally:
        db.close()
    # The restored slots open with the backup's password, not the changed one.
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    db, actor = accounts.sign_in(target, "admin", "demo")
    db.close()
    assert actor.login == "admin"


def test_a_killed_restores_folder_is_removed_at_the_next_start_with_a_line(small_demo_path, capsys):
    litter = small_demo_path.with_name(f".{small_demo_path.name}.restore-abc123")
    litter.mkdir()
    (litter / "journal.db").write_bytes(b"half")
    (litter / restore_intent.OWNER).write_text("999999999")
    db = database.open_file(small_demo_path)
    db.close()
    assert not litter.exists()
    assert any(str(litter) in n and "Удалена папка" in n for n in db.notices)


def test_a_killed_backups_part_file_is_removed_by_the_next_backup_with_a_line(small_demo_path, tmp_path):
    drive = tmp_path / "E"
    drive.mkdir()
    leftover = drive / "ejournal-school-20261101-0900-weekly.ejb.part"
    leftover.write_bytes(b"half a backup")
    db = database.open_file(small_demo_path)
    try:
        (result,) = backup.make_backup(db, accounts.authenticate(db, "admin", "demo"), [drive], now=NOW, one_medium_reason="второй носитель в ремонте")
    finally:
        db.close()
    assert result.ok
    assert not leftover.exists()
    assert f"Удалён незавершённый файл {leftover}" in result.message
    assert [p.name for p in drive.iterdir()] == [result.file.name]


def test_another_schools_backup_needs_an_explicit_confirmation_naming_both_schools(small_demo_path, tmp_path):
    from journal_testing import DEMO_TODAY
    from sqlalchemy import update

    from ejournal_desktop.services import demo
    from ejournal_desktop.storage.models import School
    other_path = tmp_path / "other" / "school.db"
    other = database.create(other_path, key=KEY)
    demo.generate(other, "small", seed=2, today=DEMO_TODAY)
    with other.write_session() as session, session.begin():
        session.execute(update(School).values(name="МБОУ СОШ № 99 г. Другого"))
    (tmp_path / "E").mkdir()
    (result,) = backup.make_backup(other, accounts.authenticate(other, "admin", "demo"), [tmp_path / "E"], now=NOW, one_medium_reason="второй носитель в ремонте")
    other.close()
    db = database.open_file(small_demo_path)
    with db.session() as session:
        ours = session.scalar(__import__("sqlalchemy").select(School.name))
    db.close()
    before = _digest(small_demo_path)

    with pytest.raises(backup.OtherSchool) as refused:
        backup.restore(result.file, small_demo_path, key=KEY, now=NOW)
    message = str(refused.value)
    assert "«МБОУ СОШ № 99 г. Другого»" in message and f"«{ours}»" in message and "--other-school" in message
    assert _digest(small_demo_path) == before and not list(small_demo_path.parent.glob("*before-restore*"))

    done = backup.restore(result.file, small_demo_path, key=KEY, now=NOW, other_school=True)
    assert done.safety_copy is not None
    reopened = database.open_file(small_demo_path)
    with reopened.session() as session:
        assert session.scalar(__import__("sqlalchemy").select(School.name)) == "МБОУ СОШ № 99 г. Другого"
    reopened.close()
