"""Attendance codes (Н, П, Б, ОП) and parsing of what a teacher types into an attendance cell."""

from __future__ import annotations

import enum

__all__ = ["AttendanceCode", "AttendanceError", "parse_attendance"]


class AttendanceError(ValueError):
    """An attendance code the teacher typed is not valid; ``str(error)`` is a Russian message."""


class AttendanceCode(enum.Enum):
    """The value is the letter shown in the journal (and stored)."""

    absent_unexcused = "Н"
    absent_excused = "П"
    absent_ill = "Б"
    late = "ОП"

    @property
    def label(self) -> str:
        """«отсутствие по болезни», «опоздание»."""
        return self.reason if self is AttendanceCode.late else f"отсутствие {self.reason}"

    @property
    def reason(self) -> str:
        """The short words of a legend: «по болезни», «без уважительной причины»."""
        return _REASONS[self]

    @property
    def counts_as_missed(self) -> bool:
        """Н, П and Б are a missed lesson; ОП (late) is not."""
        return self is not AttendanceCode.late


_REASONS = {
    AttendanceCode.absent_unexcused: "без уважительной причины",
    AttendanceCode.absent_excused: "по уважительной причине",
    AttendanceCode.absent_ill: "по болезни",
    AttendanceCode.late: "опоздание",
}

# Latin letters that look like Cyrillic ones on screen ("H" for "Н", "O" for "О").
_LOOKALIKES = str.maketrans({"H": "Н", "O": "О"})


def parse_attendance(text: str) -> AttendanceCode | None:
    """Parse "н", "Н", "п", "б", "оп" (any case, surrounding spaces ignored); None for a blank cell."""
    key = "".join(text.split()).rstrip(".").upper().translate(_LOOKALIKES)
    if not key:
        return None
    try:
        return AttendanceCode(key)
    except ValueError:
        allowed = ", ".join(c.value for c in AttendanceCode)
        raise AttendanceError(
            f"Неизвестная отметка посещаемости «{text.strip()}»: допустимы {allowed}") from None
