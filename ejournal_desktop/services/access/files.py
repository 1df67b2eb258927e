"""Journal files: opening, creating a school's database, keeping its key on this PC.

A location is a file path or a school server's URL (``postgresql://user@host/db``, see
storage.server); every function here takes either. The ui layer reaches storage only through here.
"""

from __future__ import annotations

from pathlib import Path

from ...domain.rights import Action
from ...storage import database, keystore, server
from ...storage.database import Database
from ...storage.errors import KeyUnavailable, StorageError
from ...storage.keyslots import SlotFile
from ...storage.models import Account, AccountRole, School
from ..school import reference
from . import audit, guard
from .accounts import hash_password
from .actor import Actor

__all__ = ["Database", "KeyUnavailable", "StorageError", "open_journal", "create_journal", "create_school",
           "keyring_enabled", "set_keyring", "KEYRING_WARNING", "is_server", "location_of", "init_server",
           "remember_server_password"]

KEYRING_WARNING = keystore.KEYRING_WARNING


def is_server(location) -> bool:
    return server.is_url(location)


def location_of(text: str) -> Path | str:
    """A --db value or a settings entry: a server URL stays text, anything else is a file path."""
    return text if server.is_url(text) else Path(text)


def open_journal(path: Path | str) -> Database:
    """Open with the key this PC may hold (script key, demo key, or keyring), without a login; a
    server with its own login (the password from the keyring, PGPASSWORD or .pgpass)."""
    if server.is_url(path):
        return database.open_url(path)
    return database.open_file(Path(path))


def create_journal(path: Path | str, *, demo: bool = False) -> Database:
    """A new journal: a new encrypted file, or the schema in an empty server database."""
    if server.is_url(path):
        return database.open_url(path, create=True)
    return database.create(Path(path), demo=demo)


def discard_journal(path: Path | str) -> None:
    """Remove a journal that was never finished (a demo whose generation failed): the file with its
    companions (.keyid, .slots, -wal…), or every table of the server database."""
    if server.is_url(path):
        server.drop_everything(path)
        return
    path = Path(path)
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()


def init_server(location: str) -> str:
    """`ejournal db init`: the journal's schema in an empty server database; its schema version."""
    from ...storage import migrations
    db = database.open_url(location, create=True)
    try:
        return migrations.state(db.engine).current
    finally:
        db.close()


def remember_server_password(location: str, password: str | None) -> None:
    server.remember_password(location, password)


def create_school(path: Path, *, school_name: str, short_name: str, admin_login: str,
                  admin_password: str) -> Database:
    """A school's new database: its key wrapped at once in the administrator's slot, so that it is
    never only in memory; then the school, its reference data and the administrator's account."""
    from ...domain import passwords
    for problem in (passwords.login_problem(admin_login), passwords.password_problem(admin_password, admin_login)):
        if problem:
            raise StorageError(problem)
    on_server = server.is_url(path)
    if not on_server:
        path = Path(path)
    db = database.open_url(path, create=True) if on_server else database.create(path)
    try:
        if not on_server:  # a server keeps no key: its own login guards the data
            slots = SlotFile.load(path)
            slots.put(admin_login, admin_password, db.key)
            slots.save()
        with db.write_session() as session, session.begin():
            session.add(School(name=school_name, short_name=short_name))
            reference.install_reference_data(session)
            admin = Account(login=admin_login, password_hash=hash_password(admin_password),
                            must_change_password=False)
            admin.roles = [AccountRole(role="administrator")]
            session.add(admin)
            session.flush()
            audit.record(session, admin.id, "create", "school", None, new={"name": school_name})
            audit.record(session, admin.id, "create", "account", admin.id,
                         new={"login": admin_login, "roles": ["administrator"]})
    except BaseException:
        db.close()
        if on_server:
            server.drop_everything(path)
        else:
            for leftover in path.parent.glob(path.name + "*"):
                leftover.unlink()
        raise
    return db


def keyring_enabled(db: Database) -> bool:
    return db.path is not None and keystore.keyring_enabled(db.path)


def set_keyring(db: Database, actor: Actor, on: bool) -> None:
    """Keep (or stop keeping) the database key in this PC's keyring: the administrator's decision."""
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.system_settings)
        if db.path is None:
            raise StorageError("База на сервере: ключ на компьютере не нужен.")
        if on:
            keystore.enable_keyring(db.path, db.key)
        else:
            keystore.disable_keyring(db.path)
        audit.record(session, actor.account_id, "keyring_on" if on else "keyring_off", "database", None)
