"""The database file: encrypted, refused with a clear message when the key or file is wrong."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3
from keyring.backends import fail
from sqlalchemy import text

from ejournal_desktop.storage import database, keystore, migrations
from ejournal_desktop.storage.errors import KeyUnavailable, NotAJournal, TooNew, WrongKey


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_unreadable_by_plain_sqlite(tmp_path, db_key):
    path = tmp_path / "j.db"
    database.create(path).close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_file_is_unreadable_without_the_key(tmp_path, db_key):
    path = tmp_path / "j.db"
    database.create(path).close()
    conn = sqlcipher3.connect(str(path))
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_wrong_key_is_refused_and_the_file_is_untouched(tmp_path, db_key, monkeypatch):
    path = tmp_path / "j.db"
    database.create(path).close()
    before = digest(path)
    monkeypatch.setenv("EJOURNAL_DB_KEY", "00" * 32)
    with pytest.raises(WrongKey, match="ключ не подходит"):
        database.open_file(path)
    assert digest(path) == before


def test_plain_sqlite_file_is_not_a_journal(tmp_path, db_key):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t(a)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotAJournal, match="незашифрованная"):
        database.open_file(path)
    assert digest(path) == before


def test_random_bytes_are_refused(tmp_path, db_key):
    path = tmp_path / "noise.db"
    path.write_bytes(bytes(range(256)) * 64)
    before = digest(path)
    with pytest.raises(WrongKey):
        database.open_file(path)
    assert digest(path) == before


def test_encrypted_file_of_another_program_is_not_a_journal(tmp_path, db_key):
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{db_key.hex()}'\"")
    conn.execute("CREATE TABLE t(a)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAJournal, match="не база электронного журнала"):
        database.open_file(path)


def test_invalid_env_key_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("EJOURNAL_DB_KEY", "secret")
    with pytest.raises(KeyUnavailable, match="64 шестнадцатеричные"):
        database.create(tmp_path / "j.db")
    assert not (tmp_path / "j.db").exists()


def test_key_lives_in_keyring_and_sidecar_holds_no_secret(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    database.create(path).close()
    sidecar = json.loads(keystore.Sidecar.path_for(path).read_text(encoding="utf-8"))
    stored = memory_keyring.secrets[(keystore.SERVICE, sidecar["database_id"])]
    assert len(stored) == 64
    assert stored not in keystore.Sidecar.path_for(path).read_text(encoding="utf-8")
    assert sidecar["demo"] is False
    db = database.open_file(path)  # found through the sidecar's id
    db.close()


def test_no_keyring_backend_gives_advice_and_writes_nothing(tmp_path):
    import keyring
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyUnavailable, match="нет хранилища ключей"):
        database.create(tmp_path / "j.db")
    assert list(tmp_path.iterdir()) == []


def test_demo_without_keyring_uses_published_demo_key(tmp_path):
    import keyring
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "demo.db"
    database.create(path, demo=True).close()
    assert json.loads(keystore.Sidecar.path_for(path).read_text(encoding="utf-8"))["demo"] is True
    database.open_file(path).close()
    # Encrypted all the same: plain SQLite cannot read it.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_school_database_never_falls_back_to_demo_key(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    database.create(path).close()
    side = keystore.Sidecar.path_for(path)
    data = json.loads(side.read_text(encoding="utf-8"))
    data["demo"] = True  # someone edits the sidecar to get in with the published key
    side.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WrongKey):
        database.open_file(path)


def test_missing_keyring_entry_is_explained(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    database.create(path).close()
    memory_keyring.secrets.clear()  # the database was brought from another PC
    with pytest.raises(KeyUnavailable, match="нет ключа базы"):
        database.open_file(path)


def test_missing_sidecar_is_explained(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    database.create(path).close()
    keystore.Sidecar.path_for(path).unlink()
    with pytest.raises(KeyUnavailable, match="keyid"):
        database.open_file(path)


def test_connection_settings(tmp_path, db_key):
    db = database.create(tmp_path / "j.db")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
    db.close()


def test_foreign_keys_are_enforced(tmp_path, db_key):
    db = database.create(tmp_path / "j.db")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO subgroup (school_class_id, subject_id, name) VALUES (999, 999, 'x')"))
    db.close()


def test_migrations_run_from_empty_to_head_and_match_the_models(tmp_path, db_key):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from ejournal_desktop.storage.models import Base
    db = database.create(tmp_path / "j.db")
    state = migrations.state(db.engine)
    assert state.current == state.head and not state.pending
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []
    db.close()


def test_database_from_newer_program_is_refused_untouched(tmp_path, db_key):
    path = tmp_path / "j.db"
    db = database.create(path)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    before = digest(path)
    with pytest.raises(TooNew, match="более новой версией"):
        database.open_file(path)
    assert digest(path) == before
