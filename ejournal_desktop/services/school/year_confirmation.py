"""The next year's copied set-up, confirmed: closing a year copies its period structure and the usual
holidays into the next year with default dates; the deputy checks them and confirms (per year), and
the checklist («Подготовка учебного года») asks until then."""

from __future__ import annotations

from sqlalchemy import select

from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import AcademicYear, YearStatus
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError

__all__ = ["PIECES", "ConfirmationError", "confirm", "copied_from", "unconfirmed"]

PIECES = ("periods", "holidays")


class ConfirmationError(ServiceError):
    pass


def copied_from(session, year: AcademicYear) -> AcademicYear | None:
    """The closed year this one was made from (the year before it, closed), or None for a first year."""
    return session.scalar(select(AcademicYear).where(AcademicYear.start_year == year.start_year - 1,
                                                     AcademicYear.status == YearStatus.closed))


def unconfirmed(session, year: AcademicYear) -> list[str]:
    """Which copied pieces («periods», «holidays») of the year still wait for confirmation."""
    if copied_from(session, year) is None:
        return []
    return [p for p in PIECES if not getattr(year, f"{p}_confirmed")]


def confirm(db: Database, actor: Actor, year_id: int, piece: str) -> None:
    """The school has checked the year's periods (piece «periods») or holidays («holidays»)."""
    if piece not in PIECES:
        raise ConfirmationError(f"Подтвердить можно периоды или каникулы, а не «{piece}».")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="подтверждение дат нового учебного года")
        year = session.get(AcademicYear, year_id)
        if year is None:
            raise ConfirmationError("Такого учебного года в журнале нет.")
        if year.status != YearStatus.open:
            raise ConfirmationError(f"Учебный год {year.label} закрыт: его даты уже не подтверждают.")
        column = f"{piece}_confirmed"
        if not getattr(year, column):
            setattr(year, column, True)
            audit.record(session, actor.account_id, "confirm", "academic_year", year.id,
                         old={column: False}, new={column: True})
