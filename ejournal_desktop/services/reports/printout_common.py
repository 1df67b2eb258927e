"""What the printouts of the journal share (services.reports.printouts, .summary_printout): their errors,
the labels of periods and months, the school's and class's context for a title page, and the registry hook
that records a printout in the audit log when its file is built."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ...domain.names import short_name
from ...printing.verification import PageFingerprint, new_code
from ...storage.database import Database
from ...storage.models import AcademicYear, CourseKind, Period, School, SchoolClass, Staff
from ..access import audit, guard
from ..access.actor import Actor
from ..errors import ServiceError

PRINT_ACTION, PRINTOUT_ENTITY = "print", "printout"

Progress = Callable[[int, int], None]


class Cancelled(ServiceError):
    """The user cancelled a long build; nothing was written."""


class PrintoutNotFound(ServiceError):
    pass


# --- labels ------------------------------------------------------------------------------------------------

_ROMAN = ("I", "II", "III", "IV", "V", "VI")
_PERIOD_SHORT = {"quarter": "четв.", "trimester": "трим.", "half_year": "полуг."}


def _period_short(kind: str, number: int) -> str:
    return f"{number} {_PERIOD_SHORT.get(kind, 'пер.')}"


def _period_row(kind: str, number: int) -> str:
    return f"{_ROMAN[number - 1] if number <= len(_ROMAN) else number} {_PERIOD_SHORT.get(kind, 'пер.')}"


def _period_accusative(kind: str, number: int) -> str:
    """«2-ю четверть», «1-е полугодие», «3-й триместр» (after «за»)."""
    return {"quarter": f"{number}-ю четверть", "half_year": f"{number}-е полугодие",
            "trimester": f"{number}-й триместр"}.get(kind, f"{number}-й период")


def _short_of_full(full: str) -> str:
    parts = full.split()
    return short_name(parts[0], *(parts[1:3])) if parts else ""


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, following - dt.timedelta(days=1)



def _year_id(session, academic_year_id: int | None) -> int:
    if academic_year_id is not None:
        return academic_year_id
    year = session.scalar(select(func.max(AcademicYear.id)))
    if year is None:
        raise PrintoutNotFound("В журнале нет учебного года.")
    return year


@dataclass(frozen=True)
class _Context:
    school_name: str
    director: str
    academic_year: str
    class_label: str
    class_teacher: str
    class_id: int | None
    grade: int | None


def _context(session, class_id: int | None) -> _Context:
    school = session.scalar(select(School).limit(1))
    director = _short_of_full(school.director_name) if school and school.director_name else ""
    label = teacher = ""
    year_label = ""
    grade = None
    if class_id is not None:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise PrintoutNotFound("Такого класса нет.")
        label, grade = cls.label, cls.grade
        year = session.get(AcademicYear, cls.academic_year_id)
        year_label = year.label
        if cls.class_teacher_id is not None:
            staff = session.get(Staff, cls.class_teacher_id)
            teacher = " ".join(p for p in (staff.surname, staff.name, staff.patronymic) if p)
    return _Context(school.name if school else "", director, year_label, label, teacher, class_id, grade)


def _staff_names(session) -> dict[int, str]:
    return {r.id: short_name(r.surname, r.name, r.patronymic)
            for r in session.execute(select(Staff.id, Staff.surname, Staff.name, Staff.patronymic))}


def _as_of(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else dt.datetime.now(dt.timezone.utc)


def _recorder(db: Database, actor: Actor, code: str, what: dict, as_of: dt.datetime, path: Path):
    """The hook that records a printout in the registry once its file is built (before it is named)."""
    def record(prints: list[PageFingerprint]) -> None:
        with guard.unit(db, actor) as session:
            audit.record(session, actor.account_id, PRINT_ACTION, PRINTOUT_ENTITY, None,
                         new={"code": code, **what, "as_of": as_of.isoformat(), "file": Path(path).name,
                              "pages": [p.as_dict() for p in prints]},
                         at=as_of)
    return record


def _printout_code() -> str:
    return new_code(secrets.token_bytes(8))


def _class_periods(session, class_id: int) -> list[Period]:
    cls = session.get(SchoolClass, class_id)
    return list(session.scalars(select(Period).where(
        Period.academic_year_id == cls.academic_year_id, Period.grade_from <= cls.grade,
        Period.grade_to >= cls.grade).order_by(Period.start)))


_BOOK_KINDS = (CourseKind.lesson, CourseKind.elective, CourseKind.individual)
