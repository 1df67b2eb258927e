"""Refusals name nothing the actor may not see, and logins cannot be enumerated: an unknown login is
refused, timed and locked like a known one with a wrong password."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from journal_testing import DEMO_TODAY
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.errors import Refused
from ejournal_desktop.services.people import movement
from ejournal_desktop.services.reports import results as report_results
from ejournal_desktop.services.reports.kinds import ReportRequest
from ejournal_desktop.storage import database, keystore
from ejournal_desktop.storage.keyslots import SlotError, SlotFile
from ejournal_desktop.storage.models import Pupil

pytestmark = pytest.mark.file_only
NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.timezone.utc)


def _other_pupils(db, parent) -> list[Pupil]:
    from ejournal_desktop.services.families import diary
    own = {c.pupil_id for c in diary.children(db, parent)}
    with db.session() as session:
        return [p for p in session.scalars(select(Pupil).order_by(Pupil.id)) if p.id not in own][:5]


@pytest.fixture
def db(small_demo_path):
    opened = database.open_file(small_demo_path)
    yield opened
    opened.close()


def test_a_parent_asking_for_other_pupils_is_refused_without_their_names(db):
    parent = accounts.authenticate(db, "parent-5a-01", "demo")
    with db.session() as session:
        missing = session.scalar(select(func.max(Pupil.id))) + 100
    for pupil in _other_pupils(db, parent):
        for ask in (lambda pid: movement.history(db, parent, pid),
                    lambda pid: report_results.pupil_report(db, parent, ReportRequest(pupil_id=pid, today=DEMO_TODAY))):
            with pytest.raises(Refused) as refused:
                ask(pupil.id)
            message = str(refused.value)
            assert message.startswith("Нет права")
            assert pupil.surname not in message and pupil.name not in message
            assert f"№ {pupil.id}" in message
            # A number nobody has gets the same kind of refusal: existence is not told either.
            with pytest.raises(Refused) as unknown:
                ask(missing)
            assert str(unknown.value) == message.replace(f"№ {pupil.id}", f"№ {missing}")


def test_an_unknown_login_is_locked_after_the_same_number_of_tries_as_a_known_one(db):
    def tries(login):
        out = []
        for n in range(6):
            with pytest.raises(accounts.AuthError) as refused:
                accounts.authenticate(db, login, "wrong-password", NOW + dt.timedelta(seconds=n))
            out.append(str(refused.value))
        return out

    assert tries("nobody-here") == tries("teacher05")
    # The log keeps a hash of the unknown login, never its text.
    with db.session() as session:
        from ejournal_desktop.storage.models import AuditEntry
        texts = [e.new or "" for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "login"))]
    assert texts and all("nobody-here" not in t for t in texts)


def test_an_unknown_login_takes_as_long_as_a_wrong_password(db):
    def timed(login):
        best = 1e9
        for _ in range(3):
            t = time.perf_counter()
            with pytest.raises(accounts.AuthError):
                accounts.authenticate(db, login, "wrong-password", NOW - dt.timedelta(days=1))
            best = min(best, time.perf_counter() - t)
        return best
    known, unknown = timed("teacher06"), timed("nobody-else")
    assert unknown > known * 0.5


def test_on_a_pc_without_the_key_unknown_logins_get_the_same_message_and_lock(small_demo_path, monkeypatch):
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    def tries(login):
        out = []
        for n in range(6):
            with pytest.raises(accounts.AuthError) as refused:
                accounts.sign_in(small_demo_path, login, "wrong", NOW + dt.timedelta(seconds=n))
            out.append(str(refused.value))
        return out
    assert tries("nobody-here") == tries("teacher05")
    assert "nobody-here" not in SlotFile.path_for(small_demo_path).read_text(encoding="utf-8")


def test_a_slot_asking_argon2_for_huge_memory_is_refused_before_hashing(small_demo_path, monkeypatch):
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    path = SlotFile.path_for(small_demo_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["slots"]["teacher05"]["memory_cost"] = 2 ** 31
    path.write_text(json.dumps(data), encoding="utf-8")
    t = time.perf_counter()
    with pytest.raises(SlotError) as refused:
        keystore.key_for_login(small_demo_path, "teacher05", "demo", NOW)
    assert time.perf_counter() - t < 1
    message = str(refused.value)
    assert str(path) in message and "memory_cost" in message and "«teacher05»" in message
