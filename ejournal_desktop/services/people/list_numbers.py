"""The class list number (№ по журналу), fixed for the class's year as in a paper journal.

The one rule: a stay (`Enrollment`) gets its number when it is written. A pupil who was in the class
before (left and came back) keeps the earlier number; anyone else gets the next number after the
class's last, so an arrival goes to the end of the list and nobody is renumbered. Stays written
together (a list imported at the start of the year, the classes filled by year closing) are numbered
by arrival date, then in Russian alphabetical order. A departed pupil keeps the number: it is not
given to anyone else.

Every list and printout reads the numbers through `numbers_of`; none counts its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, func, select, update

from ...domain.names import person_sort_key
from ...storage.models import Enrollment, Pupil

__all__ = ["next_number", "number_new_stays", "numbers_of"]

_e = Enrollment.__table__
_p = Pupil.__table__

_NUMBERS = (select(_e.c.school_class_id, _e.c.pupil_id, func.max(_e.c.list_number))
            .where(_e.c.school_class_id.in_(bindparam("classes", expanding=True)), _e.c.list_number.is_not(None))
            .group_by(_e.c.school_class_id, _e.c.pupil_id))


def numbers_of(conn: Connection, class_ids: Iterable[int]) -> dict[int, dict[int, int]]:
    """{class id: {pupil id: № по журналу}} of every pupil who was ever in these classes."""
    ids = sorted(set(class_ids))
    out: dict[int, dict[int, int]] = {c: {} for c in ids}
    if ids:
        for class_id, pupil_id, number in conn.execute(_NUMBERS, {"classes": ids}):
            out[class_id][pupil_id] = number
    return out


def next_number(conn: Connection, class_id: int, pupil_id: int) -> int:
    """The number a new stay of the pupil in the class gets (the pupil's own if already there once)."""
    mine = numbers_of(conn, [class_id])[class_id]
    if pupil_id in mine:
        return mine[pupil_id]
    return max(mine.values(), default=0) + 1


def number_new_stays(conn: Connection, class_ids: Iterable[int] | None = None) -> int:
    """Give every stay of these classes (None: of all) that has no number yet its number, by the rule
    above; returns how many were numbered. For writers of many stays at once."""
    where = [_e.c.list_number.is_(None)]
    if class_ids is not None:
        ids = sorted(set(class_ids))
        if not ids:
            return 0
        where.append(_e.c.school_class_id.in_(ids))
    new = conn.execute(select(_e.c.id, _e.c.school_class_id, _e.c.pupil_id, _e.c.arrived_on, _p.c.surname,
                              _p.c.name, _p.c.patronymic).join(_p, _p.c.id == _e.c.pupil_id).where(*where)).all()
    if not new:
        return 0
    known = numbers_of(conn, {r.school_class_id for r in new})
    by_class = defaultdict(list)
    for r in new:
        by_class[r.school_class_id].append(r)
    updates = []
    for class_id, rows in by_class.items():
        mine = known[class_id]
        last = max(mine.values(), default=0)
        rows.sort(key=lambda r: (r.arrived_on, person_sort_key(r.surname, r.name, r.patronymic), r.id))
        for r in rows:
            if r.pupil_id not in mine:
                last += 1
                mine[r.pupil_id] = last
            updates.append({"stay": r.id, "number": mine[r.pupil_id]})
    conn.execute(update(_e).where(_e.c.id == bindparam("stay")).values(list_number=bindparam("number")), updates)
    return len(updates)
