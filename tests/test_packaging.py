"""The one-folder program built by packaging/ejournal.spec starts on a fresh PC and works (issue 11)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "ejournal.spec"


def test_the_spec_has_no_path_of_one_system():
    text = SPEC.read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines())
    assert not re.search(r"[\"'](/|[A-Za-z]:\\)", code), "an absolute path in the spec"
    assert not re.search(r"[\"'][^\"']*/[^\"']*[\"']", code), "a '/'-joined path: use os.path.join"
    assert ".so" not in code and ".dll" not in code


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                    reason="PyInstaller is not installed (pip install -e '.[package]')")
def test_the_built_program_passes_its_smoke_test(tmp_path):
    subprocess.run([sys.executable, "-m", "ejournal_desktop.ui.translations", "compile"], check=True, cwd=ROOT)
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"), str(SPEC)],
        capture_output=True, text=True, cwd=ROOT, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    smoke = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(tmp_path / "dist" / "ejournal")],
                           capture_output=True, text=True, timeout=900)
    assert smoke.returncode == 0, smoke.stdout[-3000:] + smoke.stderr[-3000:]
    assert "`--self-test` ok" in smoke.stdout
    folder = tmp_path / "dist" / "ejournal" / "_internal"
    assert (folder / "resources" / "fonts" / "PTSans-Regular.ttf").is_file()
    assert (folder / "ejournal_desktop" / "storage" / "migrations" / "versions").is_dir()
    assert (folder / "resources" / "translations" / "ejournal_en.qm").is_file()


def test_self_test_alone_uses_a_temporary_demo_school_and_leaves_nothing(tmp_path):
    """What the smoke test runs, from the source: no --db, no --demo, a fresh user."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home), "XDG_CONFIG_HOME": str(home),
           "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    from journal_testing import ejournal
    run = ejournal("--self-test", key=None, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.count("self-test: ok") == 2  # the deputy's and the administrator's views
    assert "self-test: printing ok" in run.stdout
    # One line per view with its result, not the demo school's accounts (issue 21).
    assert "self-test: zavuch · Журнал: ok" in run.stdout and "self-test: admin · Администрирование: ok" in run.stdout
    assert "parent-5a-01" not in run.stdout and '"accounts"' not in run.stdout
    assert not any(home.rglob("*.db")), "the self-test left a database in the user's folder"
