"""Attendance codes (Н, П, Б, ОП) and parsing of what a teacher types into an attendance cell."""

from __future__ import annotations

import enum

__all__ = ["AttendanceCode", "AttendanceError", "attendance_code", "parse_attendance"]


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

# What a teacher types for each code, besides the letters themselves: Latin letters that look
# like the Cyrillic ones on screen («H», «n» for «Н»; «O» for «О») and the keys where the Cyrillic
# letters sit when the keyboard is left on the Latin layout («y» is «н», «g» is «п», «,» and «<»
# are «б», «jg» is «оп»). Compared case-folded, after the Latin «o» became the Cyrillic one.
_SPELLINGS: dict[str, AttendanceCode] = {
    **dict.fromkeys(("н", "h", "n", "y"), AttendanceCode.absent_unexcused),
    **dict.fromkeys(("п", "g"), AttendanceCode.absent_excused),
    **dict.fromkeys(("б", "b", ",", "<"), AttendanceCode.absent_ill),
    **dict.fromkeys(("оп", "оn", "jg"), AttendanceCode.late),
}
_LATIN_O = str.maketrans({"o": "о", "0": "о"})


def attendance_code(token: str) -> AttendanceCode | None:
    """The code one typed token spells («н», «Н», «H», «y», «оп», «OП», «jg»…), or None when it
    spells none. The one place that knows how attendance is typed: the cell parser, the services
    and the absence-reason dialog all ask it."""
    key = token.strip().rstrip(".").casefold()
    if not key:
        return None
    code = _SPELLINGS.get(key)
    if code is None and len(key) == 2:
        code = _SPELLINGS.get(key.translate(_LATIN_O))
    return code


def parse_attendance(text: str) -> AttendanceCode | None:
    """Parse "н", "Н", "п", "б", "оп" or a look-alike (any case, surrounding spaces ignored); None
    for a blank cell."""
    key = "".join(text.split())
    if not key.rstrip("."):
        return None
    code = attendance_code(key)
    if code is None:
        allowed = ", ".join(c.value for c in AttendanceCode)
        raise AttendanceError(
            f"Неизвестная отметка посещаемости «{text.strip()}»: допустимы {allowed}")
    return code
