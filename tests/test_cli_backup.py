"""`ejournal backup`, `ejournal backup verify` and `ejournal restore` from a script's point of view."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from journal_testing import ejournal


# A weekly backup to one drive needs the administrator's reason (issue 18).
ONE = "второй носитель в ремонте"


@pytest.fixture
def drives(tmp_path, other_medium):
    """Two media: two folders on two devices."""
    out = tmp_path / "E", other_medium / "F"
    for d in out:
        d.mkdir()
    return out


def backup_to(db: Path, *targets: Path, user: str = "admin", json_out: bool = False, reason: str | None = ONE):
    """`backup --to …`; with one target, the one-medium reason too unless reason=None."""
    args = ["--db", str(db), "--user", user, "backup"]
    for t in targets:
        args += ["--to", str(t)]
    if len(targets) == 1 and reason is not None:
        args += ["--one-medium-reason", reason]
    return ejournal(*args, *(["--json"] if json_out else []), password="demo")


def the_file(folder: Path) -> Path:
    [file] = list(folder.glob("*.ejb"))
    return file


def test_backup_to_two_drives_then_verify(small_demo_path, drives):
    r = backup_to(small_demo_path, *drives)
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("записана и проверена") == 2
    for d in drives:
        assert str(d) in r.stdout
    v = ejournal("backup", "verify", str(the_file(drives[0])), "--json")
    assert v.returncode == 0, v.stderr
    data = json.loads(v.stdout)
    from ejournal_desktop.storage.migrations import script
    assert data["ok"] is True and data["counts"]["pupils"] > 50
    assert data["schema_version"] == script().get_current_head()
    text = ejournal("backup", "verify", str(the_file(drives[1])))
    assert text.returncode == 0 and "Резервная копия исправна" in text.stdout and "Учеников:" in text.stdout


def test_backup_json_lists_each_target(small_demo_path, drives):
    r = backup_to(small_demo_path, *drives, json_out=True)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert [d["ok"] for d in data] == [True, True] and all(d["file"].endswith(".ejb") for d in data)


def test_one_failed_target_exits_1_and_the_other_is_written(small_demo_path, drives, tmp_path):
    missing = tmp_path / "G-not-plugged-in"
    r = backup_to(small_demo_path, missing, drives[1])
    assert r.returncode == 1
    assert str(missing) in r.stderr and "недоступен" in r.stderr
    assert str(drives[1]) in r.stdout
    assert ejournal("backup", "verify", str(the_file(drives[1]))).returncode == 0


def test_backup_needs_a_target_and_an_administrator(small_demo_path, drives):
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "backup", password="demo")
    assert r.returncode == 2 and "--to" in r.stderr
    r = backup_to(small_demo_path, drives[0], user="teacher01")
    assert r.returncode == 1 and "ejournal:" in r.stderr
    assert list(drives[0].iterdir()) == []


def test_verify_refuses_a_cut_short_or_altered_backup(small_demo_path, drives):
    assert backup_to(small_demo_path, *drives).returncode == 0
    cut, flipped = the_file(drives[0]), the_file(drives[1])
    cut.write_bytes(cut.read_bytes()[:100_000])
    data = bytearray(flipped.read_bytes())
    data[500_000] ^= 0xFF
    flipped.write_bytes(bytes(data))
    r = ejournal("backup", "verify", str(cut))
    assert r.returncode == 1 and "обрезан" in r.stderr and "Traceback" not in r.stderr
    r = ejournal("backup", "verify", str(flipped), "--json")
    assert r.returncode == 1 and "повреждена" in r.stderr and r.stdout == ""


def test_verify_and_restore_on_a_new_pc_with_the_administrators_password(small_demo_path, drives, tmp_path):
    assert backup_to(small_demo_path, drives[0]).returncode == 0
    file = the_file(drives[0])
    r = ejournal("backup", "verify", str(file), key=None)
    assert r.returncode == 1 and "Нет ключа" in r.stderr
    r = ejournal("--user", "admin", "backup", "verify", str(file), key=None, password="wrong")
    assert r.returncode == 1 and "Пароль не открывает" in r.stderr
    r = ejournal("--user", "admin", "backup", "verify", str(file), key=None, password="demo")
    assert r.returncode == 0, r.stderr

    target = tmp_path / "newpc" / "school.db"
    r = ejournal("--db", str(target), "--user", "admin", "restore", str(file), key=None, password="demo")
    assert r.returncode == 0, r.stderr
    assert "База восстановлена" in r.stdout
    before = ejournal("--db", str(small_demo_path), "--user", "admin", "db", "info", "--json", password="demo")
    after = ejournal("--db", str(target), "--user", "admin", "db", "info", "--json", key=None, password="demo")
    assert after.returncode == 0, after.stderr
    b, a = json.loads(before.stdout), json.loads(after.stdout)
    for k in ("pupils", "lessons", "marks", "attendance", "period_marks", "accounts"):
        assert a[k] == b[k], k


def test_restore_over_the_current_database(small_demo_path, drives):
    assert backup_to(small_demo_path, drives[0]).returncode == 0
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "restore", str(the_file(drives[0])), "--json",
                 password="demo")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    safety = Path(data["safety_copy"])
    assert (safety / small_demo_path.name).exists()
    assert ejournal("--db", str(small_demo_path), "db", "check").returncode == 0


def test_a_refused_restore_changes_nothing(small_demo_path, drives):
    assert backup_to(small_demo_path, drives[0]).returncode == 0
    file = the_file(drives[0])
    file.write_bytes(file.read_bytes()[:-5000])
    before = {p.name: p.read_bytes() for p in small_demo_path.parent.iterdir() if p.is_file()}
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "restore", str(file), password="demo")
    assert r.returncode == 1 and "обрезан" in r.stderr
    r = ejournal("--db", str(small_demo_path), "--user", "teacher01", "restore",
                 str(the_file(drives[0])), password="demo")
    assert r.returncode == 1
    after = {p.name: p.read_bytes() for p in small_demo_path.parent.iterdir() if p.is_file()}
    assert set(after) == set(before)
    assert not list(small_demo_path.parent.glob("*before-restore*"))
    assert after[small_demo_path.name + ".slots"] == before[small_demo_path.name + ".slots"]


def test_a_weekly_backup_to_one_drive_needs_a_reason_shown_in_the_history(small_demo_path, drives):
    r = backup_to(small_demo_path, drives[0], reason=None)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "на два носителя" in r.stderr and str(drives[0]) in r.stderr and "--one-medium-reason" in r.stderr
    assert list(drives[0].iterdir()) == []
    r = backup_to(small_demo_path, drives[0], reason="второй носитель в ремонте")
    assert r.returncode == 0, r.stderr
    h = ejournal("--db", str(small_demo_path), "--user", "admin", "backup", "history", password="demo")
    assert h.returncode == 0, h.stderr
    [line] = h.stdout.splitlines()
    assert "еженедельная" in line and "✓" in line and "один носитель: второй носитель в ремонте" in line
    h = ejournal("--db", str(small_demo_path), "--user", "admin", "backup", "history", "--json", password="demo")
    [row] = json.loads(h.stdout)
    assert row["one_medium_reason"] == "второй носитель в ремонте" and row["verified"] is True


def test_two_folders_of_one_drive_are_refused(small_demo_path, tmp_path):
    a, b = tmp_path / "stick" / "A", tmp_path / "stick" / "B"
    a.mkdir(parents=True)
    b.mkdir()
    r = backup_to(small_demo_path, a, b)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert str(a) in r.stderr and str(b) in r.stderr and "на одном носителе" in r.stderr
    assert list(a.iterdir()) == list(b.iterdir()) == []
