"""A school network's journal on a PostgreSQL server: the same schema, migrations and services.

A location is either a file path (the embedded SQLCipher journal) or a server URL such as
``postgresql://teacher@school-server/journal``. The password is never in the URL the user types:
it comes from this PC's keyring (service ``ejournal-desktop``, entry ``server <url>``), or from
libpq's own PGPASSWORD / ``.pgpass``. The server's own access rules (pg_hba.conf, TLS) protect the
data in transit and at rest; the journal's roles and audit log work as on the file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import keyring
import keyring.errors
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import sessionmaker

from . import keystore, migrations
from .errors import NotAJournal, StorageError
from .handle import READ_OPTION, Database

SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"
# The tables that make a server database a journal (beside alembic_version).
_JOURNAL_TABLES = {"school", "account", "audit_log"}
# pg_advisory_xact_lock keys (one bigint key space; two-int keys are a separate space).
AUDIT_LOCK = 0x454A524E_0001
MIGRATION_LOCK = 0x454A524E_0002
# LISTEN/NOTIFY channel: a write announces itself here; grids on other PCs poll `changes_since`.
CHANNEL = "ejournal_changes"


T = TypeVar("T")


class ServerUnavailable(StorageError):
    """The server cannot be reached or refuses the login."""


def is_url(location) -> bool:
    """Whether a --db value names a server rather than a file."""
    if not isinstance(location, str):
        return False
    scheme = location.split(":", 1)[0].split("+", 1)[0].lower()
    return "://" in location and scheme in SCHEMES


def parse(location: str) -> URL:
    """The URL with our driver (psycopg 3); a clear message for anything else."""
    try:
        url = make_url(location.strip())
    except ArgumentError:
        raise StorageError(f"Адрес сервера «{location}» не разобран: ожидается "
                           f"postgresql://пользователь@сервер[:порт]/база") from None
    backend, _, driver = url.drivername.partition("+")
    if backend not in SCHEMES or driver not in ("", "psycopg"):
        raise StorageError(f"Адрес «{location}»: поддерживается только сервер PostgreSQL "
                           f"(postgresql://пользователь@сервер/база).")
    if not url.database:
        raise StorageError(f"В адресе «{location}» не указана база: postgresql://пользователь@сервер/база")
    return url.set(drivername=DRIVER)


def display(url: URL | str) -> str:
    """The URL as the user writes it, without a password: the keyring entry's name and messages."""
    url = parse(url) if isinstance(url, str) else url
    return url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)


def _keyring_entry(url: URL) -> str:
    return f"server {display(url)}"


def stored_password(url: URL) -> str | None:
    """The server password kept in this PC's keyring for this URL, or None."""
    if not keystore.keyring_available():
        return None
    try:
        return keystore._backend().get_password(keystore.SERVICE, _keyring_entry(url))
    except keyring.errors.KeyringError:
        return None


def remember_password(location: str, password: str | None) -> None:
    """Keep (None: forget) the server password in this PC's keyring."""
    url = parse(location)
    backend = keystore._backend()  # raises KeyUnavailable with the help text when there is none
    try:
        if password is None:
            try:
                backend.delete_password(keystore.SERVICE, _keyring_entry(url))
            except keyring.errors.PasswordDeleteError:
                pass
        else:
            backend.set_password(keystore.SERVICE, _keyring_entry(url), password)
    except keyring.errors.KeyringError as exc:
        raise StorageError(f"Не удалось сохранить пароль сервера в хранилище ключей: {exc}") from exc


def connect_url(location: str | URL) -> URL:
    """The URL to connect with: the keyring's password added when the URL has none (else libpq's
    PGPASSWORD or .pgpass apply)."""
    url = parse(location) if isinstance(location, str) else location
    if url.password is None:
        password = stored_password(url)
        if password is not None:
            url = url.set(password=password)
    return url


def engine_for(location: str | URL) -> Engine:
    url = connect_url(location)
    engine = create_engine(
        url, pool_pre_ping=True, pool_size=4, max_overflow=4,
        connect_args={"connect_timeout": 10, "application_name": "ejournal"})

    @event.listens_for(engine, "connect")
    def _session_settings(dbapi_conn, _record):
        # The journal stores naive UTC; the server's own clock functions are never used for data.
        with dbapi_conn.cursor() as cur:
            cur.execute("SET TIME ZONE 'UTC'")
            # A teacher waits seconds, not forever, behind another PC's long transaction.
            cur.execute("SET lock_timeout = '15s'")
        dbapi_conn.commit()

    @event.listens_for(engine, "begin")
    def _read_only(conn):
        if conn.get_execution_options().get(READ_OPTION):
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")

    return engine


def _unreachable(url: URL, exc: Exception) -> ServerUnavailable:
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()
    reason = reason[0] if reason else type(exc).__name__
    return ServerUnavailable(
        f"Не удалось подключиться к серверу журнала {display(url)}: {reason}. Проверьте адрес, сеть и "
        f"пароль (хранилище ключей этого компьютера, PGPASSWORD или .pgpass).")


def tables(engine: Engine) -> set[str]:
    try:
        with engine.connect() as conn:
            return set(inspect(conn).get_table_names())
    except OperationalError as exc:
        raise _unreachable(engine.url, exc) from None


