"""The monthly user-activity report, and the program's peak memory with a journal grid open."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from .common import BENCH_KEY_HEX, BENCH_TODAY, Row, repeat

_MEMORY_PROBE = r"""
import os, sys
from pathlib import Path
from ejournal_desktop.services import accounts
from ejournal_desktop.ui.app import application
from ejournal_desktop.ui.main_window import MainWindow
app = application()
db, actor = accounts.sign_in(Path(sys.argv[1]), "zavuch", "demo")
window = MainWindow(db, actor)
window.resize(1280, 800)
window.show()
page = window.show_section("journal")
app.processEvents()
window.grab()
# VmHWM, not getrusage's ru_maxrss: a child started by a large parent reports the parent's peak there
# (Linux keeps the pre-exec mm's high-water mark in the child's maxrss), which is what made the same
# probe read 197 MB alone and 485 MB inside the full `make bench`.
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""


def run(path: Path) -> list[Row]:
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.services.reports import activity as reports
    from ejournal_desktop.storage import database

    db = database.open_file(path, key=bytes.fromhex(BENCH_KEY_HEX))
    try:
        admin = accounts.authenticate(db, "admin", "demo")
        month = BENCH_TODAY.replace(day=1) - dt.timedelta(days=20)  # a full month of school work
        rows = [Row(f"user-activity report for {month:%m.%Y}",
                    repeat(lambda: reports.activity(db, admin, month.year, month.month), n=5),
                    note=f"{len(reports.activity(db, admin, month.year, month.month))} user-days")]
    finally:
        db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EJOURNAL_DB_KEY=BENCH_KEY_HEX)
    peaks = [int(subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(path)], capture_output=True, text=True,
                                env=env, check=True).stdout.split()[-1]) / 1024 for _ in range(3)]
    rows.append(Row("peak memory, main window with a grid open", peaks,
                    shown=f"{min(peaks):.0f}–{max(peaks):.0f} MB", note="3 runs; target < 300 MB"))
    return rows
