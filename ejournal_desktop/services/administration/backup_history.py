"""The history of backups (issue 18): every attempt recorded by make_backup, newest first, with the
reason the administrator gave when a backup went to one medium. Shown by `ejournal backup history`
and on Администрирование → Резервное копирование."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from ...domain.rights import Action
from ...storage.models import BackupRecord
from ..access.actor import Actor
from ..access.files import Database
from ..access.guard import require, unit
from .backup_file import KINDS

__all__ = ["HistoryRow", "history"]


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    kind: str
    target: str  # the file written, or the folder that failed
    verified: bool
    size: int
    one_medium_reason: str | None
    error: str | None  # why it failed

    def as_dict(self) -> dict:
        return {"at": self.at.isoformat(), "kind": self.kind, "target": self.target, "verified": self.verified,
                "size": self.size, "one_medium_reason": self.one_medium_reason, "error": self.error}

    def line(self) -> str:
        """One line of the CLI's listing."""
        text = (f"{self.at.astimezone():%d.%m.%Y %H:%M}  {KINDS.get(self.kind, self.kind)}  "
                f"{'✓' if self.verified else '✗'} {self.target}")
        if self.one_medium_reason:
            text += f"  — один носитель: {self.one_medium_reason}"
        if self.error:
            text += f"  — {self.error}"
        return text


def _error(record: BackupRecord) -> str | None:
    if record.verified:
        return None
    try:
        return json.loads(record.manifest or "{}").get("error") or "копия не сделана"
    except ValueError:
        return "копия не сделана"


def history(db: Database, actor: Actor, *, limit: int = 100) -> list[HistoryRow]:
    """The newest `limit` backup records (administrators only)."""
    with unit(db, actor) as session:
        require(actor, Action.backup_restore, detail="журнал резервных копий")
        records = session.scalars(select(BackupRecord).order_by(BackupRecord.at.desc(), BackupRecord.id.desc())
                                  .limit(limit)).all()
        return [HistoryRow(r.at, r.kind, r.target, bool(r.verified), r.size or 0, r.one_medium_reason, _error(r))
                for r in records]
