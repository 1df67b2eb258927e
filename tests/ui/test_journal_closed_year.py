"""Журнал: a closed year stays viewable (regulation 7.5) — the page offers the year picker once the
database holds two years, shows the closed year's pages read-only, and the services refuse any entry."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import TEST_KEY_HEX
from sqlalchemy import func, select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.administration import year_closing
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import AcademicYear, Mark
from ejournal_desktop.ui.grid_model import JournalGridModel
from ejournal_desktop.ui.journal_page import JournalPage

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support raise")]  # the tooltip of a refusal

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2027, 6, 20, 12, tzinfo=MSK)


@pytest.fixture
def closed_school(tmp_path, db_key):
    from ejournal_desktop.services import demo
    db = database.create(tmp_path / "closed.db", key=bytes.fromhex(TEST_KEY_HEX))
    demo.generate(db, "small", seed=1, today=dt.date(2027, 6, 15))
    year_closing.close_year(db, accounts.authenticate(db, "admin", "demo"), "45-у", dt.date(2027, 6, 18), now=NOW)
    yield db
    db.close()


def test_one_year_needs_no_year_picker(qtbot, small_demo):
    page = JournalPage(small_demo, accounts.authenticate(small_demo, "zavuch", "demo"))
    qtbot.addWidget(page)
    assert not page.ui.year.isVisibleTo(page) and not page.ui.yearLabel.isVisibleTo(page)
    assert page.ui.course.count() > 0


def test_the_closed_year_is_shown_read_only(qtbot, closed_school):
    deputy = accounts.authenticate(closed_school, "zavuch", "demo")
    page = JournalPage(closed_school, deputy, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.ui.year.isVisibleTo(page)
    assert [page.ui.year.itemText(i) for i in range(page.ui.year.count())] == ["2027/2028", "2026/2027 (закрыт)"]
    def shown() -> set[int]:
        return {page.ui.course.itemData(i) for i in range(page.ui.course.count())}

    new_year_pages = shown()

    with closed_school.session() as s:
        old_year = s.scalar(select(AcademicYear.id).where(AcademicYear.start_year == 2026))
        marks_before = s.scalar(select(func.count()).select_from(Mark))
    page.select_year(old_year)
    assert shown() == {c.id for c in journal.courses_for(closed_school, deputy, old_year)}
    assert shown() and not shown() & new_year_pages
    assert page.grid is not None and page.grid.rows and page.grid.columns
    heading = page.ui.heading.text()
    assert "2026/2027 учебный год закрыт (приказ № 45-у)" in heading and "только просмотр" in heading
    assert not page.grid.course.editable

    index = page.model.index(0, JournalGridModel.FIRST_LESSON + len(page.grid.columns) - 1)
    assert page.enter(index, "5") is False
    assert "Учебный год" in page.ui.message.text() and "закрыт" in page.ui.message.text()
    with closed_school.session() as s:
        assert s.scalar(select(func.count()).select_from(Mark)) == marks_before

    page.ui.year.setCurrentIndex(0)
    assert shown() == new_year_pages
    assert "закрыт" not in page.ui.heading.text()
