"""A date as a person types it into a date field: «02.12.2026», «2.12.26», «02122026», «021226», «2.12».

One rule for every date field of the program (ui/date_edit.py asks it): day first, then month, then
the year; separators «.», «/», «-», «,» or a space; a year of two digits is this century's up to twenty
years ahead, else the last century's (a birth year «75» is 1975, a plan's «27» is 2027); no year means
this year. Pure Python: no Qt."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["could_become_date", "read_typed_date"]

_SEPARATED = re.compile(r"(\d{1,2})[./\-, ]+(\d{1,2})(?:[./\-, ]+(\d{2}|\d{4}))?[./\-, ]*")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})?")
_PARTIAL = re.compile(r"[\d./\-, ]{0,10}")


def _year(text: str | None, today: dt.date) -> int:
    if not text:
        return today.year
    year = int(text)
    if len(text) == 2:
        year += 2000 if 2000 + year <= today.year + 20 else 1900
    return year


def read_typed_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date the text stands for, or None when it is not (yet) a whole date."""
    text = (text or "").strip()
    today = today or dt.date.today()
    m = _SEPARATED.fullmatch(text) or _COMPACT.fullmatch(text)
    if m is None:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), _year(m.group(3), today)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def could_become_date(text: str) -> bool:
    """Whether typing on may still make a date of the text (digits and separators, not too long)."""
    return bool(_PARTIAL.fullmatch((text or "").strip()))
