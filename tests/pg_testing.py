"""A throwaway PostgreSQL server for tests, started from the machine's own binaries.

`ThrowawayServer.start()` runs initdb into a temporary folder and starts the server on a free local
port (TCP on 127.0.0.1 only, trust authentication, fsync off: the data lives for one test session),
then stops it and removes the folder. As root (CI), initdb refuses to run, so the server runs as the
unprivileged `postgres` user that the distribution's package creates. Databases are cloned from
templates built once per session (CREATE DATABASE … TEMPLATE: a file copy, no demo generation).
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["PgUnavailable", "ThrowawayServer", "ExistingServer", "find_binaries"]


class PgUnavailable(Exception):
    """Why no PostgreSQL server can be had here (the reason printed with the skip)."""


def find_binaries() -> Path:
    """The folder with initdb, pg_ctl and postgres: PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found:
        folder = Path(os.path.realpath(found)).parent
        if (folder / "pg_ctl").is_file():
            return folder
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name, reverse=True):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PgUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin; "
                        "install the 'postgresql' package or set EJOURNAL_TEST_PG to a server URL")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    admin_url: str

    def __init__(self) -> None:
        self._templates: dict[str, str] = {}
        self._counter = itertools.count(1)
        self._prefix = f"ej{os.getpid()}_"

    def url(self, database: str) -> str:
        return self.admin_url.rsplit("/", 1)[0] + "/" + database

    def execute(self, sql: str) -> None:
        import psycopg
        with psycopg.connect(self.admin_url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
            conn.execute(sql)

    def template(self, name: str, build: Callable) -> str:
        """A template database made once per session by `build(db)` on a fresh journal schema."""
        if name not in self._templates:
            from ejournal_desktop.storage import database
            db_name = f"{self._prefix}tpl_{name}"
            self.execute(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)')
            self.execute(f'CREATE DATABASE "{db_name}"')
            db = database.open_url(self.url(db_name), create=True)
            try:
                build(db)
            finally:
                db.close()
            self._templates[name] = db_name
        return self._templates[name]

    def clone(self, template: str | None = None) -> str:
        """A new database (a copy of the template, or empty); its URL."""
        db_name = f"{self._prefix}{next(self._counter)}"
        self.execute(f'CREATE DATABASE "{db_name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(db_name)

    def drop(self, url: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')

    def stop(self) -> None:
        pass


class ExistingServer(_Server):
    """A server given by the developer (EJOURNAL_TEST_PG): only databases made here are dropped."""

    def __init__(self, admin_url: str):
        super().__init__()
        self.admin_url = admin_url
        try:
            self.execute("SELECT 1")
        except Exception as exc:
            raise PgUnavailable(f"EJOURNAL_TEST_PG={admin_url} does not answer: {exc}") from None

    def stop(self) -> None:
        for name in self._templates.values():
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class ThrowawayServer(_Server):
    USER = "ejournal"

    def __init__(self, folder: Path, port: int, bin_dir: Path, run_as: str | None):
        super().__init__()
        self.folder, self.port, self.bin_dir, self.run_as = folder, port, bin_dir, run_as
        self.admin_url = f"postgresql://{self.USER}@127.0.0.1:{port}/postgres"

    @classmethod
    def start(cls) -> ThrowawayServer:
        bin_dir = find_binaries()
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable("running as root, and there is no unprivileged 'postgres' user to run "
                                    "the server as (initdb refuses root)") from None
            run_as = "postgres"
        folder = Path(tempfile.mkdtemp(prefix="ejournal-pg-"))
        if run_as:
            shutil.chown(folder, run_as)
        data = folder / "data"
        done = cls._run([str(bin_dir / "initdb"), "-D", str(data), "-U", cls.USER, "-A", "trust", "-E", "UTF8",
                         "--locale=C.UTF-8", "--no-sync"], run_as)
        if done.returncode != 0:
            shutil.rmtree(folder, ignore_errors=True)
            raise PgUnavailable(f"initdb failed: {done.stderr.strip()[-400:]}")
        last = ""
        for _attempt in range(3):  # another process may take the free port first
            port = _free_port()
            options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                       f"-c synchronous_commit=off -c full_page_writes=off -c shared_buffers=32MB "
                       f"-c max_connections=60")
            done = cls._run([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w",
                             "-t", "60", "-o", options, "start"], run_as)
            if done.returncode == 0:
                server = cls(folder, port, bin_dir, run_as)
                server._wait()
                return server
            last = (folder / "server.log").read_text(errors="replace")[-400:] if (folder / "server.log").exists() \
                else done.stderr
        shutil.rmtree(folder, ignore_errors=True)
        raise PgUnavailable(f"the server did not start: {last.strip()}")

    @staticmethod
    def _run(cmd: list[str], run_as: str | None) -> subprocess.CompletedProcess:
        return subprocess.run(cmd, user=run_as, capture_output=True, text=True, cwd="/", timeout=120,
                              stdin=subprocess.DEVNULL)

    def _wait(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                self.execute("SELECT 1")
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def stop(self) -> None:
        self._run([str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w",
                   "stop"], self.run_as)
        shutil.rmtree(self.folder, ignore_errors=True)
