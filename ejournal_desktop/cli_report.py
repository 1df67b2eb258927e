"""`ejournal report KIND …`: the report kinds of services.report_kinds (issue 6).

Registered by cli.py: `add_report_parsers(report_subparsers)` under `report`, `HANDLERS` keyed
("report", KIND) in its table.
"""

from __future__ import annotations

__all__ = ["HANDLERS", "add_report_parsers"]


def add_report_parsers(report_sub) -> None:
    """Add report kinds to the subparsers of `ejournal report`."""


HANDLERS: dict = {}
