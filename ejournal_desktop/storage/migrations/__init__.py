"""Alembic migrations, applied at open. A database from a newer program is refused, never touched."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..errors import TooNew

HERE = Path(__file__).parent


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def pending(self) -> bool:
        return self.current != self.head


def state(engine: Engine) -> SchemaState:
    scr = script()
    head = scr.get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current is not None:
        try:
            scr.get_revision(current)
        except Exception:
            raise TooNew(
                f"База создана более новой версией программы (версия схемы {current}). "
                f"Установите новую версию программы; база не изменена.") from None
    return SchemaState(current, head)


def upgrade(engine: Engine) -> None:
    state(engine)  # refuses a newer schema before anything is written
    cfg = config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Several PCs may start a new program version at once: one migrates, the others wait
            # and then find the schema at head. (0x454A524E0002: storage.server.MIGRATION_LOCK.)
            conn.exec_driver_sql("SELECT pg_advisory_xact_lock(76185510739970)")
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
