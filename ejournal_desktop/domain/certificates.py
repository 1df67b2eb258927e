"""The graduate's certificate (аттестат) of general education: which grade receives which kind, what its
blank's numbers look like, and when in the year it is issued. One place for the pupil card, the CLI and the
exchange import (kinds by their stored value: «basic», «secondary»)."""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["GRADE", "NAMES", "form_problems", "issue_window"]

GRADE = {"basic": 9, "secondary": 11}
NAMES = {"basic": "Аттестат об основном общем образовании", "secondary": "Аттестат о среднем общем образовании"}
_NUMBER = re.compile(r"^\d{1,20}$")


def form_problems(series: str, number: str, registration_number: str) -> list[str]:
    """What is wrong with the blank's series, number and registration number (already stripped)."""
    problems = []
    if len(series) > 20:
        problems.append("серия длиннее 20 знаков")
    if not _NUMBER.match(number):
        problems.append(f"номер бланка «{number}» — нужны только цифры")
    if not registration_number or len(registration_number) > 30:
        problems.append("нужен регистрационный номер (до 30 знаков)")
    return problems


def issue_window(start_year: int) -> tuple[dt.date, dt.date]:
    """The days a certificate of the year `start_year`/… may be dated: from May to the end of the year."""
    return dt.date(start_year + 1, 5, 1), dt.date(start_year + 1, 12, 31)
