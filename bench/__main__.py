"""`make bench`: every benchmark on the large demo school, one table."""

from __future__ import annotations

import argparse
import os
import sys

from . import (
    activity_memory,
    backup,
    backup_history,
    common,
    concurrency,
    exchange,
    grid,
    grid_typing,
    history,
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


# The row groups in the table's order; `--only NAME,NAME` runs some of them (quick measurements).
_ROWS = (("open_school", open_school), ("login", login), ("journal", journal), ("grid", grid),
         ("concurrency", concurrency), ("grid_typing", grid_typing), ("postgres", postgres),
         ("reports", reports), ("report_kinds", report_kinds), ("backup", backup), ("roster", roster),
         ("backup_history", backup_history), ("year_closing", year_closing), ("exchange", exchange),
         ("timetable", timetable), ("activity_memory", activity_memory))
# The history table (1 year | 5 years | ratio) comes after the main one; `--only history` alone.
_HISTORY = "history"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", metavar="NAMES",
                        help="comma-separated row groups to run: " + ", ".join([n for n, _ in _ROWS] + [_HISTORY]))
    args = parser.parse_args(argv)
    only = None
    if args.only:
        only = {n.strip() for n in args.only.split(",") if n.strip()}
        unknown = only - {n for n, _ in _ROWS} - {_HISTORY}
        if unknown:
            parser.error("unknown row groups: " + ", ".join(sorted(unknown)))
    os.environ["EJOURNAL_DB_KEY"] = common.BENCH_KEY_HEX
    if only is None or only - {_HISTORY}:
        path, generated = common.large_school()
        print(f"large demo school: {path} ({path.stat().st_size / 2**20:.0f} MB)", file=sys.stderr)
        rows = []
        if generated is not None:
            rows.append(common.Row("generate the large demo school", [generated], note="once, then cached"))
        for name, module in _ROWS:
            if only is None or name in only:
                rows += module.run(path)
        common.print_table(rows)
    if only is None or _HISTORY in only:
        print()
        history.run_table()
    return 0


if __name__ == "__main__":
    sys.exit(main())
