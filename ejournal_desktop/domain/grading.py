"""Grading systems and parsing of what a teacher types into a mark cell.

Marks are always handled as their code strings ("5", "зач", "н/а"), never as floats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = [
    "EXEMPT", "FIVE_POINT", "NOT_ASSESSED", "PASS_FAIL", "SPECIAL_PERIOD_CODES",
    "GradeValue", "GradingSystem", "MarkError", "ParsedMarks",
    "normalize_token", "parse_mark", "parse_period_mark", "period_only_message", "points_scale",
]

NOT_ASSESSED = "н/а"  # не аттестован
EXEMPT = "осв."  # освобождён
SPECIAL_PERIOD_CODES = (NOT_ASSESSED, EXEMPT)

ParsedMarks = tuple[str, ...]
"""Codes of the marks typed into one cell, in the order typed; empty for a cleared cell."""

_SEPARATORS = re.compile(r"[\s,;/]+")
_NOT_ASSESSED_INSIDE = re.compile(r"(?<!\w)н\s*[/\\]\s*а(?!\w)", re.IGNORECASE)


class MarkError(ValueError):
    """A mark the teacher typed is not valid; ``str(error)`` is a Russian message for the user."""


def normalize_token(text: str) -> str:
    """Lower-case, ё→е, no surrounding spaces or trailing dots: the form used to match input."""
    return text.strip().casefold().replace("ё", "е").rstrip(".").strip()


@dataclass(frozen=True)
class GradeValue:
    """One value of a grading system (the storage model ``GradeValue`` has the same fields)."""

    code: str
    label: str
    points: float | None = None  # None: the value does not enter averages
    passing: bool = True
    quality: bool = False  # counts toward the quality rate (4 and 5; a passed credit)
    aliases: tuple[str, ...] = ()  # other spellings a teacher may type


@dataclass(frozen=True)
class GradingSystem:
    """A grading system: its values ordered from best to worst."""

    code: str
    name: str
    values: tuple[GradeValue, ...]
    in_phrase: str = ""  # «в пятибалльную систему»; used in error messages
    _lookup: dict[str, GradeValue] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not self.values:
            raise ValueError(f"Система оценивания «{self.name}» не содержит ни одного значения")
        if not self.in_phrase:
            object.__setattr__(self, "in_phrase", f"в систему оценивания «{self.name}»")
        specials = {normalize_token(c) for c in SPECIAL_PERIOD_CODES}
        lookup: dict[str, GradeValue] = {}
        for value in self.values:
            if not value.code or _SEPARATORS.search(value.code):
                raise ValueError(f"Недопустимый код отметки «{value.code}»")
            spellings = {normalize_token(s) for s in (value.code, value.label, *value.aliases)}
            for key in spellings:
                if key in specials:
                    raise ValueError(f"Код «{value.code}» зарезервирован для итоговых отметок")
                if key in lookup and lookup[key] is not value:
                    raise ValueError(f"Отметка «{key}» встречается в системе «{self.name}» дважды")
                lookup[key] = value
        object.__setattr__(self, "_lookup", lookup)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(v.code for v in self.values)

    def find(self, text: str) -> GradeValue | None:
        """The value typed as ``text`` (code, label or alias; case and ё/е ignored), or None."""
        # A stored code ("5", "зач") is already in normal form: the grid's averages skip normalising.
        found = self._lookup.get(text)
        return found if found is not None else self._lookup.get(normalize_token(text))

    def value(self, code: str) -> GradeValue:
        """The value with this code; raises MarkError if the system has no such value."""
        found = self.find(code)
        if found is None:
            raise MarkError(self._not_in_system(code))
        return found

    def _not_in_system(self, text: str) -> str:
        return (f"Отметка «{text.strip()}» не входит {self.in_phrase}: "
                f"допустимы {', '.join(self.codes)}")


def points_scale(code: str, name: str, top: int, passing_from: int, quality_from: int,
                 bottom: int = 1) -> GradingSystem:
    """A school-defined numeric scale, e.g. ten-point: ``points_scale("ten_point", "десятибалльная",
    10, passing_from=4, quality_from=7)``."""
    if not bottom <= passing_from <= quality_from <= top:
        raise ValueError("Нужно: нижняя отметка ≤ проходная ≤ «качественная» ≤ высшая")
    values = tuple(
        GradeValue(str(p), str(p), float(p), passing=p >= passing_from, quality=p >= quality_from)
        for p in range(top, bottom - 1, -1))
    return GradingSystem(code, name, values)


FIVE_POINT = GradingSystem(
    "five_point", "пятибалльная",
    tuple(GradeValue(str(p), label, float(p), passing=p >= 3, quality=p >= 4)
          for p, label in ((5, "отлично"), (4, "хорошо"), (3, "удовлетворительно"),
                           (2, "неудовлетворительно"), (1, "плохо"))),
    in_phrase="в пятибалльную систему",
)

PASS_FAIL = GradingSystem(
    "pass_fail", "зачёт/незачёт",
    (GradeValue("зач", "зачёт", None, passing=True, quality=True, aliases=("зачтено",)),
     GradeValue("незач", "незачёт", None, passing=False, aliases=("не зач", "незачтено", "не зачтено"))),
    in_phrase="в систему «зачёт/незачёт»",
)


def _special(text: str) -> str | None:
    """NOT_ASSESSED or EXEMPT if ``text`` spells one of them, else None."""
    key = normalize_token(text).replace(" ", "").replace("\\", "/")
    if key in ("н/а", "на", "неаттестован", "неаттестована"):
        return NOT_ASSESSED
    if key in ("осв", "освобожден", "освобождена"):
        return EXEMPT
    return None


_PERIOD_ONLY = "«{}» ставится только за период, а не за урок"


def period_only_message(text: str) -> str | None:
    """The refusal of «н/а» or «осв.» typed into a lesson cell (they go only into period marks)."""
    special = NOT_ASSESSED if _NOT_ASSESSED_INSIDE.search(text) else _special(text)
    return _PERIOD_ONLY.format(special) if special is not None else None


def _whole_value(system: GradingSystem, text: str) -> GradeValue | None:
    # Spellings with a space ("не зач") must be matched before splitting.
    return system.find(" ".join(text.split()))


def parse_mark(system: GradingSystem, text: str) -> ParsedMarks:
    """Parse a current-mark cell: one or several marks separated by space, comma, slash or semicolon.

    Returns the codes in the order typed (empty for a blank cell); raises MarkError otherwise.
    """
    if not text.strip():
        return ()
    special = NOT_ASSESSED if _NOT_ASSESSED_INSIDE.search(text) else _special(text)
    if special is not None:
        raise MarkError(_PERIOD_ONLY.format(special))
    whole = _whole_value(system, text)
    if whole is not None:
        return (whole.code,)
    codes = []
    for token in _SEPARATORS.split(text.strip()):
        if not token:
            continue
        special = _special(token)
        if special is not None:
            raise MarkError(_PERIOD_ONLY.format(special))
        codes.append(system.value(token).code)
    return tuple(codes)


def parse_period_mark(system: GradingSystem, text: str) -> str | None:
    """Parse a period (quarter, year, exam, final) mark: one value of the system, «н/а» or «осв.».

    Returns the code, or None for a blank cell; raises MarkError otherwise.
    """
    if not text.strip():
        return None
    special = _special(text)
    if special is not None:
        return special
    whole = _whole_value(system, text)
    if whole is not None:
        return whole.code
    tokens = [t for t in _SEPARATORS.split(text.strip()) if t]
    if len(tokens) > 1:
        for token in tokens:  # name a wrong value first, if there is one
            system.value(token)
        raise MarkError(f"За период ставится одна отметка, а введено несколько: {', '.join(tokens)}")
    return system.value(tokens[0]).code

