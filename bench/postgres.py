"""The school network mode: the journal grid on PostgreSQL beside the SQLCipher file.

The large school is moved into a PostgreSQL database (`services.administration.transfer`, the same code as
`ejournal db migrate`); then the busiest page is opened (`load_grid`) and «5 4» put into free cells
(`put_marks`: rights, rules, the cell lock, 2 marks + audit, commit) on both back ends. The server is
EJOURNAL_BENCH_PG (an administrator's URL, e.g. postgresql://postgres@localhost/postgres) or a
throwaway one started from the machine's binaries as the tests do (tests/pg_testing.py); a local
server over TCP, so a school's network adds its round trips on top.

`python -m bench.postgres` prints this table alone.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .common import BENCH_KEY_HEX, Row, repeat


def _server():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pg_testing import ExistingServer, ThrowawayServer
    url = os.environ.get("EJOURNAL_BENCH_PG")
    return ExistingServer(url) if url else ThrowawayServer.start()


def run(path: Path) -> list[Row]:
    os.environ.setdefault("EJOURNAL_DB_KEY", BENCH_KEY_HEX)
    from sqlalchemy import select

    from ejournal_desktop.services.administration import transfer
    from ejournal_desktop.storage import database
    from ejournal_desktop.storage.models import Lesson, Mark

    from .journal import _busiest_page
    try:
        server = _server()
    except Exception as exc:  # noqa: BLE001 - no server here: say so in the table
        return [Row("PostgreSQL: grid and marks", [], note=f"skipped: {exc}")]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copy2(path, copy)
        for companion in path.parent.glob(path.name + ".*"):
            shutil.copy2(companion, Path(tmp) / companion.name)
        file_db = database.open_file(copy, key=bytes.fromhex(BENCH_KEY_HEX))
        url = server.clone()
        try:
            pg_db = database.open_url(url, create=True)
            started = time.perf_counter()
            counts = transfer.copy_tables(file_db, pg_db)
            rows.append(Row(f"db migrate: the large school into PostgreSQL ({sum(counts.values()):,} rows)",
                            [time.perf_counter() - started], note="every table, one transaction, counts checked"))
            course, _class_id, _teacher, period_id, last_day = _busiest_page(file_db)
            from ejournal_desktop.services import journal
            from ejournal_desktop.services.access import accounts
            deputy = accounts.authenticate(file_db, "zavuch", "demo")
            grid = journal.load_grid(file_db, deputy, course, period_id,
                                     now=dt.datetime.combine(last_day, dt.time(12), dt.timezone.utc))
            # The last lesson day with pupils still unmarked (a written work marks everyone), as bench/journal.
            with file_db.session() as s:
                days = s.scalars(select(Lesson.date).where(Lesson.course_id == course, Lesson.date <= last_day)
                                 .distinct().order_by(Lesson.date.desc()).limit(10)).all()
                for last_day in days:
                    lessons = s.scalars(select(Lesson.id).where(Lesson.course_id == course,
                                                                Lesson.date == last_day)
                                        .order_by(Lesson.number)).all()
                    marked = set(s.scalars(select(Mark.pupil_id).where(Mark.lesson_id.in_(lessons))))
                    free = [r.pupil_id for r in grid.rows if r.belongs_on(last_day) and r.pupil_id not in marked]
                    if free:
                        break
            half = len(free[:20]) // 2
            pg = _figures(pg_db, "PostgreSQL", course, period_id, last_day, free[:half], lessons[0])
            lite = _figures(file_db, "file", course, period_id, last_day, free[half:2 * half], lessons[0])
            rows.append(Row(f"open a grid on PostgreSQL: {len(grid.rows)} pupils × {len(grid.columns)} lessons",
                            pg[0], lite[0], "load_grid, PostgreSQL (local, TCP) vs the SQLCipher file"))
            if pg[1] and lite[1]:
                rows.append(Row("put «5 4» into a cell on PostgreSQL", pg[1], lite[1],
                                f"median of {len(pg[1])}: rights, rules, cell lock, 2 marks + audit, commit; "
                                f"vs the file"))
            pg_db.close()
        finally:
            file_db.close()
            server.drop(url)
            server.stop()
    return rows


def _figures(db, label: str, course: int, period_id: int, last_day: dt.date, free: list[int], lesson: int):
    from ejournal_desktop.services import journal
    from ejournal_desktop.services.access import accounts
    deputy = accounts.authenticate(db, "zavuch", "demo")
    now = dt.datetime.combine(last_day, dt.time(12), dt.timezone(dt.timedelta(hours=3)))
    journal.load_grid(db, deputy, course, period_id, now=now)  # warm
    grid_times = repeat(lambda: journal.load_grid(db, deputy, course, period_id, now=now), 21)
    mark_times = []
    for pupil in free:
        mark_times += repeat(lambda p=pupil: journal.put_marks(db, deputy, lesson, p, "5 4", now=now,
                                                               expected=""), 1)
    return grid_times, mark_times


if __name__ == "__main__":
    from .common import large_school, print_table
    print_table(run(large_school()[0]))