def open_server(location: str, *, create: bool = False):
    """Open the journal on a server (migrating it to head); `create`: make the schema on an empty
    database, refusing one that already holds tables."""
    url = parse(location)
    engine = engine_for(url)
    try:
        found = tables(engine)
        if create:
            if found:
                kind = "журнал" if _JOURNAL_TABLES <= found else "чужие таблицы"
                raise NotAJournal(f"База {display(url)} не пуста (в ней уже {kind}): схема создаётся только "
                                  f"в пустой базе. Ничего не изменено.")
        elif not found:
            raise NotAJournal(f"База {display(url)} пуста: создайте в ней журнал командой "
                              f"«ejournal --db {display(url)} db init».")
        elif not (_JOURNAL_TABLES | {"alembic_version"}) <= found:
            raise NotAJournal(f"База {display(url)} — не база электронного журнала. Ничего не изменено.")
        try:
            migrations.upgrade(engine)
        except OperationalError as exc:
            raise _unreachable(url, exc) from None
    except BaseException:
        engine.dispose()
        raise
    return Database(None, engine, sessionmaker(engine, expire_on_commit=False), None, url=display(url))


def drop_everything(location: str) -> None:
    """Empty a server database (tests and `db migrate` into a server that it had just filled)."""
    engine = engine_for(location)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
    finally:
        engine.dispose()


# --- change notification -------------------------------------------------------------------------

def notify(conn) -> None:
    """Announce a committed change to every listening PC (delivered at commit, dropped on rollback)."""
    conn.execute(text("SELECT pg_notify(:c, '')"), {"c": CHANNEL})


# --- tools of the server's own client: pg_dump and pg_restore ---------------------------------------

def tool(name: str, setting: str | None = None) -> str:
    """The path of pg_dump / pg_restore: a configured one, PATH, or the Debian/Ubuntu folders."""
    if setting:
        if Path(setting).is_file():
            return setting
        raise StorageError(f"Программа {name} не найдена по пути {setting} (настройка).")
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).is_file():
            return str(folder / name)
    raise StorageError(f"Программа {name} не найдена: установите клиент PostgreSQL (пакет postgresql-client) "
                       f"или укажите путь к ней в настройках.")


def libpq_env(location: str | URL) -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore (`-d conninfo`) and the environment with the
    password, so that it never shows in a process list."""
    url = connect_url(location)
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = url.password
    parts = {"host": url.host, "port": url.port, "user": url.username, "dbname": url.database}
    conninfo = " ".join(f"{k}={_quote(str(v))}" for k, v in parts.items() if v is not None)
    return ["-d", conninfo], env


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


PG_BIN_ENV = "EJOURNAL_PG_BIN"  # a folder with pg_dump and pg_restore, where they are not on PATH


def _pg_tool(name: str) -> str:
    folder = os.environ.get(PG_BIN_ENV)
    return tool(name, str(Path(folder) / name) if folder else None)


def dump(engine: Engine, location: str, target: Path, facts: Callable[[Connection], T],
         cancel: Callable[[], bool] | None = None) -> T:
    """`pg_dump -Fc` of the journal into `target`, and `facts(conn)` read in the very snapshot that
    pg_dump copies (an exported snapshot of a REPEATABLE READ transaction): counts in a manifest
    then describe exactly the dump. Other PCs keep working meanwhile."""
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            snapshot_id = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            found = facts(conn)
            args, env = libpq_env(location)
            cmd = [_pg_tool("pg_dump"), "-Fc", "--no-owner", "--no-privileges", f"--snapshot={snapshot_id}",
                   "-f", str(target), *args]
            _run_tool(cmd, env, cancel, "pg_dump")
    return found


def restore_into(location: str, dump_file: Path) -> None:
    """`pg_restore` a dump into an empty server database, in one transaction (all or nothing)."""
    args, env = libpq_env(location)
    cmd = [_pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
           *args, str(dump_file)]
    _run_tool(cmd, env, None, "pg_restore")


def check_dump(dump_file: Path) -> None:
    """`pg_restore --list`: the file is a whole custom-format archive that pg_restore can read."""
    done = subprocess.run([_pg_tool("pg_restore"), "--list", str(dump_file)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0 or "TABLE DATA" not in done.stdout:
        raise StorageError(f"Архив pg_dump не читается: {done.stderr.strip()[-300:] or 'нет данных таблиц'}")


def _run_tool(cmd: list[str], env: dict[str, str], cancel: Callable[[], bool] | None, name: str) -> None:
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    while True:
        try:
            _out, err = proc.communicate(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            if cancel is not None and cancel():
                proc.kill()
                proc.communicate()
                raise StorageError(f"{name} остановлен: операция отменена.") from None
    if proc.returncode != 0:
        raise StorageError(f"{name} завершился с ошибкой: {err.strip()[-400:]}")


class Listener:
    """A connection of its own that LISTENs on the journal's channel; `pending()` tells, without
    a round trip to the server, whether another PC committed a change since the last call."""

    def __init__(self, location: str):
        import psycopg
        url = connect_url(location)
        self._conn = psycopg.connect(
            host=url.host, port=url.port, user=url.username, password=url.password, dbname=url.database,
            autocommit=True, connect_timeout=10, application_name="ejournal-listen")
        self._conn.execute(f"LISTEN {CHANNEL}")

    def pending(self) -> bool:
        heard = False
        try:
            for _note in self._conn.notifies(timeout=0, stop_after=1000):
                heard = True
        except Exception:  # a dropped connection: say "changed" so that the caller re-reads
            return True
        return heard

    def close(self) -> None:
        self._conn.close()
