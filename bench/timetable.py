"""The timetable of the large demo school (44 classes, about 1 100 pupils), year 2025/2026.

Works on a copy of the cached school in a temporary folder. Figures: a class's week with its conflicts
(what the timetable page reads on every change); every conflict of the school; regenerating a whole
year of lessons when they already match the timetable (the read and the comparison, nothing written);
and generating a year of lessons from scratch — every lesson of the year removed first (with its marks
and attendance, on the copy only), then all of them created again in one transaction with the audit
entry, as a school does in August.

    python -m bench.timetable [PATH]     (default: the cached large school)
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, func, select

from ejournal_desktop.services import timetable
from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import AcademicYear, Attendance, Lesson, Mark, MarkCorrection

from .common import BENCH_KEY_HEX, BENCH_TODAY, Row, copy_school, repeat

MSK = dt.timezone(dt.timedelta(hours=3))


def _wipe_lessons(db) -> int:
    with db.session() as s, s.begin():
        count = s.scalar(select(func.count()).select_from(Lesson))
        for model in (MarkCorrection, Mark, Attendance, Lesson):
            s.execute(delete(model))
    return count


def run(path: Path) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ejournal-bench-timetable-") as tmp:
        live = copy_school(path, Path(tmp))
        db = database.open_file(live, key=bytes.fromhex(BENCH_KEY_HEX))  # migrates an older cached file
        try:
            deputy = accounts.authenticate(db, "zavuch", "demo")
            with db.session() as s:
                year = s.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))
                first = dt.date(year.start_year, 9, 1)
            choices = timetable.choices(db, deputy, year.id)
            class_id = choices.classes[len(choices.classes) // 2][0]
            rows.append(Row("timetable: a class's week with conflicts",
                            repeat(lambda: timetable.week(db, deputy, "class", class_id, BENCH_TODAY)),
                            note=f"{len(choices.classes)} classes"))
            found: list = []
            rows.append(Row("timetable: every conflict of the school",
                            repeat(lambda: found.append(timetable.conflicts(db, deputy, BENCH_TODAY))),
                            note=f"{len(found[-1])} conflicts"))
            at_start = dt.datetime(first.year, first.month, first.day, 7, tzinfo=MSK)
            reports: list = []
            rows.append(Row("timetable: regenerate a year of lessons, all in place",
                            repeat(lambda: reports.append(timetable.generate_lessons(
                                db, deputy, first, now=at_start)), n=3),
                            note=f"{reports[-1].courses} courses, {reports[-1].created} created"))
            samples, created, removed = [], 0, 0
            for _ in range(3):
                removed = _wipe_lessons(db)
                t = time.perf_counter()
                report = timetable.generate_lessons(db, deputy, first, now=at_start)
                samples.append(time.perf_counter() - t)
                created = report.created
            rows.append(Row("timetable: generate a year of lessons from scratch", samples,
                            note=f"{created} lessons created ({removed} in the demo)"))
        finally:
            db.close()
    return rows


if __name__ == "__main__":
    from .common import large_school, print_table
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else large_school()[0]
    print_table(run(target))
