"""Backups and `db check` over a school with history (issue 19): run it on the 5-year demo school
and on the 1-year one and compare.

    PYTHONPATH=. python -m bench.backup_history [--backup-only] [SCHOOL.db …]

Without a school: the large demo (one year) and its copy into four closed years (bench.history_copy).
A school with closed years first gets its history archive (written once, timed on its own row); the
weekly rows then hold only the rest.

Rows: weekly backup to two folders + verify; `db check` (time and peak memory, in a child process);
the baseline it is held to — SQLite's own integrity_check plus one pass over the audit log.
Works on a copy in a temporary folder (the given file stays as it is).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import BENCH_KEY_HEX, Row, copy_school, two_drives

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


def _weekly(db, admin, drives, key, label: str, years: int) -> Row:
    from ejournal_desktop.services.administration import backup
    times, size, delta = [], 0, False
    for _ in range(3):
        t = time.perf_counter()
        results = backup.make_backup(db, admin, drives)
        assert all(r.ok for r in results), [r.message for r in results]
        delta = bool(backup.verify_backup(results[0].file, key=key).base)
        times.append(time.perf_counter() - t)
        size = results[0].size
    kind = "only the rows outside the history archive" if delta else "the whole file"
    return Row(f"weekly backup to two folders + verify, {years} years", times,
               note=f"file {size / 2**20:.0f} MB ({kind}{label}); target: within 1.5× of 1 year and < 5 s")


def run(path: Path, *, renumber: bool = False, checks: bool = True) -> list[Row]:
    """`renumber`: the school is bench.history_copy's, whose current year was written before its
    history archive; after the archive its rows are renumbered as a school's would have been."""
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.services.administration import backup
    from ejournal_desktop.storage import database

    from . import history_copy

    key = bytes.fromhex(BENCH_KEY_HEX)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ejournal-bench-history-") as tmp:
        work = Path(tmp)
        live = copy_school(path, work)
        drives = two_drives(work)
        db = database.open_file(live, key=key)
        years = _years(db)
        admin = accounts.authenticate(db, "admin", "demo")
        if years > 1:  # the history archive, once per drive (after a year is closed)
            t = time.perf_counter()
            results = backup.make_backup(db, admin, drives)
            assert all(r.ok for r in results), [r.message for r in results]
            archive = next(drives[0].glob("*-history.ejb"))
            rows.append(Row(f"history archive of {years - 1} closed years to two folders (once a year)",
                            [time.perf_counter() - t], note=f"file {archive.stat().st_size / 2**20:.0f} MB, "
                                                             f"written, read back, checked, + the first delta"))
        rows.append(_weekly(db, admin, drives, key, ", current year inside the archive" if years > 1 else "",
                            years))
        if years > 1 and renumber:
            db.close()
            history_copy.after_archive(live)
            db = database.open_file(live, key=key)
            rows.append(_weekly(db, admin, drives, key, ", current year written after the archive", years))
        if not checks:
            db.close()
            return rows
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


def main() -> None:
    """Both columns: the large demo school (one year) and its copy into four closed years before it
    (bench.history_copy), or the schools given on the command line."""
    from . import common, history_copy
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    args = [a for a in sys.argv[1:] if a != "--backup-only"]
    checks = "--backup-only" not in sys.argv
    if args:
        paths = [(Path(p), False) for p in args]
    else:
        one, _ = common.large_school()
        five = one.with_name(one.stem + "-history5.db")
        if not five.exists():
            history_copy.build(one, five, 4)
        paths = [(one, False), (five, True)]
    for path, renumber in paths:
        for row in run(path, renumber=renumber, checks=checks):
            print(f"{row.operation}: {row.shown or Row.fmt(row.ours)}  ({row.note})", flush=True)


if __name__ == "__main__":
    main()
