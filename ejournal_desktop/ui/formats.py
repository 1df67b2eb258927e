"""How pages show things, in one place: the message line's colours and dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b00020;"  # a refusal or failure under a page or in a dialog
INFO_STYLE = "color: #1b5e20;"   # what was just done
NO_DATE = QDate(1900, 1, 1)      # a QDateEdit's minimum, shown as «не указана»


def say(line: QLabel, text: str, *, error: bool = False) -> None:
    """A page's message line: what was done in green, a refusal in red."""
    line.setStyleSheet(ERROR_STYLE if error else INFO_STYLE)
    line.setText(text)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(day: dt.date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


def human_size(n: int | None) -> str:
    """A size in the interface's language (the decimal comma is part of the translation)."""
    if n is None or n < 0:
        return "—"
    for text, size in ((QT_TRANSLATE_NOOP("BackupPage", "{0},{1} ТБ"), 2**40),
                       (QT_TRANSLATE_NOOP("BackupPage", "{0},{1} ГБ"), 2**30),
                       (QT_TRANSLATE_NOOP("BackupPage", "{0},{1} МБ"), 2**20)):
        if n >= size:  # whole and tenths apart: the decimal comma is the language's
            return QCoreApplication.translate("BackupPage", text).format(*f"{n / size:.1f}".split("."))
    return QCoreApplication.translate("BackupPage", "{0} КБ").format(f"{n / 2**10:.0f}")
