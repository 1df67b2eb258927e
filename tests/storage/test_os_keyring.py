"""The key in a real OS keyring: a Secret Service (gnome-keyring) in its own D-Bus session.

Runs the program as separate processes, as a school's PC would: the first start creates the
database and stores the key in the keyring; a later start finds it there. Skipped, with the
reason, where the machine has no dbus-run-session or gnome-keyring-daemon (.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from journal_testing import DEMO_TODAY

pytestmark = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="no Secret Service here: install dbus and gnome-keyring to test the real OS keyring",
)


def in_keyring_session(tmp_path: Path, script: str) -> subprocess.CompletedProcess:
    """Run a shell script inside a fresh D-Bus session with an unlocked gnome-keyring."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    body = textwrap.dedent("""\
        set -e
        printf 'test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        """) + script
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("EJOURNAL_", "DBUS_", "PYTHON_KEYRING"))}
    env |= {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(home)}
    return subprocess.run(["dbus-run-session", "--", "bash", "-c", body], capture_output=True, text=True,
                          env=env, timeout=300, stdin=subprocess.DEVNULL)


def test_key_goes_to_the_os_keyring_and_is_found_again(tmp_path):
    db = tmp_path / "school.db"
    py = sys.executable
    r = in_keyring_session(tmp_path, f"""
        "{py}" -m ejournal_desktop.cli --db "{db}" demo --size small --today {DEMO_TODAY} --json > /dev/null
        "{py}" -m ejournal_desktop.cli --db "{db}" db check --json
        "{py}" -c "import keyring, json; d=json.load(open('{db}.keyid')); \\
print('KEY', keyring.get_password('ejournal-desktop', d['database_id']))"
        """)
    assert r.returncode == 0, r.stderr
    check = json.loads(r.stdout[: r.stdout.index("KEY")])
    assert check["ok"] is True
    key = r.stdout.split("KEY ")[1].strip()
    assert len(key) == 64 and int(key, 16)  # a real 256-bit key, kept by the Secret Service
    sidecar = Path(f"{db}.keyid").read_text(encoding="utf-8")
    assert json.loads(sidecar)["demo"] is False  # a keyring was there: no published demo key
    assert key not in sidecar


def test_on_a_new_pc_a_staff_password_opens_the_database(tmp_path):
    """The same file on a PC whose keyring lacks the entry: no way in without a staff login, and the
    deputy's password opens it through the deputy's key slot; the file is not damaged meanwhile."""
    db = tmp_path / "school.db"
    py = sys.executable
    first = in_keyring_session(tmp_path, f'"{py}" -m ejournal_desktop.cli --db "{db}" demo --size small '
                                         f'--today {DEMO_TODAY} > /dev/null')
    assert first.returncode == 0, first.stderr
    before = db.read_bytes()
    shutil.rmtree(tmp_path / "home")  # a new PC: a fresh, empty keyring
    r = in_keyring_session(tmp_path, f'"{py}" -m ejournal_desktop.cli --db "{db}" db check')
    assert r.returncode == 1
    assert "войдите под учётной записью сотрудника" in r.stderr
    assert db.read_bytes() == before
    r = in_keyring_session(tmp_path, f'EJOURNAL_PASSWORD=demo "{py}" -m ejournal_desktop.cli --db "{db}" '
                                     f'--user zavuch db info --json')
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["pupils"] > 50
