"""DateEdit: the program's date field (every QDateEdit of forms/ is promoted to it).

Qt's QDateEdit edits a date section by section: typing «02122026», «2.12.26» or «02.12.2026» over a
selected date does nothing or leaves a wrong day. DateEdit also takes the whole date typed at once, by
the one rule of domain/typed_dates.py, and reads it when the teacher presses Enter or leaves the field.
A field left empty-valued («не указана», its minimum) can open its calendar near a likely date
(`open_calendar_at`: a pupil's birth date some years back) instead of at the minimum's January 1900.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from ..domain.typed_dates import could_become_date, read_typed_date


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # A date typed whole is read on Enter or on leaving the field, not at each keystroke: «0212»
        # on the way to «02122026» is not the date meant.
        self.setKeyboardTracking(False)
        self._calendar_at: dt.date | None = None
        self._typing = False   # the field's text is being typed whole (not section by section)
        self._own_tip: str | None = None   # the form's tooltip while a refusal stands in its place

    # --- a whole date typed at once -----------------------------------------------------------------------

    def _typed(self, text: str) -> QDate | None:
        day = read_typed_date(text)
        if day is None:
            return None
        date = QDate(day.year, day.month, day.day)
        return date if self.minimumDate() <= date <= self.maximumDate() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDateEdit would put each digit into the current section; a digit begins a whole date instead,
        # typed into the line as into any text field (read on Enter or on leaving the field).
        text, line = event.text(), self.lineEdit()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if plain and text and (text.isdigit() or (self._typing and text in "./-, ")):
            typed = (line.text() if self._typing else "") + text
            if could_become_date(typed):
                self._typing = True
                self._show_typed(typed)
            event.accept()
            return
        if self._typing and event.key() == Qt.Key.Key_Backspace:
            self._show_typed(line.text()[:-1])
            event.accept()
            return
        if self._typing and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # read the date, then on to the next field (QDateEdit would move between its sections)
            self._finish_typing()
            QWidget.focusNextPrevChild(self, event.key() == Qt.Key.Key_Tab)
            event.accept()
            return
        if event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
            if self._typing:
                self._finish_typing()
        super().keyPressEvent(event)

    def _show_typed(self, text: str) -> None:
        # Signals held back: QDateEdit would read the half-typed text as a section edit and put the old
        # date back at the next cursor move.
        line = self.lineEdit()
        held = line.blockSignals(True)
        line.setText(text)
        line.setCursorPosition(len(text))
        line.blockSignals(held)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._typing:
            self._finish_typing()
        super().focusOutEvent(event)

    def _finish_typing(self) -> None:
        """Read the typed date; what is no date (or outside the field's range) leaves the previous one,
        and the teacher is told so beside the field."""
        self._typing = False
        text = self.lineEdit().text()
        if text and self._typed(text) is None:
            low, high = self.minimumDate(), self.maximumDate()
            problem = (self.tr("«{0}» — не дата. Введите дату так: 02.12.2026, 2.12.26 или 02122026.").format(text)
                       if read_typed_date(text) is None else
                       self.tr("{0} — вне допустимых дат ({1} — {2}).").format(
                           text, low.toString("dd.MM.yyyy"), high.toString("dd.MM.yyyy")))
            if self._own_tip is None:
                self._own_tip = self.toolTip()
            self.setToolTip(problem)
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), problem, self)
        elif self._own_tip is not None:
            self.setToolTip(self._own_tip)
            self._own_tip = None
        self.interpretText()

    def validate(self, text: str, pos: int):
        if self._typed(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if could_become_date(text):  # digits and dots that are no date (yet): «31.02.2026» stays refused
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)   # the shown text («02.12.2026, среда», «не указана»)

    def fixup(self, text: str) -> str:
        # Qt's fixup would turn «31.02.2026» into 28.02.2026; what is no date keeps the previous date
        return text if could_become_date(text) else super().fixup(text)

    def dateTimeFromText(self, text: str) -> QDateTime:
        date = self._typed(text)
        return QDateTime(date, self.time()) if date is not None else super().dateTimeFromText(text)

    # --- the calendar of an empty field ---------------------------------------------------------------------

    def open_calendar_at(self, day: dt.date | None) -> None:
        """While the field holds its minimum (no date yet), its calendar opens at this day's month."""
        self._calendar_at = day
        if day is not None and self.calendarPopup():
            self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Show and self._calendar_at is not None
                and watched is self.calendarWidget() and self.date() == self.minimumDate()):
            watched.setCurrentPage(self._calendar_at.year, self._calendar_at.month)
        return super().eventFilter(watched, event)


def likely_birth_date(grade: int | None, today: dt.date) -> dt.date | None:
    """Where a pupil's birth-date calendar opens: January of the year a pupil of the grade was most
    likely born (school begins at six or seven: a first-former of 2026/2027 was born in 2019 or 2020)."""
    if not grade:
        return None
    start_year = today.year if today.month >= 9 else today.year - 1
    return dt.date(start_year - grade - 6, 1, 1)

