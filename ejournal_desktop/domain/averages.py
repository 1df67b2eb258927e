"""Weighted average of current marks and the rule that suggests a period mark from it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .grading import PASS_FAIL, SPECIAL_PERIOD_CODES, GradingSystem

__all__ = ["DEFAULT_ROUNDING", "RoundingRule", "current_result", "suggest_period_mark", "weighted_average"]

# Averages are sums of floats: 4.4999999999 must still reach a 4.5 threshold.
_TOLERANCE = 1e-9


def weighted_average(marks: Iterable[tuple[str, float]], system: GradingSystem) -> float | None:
    """Σ(points·weight) / Σweight over ``(code, weight)`` pairs.

    Values without points (зач, н/а, осв.) and zero weights are left out; None when nothing counts.
    An unknown code raises MarkError; a negative weight raises ValueError.
    """
    total = weights = 0.0
    for code, weight in marks:
        if weight < 0:
            raise ValueError(f"Вес отметки не может быть отрицательным: {weight}")
        if code in SPECIAL_PERIOD_CODES:
            continue
        points = system.value(code).points
        if points is None or weight == 0:
            continue
        total += points * weight
        weights += weight
    return total / weights if weights else None


@dataclass(frozen=True)
class RoundingRule:
    """Lowest averages that earn a 5, a 4 and a 3 (five-point); anything below earns a 2.

    Schools set the threshold for a 5 at 4.5, 4.6, 4.65 or 4.7; the default is arithmetic rounding.
    """

    five: float = 4.5
    four: float = 3.5
    three: float = 2.5

    def __post_init__(self) -> None:
        if not 2 < self.three < self.four < self.five <= 5:
            raise ValueError("Пороги должны идти по возрастанию: 2 < «3» < «4» < «5» ≤ 5")

    @classmethod
    def from_thresholds(cls, thresholds: dict[int | str, float]) -> RoundingRule:
        """Build from a mapping like ``{5: 4.65, 4: 3.5, 3: 2.5}``; missing keys keep defaults."""
        by_mark = {int(k): float(v) for k, v in thresholds.items()}
        unknown = set(by_mark) - {3, 4, 5}
        if unknown:
            raise ValueError(f"Порог задаётся только для отметок 5, 4, 3, а не для {sorted(unknown)}")
        default = cls()
        return cls(by_mark.get(5, default.five), by_mark.get(4, default.four), by_mark.get(3, default.three))


DEFAULT_ROUNDING = RoundingRule()


def suggest_period_mark(average: float | None, rule: RoundingRule = DEFAULT_ROUNDING) -> str | None:
    """The five-point code ("5".."2") suggested for this weighted average; None for no average."""
    if average is None:
        return None
    for code, threshold in (("5", rule.five), ("4", rule.four), ("3", rule.three)):
        if average + _TOLERANCE >= threshold:
            return code
    return "2"


def current_result(marks: list[tuple[str, float]], system: GradingSystem,
                   rule: RoundingRule = DEFAULT_ROUNDING) -> str | None:
    """A pupil's result in a course so far, from the current marks ``(code, weight)`` in the order of
    the lessons: on the five-point scale the mark the grid suggests from the weighted average; for
    зачёт/незачёт the latest one (a retake replaces a failed credit); None for other scales or no mark."""
    if system.code == "five_point":
        return suggest_period_mark(weighted_average(marks, system), rule)
    if system.code == PASS_FAIL.code:
        credits = [code for code, _weight in marks if PASS_FAIL.find(code) is not None]
        return PASS_FAIL.find(credits[-1]).code if credits else None
    return None
