"""The Reports page's dates, driven as the deputy would: progress «на дату» from the current marks (with a
pass/fail subject as «зачтено N из M»), and «Дневник на неделю» for a class's week saved as one PDF with a
page per pupil. On the small demo school, today 2026-11-27."""

from __future__ import annotations

import os
from pathlib import Path

import printing_pdf as pdf
import pytest
from journal_testing import DEMO_TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports.kinds import ReportRequest
from ejournal_desktop.ui.reports_page import ReportsPage

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("EJOURNAL_SHOTS", "")) if os.environ.get("EJOURNAL_SHOTS") else None


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


def make_page(qtbot, db, actor) -> ReportsPage:
    page = ReportsPage(db, actor, today=lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


def finish(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=60_000)


def shown_rows(page, tab: int = 0) -> list[list[str]]:
    model = page.ui.preview.widget(tab).findChild(QTableView).model()
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def shot(page, name: str) -> None:
    if SHOTS is not None:
        page.grab().save(str(SHOTS / name))


def test_progress_on_a_date_from_the_current_marks(qtbot, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_kind("progress")
    page.select_class("5А")
    assert page.ui.asOfCheck.isVisible() and not page.ui.asOfDate.isEnabled()
    assert page.ui.asOfDate.date() == QDate(2026, 11, 27)          # today by default
    assert not page.ui.weekDate.isVisible()
    qtbot.mouseClick(page.ui.asOfCheck, Qt.MouseButton.LeftButton)
    assert page.ui.asOfDate.isEnabled()
    page.ui.asOfDate.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(page.ui.build, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert "2 четверть на 20.11.2026 (по текущим отметкам)" in page.ui.reportTitle.text()
    expected = report_kinds.get("progress").build(
        small_demo, login(small_demo, "zavuch"),
        ReportRequest(class_label="5А", period=2, today=DEMO_TODAY, as_of=DEMO_TODAY.replace(day=20)))
    rows = shown_rows(page)
    credit = next(r for r in rows if r[0].startswith("Основы духовно-нравственной"))
    want = next(r for r in expected.tables()[0].rows if r[0].startswith("Основы духовно-нравственной"))
    assert credit[-1] == want[-1] and credit[-1].startswith("зачтено ")
    assert credit[9] == ""                                             # no quality rate for it
    assert page.default_path("pdf").name == "Отчёт об успеваемости 5А 2 четверть на 20.11.2026.pdf"
    shot(page, "reports-progress-as-of.png")

    qtbot.mouseClick(page.ui.asOfCheck, Qt.MouseButton.LeftButton)      # off again: the period marks
    assert page.request().as_of is None


def test_the_weekly_diary_of_a_class_is_one_pdf_a_page_per_pupil(qtbot, small_demo, tmp_path):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_kind("weekly-diary")
    assert page.ui.weekDate.isVisible() and page.ui.periodCombo.isHidden() and page.ui.asOfCheck.isHidden()
    assert None not in page.class_choices()                              # one class at a time
    page.select_class("5А")
    page.ui.weekDate.setDate(QDate(2026, 11, 25))
    assert page.ui.weekSpan.text() == "с 23.11.2026 по 28.11.2026"
    page.build()
    finish(qtbot, page)
    rows = shown_rows(page)
    assert len(rows) > 20 and rows[0][0] == "1"
    assert not page.ui.saveXlsx.isEnabled() and page.ui.savePdf.isEnabled()
    assert page.default_path("pdf").name == "Дневник на неделю 5А с 23.11.2026 по 28.11.2026.pdf"
    shot(page, "reports-weekly-diary.png")
    page.save("pdf", tmp_path / "diary.pdf")
    finish(qtbot, page)
    pages = pdf.page_texts((tmp_path / "diary.pdf").read_bytes())
    assert len(pages) == len(rows)
    assert all(row[1] in text for row, text in zip(rows, pages))


def test_attendance_on_a_date_stops_at_it(qtbot, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_kind("attendance")
    page.select_class("5А")
    assert page.ui.asOfCheck.text() == "по состоянию на"
    page.ui.asOfCheck.setChecked(True)
    page.ui.asOfDate.setDate(QDate(2026, 11, 20))
    page.build()
    finish(qtbot, page)
    assert "–20.11.2026)" in page.ui.reportTitle.text()
