"""The journal page on screen: opening the grid of the biggest class's course (data, model, first
paint), and scrolling a year of lessons through the model, offscreen.

- open: `JournalPage.select_course` (periods, `load_grid`, the model reset, the columns laid out)
  and a grab of the page (the first paint of the grid, header and lesson panel); between two
  openings another course of the same class is shown, so each opening is a real one.
- load_grid beside the same queries on a raw sqlcipher3 connection (`bench.journal._RAW_SQL`).
- scrolling: every period of the year opened in turn, then the view scrolled across all its columns
  one lesson column a step, each step a `processEvents` that repaints the viewport; and a whole
  year's columns in one model (the periods' grids joined), scrolled the same way.

`python -m bench.grid` prints this table alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .common import BENCH_KEY_HEX, Row, repeat


def run(path: Path) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("EJOURNAL_DB_KEY", BENCH_KEY_HEX)
    from ejournal_desktop.storage import database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copy2(path, copy)
        db = database.open_file(copy, key=bytes.fromhex(BENCH_KEY_HEX))
        try:
            return _run(db, copy, Path(tmp))
        finally:
            db.close()


class _PaintCounter:
    """Counts the viewport's paint events: proof that a scroll step really repaints offscreen."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            count = 0

            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint:
                    Filter.count += 1
                return False

        self.filter = Filter()
        widget.installEventFilter(self.filter)

    @property
    def count(self) -> int:
        return type(self.filter).count


def _scroll(app, view) -> tuple[list[float], int]:
    """Scroll from the first lesson to the last column, one lesson column a step; seconds per step."""
    from ejournal_desktop.ui.grid_view import LESSON_WIDTH
    bar = view.horizontalScrollBar()
    bar.setValue(0)
    app.processEvents()
    counter = _PaintCounter(view.viewport())
    times = []
    value = 0
    while value < bar.maximum():
        value = min(value + LESSON_WIDTH, bar.maximum())
        t = time.perf_counter()
        bar.setValue(value)
        app.processEvents()
        times.append(time.perf_counter() - t)
    return times, counter.count


def _year_grid(grids):
    """The periods' grids joined into one GridData: a year of lessons in one model."""
    from ejournal_desktop.services.journal import GridData, GridRow
    rows: dict[int, GridRow] = {}
    for g in grids:
        for r in g.rows:
            row = rows.get(r.pupil_id)
            if row is None:
                row = rows[r.pupil_id] = GridRow(len(rows) + 1, r.pupil_id, r.full_name, r.short_name, (), True)
            row.stays += r.stays
            row.marks.update(r.marks)
            row.attendance.update(r.attendance)
            row.average, row.period_mark = r.average, r.period_mark
            row.year_mark, row.exam_mark, row.final_mark = r.year_mark, r.exam_mark, r.final_mark
    last = grids[-1]
    period = dataclasses.replace(last.period, start=grids[0].period.start)
    return GridData(last.course, period, last.grading_codes, last.work_types,
                    tuple(c for g in grids for c in g.columns), tuple(rows.values()), last.today, last.window_days)


def _run(db, path: Path, tmp: Path) -> list[Row]:
    import sqlcipher3
    from PySide6.QtCore import QSettings

    from ejournal_desktop.services import journal
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.ui.app import application
    from ejournal_desktop.ui.journal_page import JournalPage

    from .journal import _RAW_SQL, _busiest_page

    app = application()
    course, class_id, _teacher, period_id, last_day = _busiest_page(db)
    deputy = accounts.authenticate(db, "zavuch", "demo")
    now = dt.datetime.combine(last_day, dt.time(12), dt.timezone(dt.timedelta(hours=3)))
    periods = journal.periods_for(db, course)
    period = next(p for p in periods if p.id == period_id)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("journal/zavuch/course", course)
    settings.setValue("journal/zavuch/period", period_id)

    t = time.perf_counter()
    page = JournalPage(db, deputy, now=lambda: now, settings=settings)
    page.resize(1280, 800)
    page.show()
    app.processEvents()
    page.grab()
    built = time.perf_counter() - t
    other = next(c.id for c in page.courses if c.id != course and c.class_label == page.grid.course.class_label
                 and not c.subgroup)
    grid = page.grid
    size = f"{len(grid.rows)} pupils × {len(grid.columns)} lessons"
    rows = [Row("journal page built and shown (deputy: every course of the school)", [built],
                note=f"{len(page.courses)} courses in the list; opens on {grid.course.title}, {grid.period.label}")]

    # Opening a grid: data, model, first paint.
    def open_grid():
        page.select_course(course)
        page.grab()

    def away():
        page.select_course(other)
        page.grab()

    samples = []
    for _ in range(15):
        away()
        samples += repeat(open_grid, 1)
    rows.append(Row(f"open a grid ({size}): load, model, first paint", samples,
                    note="select the course in the page, grab it offscreen; target < 100 ms"))
    rows.append(Row("  of which: first paint of the page (grab)", repeat(lambda: page.grab(), 15)))
    rows.append(Row("  of which: model reset with the grid (set_grid + columns laid out)",
                    repeat(lambda: (page.model.set_grid(None), page.model.set_grid(grid)), 15)))

    # load_grid against the same queries in raw SQL.
    args = {"class": class_id, "course": course, "period": period_id,
            "start": period.start.isoformat(), "end": period.end.isoformat()}
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{BENCH_KEY_HEX}'\"")

    def raw():
        for sql, names in _RAW_SQL:
            conn.execute(sql, tuple(args[n] for n in names)).fetchall()

    def ours():
        journal.load_grid(db, deputy, course, period_id, now=now)

    raw(), ours()
    rows.append(Row(f"load_grid ({size})", repeat(ours, 51), repeat(raw, 51),
                    "rows, averages, suggested marks vs the same 11 queries, raw rows"))
    conn.close()

    # A year of lessons: each period opened and scrolled across.
    page.select_course(course)
    opened, steps, paints, grids = [], [], 0, []
    for p in periods:
        t = time.perf_counter()
        page.select_period(p.id)
        page.grab()
        opened.append(time.perf_counter() - t)
        grids.append(page.grid)
        times, painted = _scroll(app, page.view)
        steps += times
        paints += painted
    lessons = sum(len(g.columns) for g in grids)
    rows.append(Row(f"open each period's grid ({len(periods)} periods, {lessons} lessons in the year)", opened,
                    note="select the period, first paint"))
    rows.append(Row("scroll each period's grid, one lesson column a step", steps,
                    note=f"{len(steps)} steps, slowest {max(steps) * 1000:.1f} ms; {paints} viewport paints"))

    year = _year_grid(grids)
    t = time.perf_counter()
    page.model.set_grid(year)
    page.view.show_column_at_right(page.model.columnCount() - 1)
    page.grab()
    joined = time.perf_counter() - t
    times, painted = _scroll(app, page.view)
    rows.append(Row(f"a whole year in one model ({len(year.columns)} lessons): reset and paint", [joined]))
    rows.append(Row("scroll the whole year, one lesson column a step", times,
                    note=f"{len(times)} steps, slowest {max(times) * 1000:.1f} ms, "
                         f"median {statistics.median(times) * 1000:.2f} ms; {painted} viewport paints"))
    page.close()
    page.deleteLater()
    app.processEvents()
    return rows


if __name__ == "__main__":
    from .common import large_school, print_table
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    print_table(run(large_school()[0]))
    sys.exit(0)
