"""How pages show things, in one place: the message line's colours and dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

ERROR_STYLE = "color: #b00020;"  # a refusal or failure under a page or in a dialog
INFO_STYLE = "color: #1b5e20;"   # what was just done
NO_DATE = QDate(1900, 1, 1)      # a QDateEdit's minimum, shown as «не указана»


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""
