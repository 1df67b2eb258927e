"""Shared fixtures: a test keyring, an encrypted database per test, the small demo school, and a
throwaway PostgreSQL server for the tests that run on both back ends.

A test module marked `pytest.mark.both_backends` runs each test that uses `small_demo` (or the
`backend` fixture) twice: on the encrypted file and on a PostgreSQL database cloned from a template
(CREATE DATABASE … TEMPLATE). Tests that need the file itself (`small_demo_path`: key slots, copies)
run on the file only. Where no server can be had, the PostgreSQL runs are skipped with the reason.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from journal_testing import DEMO_TODAY, TEST_KEY_HEX, copy_journal, journal_on
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in memory, so tests never prompt the OS keychain."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch):
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    monkeypatch.delenv("EJOURNAL_DB_KEY", raising=False)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def db_key(monkeypatch) -> bytes:
    """Scripts' way in: the key in EJOURNAL_DB_KEY."""
    monkeypatch.setenv("EJOURNAL_DB_KEY", TEST_KEY_HEX)
    return bytes.fromhex(TEST_KEY_HEX)


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory) -> Path:
    """The small demo school, generated once per session under the test key."""
    from ejournal_desktop.services import demo
    from ejournal_desktop.storage import database
    path = tmp_path_factory.mktemp("template") / "small.db"
    db = database.create(path, key=bytes.fromhex(TEST_KEY_HEX))
    demo.generate(db, "small", seed=1, today=DEMO_TODAY)
    db.close()
    return path


@pytest.fixture
def small_demo_path(small_demo_template, tmp_path, db_key) -> Path:
    """A fresh copy of the small demo school for one test."""
    return copy_journal(small_demo_template, tmp_path / "school.db")


@pytest.fixture
def small_demo(backend, request):
    """The small demo school, fresh for this test, on the back end of the test's `backend`."""
    yield from journal_on(backend, request, "small_demo", _build_small_demo, "small_demo_path")


def _build_small_demo(db) -> None:
    from ejournal_desktop.services import demo
    demo.generate(db, "small", seed=1, today=DEMO_TODAY)


# --- both back ends ---------------------------------------------------------------------------------

BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "both_backends: run the module's database tests on the SQLite file and on PostgreSQL")
    config.addinivalue_line(
        "markers", "file_only: about the encrypted file itself (its key, slots, copies): SQLite only")


SERVICES = Path(__file__).parent / "services"


def pytest_generate_tests(metafunc):
    # The service suite runs on both back ends (issue 10); elsewhere a module asks for it with the marker.
    marker = metafunc.definition.get_closest_marker
    both = (marker("both_backends") or SERVICES in Path(metafunc.definition.path).parents) and not marker("file_only")
    if "backend" in metafunc.fixturenames and both and "small_demo_path" not in metafunc.fixturenames:
        metafunc.parametrize("backend", BACKENDS, indirect=True)


@pytest.fixture
def backend(request) -> str:
    """"sqlite" (the default) or "postgresql" (tests of modules marked both_backends)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for this test session (or the one in EJOURNAL_TEST_PG, an
    administrator's URL such as postgresql://postgres@localhost/postgres); skips with the reason
    when none can be had."""
    from pg_testing import ExistingServer, PgUnavailable, ThrowawayServer
    try:
        server = ExistingServer(os.environ["EJOURNAL_TEST_PG"]) if os.environ.get("EJOURNAL_TEST_PG") \
            else ThrowawayServer.start()
    except PgUnavailable as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    yield server
    server.stop()


@pytest.fixture
def other_medium(tmp_path):
    """A folder on another device than tmp_path: two backup targets are two media only on two devices.
    /dev/shm (tmpfs) on Linux, or the folder named by EJOURNAL_TEST_OTHER_MEDIUM; skipped when neither
    is on another device."""
    import shutil
    import tempfile
    candidates = [os.environ.get("EJOURNAL_TEST_OTHER_MEDIUM", ""), "/dev/shm"]
    base = next((c for c in candidates if c and os.path.isdir(c) and os.access(c, os.W_OK)
                 and os.stat(c).st_dev != os.stat(tmp_path).st_dev), None)
    if base is None:
        pytest.skip("no folder on another device than the test's temporary folder (set EJOURNAL_TEST_OTHER_MEDIUM)")
    folder = Path(tempfile.mkdtemp(prefix="ejournal-test-medium-", dir=base))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)
