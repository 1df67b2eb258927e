"""Closing the year 2025/2026 of the large demo school (44 classes, about 1 100 pupils).

Works on copies of the cached school in a temporary folder (the cache stays as it is); each closing
gets a fresh copy, since a closed year cannot be closed again. Figures: the check of year marks; the
closing itself (one transaction: the year closed, the next one with periods, holidays and classes,
every pupil moved, courses copied, the audit entries); and the closing with the year-end archive to
two folders (the archive is `backup.make_backup(kind="year_archive")`, measured in bench/backup.py).

    python -m bench.year_closing [PATH]     (default: the cached large school)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.administration import year_closing
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import AuditEntry

from .common import BENCH_KEY_HEX, BENCH_TODAY, Row, cache_dir, copy_school, two_drives

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(BENCH_TODAY.year, BENCH_TODAY.month, BENCH_TODAY.day, 12, tzinfo=MSK)


def run(path: Path) -> list[Row]:
    key = bytes.fromhex(BENCH_KEY_HEX)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ejournal-bench-year-") as tmp:
        work = Path(tmp)
        live = copy_school(path, work, "school.db")
        t = time.perf_counter()
        db = database.open_file(live, key=key)  # migrates an older cached file (after a copy)
        opened = time.perf_counter() - t
        admin = accounts.authenticate(db, "admin", "demo")
        checks, gaps = [], []
        for _ in range(5):
            t = time.perf_counter()
            gaps = year_closing.check(db, admin)
            checks.append(time.perf_counter() - t)
        rows.append(Row("check year marks of every course", checks,
                        note=f"{len(gaps)} journals with gaps; open (+migrate) {opened:.1f} s"))
        if gaps:
            # The demo leaves a few pupils who arrived or changed class mid-year without a year mark in a
            # subgroup's course: the deputy puts them in, as a school would before closing.
            deputy = accounts.authenticate(db, "zavuch", "demo")
            for g in gaps:
                print(f"  gap filled by the deputy: {g.text()}", file=sys.stderr)
                for pupil in g.pupil_ids:
                    try:
                        journal.set_period_mark(db, deputy, g.course_id, pupil, "year", None, "4", now=NOW)
                    except journal.InvalidEntry:  # a pass/fail course
                        journal.set_period_mark(db, deputy, g.course_id, pupil, "year", None, "зач", now=NOW)
            assert year_closing.check(db, admin) == []
        pupils = len(year_closing.decisions(db, admin))
        db.close()

        closings, report, audit_entries = [], None, 0
        for i in range(3):
            copy = copy_school(live, work, f"close{i}.db")
            db = database.open_file(copy, key=key)
            admin = accounts.authenticate(db, "admin", "demo")
            with db.session() as s:
                before = s.scalar(select(func.count()).select_from(AuditEntry))
            t = time.perf_counter()
            report = year_closing.close_year(db, admin, "45-у", BENCH_TODAY, now=NOW)
            closings.append(time.perf_counter() - t)
            with db.session() as s:
                audit_entries = s.scalar(select(func.count()).select_from(AuditEntry)) - before
            db.close()
            for leftover in work.glob(f"close{i}.db*"):
                leftover.unlink()
        rows.append(Row("close the year: move every pupil, new year, copy courses", closings,
                        note=f"{pupils} pupils, {len(report.classes_created)} classes, "
                             f"{report.courses_copied} courses, {audit_entries} audit entries; one transaction"))

        copy = copy_school(live, work, "archived.db")
        drives = two_drives(work)
        db = database.open_file(copy, key=key)
        admin = accounts.authenticate(db, "admin", "demo")
        t = time.perf_counter()
        report = year_closing.close_year(db, admin, "45-у", BENCH_TODAY, now=NOW, archive_to=drives)
        with_archive = time.perf_counter() - t
        db.close()
        size = report.archives[0].size
        rows.append(Row("archive to two folders, then close the year", [with_archive],
                        note=f"archive {size / 2**20:.0f} MB, written and verified on each"))
    return rows


def _cached() -> Path:
    found = sorted(cache_dir().glob(f"large-seed1-{BENCH_TODAY.isoformat()}-schema*-v2.db"))
    if not found:
        from .common import large_school
        return large_school()[0]
    return found[-1]


if __name__ == "__main__":
    from .common import print_table
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else _cached()
    print(f"large demo school: {target}", file=sys.stderr)
    print_table(run(target))
