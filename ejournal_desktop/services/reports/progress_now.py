"""Progress «на дату» (as Дневник.ру shows it): the current period's results from the current marks up to
a day, before any period mark is set.

A pupil's result in a course is `domain.averages.current_result` of the marks of the period's lessons up to
the day: on the five-point scale the mark the journal grid suggests from the weighted average (the same
`weighted_average` and the school's rounding rule as the grid's «Ср. балл» and suggestion), for
зачёт/незачёт the latest credit. The progress report (results.progress_report) counts these results as it
counts period marks.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.averages import RoundingRule, current_result, weighted_average
from ...domain.grading import FIVE_POINT, MarkError
from ...storage.models import Lesson, Mark
from ..errors import ServiceError
from .scope import _SYSTEMS, _Period


@dataclass(frozen=True)
class CurrentResults:
    results: dict[tuple[int, int], str]        # (course, pupil) → «5».. «2», «зач», «незач»
    averages: dict[tuple[int, int], float]     # (course, pupil) → the weighted average (five-point)
    graded: set[int]                           # courses with at least one current mark up to the day
    unknown: set[str]                          # marks of other grading systems, left out


def period_as_of(periods: list[_Period], wanted: str | None, day: dt.date) -> _Period:
    """The period a report «на дату» covers when none is named: the one the day falls in (in the holidays
    the one just ended; before the year the first). The year is refused: its result is not a current mark."""
    if wanted == "year":
        raise ServiceError("Отчёт «на дату» строится по текущим отметкам учебного периода, а не года: "
                           "выберите период или уберите дату.")
    started = [p for p in periods if p.start <= day]
    return started[-1] if started else periods[0]


def read_current(conn, courses, chosen: dict[int, _Period], day: dt.date, rule: RoundingRule) -> CurrentResults:
    """The current results of the courses' pupils: marks of lessons from the start of each class's period
    (`chosen`: class → period) to `day` inclusive. One query for every class."""
    course_ids = [c.id for c in courses]
    if not course_ids:
        return CurrentResults({}, {}, set(), set())
    first = min(p.start for p in chosen.values())
    m = Mark.__table__
    rows = conn.execute(
        select(Lesson.course_id, Lesson.date, m.c.pupil_id, m.c.value, m.c.weight)
        .join(Lesson, Lesson.id == m.c.lesson_id)
        .where(Lesson.course_id.in_(course_ids), Lesson.date >= first, Lesson.date <= day)
        .order_by(Lesson.date, Lesson.number, m.c.id)).all()
    course_of = {c.id: c for c in courses}
    marks: dict[tuple[int, int], list[tuple[str, float]]] = defaultdict(list)
    for r in rows:
        period = chosen[course_of[r.course_id].school_class_id]
        if period.start <= r.date <= min(period.end, day):
            marks[(r.course_id, r.pupil_id)].append((r.value, r.weight))
    results: dict[tuple[int, int], str] = {}
    averages: dict[tuple[int, int], float] = {}
    unknown: set[str] = set()
    graded: set[int] = set()
    for key, pairs in marks.items():
        graded.add(key[0])
        system = _SYSTEMS.get(course_of[key[0]].system, FIVE_POINT)
        try:
            result = current_result(pairs, system, rule)
            average = weighted_average(pairs, system) if system.code == FIVE_POINT.code else None
        except MarkError:   # a value of another scale on this course: not counted, named in the notes
            unknown.update(code for code, _w in pairs if system.find(code) is None)
            continue
        if result is not None:
            results[key] = result
        if average is not None:
            averages[key] = average
    return CurrentResults(results, averages, graded, unknown)
