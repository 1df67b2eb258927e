"""Stored text with control characters, bidi overrides or lone surrogates prints a valid PDF (issue 18)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from ejournal_desktop.printing.layout import pdf_text
from ejournal_desktop.printing.report import Column, Report, Table
from ejournal_desktop.printing.report_pdf import report_pdf
from ejournal_desktop.printing.summary_sheet import ClassSummary, SchoolSummary, SummaryPupil, summary_pdf

HOSTILE_NAME = "Ив\x00ан\u202eов Пё\x1bтр\x85 \ud800Ильич"
HOSTILE_TOPIC = "Дроби\x07 <b>&\u2066 проценты"


def _text(data: bytes, tmp_path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    assert b"Syntax Error" not in done.stderr
    return done.stdout.decode("utf-8")


def test_unsafe_characters_are_made_visible_or_dropped():
    assert pdf_text("Иванов Пётр") == "Иванов Пётр"
    assert pdf_text("Ив\x00ан\u202eов") == "Ив?анов"
    assert pdf_text("a\ud800b\x9fc") == "a?b?c"


def test_summary_sheet_with_a_hostile_pupil_name_prints(tmp_path):
    pupil = SummaryPupil(1, HOSTILE_NAME, (("5", "4"), ("5", "5")), note="прибыл\x00 01.09.2026")
    school = SchoolSummary("Школа\u202e № 1", "2026/2027", (
        ClassSummary("5А", "Ёлкина\x00 Анна", "2026/2027", (HOSTILE_TOPIC, "Математика"), ("I полуг.", "Год"),
                     (pupil,)),))
    text = _text(summary_pdf(school), tmp_path)
    assert "Ив?анов" in text and "Пё?тр?" in text and "?Ильич" in text
    assert "\x00" not in text and "\u202e" not in text


def test_report_with_hostile_text_prints(tmp_path):
    report = Report(f"Отчёт {HOSTILE_TOPIC}", "Школа\x00", "подзаголовок\u202e",
                    [Table("Ученики", [Column("Ученик", 3.0)], [(HOSTILE_NAME,)])])
    text = _text(report_pdf(report), tmp_path)
    assert "Ив?анов" in text and "<b>&" in text
