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


STREAM_ROWS = 5000  # rows fetched at a time: the checks keep O(1) state whatever the history


def chain_problems(session: Session) -> list[str]:
    """Entries whose hash or link does not match: a sign of editing behind the program's back.
    Streams the log in id order (memory flat in the size of history)."""
    problems = []
    prev = GENESIS
    rows = session.execute(select(AuditEntry.id, AuditEntry.at, AuditEntry.account_id, AuditEntry.action,
                                  AuditEntry.entity, AuditEntry.entity_id, AuditEntry.old, AuditEntry.new,
                                  AuditEntry.prev_hash, AuditEntry.hash).order_by(AuditEntry.id)
                           .execution_options(yield_per=STREAM_ROWS))
    for r in rows:
        if r.prev_hash != prev:
            problems.append(f"Журнал действий: запись {r.id} не продолжает предыдущую (удалена запись перед ней?)")
        expected = entry_hash(r.prev_hash, r.at, r.account_id, r.action, r.entity, r.entity_id, r.old, r.new)
        if expected != r.hash:
            problems.append(f"Журнал действий: запись {r.id} изменена после записи")
        prev = r.hash
    return problems


def _recorded_value(new: str | None) -> str | None:
    return (json.loads(new) or {}).get("value") if new else None


def mark_problems(session: Session) -> list[str]:
    """Marks whose current value is not the one their audit history ends with: a change made behind
    the program's back (with the key, in another tool). The last entry of a mark carries its value,
    or none when the mark was removed.

    Streams: the marks (by id) and the last audit entry of each mark (by mark id) are read in the
    same order and merged, so memory does not grow with the history."""
    from ...storage.models import Mark
    last_ids = (select(func.max(AuditEntry.id)).where(AuditEntry.entity == "mark")
                .group_by(AuditEntry.entity_id).scalar_subquery())
    recorded_rows = iter(session.execute(
        select(AuditEntry.entity_id, AuditEntry.new).where(AuditEntry.id.in_(last_ids))
        .order_by(AuditEntry.entity_id).execution_options(yield_per=STREAM_ROWS)))
    current_rows = iter(session.execute(
        select(Mark.id, Mark.value).order_by(Mark.id).execution_options(yield_per=STREAM_ROWS)))
    problems = []
    rec = next(recorded_rows, None)
    cur = next(current_rows, None)
    while rec is not None or cur is not None:
        if rec is not None and (cur is None or rec.entity_id < cur.id):
            value = _recorded_value(rec.new)
            if value is not None:
                problems.append(f"Отметка {rec.entity_id} («{value}») удалена из базы в обход программы")
            rec = next(recorded_rows, None)
        elif cur is not None and (rec is None or cur.id < rec.entity_id):
            problems.append(f"Отметка {cur.id} («{cur.value}») есть в базе, но не записана в журнале действий")
            cur = next(current_rows, None)
        else:
            value = _recorded_value(rec.new)
            if value != cur.value:
                problems.append(f"Отметка {cur.id}: в базе «{cur.value}», а по журналу действий "
                                f"«{value or 'удалена'}» — изменена в обход программы")
            rec = next(recorded_rows, None)
            cur = next(current_rows, None)
    return problems
