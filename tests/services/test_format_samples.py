"""The sample files of docs/samples (issue 20), generated from the demo school by this test: the first rows
of each OneRoster 1.2 file, an excerpt of the exchange JSON, and the ФИС ФРДО table of two 11th graders.
Run with EJOURNAL_WRITE_SAMPLES=1 to write them; otherwise the committed ones must be what the demo gives
(so docs never show a format the program no longer writes)."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from graduates_testing import add_graduates

from ejournal_desktop.services import exchange
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.exchange import oneroster
from ejournal_desktop.services.people import graduates

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
ROWS = 4


def _csv(rows: list[list[str]]) -> str:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def generated(db) -> dict[str, str]:
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
    return out


def test_the_samples_in_docs_are_what_the_demo_gives(small_demo):
    files = generated(small_demo)
    if os.environ.get("EJOURNAL_WRITE_SAMPLES"):
        for name, text in files.items():
            (SAMPLES / name).parent.mkdir(parents=True, exist_ok=True)
            (SAMPLES / name).write_text(text, encoding="utf-8")
    for name, text in files.items():
        assert (SAMPLES / name).read_text(encoding="utf-8") == text, \
            f"docs/samples/{name} is stale: EJOURNAL_WRITE_SAMPLES=1 pytest {__file__}"
    head = files["oneroster/users.csv"].splitlines()[0].split(",")
    assert head[:4] == ["sourcedId", "status", "dateLastModified", "enabledUser"]
