"""A new school made by `init` (no year, no classes), with a deputy account: what issue 15 starts from;
and the small demo school whose year has been closed, so that the next year waits for confirmation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.actor import Actor
from ejournal_desktop.services.access.files import create_school
from ejournal_desktop.storage.database import Database

ADMIN_PASSWORD = "Adm1n-pass-2026"


@dataclass
class NewSchool:
    path: Path
    db: Database
    admin: Actor
    deputy: Actor


def new_school(folder: Path) -> NewSchool:
    path = folder / "new-school.db"
    db = create_school(path, school_name="МБОУ «СОШ № 1 с. Заречное»", short_name="СОШ № 1",
                       admin_login="admin", admin_password=ADMIN_PASSWORD)
    admin = accounts.authenticate(db, "admin", ADMIN_PASSWORD)
    _id, temporary = accounts.create_account(db, admin, "zavuch", {Role.deputy})
    deputy = accounts.authenticate(db, "zavuch", temporary)
    return NewSchool(path, db, admin, deputy)


CLOSED_ON = dt.datetime(2027, 6, 20, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def closed_year_school(path: Path) -> Database:
    """The small demo school, its 2026/2027 closed on CLOSED_ON: 2027/2028 holds the copied periods and
    holidays, not yet confirmed."""
    from journal_testing import TEST_KEY_HEX

    from ejournal_desktop.services import demo
    from ejournal_desktop.services.administration import year_closing
    from ejournal_desktop.storage import database
    db = database.create(path, key=bytes.fromhex(TEST_KEY_HEX))
    demo.generate(db, "small", seed=1, today=dt.date(2027, 6, 15))
    year_closing.close_year(db, accounts.authenticate(db, "admin", "demo"), "45-у", dt.date(2027, 6, 18),
                            now=CLOSED_ON)
    return db


def type_mark(qtbot, page, db: Database, course_title: str, day: dt.date, key: str):
    """On a journal page: open the course, the period of `day`, click the first pupil's cell of that day's
    lesson and type `key` then Enter, as a teacher would. Returns (course, period, column)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from ejournal_desktop.services import journal

    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    course = next(c for c in page.courses if c.title == course_title)
    page.select_course(course.id)
    period = next(p for p in journal.periods_for(db, course.id) if p.start <= day <= p.end)
    page.select_period(period.id)
    column = next(c for c in page.grid.columns if c.date == day)
    index = page.model.index(0, page.model.column_of(column.lesson_id))
    page.view.scrollTo(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(page.view, QKeyEvent(kind, getattr(Qt.Key, f"Key_{key}"),
                                                    Qt.KeyboardModifier.NoModifier, key))
    editor = next(e for e in page.view.viewport().findChildren(QLineEdit) if e.isVisible())
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    return course, period, column
