"""No traceback ever reaches a script or a user: refusals, bugs and Ctrl+C each give one Russian line;
a bug is logged in the user log folder with the code place and ids, never a name or a password."""

from __future__ import annotations

import faulthandler
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from journal_testing import TEST_KEY_HEX, ejournal

from ejournal_desktop import cli, crashlog


@pytest.fixture
def log_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("EJOURNAL_LOG_DIR", str(folder))
    return folder


def test_restore_given_a_folder_is_refused_in_russian(small_demo_path, tmp_path, log_dir):
    folder = tmp_path / "копии"
    folder.mkdir()
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "restore", str(folder), password="demo",
                 env={"EJOURNAL_LOG_DIR": str(log_dir)})
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "IsADirectoryError" not in r.stderr
    assert "это папка" in r.stderr and str(folder) in r.stderr


def test_a_bug_is_one_russian_line_with_the_log_path_and_the_log_holds_no_pupil_data(
        small_demo_path, log_dir, capsys, monkeypatch):
    secret_name, password = "Тихонов Константин Иванович", "s3cret-Пароль"

    def broken(args):
        raise RuntimeError(f"pupil {secret_name} password {password} key {TEST_KEY_HEX}")

    from ejournal_desktop.cli import database
    monkeypatch.setitem(database.HANDLERS, "demo", broken)
    assert cli.main(["--db", str(small_demo_path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Непредвиденная ошибка" in err
    assert str(log_dir / crashlog.LOG_NAME) in err
    assert "Traceback" not in err
    log = (log_dir / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError" in log and "test_cli_errors.py" in log and "broken" in log
    for leaked in (secret_name, "Тихонов", password, TEST_KEY_HEX):
        assert leaked not in log
    assert faulthandler.is_enabled()  # hard crashes are dumped (to crash-faults.log outside pytest)


def test_ctrl_c_exits_130_with_one_line(tmp_path, log_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("EJOURNAL_")}
    env |= {"EJOURNAL_DB_KEY": TEST_KEY_HEX, "EJOURNAL_LOG_DIR": str(log_dir),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[1]), env.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-m", "ejournal_desktop.cli", "--db", str(tmp_path / "big.db"),
                             "demo", "--size", "large"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    deadline = time.monotonic() + 60
    while not (tmp_path / "big.db").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.strip().splitlines()[-1] == "ejournal: прервано (Ctrl+C); начатое действие не сохранено."


def test_the_installed_program_writes_hard_crashes_to_the_log_folder(tmp_path, log_dir):
    env = {k: v for k, v in os.environ.items() if not k.startswith("EJOURNAL_")}
    env |= {"EJOURNAL_LOG_DIR": str(log_dir),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[1]), env.get("PYTHONPATH")]))}
    code = ("import sys, faulthandler; from ejournal_desktop import cli, crashlog; crashlog.setup(); "
            "faulthandler.dump_traceback(crashlog._state['fault'])")
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "File" in (log_dir / crashlog.FAULT_NAME).read_text(encoding="utf-8")
