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


def test_school_key_is_not_kept_on_the_pc_by_default(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    db = database.create(path)
    db.close()
    assert memory_keyring.secrets == {}  # whoever reads the keyring would bypass every role
    sidecar = keystore.Sidecar.path_for(path).read_text(encoding="utf-8")
    assert db.key.hex() not in sidecar and json.loads(sidecar)["demo"] is False
    with pytest.raises(KeyUnavailable, match="войдите под учётной записью сотрудника"):
        database.open_file(path)


def test_keyring_when_the_administrator_turns_it_on(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    db = database.create(path)
    keystore.enable_keyring(path, db.key)
    db.close()
    database_id = json.loads(keystore.Sidecar.path_for(path).read_text(encoding="utf-8"))["database_id"]
    assert memory_keyring.secrets[(keystore.SERVICE, database_id)] == db.key.hex()
    database.open_file(path).close()  # no login needed on this PC now
    keystore.disable_keyring(path)
    assert memory_keyring.secrets == {}
    with pytest.raises(KeyUnavailable):
        database.open_file(path)


def test_no_keyring_backend_gives_advice(tmp_path):
    import keyring
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "j.db"
    db = database.create(path)  # a school's database needs no keyring: staff slots hold its key
    with pytest.raises(KeyUnavailable, match="нет хранилища ключей"):
        keystore.enable_keyring(path, db.key)
    db.close()


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


def test_demo_with_keyring_keeps_a_random_key_there(tmp_path, memory_keyring):
    path = tmp_path / "demo.db"
    db = database.create(path, demo=True)
    db.close()
    assert db.key != keystore.DEMO_KEY
    assert list(memory_keyring.secrets.values()) == [db.key.hex()]
    database.open_file(path).close()


def test_school_database_never_falls_back_to_demo_key(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    database.create(path).close()
    side = keystore.Sidecar.path_for(path)
    data = json.loads(side.read_text(encoding="utf-8"))
    data["demo"] = True  # someone edits the sidecar to get in with the published key
    side.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(WrongKey):
        database.open_file(path)


def test_missing_sidecar_is_explained(tmp_path, memory_keyring):
    path = tmp_path / "j.db"
    database.create(path, demo=True).close()
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
