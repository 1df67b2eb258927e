"""`ejournal` from a script's point of view: output, --json, and exit codes 0 / 1 / 2."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from journal_testing import DEMO_TODAY, ejournal
from sqlalchemy import text


def test_console_script_is_installed():
    assert Path(sys.executable).with_name("ejournal").exists() or shutil.which("ejournal")


def test_demo_creates_school_and_prints_accounts(tmp_path):
    path = tmp_path / "demo.db"
    r = ejournal("--db", str(path), "demo", "--size", "small", "--today", DEMO_TODAY.isoformat())
    assert r.returncode == 0, r.stderr
    for login in ("admin", "director", "zavuch", "secretary", "teacher01"):
        assert f"  {login} " in r.stdout
    assert "пароль у всех — demo" in r.stdout
    again = ejournal("--db", str(path), "demo", "--size", "small")
    assert again.returncode == 1
    assert "уже существует" in again.stderr


def test_demo_json_output(tmp_path):
    r = ejournal("--db", str(tmp_path / "d.db"), "demo", "--size", "small", "--seed", "3",
                 "--today", DEMO_TODAY.isoformat(), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    logins = {a["login"] for a in data["accounts"]}
    assert {"admin", "director", "zavuch", "secretary"} <= logins
    assert data["counts"]["pupils"] > 50


def test_db_check_passes_on_a_sound_file(small_demo_path):
    r = ejournal("--db", str(small_demo_path), "db", "check", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["ok"] is True and data["schema_version"] == data["head_version"]


def test_db_check_finds_an_edited_audit_entry(small_demo_path):
    from ejournal_desktop.storage import database
    db = database.open_file(small_demo_path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET new = '{\"value\": \"5\"}' "
                          "WHERE id = (SELECT min(id) FROM audit_log WHERE entity = 'mark')"))
    db.close()
    r = ejournal("--db", str(small_demo_path), "db", "check")
    assert r.returncode == 1
    assert "изменена после записи" in r.stdout


def test_wrong_key_exits_1_with_message(small_demo_path):
    r = ejournal("--db", str(small_demo_path), "db", "check", key="00" * 32)
    assert r.returncode == 1
    assert "ключ не подходит" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_file_exits_1(tmp_path):
    r = ejournal("--db", str(tmp_path / "none.db"), "db", "check")
    assert r.returncode == 1
    assert "не найден" in r.stderr


def test_bad_usage_exits_2():
    assert ejournal("no-such-command").returncode == 2
    assert ejournal("demo", "--size", "huge").returncode == 2


def test_argparse_speaks_russian():
    r = ejournal("user", "add")
    assert r.returncode == 2
    assert "ошибка: не указаны обязательные аргументы: ЛОГИН" in r.stderr and "--role" in r.stderr
    assert "usage" not in r.stderr and "required" not in r.stderr
    r = ejournal("--help")
    assert r.returncode == 0 and r.stdout.startswith("использование: ejournal")
    assert "показать эту справку и выйти" in r.stdout and "report" in r.stdout
    r = ejournal("report", "nosuch")
    assert r.returncode == 2 and "недопустимое значение: 'nosuch'" in r.stderr and "summary-sheet" in r.stderr
    r = ejournal("--version")
    assert r.returncode == 0 and r.stdout.startswith("ejournal ")


def test_the_global_options_are_taken_after_the_command_too(tmp_path, small_demo_path):
    # As people type them: `ejournal demo --db X`, `ejournal db info --db X --user zavuch`.
    made = tmp_path / "after.db"
    r = ejournal("demo", "--size", "small", "--today", DEMO_TODAY.isoformat(), "--db", str(made))
    assert r.returncode == 0, r.stderr
    assert made.exists()
    r = ejournal("db", "info", "--db", str(small_demo_path), "--user", "zavuch", "--json", password="demo")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["academic_years"]
    # The documented order still works, and a value after the command wins over the one before it.
    r = ejournal("--db", str(tmp_path / "nowhere.db"), "db", "check", "--db", str(small_demo_path))
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("password, code", [("demo", 0), ("wrong", 1)])
def test_db_info_needs_the_acting_user(small_demo_path, password, code):
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "db", "info", "--json", password=password)
    assert r.returncode == code, r.stderr
    if code == 0:
        assert json.loads(r.stdout)["pupils"] > 50
    else:
        assert "Неверный логин или пароль" in r.stderr


def test_db_info_is_refused_to_a_parent(small_demo_path):
    from ejournal_desktop.storage import database
    db = database.open_file(small_demo_path)
    with db.engine.connect() as conn:
        parent = conn.execute(text("SELECT login FROM account WHERE login LIKE 'parent-%' LIMIT 1")).scalar()
    db.close()
    r = ejournal("--db", str(small_demo_path), "--user", parent, "db", "info", password="demo")
    assert r.returncode == 1
    assert "только сотрудникам школы" in r.stderr


def test_no_password_without_terminal_exits_1(small_demo_path):
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "db", "info")
    assert r.returncode == 1
    assert "EJOURNAL_PASSWORD" in r.stderr


@pytest.mark.gui
def test_make_run_path_creates_the_demo_school_and_opens_the_window(tmp_path):
    """What `make run` does (`ejournal --demo`), in a temporary user data folder."""
    env_home = {"XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
                # No OS keychain touched by a test: the demo falls back to its published key.
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("EJOURNAL_")} | env_home
    exe = Path(sys.executable).with_name("ejournal")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ejournal_desktop.cli"]
    r = subprocess.run(cmd + ["--demo", "--self-test"], capture_output=True, text=True, env=env,
                       stdin=subprocess.DEVNULL, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "self-test: ok" in r.stdout
    demo_db = tmp_path / "data" / "ejournal-desktop" / "demo.db"
    assert demo_db.exists()
    assert not demo_db.read_bytes().startswith(b"SQLite format 3")
    # The second start opens the same school instead of making a new one.
    before = demo_db.stat().st_size
    r2 = subprocess.run(cmd + ["--demo", "--self-test"], capture_output=True, text=True, env=env,
                        stdin=subprocess.DEVNULL, timeout=120)
    assert r2.returncode == 0, r2.stderr
    assert "Создаётся" not in r2.stderr
    assert demo_db.stat().st_size >= before


@pytest.mark.parametrize("tamper, found", [
    ("UPDATE mark SET value = '5' WHERE id = (SELECT min(id) FROM mark WHERE value = '2')", "изменена в обход"),
    ("DELETE FROM mark WHERE id = (SELECT min(id) FROM mark)", "удалена из базы в обход"),
    ("INSERT INTO mark (lesson_id, pupil_id, value, work_type_id, weight, comment, created_at) "
     "SELECT lesson_id, pupil_id, '5', work_type_id, weight, '', created_at FROM mark LIMIT 1",
     "не записана в журнале действий"),
    ("DELETE FROM audit_log WHERE id = (SELECT min(id) FROM audit_log WHERE entity = 'attendance')",
     "не продолжает предыдущую"),
])
def test_db_check_finds_marks_changed_behind_the_programs_back(small_demo_path, tamper, found):
    """Someone with the key edits the file in another tool: `db check` says so and exits 1."""
    from ejournal_desktop.storage import database
    db = database.open_file(small_demo_path)
    with db.engine.begin() as conn:
        conn.execute(text(tamper))
    db.close()
    r = ejournal("--db", str(small_demo_path), "db", "check")
    assert r.returncode == 1
    assert found in r.stdout


def test_monthly_activity_report(small_demo_path):
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "report", "activity", "--month", "2026-11",
                 "--json", password="demo")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    teachers = [x for x in rows if x["login"].startswith("teacher")]
    assert teachers and all(x["changes"] > 0 for x in teachers)
    assert all(x["day"].startswith("2026-11") for x in rows)
    this_month = dt.date.today()
    now_rows = json.loads(ejournal("--db", str(small_demo_path), "--user", "admin", "report", "activity",
                                   "--month", f"{this_month:%Y-%m}", "--json", password="demo").stdout)
    assert any(x["login"] == "admin" and x["logins"] >= 1 for x in now_rows)  # the logins just made
    refused = ejournal("--db", str(small_demo_path), "--user", "teacher01", "report", "activity",
                       "--month", "2026-11", password="demo")
    assert refused.returncode == 1 and "Нет права" in refused.stderr
    assert ejournal("--db", str(small_demo_path), "report", "activity", "--month", "ноябрь").returncode == 2


@pytest.mark.gui
def test_screenshots_of_every_view_a_role_sees(small_demo_path, tmp_path):
    out = tmp_path / "shots"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "screenshots", "--out", str(out),
                 password="demo")
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    assert "login.png" in names and "zavuch-01-overview.png" in names
    # the login window, each of the deputy's sections (a tabbed one once per tab), the help window
    sections = ["overview", "journal", "timetable", "classes", "staff", "setup", "school_year", "grading", "reports",
                "messages"]
    for n, key in enumerate(sections, start=1):
        assert any(name.startswith(f"zavuch-{n:02d}-{key}") for name in names), (key, names)
    assert "zavuch-help.png" in names
    assert not any("admin" in name for name in names)
    from PySide6.QtGui import QImage
    image = QImage(str(out / "zavuch-01-overview.png"))
    assert (image.width(), image.height()) == (1280, 800)
