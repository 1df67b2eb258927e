"""How pages show things, in one place: the message line's colours and dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QWidget

ERROR_STYLE = "color: #b00020;"  # a refusal or failure under a page or in a dialog
INFO_STYLE = "color: #1b5e20;"   # what was just done
NO_DATE = QDate(1900, 1, 1)      # a QDateEdit's minimum, shown as «не указана»


# How much larger than the body text: the school's name on the start page and the login window, a page's
# heading, a heading inside a page (a thread's subject, a verdict).
TITLE, HEADING, SUBHEADING = 1.4, 1.2, 1.15


def heading(label: QWidget, scale: float = HEADING, *, bold: bool = True) -> None:
    """Set a label in the heading style: the one place its size and weight are decided."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)


def say(line: QWidget, text: str, *, error: bool = False) -> None:
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


# Monday first, as date.weekday() counts; one table for every page (the printouts keep Russian ones).
_WEEKDAYS = (QT_TRANSLATE_NOOP("Weekdays", "понедельник"), QT_TRANSLATE_NOOP("Weekdays", "вторник"),
             QT_TRANSLATE_NOOP("Weekdays", "среда"), QT_TRANSLATE_NOOP("Weekdays", "четверг"),
             QT_TRANSLATE_NOOP("Weekdays", "пятница"), QT_TRANSLATE_NOOP("Weekdays", "суббота"),
             QT_TRANSLATE_NOOP("Weekdays", "воскресенье"))
_WEEKDAYS_SHORT = (QT_TRANSLATE_NOOP("Weekdays", "пн"), QT_TRANSLATE_NOOP("Weekdays", "вт"),
                   QT_TRANSLATE_NOOP("Weekdays", "ср"), QT_TRANSLATE_NOOP("Weekdays", "чт"),
                   QT_TRANSLATE_NOOP("Weekdays", "пт"), QT_TRANSLATE_NOOP("Weekdays", "сб"),
                   QT_TRANSLATE_NOOP("Weekdays", "вс"))


def weekday_name(weekday: int) -> str:
    """«понедельник» (0) … «воскресенье» (6) in the interface's language."""
    return QCoreApplication.translate("Weekdays", _WEEKDAYS[weekday])


def weekday_short(weekday: int) -> str:
    """«пн» … «вс» in the interface's language."""
    return QCoreApplication.translate("Weekdays", _WEEKDAYS_SHORT[weekday])
