"""A weekly backup that holds the current year only: the rows outside a history archive (issue 19).

Closed years never change, so their rows are copied once, into a *history archive* (a full backup
taken after a year was closed). The archive's facts say which rows are history: the closed years' ids
and, per big table, the largest id then (its watermark). A row is history when its id is at most the
watermark and it belongs to a closed year (by its course, or its lesson's course); in the audit log
(append-only) every row up to the watermark is history. Every other row of every table goes into the
weekly *delta*: an encrypted SQLite file of the same tables without indexes, written in one read
transaction of the live file, so it is as consistent as VACUUM INTO.

`merge` turns the archive's database into the school of the day of the delta: the archive's
non-history rows are deleted (children first, so that the rows a predicate looks at are still there)
and the delta's rows inserted, foreign keys off; the foreign-key and integrity checks follow.

`changed` guards the premise at the cost of the week's audit entries: another closed year, or an
audit entry after the archive's watermark naming a history row (the program changed or deleted it),
makes the archive stale, and the caller takes a new one. A change behind the program's back leaves no
audit entry; `db check` finds it (marks against their audit history, foreign keys), and a restore
gives back the closed year as the archive holds it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from .database import APPLICATION_ID, _raw_connect

# Big tables whose closed-year rows stay in the archive: table -> (parent table, column) or None for a
# table whose year is its own column (course) or that is append-only (audit_log). Children first.
HISTORY_TABLES: dict[str, tuple[str, str] | None] = {
    "mark": ("lesson", "lesson_id"),
    "attendance": ("lesson", "lesson_id"),
    "period_mark": ("course", "course_id"),
    "thematic_plan_item": ("course", "course_id"),
    "lesson": ("course", "course_id"),
    "course": None,
    "audit_log": None,
}
# Audit entries naming a row of these tables are changes the program made to that row.
_AUDITED = ("mark", "attendance", "period_mark", "lesson", "course")


@dataclass(frozen=True)
class Facts:
    """What the history archive holds: the closed years and each big table's watermark and count."""

    years: tuple[int, ...]
    watermarks: dict[str, int]
    counts: dict[str, int]  # history rows per table
    # The smallest id of a row that was not history when the archive was taken: every row below it is
    # history (and history never changes), so the delta reads ids from here on, as one range.
    lows: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"years": list(self.years), "watermarks": dict(self.watermarks), "counts": dict(self.counts),
                "lows": dict(self.lows)}

    @classmethod
    def from_dict(cls, d: dict) -> Facts:
        return cls(tuple(int(y) for y in d["years"]), {str(k): int(v) for k, v in d["watermarks"].items()},
                   {str(k): int(v) for k, v in d["counts"].items()},
                   {str(k): int(v) for k, v in d.get("lows", {}).items()})


def closed_years(conn) -> tuple[int, ...]:
    return tuple(r[0] for r in conn.execute(
        "SELECT id FROM academic_year WHERE status = 'closed' ORDER BY id"))


def _fresh_ids(table: str, facts: Facts, schema: str = "main") -> str:
    """SQL selecting the ids of `table`'s rows that are NOT history (each part uses an index)."""
    w = int(facts.watermarks.get(table, 0))
    spec = HISTORY_TABLES[table]
    if table == "audit_log":
        return f"SELECT id FROM {schema}.audit_log WHERE id > {w}"
    if spec is None:  # course: a small table, its year in a column
        years = ",".join(str(int(y)) for y in facts.years) or "NULL"
        return (f"SELECT id FROM {schema}.course WHERE id > {w} OR academic_year_id NOT IN ({years}) "
                f"OR academic_year_id IS NULL")
    return _fresh_child(table, "id", facts, schema)


def _fresh_child(table: str, what: str, facts: Facts, schema: str) -> str:
    # Rows above the watermark, and rows in [low, watermark] of a parent that is not history: a scan
    # of that id range (`+column`: not through the column's index, which would visit them one by one).
    parent, column = HISTORY_TABLES[table]
    w, low = int(facts.watermarks.get(table, 0)), int(facts.lows.get(table, 0))
    return (f"SELECT {what} FROM {schema}.{table} WHERE id > {w} UNION ALL "
            f"SELECT {what} FROM {schema}.{table} WHERE id >= {low} AND id <= {w} "
            f"AND +{column} IN ({_fresh_ids(parent, facts, schema)})")


def _fresh_rows(table: str, facts: Facts) -> str:
    if table in ("audit_log", "course"):
        return f"SELECT * FROM main.{table} WHERE id IN ({_fresh_ids(table, facts)})"
    return _fresh_child(table, "*", facts, "main")


def _tables(conn, schema: str = "main") -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def facts_of(conn) -> Facts:
    """The facts of a history archive, read from its snapshot (a raw connection)."""
    years = closed_years(conn)
    marks = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0] for t in HISTORY_TABLES}
    probe = Facts(years, marks, {})  # no lows yet: every id examined
    counts, lows = {}, {}
    for t in HISTORY_TABLES:
        fresh, low = conn.execute(f"SELECT count(*), min(id) FROM ({_fresh_ids(t, probe)})").fetchone()
        counts[t] = conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] - fresh
        lows[t] = marks[t] + 1 if low is None else low
    return Facts(years, marks, counts, lows)


