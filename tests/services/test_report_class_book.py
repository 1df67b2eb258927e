"""The class book from the Reports page and `ejournal report class-book`: a preview of what the book holds,
then the book itself as the paper class journal (issue 6; the director prints without the command line)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports.kinds import ReportRequest


def test_the_preview_lists_each_subject_and_the_book_is_the_printed_journal(small_demo, tmp_path):
    director = accounts.authenticate(small_demo, "director", "demo")
    kind = report_kinds.get("class-book")
    assert kind.formats == ("pdf",) and "class" in kind.needs
    request = ReportRequest(class_label="5А", period=1)
    report = kind.build(small_demo, director, request)
    (contents,) = report.tables()
    subjects = [row[1] for row in contents.rows]
    assert "Математика" in subjects and "Русский язык" in subjects
    assert all(row[4] > 0 for row in contents.rows) and contents.totals[4] == sum(r[4] for r in contents.rows)
    assert "5А класс" in report.subtitle and "четверть" in report.subtitle

    path = report_kinds.export(small_demo, director, kind, request, "pdf", tmp_path / "book.pdf")
    texts = [page.extract_text() for page in PdfReader(path).pages]
    assert "Классный журнал" in texts[0] and "Заверение журнала" in texts[-1]
    assert any("Математика" in t for t in texts[2:])
    with pytest.raises(ServiceError, match="pdf"):
        report_kinds.export(small_demo, director, kind, request, "xlsx", tmp_path / "book.xlsx")


def test_a_book_needs_a_class(small_demo):
    director = accounts.authenticate(small_demo, "director", "demo")
    with pytest.raises(ServiceError, match="выберите класс"):
        report_kinds.get("class-book").build(small_demo, director, ReportRequest())
