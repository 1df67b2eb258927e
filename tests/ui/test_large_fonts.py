"""Large fonts for older staff (issue 11): with the font size chosen in Настройки, the tables' fixed
column widths grow with the font, so headers such as «Дата рождения» are not cut off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from ejournal_desktop.services.access import accounts
from ejournal_desktop.ui.app_preferences import FONT_SIZE_SETTING, apply_font_size
from ejournal_desktop.ui.classes_page import ClassesPage, ClassListModel

pytestmark = pytest.mark.gui


@pytest.fixture
def large_font(qapp):
    font = qapp.font()
    prefs = QSettings("ejournal", "ejournal-desktop")
    prefs.setValue(FONT_SIZE_SETTING, 20)
    apply_font_size(qapp, prefs)
    yield
    qapp.setFont(font)
    del qapp._system_font


def widths(page: ClassesPage) -> list[int]:
    header = page.ui.pupils.horizontalHeader()
    return [header.sectionSize(c) for c in range(len(ClassListModel.WIDTHS))]


def test_columns_grow_with_a_large_font_and_headers_fit(qtbot, small_demo, large_font):
    page = ClassesPage(small_demo, accounts.authenticate(small_demo, "zavuch", "demo"))
    qtbot.addWidget(page)
    shown = widths(page)
    assert all(w > designed for w, designed in zip(shown, ClassListModel.WIDTHS))
    metrics = page.ui.pupils.horizontalHeader().fontMetrics()
    for column, width in enumerate(shown):
        title = page.model.headerData(column, Qt.Orientation.Horizontal)
        longest = max((metrics.horizontalAdvance(part) for part in str(title).split("\n")), default=0)
        assert longest <= width, f"«{title}» ({longest} px) does not fit its column ({width} px)"


def test_with_the_system_font_the_designed_widths_stand(qtbot, small_demo, qapp):
    assert not hasattr(qapp, "_system_font")
    page = ClassesPage(small_demo, accounts.authenticate(small_demo, "zavuch", "demo"))
    qtbot.addWidget(page)
    assert widths(page) == list(ClassListModel.WIDTHS)
