"""A unit marked read=True cannot write (issue 18): on the file the connection is query_only for the
unit, on a server the transaction is READ ONLY. A read unit that writes fails at once — alone, not only
beside another program's write — and its connection goes back to the pool writable."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError

from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services.access.actor import Actor
from ejournal_desktop.services.access.guard import unit
from ejournal_desktop.storage.models import Pupil

pytestmark = pytest.mark.both_backends

ADMIN = Actor(1, "admin", frozenset({Role.administrator}))


def _first_pupil(db) -> tuple[int, str]:
    with unit(db, ADMIN, read=True) as session:
        pupil = session.scalars(select(Pupil).order_by(Pupil.id)).first()
        return pupil.id, pupil.surname


def test_a_write_inside_a_read_unit_raises_and_changes_nothing(small_demo):
    pupil_id, name = _first_pupil(small_demo)
    with pytest.raises(DBAPIError) as caught:
        with unit(small_demo, ADMIN, read=True) as session:
            session.execute(update(Pupil).where(Pupil.id == pupil_id).values(surname="Переписан"))
    assert "read" in str(caught.value).lower()  # "readonly database" / "read-only transaction"
    # An ORM change flushed inside a read unit is refused the same way.
    with pytest.raises(DBAPIError):
        with unit(small_demo, ADMIN, read=True) as session:
            session.get(Pupil, pupil_id).surname = "Переписан"
            session.flush()
    assert _first_pupil(small_demo) == (pupil_id, name)


def test_after_read_units_every_write_unit_still_writes(small_demo):
    pupil_id, name = _first_pupil(small_demo)
    # Several read units in a row, then writes: every pooled connection a reader used is writable again.
    for _ in range(6):
        with unit(small_demo, ADMIN, read=True) as session:
            assert session.scalar(select(func.count()).select_from(Pupil)) > 0
    for n in range(6):
        with unit(small_demo, ADMIN) as session:
            session.execute(update(Pupil).where(Pupil.id == pupil_id).values(surname=f"{name}{n}"))
    assert _first_pupil(small_demo) == (pupil_id, f"{name}5")
    with small_demo.engine.connect() as conn:  # a plain connection is writable too
        conn.execute(update(Pupil).where(Pupil.id == pupil_id).values(surname=name))
        conn.commit()
    assert _first_pupil(small_demo) == (pupil_id, name)
