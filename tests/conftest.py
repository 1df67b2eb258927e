"""Shared fixtures: a test keyring, an encrypted database per test, the small demo school."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import keyring
import pytest
from journal_testing import DEMO_TODAY, TEST_KEY_HEX
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
    path = tmp_path / "school.db"
    for companion in small_demo_template.parent.glob(small_demo_template.name + "*"):
        shutil.copy2(companion, path.with_name(companion.name.replace(small_demo_template.name, path.name, 1)))
    return path


@pytest.fixture
def small_demo(small_demo_path):
    from ejournal_desktop.storage import database
    db = database.open_file(small_demo_path)
    yield db
    db.close()
