"""Typing a mark into the journal grid on the large school: «5» and Enter to the painted cell, offscreen.

- today's way (before issue 17): `journal.put_marks`, then the whole page re-read (`load_grid`) and
  repainted — what the page did for every entry;
- the new way: the key goes through the cell editor to `journal_entry.enter_cell` (marks and
  attendance in one transaction) and the model redraws only the cell, the pupil's average and
  suggested mark (`JournalGridModel.update_cell`); then the events are processed (the paint).

Each sample is another pupil's empty cell on the page's last lesson. `python -m bench.grid_typing`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .common import BENCH_KEY_HEX, Row


def run(path: Path) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("EJOURNAL_DB_KEY", BENCH_KEY_HEX)
    from ejournal_desktop.storage import database

    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        shutil.copy2(path, copy)
        db = database.open_file(copy, key=bytes.fromhex(BENCH_KEY_HEX))
        try:
            return _run(db, Path(tmp))
        finally:
            db.close()


def _run(db, tmp: Path) -> list[Row]:
    from PySide6.QtCore import QEvent, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit

    from ejournal_desktop.services import journal
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.ui.app import application
    from ejournal_desktop.ui.journal_page import JournalPage

    from .journal import _busiest_page

    app = application()
    course, _class_id, _teacher, period_id, last_day = _busiest_page(db)
    deputy = accounts.authenticate(db, "zavuch", "demo")
    now = dt.datetime.combine(last_day, dt.time(12), dt.timezone(dt.timedelta(hours=3)))
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("journal/zavuch/course", course)
    settings.setValue("journal/zavuch/period", period_id)
    page = JournalPage(db, deputy, now=lambda: now, settings=settings)
    page.resize(1366, 768)
    page.show()
    page.select_course(course)
    app.processEvents()
    model, view = page.model, page.view
    column = next(c for c in reversed(page.grid.columns) if c.date == last_day)
    col = model.column_of(column.lesson_id)
    free = [r for r, row in enumerate(page.grid.rows)
            if not row.marks.get(column.lesson_id) and row.belongs_on(last_day) and model.is_open(model.index(r, col))]
    half = len(free) // 2
    size = f"{len(page.grid.rows)} pupils × {len(page.grid.columns)} lessons"

    before = []
    for r in free[:half]:
        index = model.index(r, col)
        view.setCurrentIndex(index)
        row = page.grid.rows[r]
        t = time.perf_counter()
        page._call(index, lambda row=row: journal.put_marks(db, deputy, column.lesson_id, row.pupil_id, "5",
                                                               now=now))
        app.processEvents()
        before.append(time.perf_counter() - t)

    after = []
    for r in free[half:]:
        index = model.index(r, col)
        view.setCurrentIndex(index)
        view.edit(index)
        editor = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())
        editor.setText("5")
        t = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
        app.processEvents()
        after.append(time.perf_counter() - t)
        assert model.index(r, col).data() == "5", "the typed mark is not on screen"
    page.close()
    page.deleteLater()
    app.processEvents()
    return [Row(f"typed «5» to painted cell ({size}), before: put_marks + whole page reload", before,
                note=f"{len(before)} cells"),
            Row("typed «5» to painted cell, now: enter_cell + the cell, average and suggestion redrawn", after,
                note=f"{len(after)} cells; target < 20 ms")]


if __name__ == "__main__":
    from .common import large_school, print_table
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    print_table(run(large_school()[0]))
    sys.exit(0)
