"""Printouts on the large demo school: the whole school's summary sheet (PDF and .xlsx) and a class's
journal book for the full year; pages per second of each."""

from __future__ import annotations

import tempfile
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.reports import printouts
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Enrollment

from .common import BENCH_KEY_HEX, Row, repeat


def _largest_class(db) -> int:
    with db.session() as s:
        return s.execute(select(Enrollment.school_class_id, func.count()).where(Enrollment.departed_on.is_(None))
                         .group_by(Enrollment.school_class_id).order_by(func.count().desc()).limit(1)).first()[0]


def run(path: Path) -> list[Row]:
    db = database.open_file(path, key=bytes.fromhex(BENCH_KEY_HEX))
    try:
        actor = accounts.authenticate(db, "zavuch", "demo")
        class_id = _largest_class(db)
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)

            def summary_pdf():
                printouts.export_summary_sheet(db, actor, out / "summary.pdf", fmt="pdf")

            def summary_xlsx():
                printouts.export_summary_sheet(db, actor, out / "summary.xlsx", fmt="xlsx")

            def book():
                printouts.export_class_book(db, actor, class_id, out / "book.pdf")

            def book_data():
                printouts.class_book(db, actor, class_id)

            def summary_data():
                printouts.summary_sheet(db, actor)

            summary_pdf()  # warm caches and fonts
            pdf_times = repeat(summary_pdf, 3)
            summary_pages = len(PdfReader(out / "summary.pdf").pages)
            xlsx_times = repeat(summary_xlsx, 3)
            book_times = repeat(book, 3)
            book_pages = len(PdfReader(out / "book.pdf").pages)
            data_times = repeat(book_data, 3)
            summary_data_times = repeat(summary_data, 3)
            sizes = {name: (out / name).stat().st_size / 2**20 for name in ("summary.pdf", "summary.xlsx", "book.pdf")}
    finally:
        db.close()

    def per_second(pages: int, samples: list[float]) -> str:
        best = sorted(samples)[len(samples) // 2]
        return f"{pages / best:.0f} pages/s"

    return [
        Row("summary sheet, whole school: data", summary_data_times, note="period marks of the year, one query"),
        Row("summary sheet, whole school: PDF", pdf_times,
            note=f"{summary_pages} pages, {sizes['summary.pdf']:.1f} MB, {per_second(summary_pages, pdf_times)}; "
                 "target < 3 s"),
        Row("summary sheet, whole school: .xlsx", xlsx_times,
            note=f"44 sheets, {sizes['summary.xlsx']:.1f} MB; target < 3 s"),
        Row("class book for the year: data (load_grid per course and period)", data_times),
        Row("class book for the year: PDF", book_times,
            note=f"{book_pages} pages, {sizes['book.pdf']:.1f} MB, {per_second(book_pages, book_times)}; "
                 "target < 5 s"),
    ]
