"""School metrics: успеваемость, качество знаний, СОУ, накопляемость отметок.

Each function takes one ``PupilResult`` per pupil. Exempt (осв.) and departed pupils are not counted
in N; every function returns None, not 0, when N is 0. Rates are percentages in [0, 100].
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from .grading import EXEMPT, FIVE_POINT, NOT_ASSESSED, PASS_FAIL, GradeValue, GradingSystem

__all__ = [
    "DEFAULT_LOW_COEFFICIENT", "LEARNING_DEGREE_COEFFICIENTS", "MarkAccumulation", "PupilResult",
    "credited", "is_credit", "learning_degree", "mark_accumulation", "pass_rate", "quality_rate",
]

LEARNING_DEGREE_COEFFICIENTS = {"5": 100, "4": 64, "3": 36, "2": 16}
DEFAULT_LOW_COEFFICIENT = 7  # for "1" and «н/а»; some regions use 8


@dataclass(frozen=True)
class PupilResult:
    """One pupil's mark codes: period marks across subjects (or in one subject) for pass/quality/СОУ,
    current marks of the period so far for accumulation. «осв.» marks are neutral."""

    marks: tuple[str, ...] = ()
    exempt: bool = False
    departed: bool = False


def _counted(results: Iterable[PupilResult]) -> list[tuple[str, ...]]:
    """Marks of the pupils counted in N, without «осв.»; a pupil exempt in every subject is not counted."""
    counted = []
    for result in results:
        if result.exempt or result.departed:
            continue
        marks = tuple(m for m in result.marks if m != EXEMPT)
        if result.marks and not marks:
            continue
        counted.append(marks)
    return counted


def _values(marks: tuple[str, ...], system: GradingSystem) -> list[GradeValue | None]:
    """Each mark's value in ``system`` (falling back to зачёт/незачёт); None for «н/а».

    An unknown code raises MarkError."""
    values: list[GradeValue | None] = []
    for code in marks:
        if code == NOT_ASSESSED:
            values.append(None)
        else:
            values.append(system.find(code) or PASS_FAIL.find(code) or system.value(code))
    return values


@functools.lru_cache(maxsize=4096)   # called for every mark of a whole school's report
def is_credit(code: str) -> bool:
    """A зачёт/незачёт mark: reported as «зачтено N из M», never in the quality rate."""
    return PASS_FAIL.find(code) is not None


def credited(marks: Iterable[str | None]) -> tuple[int, int]:
    """(passed, counted) of pass/fail results, one per pupil: «зачтено N из M». «осв.» is not counted;
    no mark yet or «н/а» is counted and not passed."""
    passed = counted = 0
    for code in marks:
        if code == EXEMPT:
            continue
        counted += 1
        value = PASS_FAIL.find(code) if code else None
        passed += bool(value is not None and value.passing)
    return passed, counted


def _share(results: Iterable[PupilResult], system: GradingSystem, quality: bool) -> float | None:
    counted = _counted(results)
    if quality:
        # Pass/fail subjects never count in the quality rate (neither make nor break it); a pupil with
        # nothing but pass/fail results is not in its N.
        counted = [kept for marks in counted
                   if (kept := tuple(m for m in marks if not is_credit(m))) or not marks]
    if not counted:
        return None
    good = 0
    for marks in counted:
        values = _values(marks, system)
        # A pupil with no result yet is not assessed: neither passing nor of quality.
        if values and all(v is not None and (v.quality if quality else v.passing) for v in values):
            good += 1
    return 100.0 * good / len(counted)


def pass_rate(results: Iterable[PupilResult], system: GradingSystem = FIVE_POINT) -> float | None:
    """Успеваемость: % of counted pupils with marks, none of them failing and none «н/а»."""
    return _share(results, system, quality=False)


def quality_rate(results: Iterable[PupilResult], system: GradingSystem = FIVE_POINT) -> float | None:
    """Качество знаний: % of counted pupils whose marks are all quality ones (4, 5); зачёт/незачёт
    marks are left out (`is_credit`)."""
    return _share(results, system, quality=True)


def learning_degree(results: Iterable[PupilResult],
                    low_coefficient: int = DEFAULT_LOW_COEFFICIENT) -> float | None:
    """СОУ in percent: Σ(coefficient·count) / N over the five-point marks and «н/а» of counted pupils
    (5:100, 4:64, 3:36, 2:16, 1 and н/а: ``low_coefficient``). With one mark per pupil N is the
    number of pupils. зачёт/незачёт marks do not enter."""
    total = n = 0
    for marks in _counted(results):
        for code in marks:
            if code in LEARNING_DEGREE_COEFFICIENTS:
                total += LEARNING_DEGREE_COEFFICIENTS[code]
            elif code in ("1", NOT_ASSESSED):
                total += low_coefficient
            else:
                continue
            n += 1
    return total / n if n else None


@dataclass(frozen=True)
class MarkAccumulation:
    """Накопляемость: how many counted pupils have no mark / exactly one mark so far."""

    counted: int
    no_marks: int
    one_mark: int

    @property
    def no_marks_percent(self) -> float:
        return 100.0 * self.no_marks / self.counted

    @property
    def one_mark_percent(self) -> float:
        return 100.0 * self.one_mark / self.counted


def mark_accumulation(results: Iterable[PupilResult]) -> MarkAccumulation | None:
    """Accumulation of current marks in a period so far (``PupilResult.marks`` = current marks)."""
    counts = [len(marks) for marks in _counted(results)]
    if not counts:
        return None
    return MarkAccumulation(len(counts), counts.count(0), counts.count(1))
