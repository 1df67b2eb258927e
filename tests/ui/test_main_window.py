"""The main window opens on the demo school and says what school and year it holds."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from ejournal_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_main_window_shows_the_school(qtbot, small_demo, tmp_path):
    window = MainWindow(small_demo, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Электронный журнал" in window.windowTitle()
    assert window.ui.schoolName.text().strip()
    assert window.ui.yearLabel.text() == "Учебный год: 2026/2027"
    pupils = window.findChild(QLabel, "count_pupils")
    assert int(pupils.text().replace("\u00a0", "")) > 50
    assert "demo" in window.ui.notice.text()
    assert "2026/2027" in window.statusBar().currentMessage()
    assert not window.grab().isNull()
