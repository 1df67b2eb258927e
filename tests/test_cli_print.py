"""`ejournal print journal` and `ejournal report summary-sheet` from a script's point of view."""

from __future__ import annotations

import pytest
from journal_testing import ejournal
from openpyxl import load_workbook
from pypdf import PdfReader


def text_of(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_journal_pages_for_a_subject_and_month(small_demo_path, tmp_path):
    out = tmp_path / "maths.pdf"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "print", "journal", "--class", "5А",
                 "--subject", "Математика", "--month", "2026-10", "--out", str(out), password="demo")
    assert r.returncode == 0, r.stderr
    text = text_of(out)
    assert "Математика" in text and "Октябрь 2026" in text and "лист 1 из" in text


def test_class_book_for_a_period_ends_with_the_certification(small_demo_path, tmp_path):
    out = tmp_path / "book.pdf"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "print", "journal", "--class", "5А",
                 "--period", "1", "--out", str(out), password="demo")
    assert r.returncode == 0, r.stderr
    last = PdfReader(out).pages[-1].extract_text()
    assert "Директор" in last and "М.П." in last


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_summary_sheet_of_a_class(small_demo_path, tmp_path, fmt):
    out = tmp_path / f"summary.{fmt}"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "summary-sheet", "--class", "5А",
                 "--format", fmt, "--out", str(out), password="demo")
    assert r.returncode == 0, r.stderr
    if fmt == "pdf":
        assert "Сводная ведомость" in text_of(out) or "СВОДНАЯ ВЕДОМОСТЬ" in text_of(out).upper()
    else:
        assert len(load_workbook(out).sheetnames) == 1


def test_printing_is_refused_to_a_parent_and_unknown_class_is_explained(small_demo_path, tmp_path):
    r = ejournal("--db", str(small_demo_path), "--user", "parent-5a-01", "print", "journal", "--class", "5А",
                 "--period", "1", "--out", str(tmp_path / "x.pdf"), password="demo")
    assert r.returncode == 1 and "Нет права" in r.stderr
    assert not (tmp_path / "x.pdf").exists()
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "summary-sheet", "--class", "12Я",
                 "--out", str(tmp_path / "y.pdf"), password="demo")
    assert r.returncode == 1 and "12Я" in r.stderr
