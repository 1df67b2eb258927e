"""What changed since a grid was loaded, for several PCs working on one journal at once.

Every write of the program appends to the audit log in its own transaction, so the audit log's
last id is a change counter that costs one index lookup, on the file and on a server alike:
`changes_since(db, token)` returns the new token and the kinds of records changed. On a server,
`Watcher` also LISTENs for the notification each committing write sends (storage.server.CHANNEL),
so that a poll that finds nothing new costs no query at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..storage import server
from ..storage.database import Database
from ..storage.models import AuditEntry

__all__ = ["ChangeSet", "Watcher", "changes_since", "current_token", "JOURNAL_ENTITIES"]

# Records a journal grid shows.
JOURNAL_ENTITIES = frozenset({"mark", "attendance", "lesson", "period_mark", "mark_correction", "course",
                              "enrollment"})


@dataclass(frozen=True)
class ChangeSet:
    token: int
    entities: frozenset[str] = frozenset()   # audit entities written since the previous token

    def touches(self, entities: frozenset[str] = JOURNAL_ENTITIES) -> bool:
        return bool(self.entities & entities)


def current_token(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one()


def changes_since(db: Database, token: int) -> ChangeSet:
    """The new token and what was written after `token` (by anyone, on any PC). Refusals are logged
    too; they change nothing and are not reported."""
    with db.engine.connect() as conn:
        rows = conn.execute(select(AuditEntry.entity, func.max(AuditEntry.id))
                            .where(AuditEntry.id > token, AuditEntry.action != "denied")
                            .group_by(AuditEntry.entity)).all()
        last = conn.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one()
    return ChangeSet(max(last, token), frozenset(r[0] for r in rows))


class Watcher:
    """Polled by a page (a QTimer every few seconds): `poll()` is None while nothing changed."""

    def __init__(self, db: Database):
        self.db = db
        self.token = current_token(db)
        self._listener = None
        if db.on_server:
            try:
                self._listener = server.Listener(db.location)
            except Exception:  # polling still works, only a little dearer
                self._listener = None

    def catch_up(self) -> None:
        """After the page re-read everything itself (its own edit): changes before now are seen."""
        self.token = current_token(self.db)

    def poll(self) -> ChangeSet | None:
        if self._listener is not None and not self._listener.pending():
            return None
        found = changes_since(self.db, self.token)
        if found.token == self.token:
            return None
        self.token = found.token
        return found if found.entities else None

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
