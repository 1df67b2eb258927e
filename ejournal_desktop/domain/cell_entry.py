"""What a teacher types into one lesson cell of the journal, parsed once for the grid and the services.

A cell holds the pupil's marks of the lesson and an attendance code: «5», «5 4», «5/4», «н», «Н 5»,
«ОП 4». The text is what the cell becomes (for the work type the marks are put with): an empty text
clears the cell. Attendance codes are recognised by `attendance.attendance_code`, with the
look-alikes a teacher types on the wrong keyboard layout («H 5», «y» for «Н»); a token that is a
value of the grading system is always a mark. Anything else is refused as a whole, naming the
token, so that nothing of a wrong entry is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attendance import AttendanceCode, attendance_code
from .grading import GradingSystem, MarkError, parse_mark, period_only_message

__all__ = ["CellEntry", "CellEntryError", "parse_cell_entry"]

_SEPARATORS = re.compile(r"[\s;/]+")


class CellEntryError(ValueError):
    """The typed text is not a valid cell; ``str(error)`` is a Russian message naming what is wrong."""


@dataclass(frozen=True)
class CellEntry:
    marks: tuple[str, ...]                 # grading-system codes, in the order typed
    attendance: AttendanceCode | None      # None: no attendance code in the cell

    @property
    def text(self) -> str:
        """The entry as the grid shows it («5 4 Н»)."""
        return " ".join(self.marks + ((self.attendance.value,) if self.attendance else ()))


def _tokens(text: str) -> list[str]:
    # A comma separates marks («5,4»), but «,» alone is the key of «б» on the Latin layout.
    out = []
    for token in _SEPARATORS.split(text.strip()):
        if not token:
            continue
        if token.strip(",") and "," in token:
            out.extend(t for t in token.split(",") if t)
        else:
            out.append(token)
    return out


def parse_cell_entry(system: GradingSystem, text: str) -> CellEntry:
    """Parse a lesson cell; raises CellEntryError (nothing of the entry is valid then)."""
    stripped = " ".join(text.split())
    if not stripped:
        return CellEntry((), None)
    whole = system.find(stripped)      # «не зач»: a value spelled with a space
    if whole is not None:
        return CellEntry((whole.code,), None)
    period_only = period_only_message(stripped)
    if period_only is not None:
        raise CellEntryError(period_only)
    attendance: AttendanceCode | None = None
    mark_tokens: list[str] = []
    for token in _tokens(stripped):
        code = attendance_code(token) if system.find(token) is None else None
        if code is None:
            mark_tokens.append(token)
            continue
        if attendance is not None and code is not attendance:
            raise CellEntryError(f"В клетке «{stripped}» два кода посещаемости ({attendance.value} и "
                                 f"{code.value}): оставьте один")
        attendance = code
    try:
        marks = parse_mark(system, " ".join(mark_tokens))
    except MarkError as exc:
        if len(mark_tokens) == 1 and not any(ch.isdigit() for ch in mark_tokens[0]) and attendance is None:
            codes = ", ".join(c.value for c in AttendanceCode)
            raise CellEntryError(f"«{mark_tokens[0]}» — не отметка и не код посещаемости: допустимы "
                                 f"отметки {', '.join(system.codes)} и {codes}") from None
        raise CellEntryError(str(exc)) from None
    return CellEntry(marks, attendance)
