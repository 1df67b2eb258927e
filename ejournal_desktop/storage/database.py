"""Opening the journal database: a SQLCipher 4 file keyed with a raw 256-bit key, or a server URL.

One long-lived connection is kept by the pool (SQLCipher's key derivation is skipped by the raw
key, but every new connection still costs a page read and the pragmas). A file that the key does
not open, or that is not a journal, is reported and never written to.
"""

from __future__ import annotations

import random
import time
import uuid
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from . import keystore, migrations, restore_intent, server
from .errors import JournalBusy, KeyUnavailable, NotAJournal, WrongKey
from .handle import READ_OPTION, WRITE_OPTION, Database
from .location import refuse_network_share

# PRAGMA application_id marks a file as ours: "EJRN".
APPLICATION_ID = 0x454A524E
SQLITE_HEADER = b"SQLite format 3\x00"

# Another program (a scheduled backup, a report from the command line, a second window) may hold
# the file's write lock. A write unit starts with BEGIN IMMEDIATE, so it waits for the lock up to the
# busy timeout before reading anything (a deferred BEGIN that reads first and writes later cannot wait:
# SQLite refuses its upgrade at once). BEGIN is retried with short pauses (at most RETRY_PAUSE_S)
# until the busy timeout has passed.
BUSY_TIMEOUT_MS = 10_000
RETRY_PAUSE_S = 0.01


def _raw_connect(path: Path, key: bytes):
    conn = sqlcipher3.connect(str(path), detect_types=0, check_same_thread=False,
                              timeout=BUSY_TIMEOUT_MS / 1000)
    # SQLCipher logs a failed key to stderr; the user gets our message instead.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # Raw key: no PBKDF2 at each open.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _probe(path: Path, key: bytes) -> int:
    """Read the file's application id with the key, without writing anything."""
    if path.stat().st_size >= 16:
        with path.open("rb") as f:
            if f.read(16) == SQLITE_HEADER:
                raise NotAJournal(
                    f"Файл {path} — обычная незашифрованная база SQLite, а не зашифрованная база журнала.")
    conn = _raw_connect(path, key)
    try:
        conn.execute("PRAGMA query_only = 1")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlcipher3.DatabaseError:
        raise WrongKey(
            f"Не удалось открыть {path}: ключ не подходит к этому файлу, или файл не является базой "
            f"электронного журнала. Файл не изменён.") from None
    finally:
        conn.close()


def _engine_for_file(path: Path, key: bytes) -> Engine:
    engine = create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,  # its exceptions, not sqlite3's; the key is set by our creator
        creator=lambda: _raw_connect(path, key),
        # Connections are kept for the life of the program; usually one is in use. A second
        # (a worker thread, a nested read) gets its own instead of sharing a transaction.
        poolclass=QueuePool, pool_size=4, max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        cur.close()
        # The driver would begin transactions only before DML, so DDL (a migration step) would
        # commit piecemeal. We begin every transaction ourselves: a failed migration, import or
        # year closing leaves nothing behind.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn):
        options = conn.get_execution_options()
        if options.get(WRITE_OPTION):
            begin_immediate(conn.connection.dbapi_connection, path)
        else:
            conn.exec_driver_sql("BEGIN")
            if options.get(READ_OPTION):
                conn.exec_driver_sql("PRAGMA query_only = 1")
                conn.connection.info["query_only"] = True

    @event.listens_for(engine, "checkin")
    def _writable_again(dbapi_conn, record):
        # A read unit's connection goes back to the pool writable: the next user may be a writer.
        if record is not None and record.info.pop("query_only", False):
            dbapi_conn.execute("PRAGMA query_only = 0")

    return engine


def _is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text or "database table is locked" in text


def begin_immediate(dbapi_conn, path: Path | None) -> None:
    """BEGIN IMMEDIATE on a raw connection, retried with short random pauses while another program
    holds the write lock, up to the busy timeout; then a Russian message saying so.

    SQLite's own busy handler sleeps ever longer (up to 100 ms a try), so among many writers one can
    starve for seconds; short pauses of our own keep the wait close to the other's write."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    dbapi_conn.execute("PRAGMA busy_timeout = 0")
    try:
        pause = 0.001
        while True:
            try:
                dbapi_conn.execute("BEGIN IMMEDIATE")
                return
            except sqlcipher3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
            if time.monotonic() >= deadline:
                raise JournalBusy(busy_message(path))
            time.sleep(random.uniform(0.0005, pause))
            pause = min(pause * 2, RETRY_PAUSE_S)
    finally:
        dbapi_conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")


def busy_message(path: Path | None) -> str:
    where = f" ({path})" if path is not None else ""
    return (f"Не удалось сохранить: журнал{where} занят другой программой (резервное копирование, отчёт "
            f"из командной строки или второе окно журнала). Введённое не потеряно — повторите через "
            f"минуту.")


def create(path: Path, *, demo: bool = False, key: bytes | None = None) -> Database:
    """Create a new encrypted journal file with the schema at head."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(f"Файл {path} уже существует.")
    path.parent.mkdir(parents=True, exist_ok=True)
    refuse_network_share(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if key is None:
        key = keystore.new_database_key(path, demo=demo)
    else:
        keystore.Sidecar(str(uuid.uuid4())).write(path)
    engine = _engine_for_file(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.upgrade(engine)
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), key)


def open_file(path: Path, *, key: bytes | None = None) -> Database:
    """Open an existing journal file, migrating it to head (after a copy) when it is older."""
    path = Path(path)
    restore_intent.recover(path)  # before any key or file is read: a killed restore completed or rolled back
    if not path.exists():
        raise FileNotFoundError(f"Файл базы журнала не найден: {path}")
    refuse_network_share(path)
    if key is None:
        key = keystore.key_without_login(path)
    if key is None:
        raise KeyUnavailable(
            f"Ключ базы {path} не хранится на этом компьютере: войдите под учётной записью сотрудника.")
    app_id = _probe(path, key)
    if app_id != APPLICATION_ID:
        raise NotAJournal(f"Файл {path} открывается, но это не база электронного журнала. Файл не изменён.")
    engine = _engine_for_file(path, key)
    try:
        state = migrations.state(engine)
        if state.pending:
            backup = path.with_name(f"{path.name}.before-{state.head}.bak")
            _copy_consistent(engine, backup)
            migrations.upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False), key,
                    notices=restore_intent.take_notices(path))


def open_url(url: str, *, create: bool = False) -> Database:
    """A school network's PostgreSQL server (the same schema and migrations); see storage.server."""
    return server.open_server(url, create=create)


def _copy_consistent(engine: Engine, target: Path) -> None:
    """A consistent encrypted copy of the live database (same key), via VACUUM INTO."""
    if target.exists():
        target.unlink()
    raw = engine.raw_connection()  # VACUUM runs outside a transaction
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()


def integrity_problems(db: Database) -> list[str]:
    """SQLite's integrity and foreign-key checks; empty when the file is sound."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "sqlite":
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check"):
                if row != "ok":
                    problems.append(f"Целостность: {row}")
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"Нарушена ссылка: таблица {row[0]}, строка {row[1]} → {row[2]}")
    return problems


