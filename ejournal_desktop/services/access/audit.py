"""The audit log: every change appends who, when, which record, old and new values.

Entries are chained: each hash covers the previous hash and the entry's fields, so a deleted or
edited entry breaks the chain (checked by `ejournal db check`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ...storage.models import AuditEntry, utcnow
from ...storage.server import AUDIT_LOCK, CHANNEL

GENESIS = "0" * 64


def to_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def entry_hash(prev_hash: str, at: dt.datetime, account_id: int | None, action: str, entity: str,
               entity_id: int | None, old: str | None, new: str | None) -> str:
    at_utc = at.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")
    payload = json.dumps([prev_hash, at_utc, account_id, action, entity, entity_id, old, new],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def last_hash(session: Session) -> str:
    """The hash the next entry chains to. On a server, several PCs write at once: the caller's
    transaction first takes the audit lock (held until it commits), so that no two entries chain to
    the same predecessor; other work of those transactions runs in parallel. (SQLite has a single
    writer anyway.)"""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK})
        # Every write appends here: other PCs' grids hear of it when (and only if) it commits.
        session.execute(text("SELECT pg_notify(:c, '')"), {"c": CHANNEL})
    h = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    return h or GENESIS


def record(session: Session, account_id: int | None, action: str, entity: str, entity_id: int | None,
           old: Any = None, new: Any = None, at: dt.datetime | None = None) -> AuditEntry:
    """Append one entry in the caller's transaction."""
    at = at or utcnow()
    old_s, new_s = to_json(old), to_json(new)
    prev = last_hash(session)
    entry = AuditEntry(at=at, account_id=account_id, action=action, entity=entity, entity_id=entity_id,
                       old=old_s, new=new_s, prev_hash=prev,
                       hash=entry_hash(prev, at, account_id, action, entity, entity_id, old_s, new_s))
    session.add(entry)
    session.flush()
    return entry


def chain_problems(session: Session) -> list[str]:
    """Entries whose hash or link does not match: a sign of editing behind the program's back."""
    problems = []
    prev = GENESIS
    rows = session.execute(select(AuditEntry.id, AuditEntry.at, AuditEntry.account_id, AuditEntry.action,
                                  AuditEntry.entity, AuditEntry.entity_id, AuditEntry.old, AuditEntry.new,
                                  AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id))
    for r in rows:
        if r.prev_hash != prev:
            problems.append(f"Журнал действий: запись {r.id} не продолжает предыдущую (удалена запись перед ней?)")
        expected = entry_hash(r.prev_hash, r.at, r.account_id, r.action, r.entity, r.entity_id, r.old, r.new)
        if expected != r.hash:
            problems.append(f"Журнал действий: запись {r.id} изменена после записи")
        prev = r.hash
    return problems


def mark_problems(session: Session) -> list[str]:
    """Marks whose current value is not the one their audit history ends with: a change made behind
    the program's back (with the key, in another tool). The last entry of a mark carries its value,
    or none when the mark was removed."""
    from ...storage.models import Mark
    last_ids = (select(func.max(AuditEntry.id)).where(AuditEntry.entity == "mark")
                .group_by(AuditEntry.entity_id).scalar_subquery())
    recorded: dict[int, str | None] = {}
    for entity_id, new in session.execute(select(AuditEntry.entity_id, AuditEntry.new)
                                          .where(AuditEntry.id.in_(last_ids))):
        recorded[entity_id] = (json.loads(new) or {}).get("value") if new else None
    problems = []
    current = dict(session.execute(select(Mark.id, Mark.value)).all())
    for mark_id, value in current.items():
        if mark_id not in recorded:
            problems.append(f"Отметка {mark_id} («{value}») есть в базе, но не записана в журнале действий")
        elif recorded[mark_id] != value:
            problems.append(f"Отметка {mark_id}: в базе «{value}», а по журналу действий "
                            f"«{recorded[mark_id] or 'удалена'}» — изменена в обход программы")
    for mark_id, value in recorded.items():
        if value is not None and mark_id not in current:
            problems.append(f"Отметка {mark_id} («{value}») удалена из базы в обход программы")
    return problems
