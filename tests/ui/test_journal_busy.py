"""The journal open while another program writes (a scheduled backup, a command-line report): a mark
typed then is not lost — the page says in Russian that another program holds the journal, keeps the
entry and saves it as soon as the other program is done."""

from __future__ import annotations

import pytest
import sqlcipher3
from journal_testing import TEST_KEY_HEX
from test_journal_page import TODAY, cell, click, open_page, press, stored, type_text

from ejournal_desktop.storage import database
from ejournal_desktop.ui.journal_page import JournalPage

pytestmark = [pytest.mark.gui, pytest.mark.file_only, pytest.mark.qt_log_ignore("This plugin does not support raise")]


def test_a_mark_typed_while_another_program_writes_is_kept_and_saved_afterwards(
        qtbot, small_demo_path, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings, Qt
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(JournalPage, "BUSY_RETRY_MS", 300)
    db = database.open_file(small_demo_path)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        page = open_page(qtbot, db, "teacher02", settings, "5А Русский язык")
        index, row, column = cell(page, TODAY)
        other = sqlcipher3.connect(str(small_demo_path), isolation_level=None)
        other.execute(f"PRAGMA key = \"x'{TEST_KEY_HEX}'\"")
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        try:
            click(qtbot, page, index)
            type_text(page.view, "5")
            press(page.view.viewport().focusWidget() or page.view, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: "занят другой программой" in page.ui.message.text(), timeout=3000)
        finally:
            other.rollback()
            other.close()
        qtbot.waitUntil(lambda: stored(db, page, row, column)[0] == ("5",), timeout=5000)
        qtbot.waitUntil(lambda: "занят" not in page.ui.message.text(), timeout=3000)
    finally:
        db.close()
