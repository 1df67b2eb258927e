"""`make bench`: every benchmark on the large demo school, one table."""

from __future__ import annotations

import os
import sys

from . import (
    activity_memory,
    backup,
    common,
    concurrency,
    exchange,
    grid,
    grid_typing,
    journal,
    login,
    open_school,
    postgres,
    report_kinds,
    reports,
    roster,
    timetable,
    year_closing,
)


def main() -> int:
    os.environ["EJOURNAL_DB_KEY"] = common.BENCH_KEY_HEX
    path, generated = common.large_school()
    print(f"large demo school: {path} ({path.stat().st_size / 2**20:.0f} MB)", file=sys.stderr)
    rows = []
    if generated is not None:
        rows.append(common.Row("generate the large demo school", [generated], note="once, then cached"))
    rows += open_school.run(path)
    rows += login.run(path)
    rows += journal.run(path)
    rows += grid.run(path)
    rows += concurrency.run(path)
    rows += grid_typing.run(path)
    rows += postgres.run(path)
    rows += reports.run(path)
    rows += report_kinds.run(path)
    rows += backup.run(path)
    rows += roster.run(path)
    rows += year_closing.run(path)
    rows += exchange.run(path)
    rows += timetable.run(path)
    rows += activity_memory.run(path)
    common.print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