def changed(conn, facts: Facts) -> str | None:
    """Why the live school's closed years no longer match the archive (a Russian phrase), or None."""
    if closed_years(conn) != facts.years:
        return "закрыт ещё один учебный год"
    audit_mark = int(facts.watermarks.get("audit_log", 0))
    for entity in _AUDITED:
        w = int(facts.watermarks.get(entity, 0))
        touched = [r[0] for r in conn.execute(
            "SELECT DISTINCT entity_id FROM audit_log WHERE id > ? AND +entity = ? AND +entity_id <= ?",
            (audit_mark, entity, w))]
        if not touched:  # the usual case: the week's entries name the current year's rows only
            continue
        fresh = {r[0] for r in conn.execute(
            f"SELECT id FROM ({_fresh_ids(entity, facts)}) WHERE id IN ({','.join(map(str, touched))})")}
        hit = sorted(set(touched) - fresh)  # changed or deleted; a row of the current year deleted
        if hit:                             # that the archive already held counts too (a new archive)
            return f"программа изменила строку {hit[0]} таблицы {entity} закрытого года"
    return None


def write_delta(live: Path, key: bytes, target: Path, facts: Facts) -> dict[str, int]:
    """Write the rows of the live file outside the archive to `target` (encrypted with `key`) in one
    read transaction; the whole school's counts of pupils, lessons and marks, read in the same one.
    Raises StaleArchive (nothing written) when `changed` finds the closed years changed."""
    if target.exists():
        target.unlink()
    conn = _raw_connect(live, key)
    conn.isolation_level = None
    try:
        conn.execute("ATTACH DATABASE ? AS delta KEY ?", (str(target), f"x'{key.hex()}'"))
        conn.execute(f"PRAGMA delta.application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA delta.journal_mode = OFF")
        conn.execute("PRAGMA delta.synchronous = OFF")
        conn.execute("BEGIN")
        try:
            reason = changed(conn, facts)  # in the delta's own read transaction
            if reason is not None:
                raise StaleArchive(reason)
            for table in _tables(conn):
                source = _fresh_rows(table, facts) if table in HISTORY_TABLES else f'SELECT * FROM main."{table}"'
                conn.execute(f'CREATE TABLE delta."{table}" AS {source}')
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
                conn.execute("CREATE TABLE delta.ejb_sequence AS SELECT * FROM main.sqlite_sequence")
            # The whole school's counts as a restore will find them: the archive's plus the delta's
            # (counting the live tables would read every closed year's index pages).
            counts = {name: conn.execute(f"SELECT count(*) FROM delta.{table}").fetchone()[0]
                      + facts.counts.get(table, 0)
                      for name, table in (("pupils", "pupil"), ("lessons", "lesson"), ("marks", "mark"))}
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("DETACH DATABASE delta")
    finally:
        conn.close()
    return counts


class StaleArchive(Exception):
    """The closed years are no longer as the archive holds them (the message says how)."""


class MergeError(Exception):
    """The archive and the delta do not make one sound school (the message says why)."""


def merge(archive_db: Path, archive_key: bytes, delta_db: Path, delta_key: bytes, facts: Facts) -> None:
    """Make the archive's extracted database (a private copy) the school of the delta, in place."""
    conn = _raw_connect(archive_db, archive_key)
    conn.isolation_level = None
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS delta KEY ?", (str(delta_db), f"x'{delta_key.hex()}'"))
        tables = _tables(conn)
        if set(_tables(conn, "delta")) - {"ejb_sequence"} != set(tables):
            raise MergeError("таблицы копии прошлых лет и еженедельной копии различаются")
        conn.execute("BEGIN")
        try:
            for table in HISTORY_TABLES:  # children first: a predicate still sees its parent's rows
                conn.execute(f"DELETE FROM main.{table} WHERE id IN ({_fresh_ids(table, facts)})")
            for table in tables:
                if table not in HISTORY_TABLES:
                    conn.execute(f'DELETE FROM main."{table}"')
            for table in tables:
                conn.execute(f'INSERT INTO main."{table}" SELECT * FROM delta."{table}"')
            if conn.execute("SELECT 1 FROM delta.sqlite_master WHERE name = 'ejb_sequence'").fetchone():
                conn.execute("DELETE FROM main.sqlite_sequence")
                conn.execute("INSERT INTO main.sqlite_sequence SELECT * FROM delta.ejb_sequence")
            conn.execute("COMMIT")
        except sqlcipher3.DatabaseError as exc:
            conn.execute("ROLLBACK")
            raise MergeError(str(exc)) from None
        conn.execute("DETACH DATABASE delta")
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            raise MergeError("нарушены ссылки: " + "; ".join(f"{r[0]} строка {r[1]} → {r[2]}" for r in broken))
        if archive_key != delta_key:  # the key was changed after the archive: the delta's is the current one
            conn.execute(f"PRAGMA rekey = \"x'{delta_key.hex()}'\"")
    finally:
        conn.close()
