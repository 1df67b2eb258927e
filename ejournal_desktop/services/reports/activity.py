"""Reports built from the journal's data (more come with the reports issue)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import Account, AuditEntry
from ..access import guard
from ..access.actor import Actor

# Printouts (the registry of printouts) and digital signatures leave the journal as it was.
NOT_CHANGES = {"login", "login_failed", "denied", "print", "sign"}


@dataclass(frozen=True)
class ActivityRow:
    day: dt.date
    login: str
    logins: int
    changes: int
    failed_logins: int


def activity(db: Database, actor: Actor, year: int, month: int,
             tz: dt.tzinfo | None = None) -> list[ActivityRow]:
    """The monthly user-activity report (regulation 5.1, job description 2.4): per user and per day,
    logins and changes, from the audit log. Days are local to the PC (or `tz`)."""
    first = dt.datetime(year, month, 1, tzinfo=tz).astimezone()
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.view_audit, detail="отчёт об активности пользователей")
        logins = dict(session.execute(select(Account.id, Account.login)).all())
        counts: Counter[tuple[dt.date, int, str]] = Counter()
        rows = session.execute(select(AuditEntry.account_id, AuditEntry.at, AuditEntry.action).where(
            AuditEntry.at >= first.astimezone(dt.timezone.utc),
            AuditEntry.at < following.astimezone(dt.timezone.utc),
            AuditEntry.account_id.is_not(None)))
        for account_id, at, action in rows:
            kind = action if action in ("login", "login_failed") else (
                "change" if action not in NOT_CHANGES else "other")
            counts[(at.astimezone(tz).date(), account_id, kind)] += 1
    keys = sorted({(day, account_id) for day, account_id, _ in counts}, key=lambda k: (k[0], logins[k[1]]))
    return [ActivityRow(day, logins[aid], counts[(day, aid, "login")], counts[(day, aid, "change")],
                        counts[(day, aid, "login_failed")]) for day, aid in keys]
