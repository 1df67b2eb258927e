"""The next year's copied set-up, confirmed: closing a year copies its period structure and the usual
holidays into the next year with default dates; the deputy checks them and confirms (per year), and
the checklist («Подготовка учебного года») asks until then."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import Account, AcademicYear, AuditEntry, Staff, YearStatus
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError

__all__ = ["PIECES", "Confirmation", "ConfirmationError", "confirm", "confirmations", "copied_from", "pending",
           "unconfirmed"]

PIECES = ("periods", "holidays")


@dataclass(frozen=True)
class Confirmation:
    """Who confirmed a piece of the year, and when (local time), as the audit log has it."""
    piece: str
    who: str
    at: dt.datetime

    def text(self) -> str:
        return f"{self.who}, {self.at.astimezone():%d.%m.%Y %H:%M}"


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


def confirmations(session, year: AcademicYear) -> dict[str, Confirmation]:
    """The confirmations of the year's pieces, read from the audit log (the one record of who and when:
    the year row keeps only the flag). The latest one per piece."""
    out: dict[str, Confirmation] = {}
    rows = session.execute(
        select(AuditEntry.at, AuditEntry.new, Account.login, Staff.surname, Staff.name, Staff.patronymic)
        .outerjoin(Account, Account.id == AuditEntry.account_id).outerjoin(Staff, Staff.id == Account.staff_id)
        .where(AuditEntry.action == "confirm", AuditEntry.entity == "academic_year",
               AuditEntry.entity_id == year.id).order_by(AuditEntry.id))
    for at, new, login, surname, name, patronymic in rows:
        who = _initials(surname, name, patronymic) if surname else (login or "—")
        for piece in PIECES:
            if json.loads(new or "{}").get(f"{piece}_confirmed"):
                out[piece] = Confirmation(piece, who, at)
    return out


def _initials(surname: str, name: str, patronymic: str) -> str:
    return " ".join([surname] + [f"{part[0]}." for part in (name, patronymic) if part])


@dataclass(frozen=True)
class Pending:
    """A copied year's state for its page: which pieces wait, and who confirmed the others."""
    year_id: int
    label: str
    waiting: list[str]
    done: dict[str, Confirmation]


def pending(db: Database, actor: Actor, year_id: int) -> Pending | None:
    """The year's confirmations when it was copied from a closed year, else None (nothing to confirm)."""
    with db.session() as session:
        year = session.get(AcademicYear, year_id)
        if year is None or copied_from(session, year) is None:
            return None
        return Pending(year.id, year.label, unconfirmed(session, year), confirmations(session, year))


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
