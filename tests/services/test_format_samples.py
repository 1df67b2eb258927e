"""The sample files of docs/samples (issue 20), generated from the demo school by this test: the first rows
of each OneRoster 1.2 file, an excerpt of the exchange JSON, the ФИС ФРДО table of two 11th graders, and the
spreadsheets the journal writes and reads back (a class list, the set-up workbook's sheets, the КТП
template) as the first rows of each sheet, read back by the program's own reader.
Run with EJOURNAL_WRITE_SAMPLES=1 to write them; otherwise the committed ones must be what the demo gives
(so docs never show a format the program no longer writes)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from pathlib import Path

from graduates_testing import add_graduates
from journal_testing import DEMO_TODAY
from sqlalchemy import select

from ejournal_desktop.services import exchange
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.exchange import oneroster, spreadsheets
from ejournal_desktop.services.people import graduates, roster_export
from ejournal_desktop.services.school import setup_workbook
from ejournal_desktop.services.timetable import thematic_plan
from ejournal_desktop.storage.models import SchoolClass

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
ROWS = 4


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _cell(value) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    return "" if value is None else str(value)


def _sheets(path: Path, rows: int = ROWS + 2) -> dict[str, str]:
    """Each sheet of a book as CSV: its first rows as the program reads them back (trailing blanks cut)."""
    out = {}
    for sheet in spreadsheets.read_book(path).sheets:
        head = [[_cell(v) for v in r] for r in sheet.rows[:rows]]
        width = max((max((i + 1 for i, v in enumerate(r) if v), default=0) for r in head), default=0)
        out[sheet.name] = _csv([r[:width] for r in head])
    return out


def spreadsheet_samples(db, folder: Path) -> dict[str, str]:
    deputy = accounts.authenticate(db, "zavuch", "demo")
    out: dict[str, str] = {}
    with db.session() as s:
        five = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 5))
    roster_export.export_class_list(db, deputy, five, folder / "class.xlsx", on=DEMO_TODAY)
    out["spreadsheets/class-list.csv"] = next(iter(_sheets(folder / "class.xlsx", ROWS + 4).values()))
    setup_workbook.export_setup(db, deputy, folder / "setup.xlsx", today=DEMO_TODAY)
    for n, (name, text) in enumerate(_sheets(folder / "setup.xlsx").items(), 1):
        out[f"spreadsheets/setup-workbook-{n:02d}.csv"] = f"# лист «{name}»\n" + text
    thematic_plan.save_template(folder / "plan.xlsx")
    out["spreadsheets/thematic-plan.csv"] = next(iter(_sheets(folder / "plan.xlsx").values()))
    return out


def generated(db, folder: Path) -> dict[str, str]:
    admin = accounts.authenticate(db, "admin", "demo")
    add_graduates(db)   # so the excerpt shows certificates and the ФРДО table has rows
    with db.session() as s:
        doc = exchange.build_document(s)
    out: dict[str, str] = {}
    tables = oneroster.build_tables(doc)
    out["oneroster/manifest.csv"] = _csv([["propertyName", "value"], *oneroster.manifest_rows()])
    for name, header in oneroster.TABLES.items():
        head = list(header) + list(oneroster.EXTENSIONS.get(name, ()))
        rows = [[r.get(h, "") or "" for h in head] for r in tables.get(name, [])[:ROWS]]
        out[f"oneroster/{name}.csv"] = _csv([head, *rows])
    excerpt = {k: (v[:2] if isinstance(v, list) else v) for k, v in doc.items() if k != "exported_at"}
    out["exchange-excerpt.json"] = json.dumps(excerpt, ensure_ascii=False, indent=2) + "\n"
    table = graduates.frdo_table(db, admin, 2027)
    out["frdo.csv"] = _csv([table.headers, *table.rows])
    return out | spreadsheet_samples(db, folder)


def test_the_samples_in_docs_are_what_the_demo_gives(small_demo, tmp_path):
    files = generated(small_demo, tmp_path)
    if os.environ.get("EJOURNAL_WRITE_SAMPLES"):
        for name, text in files.items():
            (SAMPLES / name).parent.mkdir(parents=True, exist_ok=True)
            (SAMPLES / name).write_text(text, encoding="utf-8")
    for name, text in files.items():
        assert (SAMPLES / name).read_text(encoding="utf-8") == text, \
            f"docs/samples/{name} is stale: EJOURNAL_WRITE_SAMPLES=1 pytest {__file__}"
    head = files["oneroster/users.csv"].splitlines()[0].split(",")
    assert head[:4] == ["sourcedId", "status", "dateLastModified", "enabledUser"]
