"""The rows issue 19 holds to, on the 1-year and the 5-year large school side by side:
`1 year | 5 years | ratio` (journal page, grid, a mark, backup + verify, db check, printing, and the
grid and a mark on PostgreSQL after `db migrate`).

    PYTHONPATH=. python -m bench --only history

The 5-year school (four years closed by the real year-closing service, then the current one) is
generated once per schema and cached beside the 1-year one (common.large_school).
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

from . import backup_history, common, journal, postgres, reports
from .common import Row

YEARS = 5
_MODULES = (journal, reports, backup_history, postgres)  # postgres: the same school on a server


def _key(row: Row) -> str:
    """A row's name without its counts (pupils, lessons, years), to pair the two schools' rows."""
    return re.sub(r"\d[\d,]*", "N", row.operation)


def _median(row: Row | None) -> float | None:
    return statistics.median(row.ours) if row is not None and row.ours else None


def compare(one: Path, many: Path, modules=None) -> list[list[str]]:
    """Table lines: operation | 1 year | N years | ratio | note, the rows of each module paired; a row
    only the history has (the archive of closed years, the weekly delta) follows with its own figure."""
    lines = []
    for module in modules or _MODULES:
        first = module.run(one)
        later = {_key(r): r for r in module.run(many)}
        for row in first:
            other = later.pop(_key(row), None)
            a, b = _median(row), _median(other)
            ratio = f"{b / a:.2f}×" if a and b else "—"
            lines.append([re.sub(r",? ?\b1 years?\b", "", row.operation), row.shown or Row.fmt(row.ours),
                          (other.shown or Row.fmt(other.ours)) if other else "—", ratio,
                          other.note if other else row.note])
        for other in later.values():
            lines.append([other.operation, "—", other.shown or Row.fmt(other.ours), "—", other.note])
    return lines


def run_table() -> None:
    one, _ = common.large_school(1)
    many, generated = common.large_school(YEARS)
    print(f"large demo school, {YEARS} years: {many} ({many.stat().st_size / 2**20:.0f} MB)", file=sys.stderr)
    head = ["operation", "1 year", f"{YEARS} years", f"ratio ({YEARS}y/1y)", f"note ({YEARS} years)"]
    lines = [head, ["---"] * len(head)]
    if generated is not None:
        lines.append([f"generate the large demo school, {YEARS} years", "—", Row.fmt([generated]), "—",
                      "once per schema, then cached"])
    lines += compare(one, many)
    for line in lines:
        print("| " + " | ".join(line) + " |")
