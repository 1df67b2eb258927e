"""`ejournal timetable …`: the weekly timetable and lessons generated from it (issue 5).

Registered by cli.py: `add_parsers(sub)` in its parser, `HANDLERS` in its table.
"""

from __future__ import annotations

__all__ = ["HANDLERS", "add_parsers"]


def add_parsers(sub) -> None:
    """Add this module's commands to the subparsers of `ejournal`."""


HANDLERS: dict = {}
