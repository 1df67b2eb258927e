"""Several programs saving marks into one journal file at once (two windows, the program while a
scheduled backup or a command-line report runs): every save lands, with its latency.

Also used by tests/storage/test_concurrent_writers.py: free journal cells of several teachers and
writer processes (bench/writer_process.py) that save into them at the same moment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import and_, exists, or_, select

from ejournal_desktop.storage.models import Account, Course, Enrollment, Lesson, Mark

from .common import Row

WRITER = Path(__file__).with_name("writer_process.py")
ROOT = Path(__file__).resolve().parents[2]


def free_cells(db, processes: int, per_process: int, until) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """For each process, a teacher's login and `per_process` cells (lesson, pupil, date) of that
    teacher's whole-class courses, on past lessons where the pupil was in the class and has no mark
    yet; no two processes share a cell (one teacher may be signed in twice, as in two windows)."""
    pool: list[tuple[str, list]] = []
    with db.session() as session:
        for login, staff_id in session.execute(select(Account.login, Account.staff_id)
                                               .where(Account.login.like("teacher%")).order_by(Account.login)):
            rows = session.execute(
                select(Lesson.id, Enrollment.pupil_id, Lesson.date)
                .join(Course, Course.id == Lesson.course_id)
                .join(Enrollment, Enrollment.school_class_id == Course.school_class_id)
                .where(Course.teacher_id == staff_id, Course.subgroup_id.is_(None), Course.pupil_id.is_(None),
                       Course.has_marks.is_(True), Course.locked.is_(False), Lesson.date <= until,
                       Enrollment.arrived_on <= Lesson.date,
                       or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > Lesson.date),
                       ~exists().where(and_(Mark.lesson_id == Lesson.id, Mark.pupil_id == Enrollment.pupil_id)))
                .order_by(Lesson.date.desc(), Lesson.id, Enrollment.pupil_id)).all()
            cells = [(lesson, pupil, day.isoformat()) for lesson, pupil, day in rows]
            while len(cells) >= per_process and len(pool) < processes:
                pool.append((login, cells[:per_process]))
                cells = cells[per_process:]
    assert len(pool) == processes, f"free cells for only {len(pool)} processes"
    return pool


def run_writers(path: Path, cells: list[tuple[str, list[tuple[int, int, str]]]], key_hex: str) -> list[dict]:
    """One process per (login, cells), all starting at the same moment; their JSON results."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EJOURNAL_")}
    env["EJOURNAL_DB_KEY"] = key_hex
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    go = path.with_name(f"go-{time.time_ns()}")
    procs = [subprocess.Popen([sys.executable, str(WRITER), str(path), login, str(go), json.dumps(c)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for login, c in cells]
    deadline = time.monotonic() + 120
    while len(list(path.parent.glob(go.name + ".ready-*"))) < len(procs):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a writer did not start"
        time.sleep(0.01)
    go.touch()  # every process has imported: they sign in and save at the same moment
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    for flag in path.parent.glob(go.name + "*"):
        flag.unlink()
    return results


def run(path: Path, today=None) -> list[Row]:
    """2 processes × 200 marks and 10 × 50 on a copy of the school: latency of one save."""
    import shutil
    import statistics
    import tempfile

    from ejournal_desktop.storage import database

    from .common import BENCH_KEY_HEX, BENCH_TODAY
    key_hex = os.environ.get("EJOURNAL_DB_KEY", BENCH_KEY_HEX)
    rows = []
    for processes, marks in ((2, 200), (10, 50)):
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / path.name
            for companion in path.parent.glob(path.name + "*"):
                shutil.copy2(companion, copy.with_name(companion.name))
            db = database.open_file(copy, key=bytes.fromhex(key_hex))
            cells = free_cells(db, processes, marks, today or BENCH_TODAY)
            db.close()
            t = time.perf_counter()
            results = run_writers(copy, cells, key_hex)
            elapsed = time.perf_counter() - t
        latencies = sorted(ms / 1000 for r in results for ms in r["latencies"])
        failed = sum(len(r["failures"]) for r in results)
        p95 = latencies[int(len(latencies) * 0.95) - 1]
        rows.append(Row(f"{processes} processes × {marks} marks on one file: one save", latencies,
                        note=f"{failed} failed; p95 {p95 * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms; "
                             f"logins median {statistics.median(r['login_ms'] for r in results):.0f} ms; "
                             f"all in {elapsed:.1f} s"))
    return rows
