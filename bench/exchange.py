"""The exchange format on the large demo school: export to JSON, check the file, import it into an empty new
database (issue 9). Works on a copy of the cached school in a temporary folder."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from ejournal_desktop.services import exchange
from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage import database

from .common import BENCH_KEY_HEX, Row, copy_school


def run(path: Path) -> list[Row]:
    key = bytes.fromhex(BENCH_KEY_HEX)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="ejournal-bench-exchange-") as tmp:
        work = Path(tmp)
        live = copy_school(path, work)
        db = database.open_file(live, key=key)
        admin = accounts.authenticate(db, "admin", "demo")
        out = work / "school.json"
        times, result = [], None
        for _ in range(3):
            t = time.perf_counter()
            result = exchange.export_file(db, admin, out)
            times.append(time.perf_counter() - t)
        db.close()
        counts = result.counts
        rows.append(Row("export the school to the exchange file (JSON)", times,
                        note=f"file {result.size / 2**20:.0f} MB; {counts['marks']} marks, {counts['attendance']} "
                             f"absences, {counts['period_marks']} period marks, {counts['lessons']} lessons"))
        check = []
        for _ in range(3):
            t = time.perf_counter()
            problems = exchange.validate(exchange.read_document(out))
            check.append(time.perf_counter() - t)
            assert not problems, problems[:3]
        rows.append(Row("read and check the exchange file (no database)", check, note="JSON parse + every rule"))
        imports, created = [], None
        for i in range(3):
            target = work / f"new{i}" / "school.db"
            t = time.perf_counter()
            created = exchange.import_into_new(target, out, admin_login="admin", admin_password="Bench-exchange-1")
            imports.append(time.perf_counter() - t)
        rows.append(Row("import the exchange file into an empty new database", imports,
                        note=f"one transaction, {created.audit_entries} audit entries; new file, administrator "
                             f"(argon2id), read + check + write"))
    return rows


if __name__ == "__main__":
    import os

    from . import common
    os.environ["EJOURNAL_DB_KEY"] = BENCH_KEY_HEX
    school, _ = common.large_school()
    common.print_table(run(school))
