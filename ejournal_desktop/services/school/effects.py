"""What a change of the school's set-up does to marks already given (issue 15, item 5).

Moving a period's dates, changing a work type's weight for the marks already put, or changing the
points of a grading value all change weighted averages that teachers and parents have seen. The
set-up services first ask `averages(...)` before and after the change and report the difference as an
`Effect`; a change with an effect is carried out only when the caller confirms it (`NeedsConfirmation`
carries the effect and its Russian text), and the audit record keeps the effect.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.averages import weighted_average
from ...domain.grading import GradeValue as DomainGradeValue
from ...domain.grading import GradingSystem as DomainGradingSystem
from ...domain.grading import MarkError
from ...storage.models import (
    AcademicYear,
    Course,
    GradeValue,
    GradingSystem,
    Lesson,
    Mark,
    Period,
    SchoolClass,
    YearStatus,
)
from ..errors import ServiceError

__all__ = ["Effect", "MarkRow", "NeedsConfirmation", "averages", "changed_averages", "domain_system",
           "mark_rows"]


@dataclass(frozen=True)
class Effect:
    """What a change does to existing marks: how many marks it touches, how many weighted averages
    (pupil × course × period) change, how many period marks were already given on the old averages."""

    marks: int = 0
    averages: int = 0
    period_marks: int = 0

    def __bool__(self) -> bool:
        return bool(self.marks or self.averages or self.period_marks)

    def text(self) -> str:
        if not self:
            return "Выставленных отметок изменение не касается."
        parts = [f"затронуто отметок: {self.marks}", f"изменится средних баллов: {self.averages}"]
        if self.period_marks:
            parts.append(f"уже выставлено итоговых отметок за период: {self.period_marks}")
        text = "; ".join(parts)
        return text[0].upper() + text[1:] + "."

    def as_dict(self) -> dict:
        return {"marks": self.marks, "averages": self.averages, "period_marks": self.period_marks}


class NeedsConfirmation(ServiceError):
    """The change touches marks already given: shown to the user, done only when confirmed."""

    def __init__(self, what: str, effect: Effect):
        super().__init__(f"{what}: {effect.text()} Подтвердите изменение.")
        self.effect = effect


@dataclass(frozen=True)
class MarkRow:
    id: int
    course_id: int
    pupil_id: int
    date: dt.date
    value: str
    weight: float
    work_type_id: int
    grading_system_id: int
    academic_year_id: int
    grade: int | None


def mark_rows(session: Session, *where) -> list[MarkRow]:
    """Current marks of open years' courses, with what their averages depend on."""
    m, l, c, sc, y = (Mark.__table__, Lesson.__table__, Course.__table__, SchoolClass.__table__,
                      AcademicYear.__table__)
    query = (select(m.c.id, c.c.id, m.c.pupil_id, l.c.date, m.c.value, m.c.weight, m.c.work_type_id,
                    c.c.grading_system_id, c.c.academic_year_id, sc.c.grade)
             .select_from(m).join(l, l.c.id == m.c.lesson_id).join(c, c.c.id == l.c.course_id)
             .join(y, y.c.id == c.c.academic_year_id).outerjoin(sc, sc.c.id == c.c.school_class_id)
             .where(y.c.status == YearStatus.open.value, *where))
    return [MarkRow(*r) for r in session.connection().execute(query)]


def domain_system(session: Session, system_id: int,
                  change: Callable[[list[DomainGradeValue]], list[DomainGradeValue]] | None = None
                  ) -> DomainGradingSystem:
    """A stored grading system as the domain sees it (optionally with its values changed)."""
    gs = session.get(GradingSystem, system_id)
    rows = session.scalars(select(GradeValue).where(GradeValue.grading_system_id == system_id)
                           .order_by(GradeValue.sort_order, GradeValue.id)).all()
    values = [DomainGradeValue(v.code, v.label, v.points, bool(v.passing), bool(v.quality)) for v in rows]
    if change is not None:
        values = change(values)
    return DomainGradingSystem(gs.code, gs.name, tuple(values))


Bounds = dict[int, list[tuple[int, dt.date, dt.date, int, int]]]  # year → (period id, start, end, grades)


def period_bounds(session: Session, year_ids: Iterable[int]) -> Bounds:
    out: Bounds = defaultdict(list)
    for p in session.execute(select(Period.id, Period.academic_year_id, Period.start, Period.end,
                                    Period.grade_from, Period.grade_to)
                             .where(Period.academic_year_id.in_(list(year_ids)))):
        out[p.academic_year_id].append((p.id, p.start, p.end, p.grade_from, p.grade_to))
    return out


def averages(rows: Iterable[MarkRow], bounds: Bounds,
             systems: Callable[[int], DomainGradingSystem]) -> dict[tuple[int, int, int], float | None]:
    """Weighted average of each (course, pupil, period) that has marks."""
    pairs: dict[tuple[int, int, int], list[tuple[str, float]]] = defaultdict(list)
    system_of: dict[tuple[int, int, int], int] = {}
    for r in rows:
        for pid, start, end, g_from, g_to in bounds.get(r.academic_year_id, ()):
            if start <= r.date <= end and (r.grade is None or g_from <= r.grade <= g_to):
                key = (r.course_id, r.pupil_id, pid)
                pairs[key].append((r.value, r.weight))
                system_of[key] = r.grading_system_id
    out = {}
    for key, marks in pairs.items():
        try:
            out[key] = weighted_average(marks, systems(system_of[key]))
        except MarkError:  # a value the changed system no longer has: the average is gone
            out[key] = None
    return out


def changed_averages(before: dict, after: dict) -> int:
    """How many averages differ (appear, disappear or change by more than rounding noise)."""
    count = 0
    for key in before.keys() | after.keys():
        a, b = before.get(key), after.get(key)
        if (a is None) != (b is None) or (a is not None and abs(a - b) > 1e-9):
            count += 1
    return count
