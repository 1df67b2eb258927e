"""What test modules share: the test key, the demo school's fixed "today", and running `ejournal`.

(Test modules import these from here, never from conftest: tests/ui has a conftest of its own, and
`from journal_testing import` would find whichever was loaded last.)"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

TEST_KEY_HEX = "5e" * 32
# The demo school's "today" in tests: fixed, so that every run sees the same journal.
DEMO_TODAY = dt.date(2026, 11, 27)


def ejournal(*args: str, password: str | None = None, key: str | None = TEST_KEY_HEX,
             env: dict[str, str] | None = None):
    """Run the `ejournal` command as a script would: the key in EJOURNAL_DB_KEY (None: a new PC with
    no key and no keyring), the password in EJOURNAL_PASSWORD, no terminal."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("EJOURNAL_")}
    if key is not None:
        full["EJOURNAL_DB_KEY"] = key
    else:
        full["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if password is not None:
        full["EJOURNAL_PASSWORD"] = password
    full |= env or {}
    exe = Path(sys.executable).with_name("ejournal")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ejournal_desktop.cli"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=full,
                          stdin=subprocess.DEVNULL, timeout=300)
