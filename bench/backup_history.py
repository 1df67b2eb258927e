"""Backups and `db check` over a school with history (issue 19): run it on the 5-year demo school
and on the 1-year one and compare.

    PYTHONPATH=. python -m bench.backup_history PATH_TO_SCHOOL.db

Rows: weekly backup to two folders + verify; `db check` (time and peak memory, in a child process);
the baseline it is held to — SQLite's own integrity_check plus one pass over the audit log.
Works on a copy in a temporary folder (the given file stays as it is).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import BENCH_KEY_HEX, Row

_CHECK_PROBE = r"""
import sys, time
from pathlib import Path
from ejournal_desktop.services.administration import maintenance
from ejournal_desktop.storage import database
db = database.open_file(Path(sys.argv[1]), key=bytes.fromhex(sys.argv[2]))
t = time.perf_counter()
result = maintenance.check(db)
took = time.perf_counter() - t
peak = next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(took, peak, len(result.problems))
"""


def _years(db) -> int:
    from sqlalchemy import func, select

    from ejournal_desktop.storage.models import AcademicYear
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AcademicYear)) or 0


def _baseline(db) -> float:
    """integrity_check plus one pass over the audit log: what `db check` is held to (within 2×)."""
    from sqlalchemy import text
    t = time.perf_counter()
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        for _ in conn.execution_options(stream_results=True).execute(
                text("SELECT id, at, account_id, action, entity, entity_id, old, new, prev_hash, hash "
                     "FROM audit_log ORDER BY id")):
            pass
    return time.perf_counter() - t


def run(path: Path) -> list[Row]:
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.services.administration import backup
    from ejournal_desktop.storage import database

    key = bytes.fromhex(BENCH_KEY_HEX)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ejournal-bench-history-") as tmp:
        work = Path(tmp)
        live = work / "school.db"
        for companion in path.parent.glob(path.name + "*"):
            shutil.copy2(companion, live.with_name(companion.name.replace(path.name, live.name, 1)))
        drives = [work / "E", work / "F"]
        for d in drives:
            d.mkdir()
        db = database.open_file(live, key=key)
        years = _years(db)
        admin = accounts.authenticate(db, "admin", "demo")
        times, size = [], 0
        for _ in range(3):
            t = time.perf_counter()
            results = backup.make_backup(db, admin, drives)
            assert all(r.ok for r in results), [r.message for r in results]
            backup.verify_backup(results[0].file, key=key)
            times.append(time.perf_counter() - t)
            size = results[0].size
        rows.append(Row(f"weekly backup to two folders + verify, {years} years", times,
                        note=f"file {size / 2**20:.0f} MB; target: within 1.5× of 1 year and < 5 s"))
        base = [_baseline(db) for _ in range(3)]
        rows.append(Row(f"integrity_check + one pass over the audit log, {years} years", base,
                        note="the baseline db check is held to (within 2×)"))
        db.close()
        env = dict(os.environ, EJOURNAL_DB_KEY=BENCH_KEY_HEX)
        runs = [subprocess.run([sys.executable, "-c", _CHECK_PROBE, str(live), BENCH_KEY_HEX],
                               capture_output=True, text=True, env=env, check=True).stdout.split()
                for _ in range(3)]
        rows.append(Row(f"db check, {years} years", [float(r[0]) for r in runs],
                        note=f"{runs[0][2]} problems; target within 2× of the baseline"))
        peaks = [int(r[1]) / 1024 for r in runs]
        rows.append(Row(f"db check peak memory, {years} years", peaks,
                        shown=f"{min(peaks):.0f}–{max(peaks):.0f} MB", note="target < 300 MB"))
    return rows


if __name__ == "__main__":
    for row in run(Path(sys.argv[1])):
        print(f"{row.operation}: {row.shown or Row.fmt(row.ours)}  ({row.note})")
