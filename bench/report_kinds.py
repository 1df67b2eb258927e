"""Result reports on the large demo school: the whole school's progress (last period, and «на дату» from
the current marks) and attendance (the full year), each read, then written as PDF and as .xlsx; one class's
«Дневник на неделю» (PDF only); pages per second of the PDFs."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from pypdf import PdfReader

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports.kinds import ReportRequest
from ejournal_desktop.storage import database

from .common import BENCH_KEY_HEX, BENCH_TODAY, Row, repeat

CASES = (("progress", ReportRequest(today=BENCH_TODAY), "whole school, last period"),
         ("progress", ReportRequest(today=BENCH_TODAY, as_of=dt.date(2026, 4, 15)),
          "whole school, on 15.04 from current marks"),
         ("attendance", ReportRequest(period="year", today=BENCH_TODAY), "whole school, full year"),
         ("weekly-diary", ReportRequest(class_label="5А", week=dt.date(2026, 4, 15), today=BENCH_TODAY),
          "5А, week of 13.04"))


def run(path: Path) -> list[Row]:
    db = database.open_file(path, key=bytes.fromhex(BENCH_KEY_HEX))
    rows: list[Row] = []
    try:
        actor = accounts.authenticate(db, "zavuch", "demo")
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder)
            for key, request, what in CASES:
                kind = report_kinds.get(key)
                report_kinds.export(db, actor, kind, request, "pdf", out / f"{key}.pdf")  # warm caches and fonts
                data = repeat(lambda: kind.build(db, actor, request), 3)
                pdf = repeat(lambda: report_kinds.export(db, actor, kind, request, "pdf", out / f"{key}.pdf"), 3)
                xlsx = repeat(lambda: report_kinds.export(db, actor, kind, request, "xlsx", out / f"{key}.xlsx"),
                              3) if "xlsx" in kind.formats else None
                pages = len(PdfReader(out / f"{key}.pdf").pages)
                best = sorted(pdf)[len(pdf) // 2]
                size = (out / f"{key}.pdf").stat().st_size / 2**20
                rows += [
                    Row(f"report {key}, {what}: data", data, note="Core rows, a few queries"),
                    Row(f"report {key}, {what}: PDF", pdf,
                        note=f"{pages} pages, {size:.1f} MB, {pages / best:.0f} pages/s (reading included)"),
                ]
                if xlsx is not None:
                    rows.append(Row(f"report {key}, {what}: .xlsx", xlsx,
                                    note=f"{(out / f'{key}.xlsx').stat().st_size / 2**20:.1f} MB"))
    finally:
        db.close()
    return rows


if __name__ == "__main__":
    import os

    from .common import large_school, print_table
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    print_table(run(large_school()[0]))
