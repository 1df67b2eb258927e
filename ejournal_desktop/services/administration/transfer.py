"""Moving a school's whole journal between the embedded file and a school server (`ejournal db migrate`).

Every table is copied in foreign-key order inside ONE transaction on the target, read in one
consistent snapshot of the source; a server's id sequences are moved past the copied ids; the row
count of every table is compared before the commit. Any failure leaves the target as it was found
(an empty server database, or no file). The copy ends with an audit entry naming both sides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from ...storage import database, keystore, migrations, server
from ...storage.database import Database
from ...storage.errors import KeyUnavailable
from ...storage.models import Base
from ..access import audit
from ..errors import ServiceError

__all__ = ["TransferError", "TransferResult", "migrate", "copy_tables"]

CHUNK = 5000


class TransferError(ServiceError):
    """The journal could not be moved; the target is left as it was."""


@dataclass
class TransferResult:
    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "counts": self.counts}


def _open_source(location) -> Database:
    if server.is_url(location):
        return database.open_url(location)
    path = Path(location)
    if not path.exists():
        raise TransferError(f"Файл базы журнала не найден: {path}")
    return database.open_file(path)


def _create_target(location) -> Database:
    if server.is_url(location):
        return database.open_url(location, create=True)  # refuses a database that is not empty
    path = Path(location)
    if path.exists():
        raise TransferError(f"Файл {path} уже существует: журнал переносится только в новый файл.")
    if keystore.key_from_env() is None and not keystore.keyring_available():
        raise TransferError(
            f"Ключ нового файла негде хранить: задайте его в {keystore.ENV_KEY} (64 шестнадцатеричные цифры) "
            f"или включите хранилище ключей этого компьютера. Ничего не создано.")
    db = database.create(path)
    if keystore.key_from_env() is None:
        keystore.enable_keyring(path, db.key)  # then the administrator writes staff slots by logging in
    return db


def _discard_target(location, db: Database | None) -> None:
    if db is not None:
        db.close()
    if server.is_url(location):
        server.drop_everything(location)
    else:
        path = Path(location)
        try:
            keystore.disable_keyring(path)
        except (KeyUnavailable, OSError):
            pass
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()


def copy_tables(source: Database, target: Database, progress=None) -> dict[str, int]:
    """Copy every table of the schema from `source` into the empty schema of `target` in one target
    transaction; returns the row count of each table, verified on both sides."""
    tables = Base.metadata.sorted_tables  # parents before children
    counts: dict[str, int] = {}
    with source.engine.connect() as src:
        if source.on_server:
            src = src.execution_options(isolation_level="REPEATABLE READ")
        with src.begin(), target.engine.begin() as dst:
            for i, table in enumerate(tables):
                expected = src.execute(select(func.count()).select_from(table)).scalar_one()
                if dst.execute(select(func.count()).select_from(table)).scalar_one():
                    raise TransferError(f"В базе назначения таблица {table.name} не пуста: перенос остановлен.")
                rows = src.execute(select(table).order_by(*table.primary_key.columns))
                while batch := rows.fetchmany(CHUNK):
                    dst.execute(insert(table), [r._asdict() for r in batch])
                copied = dst.execute(select(func.count()).select_from(table)).scalar_one()
                if copied != expected:
                    raise TransferError(f"Таблица {table.name}: скопировано {copied} строк из {expected}; "
                                        f"перенос отменён, база назначения не изменена.")
                counts[table.name] = copied
                if progress is not None:
                    progress(i + 1, len(tables), table.name)
            if target.on_server:
                for table in tables:
                    pk = list(table.primary_key.columns)
                    if len(pk) == 1 and pk[0].name == "id":
                        dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                         f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"))
            with Session(bind=dst) as session:
                audit.record(session, None, "migrate", "database", None,
                             new={"from": source.location, "to": target.location,
                                  "rows": sum(counts.values()),
                                  "at": dt.datetime.now(dt.timezone.utc).isoformat()})
                session.flush()
    if target.on_server:
        # Tables filled in one go have no planner statistics until autovacuum gets to them: the first
        # pages of a grown school would be planned blind.
        with target.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return counts


def migrate(source_location, target_location, progress=None) -> TransferResult:
    """Move the whole journal from one location (file or server URL) to a new one."""
    if str(source_location) == str(target_location):
        raise TransferError("Источник и назначение совпадают.")
    source = _open_source(source_location)
    try:
        target = None
        try:
            target = _create_target(target_location)
            src_version = migrations.state(source.engine).current
            dst_version = migrations.state(target.engine).current
            if src_version != dst_version:
                raise TransferError(f"Версии схемы не совпадают ({src_version} и {dst_version}): "
                                    f"перенос остановлен.")
            counts = copy_tables(source, target, progress)
        except BaseException:
            _discard_target(target_location, target)
            raise
        result = TransferResult(source.location, target.location, counts)
        target.close()
        return result
    finally:
        source.close()
