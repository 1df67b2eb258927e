"""The values of the set-up workbook's cells as a school types them (weekdays, period kinds, names,
the year, class labels), read the same way by the check and by the writing half."""

from __future__ import annotations

import re

from ...domain.calendar import PeriodKind, period_noun
from ...domain.names import fold
from ...domain.timetable import WEEKDAYS, WEEKDAYS_SHORT

_KINDS = {fold(period_noun(k)): k for k in PeriodKind} | {"четверти": PeriodKind.quarter,
                                                          "триместры": PeriodKind.trimester,
                                                          "полугодия": PeriodKind.half_year}


_DAYS = {fold(d): i for i, d in enumerate(WEEKDAYS_SHORT)} | {fold(d): i for i, d in enumerate(WEEKDAYS)}


_YEAR = re.compile(r"^\s*(\d{4})\s*[/\-–]\s*(\d{4})\s*$")


_LABEL = re.compile(r"^\s*(\d{1,2})\s*[-‐ ]?\s*([А-Яа-яЁё]{1,2})\s*$")


_LETTER = re.compile(r"^[А-ЯЁ]{1,2}$")


_NAME = re.compile(r"^[А-Яа-яЁёA-Za-z\- ']+$")


def _label(text: str) -> tuple[int, str] | None:
    m = _LABEL.match(text or "")
    if not m:
        return None
    grade, letter = int(m.group(1)), m.group(2).upper()
    return (grade, letter) if 1 <= grade <= 11 and _LETTER.match(letter) else None


def _split_name(text: str) -> tuple[str, str, str]:
    parts = text.split()
    return (parts[0] if parts else "", parts[1] if len(parts) > 1 else "", " ".join(parts[2:]))
