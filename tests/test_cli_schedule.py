"""`ejournal backup schedule` as a school's administrator types it: refused while the keyring holds no
key; with the key kept, a systemd user timer (Linux) or the exact schtasks arguments (Windows); the
unattended run makes the backup on both drives; --list and --remove."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from ejournal_desktop import cli, paths
from ejournal_desktop.services.administration import backup_schedule as bs


@pytest.fixture
def pc(tmp_path, monkeypatch):
    """This PC's data folder and systemd user folder, in the test's temporary folder."""
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setattr(paths, "data_dir", lambda: data)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("EJOURNAL_PASSWORD", "demo")
    return config / "systemd" / "user"


@pytest.fixture
def drives(tmp_path, other_medium):
    """Two media: two folders on two devices."""
    out = tmp_path / "E", other_medium / "F"
    for d in out:
        d.mkdir()
    return out


def run(capsys, *args) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def schedule_weekly(capsys, db, drives, *extra):
    return run(capsys, "--db", db, "--user", "admin", "backup", "schedule", "--weekly", "пятница", "18:00",
               "--to", drives[0], "--to", drives[1], *extra)


def test_refused_while_the_keyring_holds_no_key(capsys, pc, small_demo_path, drives):
    code, _out, err = schedule_weekly(capsys, small_demo_path, drives)
    assert code == 1
    assert "Ключ базы не хранится в хранилище ключей этого компьютера" in err
    assert "keyring on" in err
    assert not pc.exists() or not list(pc.iterdir())
    assert run(capsys, "backup", "schedule", "--list")[1].strip() == "Копий по расписанию на этом компьютере нет."


def test_weekly_timer_then_unattended_backup_then_remove(capsys, pc, small_demo_path, drives, monkeypatch):
    assert run(capsys, "--db", small_demo_path, "--user", "admin", "keyring", "on")[0] == 0
    code, out, err = schedule_weekly(capsys, small_demo_path, drives)
    assert code == 0, err
    assert "каждую пятницу в 18:00" in out
    [timer] = pc.glob("ejournal-backup-weekly-*.timer")
    service = timer.with_suffix(".service")
    text = timer.read_text(encoding="utf-8")
    assert "OnCalendar=Fri *-*-* 18:00:00" in text and "Persistent=true" in text
    assert "WantedBy=timers.target" in text
    exec_start = next(line for line in service.read_text(encoding="utf-8").splitlines()
                      if line.startswith("ExecStart="))
    name = timer.stem.removeprefix("ejournal-backup-")
    assert exec_start.endswith(f"backup run-scheduled {name}")

    listed = run(capsys, "backup", "schedule", "--list")[1]
    assert name in listed and str(drives[0]) in listed and "администратор admin" in listed

    # What the timer runs, at 18:00 with nobody there: no password, the key from this PC's keyring.
    monkeypatch.delenv("EJOURNAL_PASSWORD")
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    code, out, err = run(capsys, "backup", "run-scheduled", name)
    assert code == 0, err
    assert out.count("записана и проверена") == 2
    for d in drives:
        [file] = d.glob("*.ejb")
        assert file.name.endswith("-weekly.ejb")

    code, out, _ = run(capsys, "--db", small_demo_path, "backup", "schedule", "--remove", "weekly")
    assert code == 0 and "Расписание удалено" in out
    assert not timer.exists() and not service.exists()
    assert bs.list_schedules() == []


def test_unattended_run_refused_once_the_key_left_the_keyring(capsys, pc, small_demo_path, drives, monkeypatch):
    assert run(capsys, "--db", small_demo_path, "--user", "admin", "keyring", "on")[0] == 0
    assert schedule_weekly(capsys, small_demo_path, drives)[0] == 0
    [schedule] = bs.list_schedules()
    assert run(capsys, "--db", small_demo_path, "--user", "admin", "keyring", "off")[0] == 0
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    code, _out, err = run(capsys, "backup", "run-scheduled", schedule.name)
    assert code == 1 and "ejournal:" in err and "Traceback" not in err
    assert not list(drives[0].glob("*.ejb"))


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_units_pass_systemd_analyze_verify(tmp_path):
    schedule = bs.Schedule(name="weekly-0123abcd", kind="weekly", day="fri", time="18:00", db="/srv/journal.db",
                           targets=["/media/E"], login="admin", school="СОШ № 2")
    folder = tmp_path / "units"
    folder.mkdir()
    for name, text in bs.systemd_units(schedule, [shutil.which("true"), "--db", "/a b/%x"]).items():
        (folder / name).write_text(text, encoding="utf-8")
    runtime = tmp_path / "runtime"  # --user needs a runtime folder even offline
    runtime.mkdir(mode=0o700)
    done = subprocess.run(["systemd-analyze", "verify", "--user", *map(str, sorted(folder.iterdir()))],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)})
    problems = [line for line in (done.stderr + done.stdout).splitlines() if "ejournal-backup" in line]
    assert done.returncode == 0 and not problems, done.stderr


def _systemd_user_running() -> bool:
    if shutil.which("systemctl") is None:
        return False
    done = subprocess.run(["systemctl", "--user", "is-system-running"], capture_output=True, text=True, check=False)
    return done.stdout.strip() in ("running", "degraded")


@pytest.mark.skipif(not _systemd_user_running(), reason="no systemd user instance on this machine")
def test_a_real_systemd_user_instance_takes_the_timer(capsys, small_demo_path, drives, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setenv("EJOURNAL_PASSWORD", "demo")
    assert run(capsys, "--db", small_demo_path, "--user", "admin", "keyring", "on")[0] == 0
    code, _out, err = schedule_weekly(capsys, small_demo_path, drives)
    try:
        assert code == 0 and "ejournal:" not in err, err
        [schedule] = bs.list_schedules()
        timers = subprocess.run(["systemctl", "--user", "list-timers", "--all"], capture_output=True, text=True, check=False)
        assert f"ejournal-backup-{schedule.name}.timer" in timers.stdout
    finally:
        run(capsys, "--db", small_demo_path, "backup", "schedule", "--remove", "weekly")


def test_windows_task_is_these_schtasks_arguments(small_demo, memory_keyring, monkeypatch, tmp_path):
    from ejournal_desktop.services.access import accounts, files
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    admin = accounts.authenticate(small_demo, "admin", "demo")
    files.set_keyring(small_demo, admin, True)
    ran = []

    def windows(args):
        ran.append(args)
        return subprocess.CompletedProcess(args, 0, "SUCCESS", "")

    program = [r"C:\Program Files\ejournal\ejournal-cli.exe"]
    done = bs.register(small_demo, admin, "weekly", "fri", "18:00", [Path("E:/"), Path("F:/")], system="win32",
                       runner=windows, program=program)
    name = done.schedule.name
    assert ran == [["schtasks", "/Create", "/F", "/TN", f"ejournal\\{name}",
                    "/TR", f'"C:\\Program Files\\ejournal\\ejournal-cli.exe" backup run-scheduled {name}',
                    "/SC", "WEEKLY", "/D", "FRI", "/ST", "18:00"]]
    assert done.active and done.files == [tmp_path / "data" / "schedules" / f"{name}.json"]

    monthly = bs.register(small_demo, admin, "monthly", "1", "7:05", [Path("E:/")], system="win32",
                          runner=windows, program=program)
    assert ran[-1][-6:] == ["/SC", "MONTHLY", "/D", "1", "/ST", "07:05"]
    bs.remove("weekly", db_path=small_demo.path, system="win32", runner=windows)
    assert ran[-1] == ["schtasks", "/Delete", "/F", "/TN", f"ejournal\\{name}"]
    assert [s.name for s in bs.list_schedules()] == [monthly.schedule.name]


@pytest.mark.parametrize("kind,day,problem", [("monthly", "31", "в феврале"), ("weekly", "пятн", "mon…sun"),
                                              ("weekly", "fri", None), ("weekly", "Среду", None)])
def test_days_are_checked_in_russian(kind, day, problem):
    if problem is None:
        assert bs.parse_day(kind, day) in ("fri", "wed")
    else:
        with pytest.raises(bs.ScheduleError, match=problem):
            bs.parse_day(kind, day)


def test_bad_time_is_named():
    with pytest.raises(bs.ScheduleError, match="«25:00»"):
        bs.parse_time("25:00")
