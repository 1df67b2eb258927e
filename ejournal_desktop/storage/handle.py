"""The open journal (`Database`) and the execution options its sessions carry.

Both ways of opening one build it: storage.database (an encrypted file) and storage.server (PostgreSQL);
it lives here so that database → server is the only arrow between them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

# Sessions on an engine with this execution option begin their transactions IMMEDIATE.
WRITE_OPTION = "ejournal_write"
# Sessions on an engine with this one (a unit marked read=True) cannot write: on a file the
# connection is `PRAGMA query_only` for the transaction, on a server it is `SET TRANSACTION READ ONLY`.
# A read unit that writes fails at once, alone as beside a writer (a deferred transaction that
# writes late could otherwise fail only when another program holds the lock).
READ_OPTION = "ejournal_read"


@dataclass
class Database:
    path: Path | None
    engine: Engine
    session_factory: sessionmaker[Session]
    # The raw key, kept in memory while the file is open: password changes rewrap it into slots.
    key: bytes | None = field(default=None, repr=False)
    # A server's URL as the user wrote it (no password); None for a file.
    url: str | None = None
    _write_factory: sessionmaker[Session] | None = field(default=None, repr=False, compare=False)
    _read_factory: sessionmaker[Session] | None = field(default=None, repr=False, compare=False)
    # Lines for the user about what opening did (a killed restore completed, its litter removed).
    notices: list[str] = field(default_factory=list, compare=False)

    @property
    def on_server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def location(self) -> str:
        """The file path or the server URL: what messages and manifests name."""
        return self.url if self.url is not None else str(self.path)

    def session(self) -> Session:
        """A session for reading: its transaction begins deferred and takes no write lock."""
        return self.session_factory()

    def read_session(self) -> Session:
        """A session for a read unit: deferred like `session()`, and any write in it is refused by
        the database itself ("attempt to write a readonly database", "read-only transaction")."""
        if self._read_factory is None:
            self._read_factory = sessionmaker(self.engine.execution_options(**{READ_OPTION: True}),
                                              expire_on_commit=False)
        return self._read_factory()

    def write_session(self) -> Session:
        """A session for a write unit: on a file its transaction begins IMMEDIATE (waiting for, and
        retrying, the write lock another program holds); on a server, as `session()`."""
        if self.engine.dialect.name != "sqlite":
            return self.session_factory()
        if self._write_factory is None:
            self._write_factory = sessionmaker(self.engine.execution_options(**{WRITE_OPTION: True}),
                                               expire_on_commit=False)
        return self._write_factory()

    def close(self) -> None:
        self.engine.dispose()
