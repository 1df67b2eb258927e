"""A school with closed past years for the backup rows, when `demo --years` is not at hand: the
current year's courses, lessons, marks, attendance, period marks and audit entries copied into
`past` closed years before it (dates a year back each). A bench fixture only: the copied audit
entries do not continue the hash chain, so `db check` reports them; the backup does not look.

    PYTHONPATH=. python -m bench.history_copy SOURCE.db TARGET.db [PAST_YEARS]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ejournal_desktop.storage.database import _raw_connect

from .common import BENCH_KEY_HEX

# table -> {column: the table its id points to} (ids of a copied row and its references move up).
_COPIED = {
    "course": {},
    "lesson": {"course_id": "course"},
    "mark": {"lesson_id": "lesson"},
    "attendance": {"lesson_id": "lesson"},
    "period_mark": {"course_id": "course"},
    "thematic_plan_item": {"course_id": "course"},
    "audit_log": {},
}
_DATES = {"lesson": "date"}


def build(source: Path, target: Path, past: int = 4) -> Path:
    for companion in source.parent.glob(source.name + "*"):
        shutil.copy2(companion, target.with_name(companion.name.replace(source.name, target.name, 1)))
    conn = _raw_connect(target, bytes.fromhex(BENCH_KEY_HEX))
    conn.isolation_level = None
    conn.execute("BEGIN")
    (year_id, start_year), = conn.execute("SELECT id, start_year FROM academic_year").fetchall()
    offsets = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0] for t in _COPIED}
    # The current year's rows move above the copies, as a school's newest rows are (foreign keys off).
    for table, refs in _COPIED.items():
        sets = [f"id = id + {past * offsets[table]}"] + [f"{c} = {c} + {past * offsets[r]}" for c, r in refs.items()]
        conn.execute(f"UPDATE {table} SET {', '.join(sets)}")
    for entity in ("course", "lesson", "mark", "attendance", "period_mark"):
        conn.execute(f"UPDATE audit_log SET entity_id = entity_id + {past * offsets[entity]} "
                     f"WHERE entity = '{entity}' AND entity_id IS NOT NULL")
    for k in range(1, past + 1):
        conn.execute("INSERT INTO academic_year (id, start_year, status, closing_order_number, closed_on, "
                     "periods_confirmed, holidays_confirmed) VALUES (?, ?, 'closed', ?, ?, 1, 1)",
                     (year_id + 1000 + k, start_year - k, f"{k}-у", f"{start_year - k + 1}-06-20"))
        for table, refs in _COPIED.items():
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            exprs = []
            for c in cols:
                if c == "id":
                    exprs.append(f"id - {k * offsets[table]}")
                elif c in refs:
                    exprs.append(f"{c} - {k * offsets[refs[c]]}")
                elif table == "course" and c == "academic_year_id":
                    exprs.append(str(year_id + 1000 + k))
                elif c == _DATES.get(table):
                    exprs.append(f"date({c}, '-{k} years')" if c == "date" else f"datetime({c}, '-{k} years')")
                else:
                    exprs.append(c)
            where = f"WHERE id > {past * offsets[table]}"
            conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table} {where}")
    conn.execute("COMMIT")
    conn.close()
    return target


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 4)


def after_archive(path: Path) -> None:
    """Renumber the current year's lessons, marks, attendance and period marks above every id the
    history archive holds, as if written after it: a school's archive is taken at the closing, when
    the new year has no lessons yet (the weekly delta then reads them as one range of ids)."""
    conn = _raw_connect(path, bytes.fromhex(BENCH_KEY_HEX))
    conn.isolation_level = None
    conn.execute("BEGIN")
    top = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
           for t in ("lesson", "mark", "attendance", "period_mark")}
    current = "SELECT c.id FROM course c JOIN academic_year y ON y.id = c.academic_year_id WHERE y.status = 'open'"
    lessons = f"SELECT id FROM lesson WHERE course_id IN ({current})"
    conn.execute(f"CREATE TEMP TABLE moved_lesson AS {lessons}")
    for table, where in (("mark", "lesson_id IN (SELECT id FROM moved_lesson)"),
                         ("attendance", "lesson_id IN (SELECT id FROM moved_lesson)"),
                         ("period_mark", f"course_id IN ({current})")):
        conn.execute(f"CREATE TEMP TABLE moved_{table} AS SELECT id FROM {table} WHERE {where}")
        conn.execute(f"UPDATE audit_log SET entity_id = entity_id + {top[table]} WHERE entity = '{table}' "
                     f"AND entity_id IN (SELECT id FROM moved_{table})")
        conn.execute(f"UPDATE {table} SET id = id + {top[table]} WHERE id IN (SELECT id FROM moved_{table})")
    for table in ("mark", "attendance", "mark_correction"):
        conn.execute(f"UPDATE {table} SET lesson_id = lesson_id + {top['lesson']} "
                     f"WHERE lesson_id IN (SELECT id FROM moved_lesson)")
    conn.execute(f"UPDATE mark_correction SET mark_id = mark_id + {top['mark']} "
                 f"WHERE mark_id IN (SELECT id FROM moved_mark)")
    conn.execute(f"UPDATE audit_log SET entity_id = entity_id + {top['lesson']} WHERE entity = 'lesson' "
                 f"AND entity_id IN (SELECT id FROM moved_lesson)")
    conn.execute(f"UPDATE lesson SET id = id + {top['lesson']} WHERE id IN (SELECT id FROM moved_lesson)")
    conn.execute("COMMIT")
    conn.close()
