"""Backup of the large demo school to two folders with verification, its size, and restore.

Works on a copy of the cached school in a temporary folder (the cache stays as it is). The two
"drives" are a folder on the local disk and one on tmpfs (two devices, as backups require), so the
figure is the program's own cost: a real USB stick adds its write speed (about 184 MB at 20-100 MB/s,
twice, in parallel).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.administration import backup
from ejournal_desktop.storage import database

from .common import BENCH_KEY_HEX, Row, copy_school, two_drives


def run(path: Path) -> list[Row]:
    key = bytes.fromhex(BENCH_KEY_HEX)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ejournal-bench-backup-") as tmp:
        work = Path(tmp)
        live = copy_school(path, work)
        drives = two_drives(work)
        db = database.open_file(live, key=key)
        admin = accounts.authenticate(db, "admin", "demo")
        stages: list[tuple[float, str]] = []
        start = time.perf_counter()

        def progress(_done, _total, stage):
            if not stage.startswith("Запись на") and (not stages or stages[-1][1] != stage):
                stages.append((time.perf_counter() - start, stage))

        times = []
        results = []
        for _ in range(3):
            stages.clear()
            start = time.perf_counter()
            results = backup.make_backup(db, admin, drives, progress=progress)
            times.append(time.perf_counter() - start)
            assert all(r.ok for r in results), [r.message for r in results]
        for at, stage in stages:
            print(f"  backup stage at {at:5.2f} s: {stage}", file=sys.stderr)
        size = results[0].size
        db.close()
        rows.append(Row("backup to two folders, written, read back, verified", times,
                        note=f"file {size / 2**20:.0f} MB; snapshot + integrity_check + 2 copies"))
        file = results[0].file
        verify = []
        for _ in range(3):
            t = time.perf_counter()
            backup.verify_backup(file, key=key)
            verify.append(time.perf_counter() - t)
        rows.append(Row("verify a backup (backup verify FILE)", verify, note="extract, SHA-256, integrity_check"))
        restore = []
        for i in range(3):
            t = time.perf_counter()
            backup.restore(file, live, key=key)
            restore.append(time.perf_counter() - t)
        rows.append(Row("restore over the live file (with a safety copy)", restore,
                        note="verify + open + safety copy + replace"))
        fresh = []
        for i in range(3):
            t = time.perf_counter()
            backup.restore(file, work / f"new{i}" / "school.db", login="admin", password="demo")
            fresh.append(time.perf_counter() - t)
        rows.append(Row("restore on a new PC (administrator's password)", fresh,
                        note="argon2id unwrap + login + verify"))
    return rows


if __name__ == "__main__":
    import os

    from . import common
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    school, _ = common.large_school()
    common.print_table(run(school))
