"""Two media are two devices, and a weekly backup needs two of them unless the administrator records
why not (issue 18 item 7)."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.administration import backup, backup_history, backup_media, backup_schedule
from ejournal_desktop.storage.models import BackupRecord

pytestmark = pytest.mark.file_only

NOW = dt.datetime(2026, 11, 27, 16, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def admin(small_demo):
    return accounts.authenticate(small_demo, "admin", "demo", NOW)


def records(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(BackupRecord))


def test_two_folders_of_one_device_are_refused_as_two_media(small_demo, admin, tmp_path):
    a, b = tmp_path / "stick" / "A", tmp_path / "stick" / "B"
    a.mkdir(parents=True)
    b.mkdir()
    with pytest.raises(backup.BackupError) as refused:
        backup.make_backup(small_demo, admin, [a, b], now=NOW)
    message = str(refused.value)
    assert str(a) in message and str(b) in message and "одном носителе" in message and "один носитель" in message
    assert list(a.iterdir()) == [] and list(b.iterdir()) == [] and records(small_demo) == 0


def test_a_folder_and_its_subfolder_are_one_medium_even_with_a_reason(small_demo, admin, tmp_path):
    a = tmp_path / "A"
    sub = a / "sub"
    sub.mkdir(parents=True)
    with pytest.raises(backup.BackupError, match="на одном носителе"):
        backup.make_backup(small_demo, admin, [a, sub], now=NOW, one_medium_reason="так удобнее")
    assert list(sub.iterdir()) == [] and records(small_demo) == 0


def test_folders_on_two_devices_are_two_media(small_demo, admin, tmp_path, other_medium):
    e, f = tmp_path / "E", other_medium / "F"
    e.mkdir()
    f.mkdir()
    assert os.stat(e).st_dev != os.stat(f).st_dev
    results = backup.make_backup(small_demo, admin, [e, f], now=NOW)
    assert [r.ok for r in results] == [True, True]
    rows = backup_history.history(small_demo, admin)
    assert len(rows) == 2 and all(r.verified and r.one_medium_reason is None for r in rows)


def test_a_weekly_backup_to_one_medium_without_a_reason_is_refused(small_demo, admin, tmp_path):
    e = tmp_path / "E"
    e.mkdir()
    with pytest.raises(backup_media.OneMedium) as refused:
        backup.make_backup(small_demo, admin, [e], now=NOW)
    message = str(refused.value)
    assert "на два носителя" in message and str(e) in message and "причина" in message
    with pytest.raises(backup_media.OneMedium):
        backup.make_backup(small_demo, admin, [e], now=NOW, one_medium_reason="   ")  # blank is no reason
    assert list(e.iterdir()) == [] and records(small_demo) == 0


def test_with_a_reason_it_is_made_and_the_reason_is_in_the_history(small_demo, admin, tmp_path):
    e = tmp_path / "E"
    e.mkdir()
    [result] = backup.make_backup(small_demo, admin, [e], now=NOW,
                                  one_medium_reason="  второй носитель\nсломан, заказан новый ")
    assert result.ok
    [row] = backup_history.history(small_demo, admin)
    assert row.verified and row.target == str(result.file)
    assert row.one_medium_reason == "второй носитель сломан, заказан новый"
    assert "один носитель: второй носитель сломан, заказан новый" in row.line()
    assert row.as_dict()["one_medium_reason"] == row.one_medium_reason


def test_a_monthly_backup_to_one_medium_needs_no_reason(small_demo, admin, tmp_path):
    e = tmp_path / "E"
    e.mkdir()
    [result] = backup.make_backup(small_demo, admin, [e], now=NOW, kind="monthly")
    assert result.ok and backup_history.history(small_demo, admin)[0].one_medium_reason is None


def test_a_reason_with_control_characters_is_refused_naming_the_field(small_demo, admin, tmp_path):
    e = tmp_path / "E"
    e.mkdir()
    with pytest.raises(backup.BackupError, match="Причина копии на один носитель: управляющий символ"):
        backup.make_backup(small_demo, admin, [e], now=NOW, one_medium_reason="сломан\u202e")
    assert records(small_demo) == 0


def test_only_an_administrator_reads_the_history(small_demo):
    teacher = accounts.authenticate(small_demo, "teacher01", "demo", NOW)
    with pytest.raises(Denied):
        backup_history.history(small_demo, teacher)


def test_a_weekly_schedule_to_one_drive_needs_the_reason_and_keeps_it(small_demo_path, tmp_path, monkeypatch):
    from ejournal_desktop import paths
    from ejournal_desktop.services.access import files
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    db = files.open_journal(small_demo_path)
    try:
        admin = accounts.authenticate(db, "admin", "demo", NOW)
        files.set_keyring(db, admin, True)  # the unattended run opens the journal with the PC's key
        e = tmp_path / "E"
        e.mkdir()
        ok = lambda args: __import__("subprocess").CompletedProcess(args, 0, "", "")  # noqa: E731
        with pytest.raises(backup_media.OneMedium):
            backup_schedule.register(db, admin, "weekly", "пт", "18:00", [e], system="linux", runner=ok)
        done = backup_schedule.register(db, admin, "weekly", "пт", "18:00", [e], system="linux", runner=ok,
                                        one_medium_reason="одна флешка на школу")
        assert done.schedule.one_medium_reason == "одна флешка на школу"
        assert "один носитель: одна флешка на школу" in done.schedule.describe()
        assert backup_schedule.load(done.schedule.name).one_medium_reason == "одна флешка на школу"
    finally:
        db.close()
    _schedule, [result] = backup_schedule.run_scheduled(done.schedule.name, now=NOW)
    assert result.ok
    db = files.open_journal(small_demo_path)
    try:
        [row] = backup_history.history(db, accounts.authenticate(db, "admin", "demo", NOW))
        assert row.one_medium_reason == "одна флешка на школу"
    finally:
        db.close()
