"""The audit log: every change appends who, when, which record, old and new values.

Entries are chained: each hash covers the previous hash and the entry's fields, so a deleted or
edited entry breaks the chain (checked by `ejournal db check`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ...storage.models import AuditEntry, utcnow
from ...storage.server import AUDIT_LOCK, CHANNEL

GENESIS = "0" * 64


# Encoders built once: json.dumps with options builds a new encoder per call, a third of the time
# of hashing the log in `db check`. Their output is json.dumps's with the same options.
_VALUE_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str).encode
_PAYLOAD_JSON = json.JSONEncoder(ensure_ascii=False).encode


def to_json(value: Any) -> str | None:
    return None if value is None else _VALUE_JSON(value)


def utc_text(at: dt.datetime | str) -> str:
    """The entry's time as the hash covers it: naive UTC in ISO form with microseconds. Takes an aware
    datetime, a naive one (as stored: UTC) or SQLite's stored text («2026-05-12 10:11:12.123456»)."""
    if isinstance(at, str):
        if len(at) == 26 and at[10] == " ":  # SQLAlchemy's SQLite DATETIME text: the fast path
            return f"{at[:10]}T{at[11:]}"
        at = dt.datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


_quote = json.encoder.encode_basestring  # a string as json.dumps(..., ensure_ascii=False) writes it


def _json_item(value) -> str:
    """One item of the hashed list exactly as json.dumps writes it (str, int, None inline: the common
    fields of millions of entries; anything else through the encoder)."""
    if value is None:
        return "null"
    kind = type(value)
    if kind is str:
        return _quote(value)
    if kind is int:
        return int.__repr__(value)
    return _PAYLOAD_JSON(value)


def chained_hash(prev_hash: str, at_utc: str, account_id: int | None, action: str, entity: str,
                 entity_id: int | None, old: str | None, new: str | None) -> str:
    """SHA-256 of json.dumps([prev_hash, at_utc, account_id, action, entity, entity_id, old, new],
    ensure_ascii=False), written item by item (a third faster than the encoder over a whole log)."""
    payload = "[" + ", ".join(map(_json_item, (prev_hash, at_utc, account_id, action, entity, entity_id,
                                              old, new))) + "]"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def entry_hash(prev_hash: str, at: dt.datetime, account_id: int | None, action: str, entity: str,
               entity_id: int | None, old: str | None, new: str | None) -> str:
    return chained_hash(prev_hash, utc_text(at), account_id, action, entity, entity_id, old, new)


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
    # The driver's own rows: no ORM objects or type conversion per entry (the stored time is hashed
    # as its text), which was most of the check's time on a log of millions of entries.
    rows = _stream(session, "SELECT id, at, account_id, action, entity, entity_id, old, new, prev_hash, hash "
                            "FROM audit_log ORDER BY id")
    for entry_id, at, account_id, action, entity, entity_id, old, new, prev_hash, stored in rows:
        if prev_hash != prev:
            problems.append(f"Журнал действий: запись {entry_id} не продолжает предыдущую (удалена запись перед ней?)")
        if chained_hash(prev_hash, utc_text(at), account_id, action, entity, entity_id, old, new) != stored:
            problems.append(f"Журнал действий: запись {entry_id} изменена после записи")
        prev = stored
    return problems


def _stream(session: Session, sql: str):
    """Plain rows of a query, a few thousand at a time (a server-side cursor on PostgreSQL)."""
    return session.connection().exec_driver_sql(sql, execution_options={"yield_per": STREAM_ROWS})


def mark_problems(session: Session) -> list[str]:
    """Marks whose current value is not the one their audit history ends with: a change made behind
    the program's back (with the key, in another tool). The last entry of a mark carries its value,
    or none when the mark was removed.

    The database compares (two joins of the marks with the last entry of each): only the problems
    come back to Python, and nothing here grows with the history."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    value = "json_extract(a.new, '$.value')" if sqlite else "(a.new::json ->> 'value')"
    differs = "IS NOT" if sqlite else "IS DISTINCT FROM"
    last = ("(SELECT entity_id, max(id) AS last FROM audit_log WHERE entity = 'mark' "
            "GROUP BY entity_id) AS g")
    problems = []
    for mark_id, current, recorded, known in session.execute(text(
            f"SELECT m.id, m.value, {value}, a.id FROM mark AS m "
            f"LEFT JOIN {last} ON g.entity_id = m.id LEFT JOIN audit_log AS a ON a.id = g.last "
            f"WHERE a.id IS NULL OR {value} {differs} m.value ORDER BY m.id")):
        if known is None:
            problems.append(f"Отметка {mark_id} («{current}») есть в базе, но не записана в журнале действий")
        else:
            problems.append(f"Отметка {mark_id}: в базе «{current}», а по журналу действий "
                            f"«{recorded or 'удалена'}» — изменена в обход программы")
    for mark_id, recorded in session.execute(text(
            f"SELECT g.entity_id, {value} FROM {last} JOIN audit_log AS a ON a.id = g.last "
            f"WHERE {value} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mark WHERE mark.id = g.entity_id) "
            "ORDER BY g.entity_id")):
        problems.append(f"Отметка {mark_id} («{recorded}») удалена из базы в обход программы")
    return problems
