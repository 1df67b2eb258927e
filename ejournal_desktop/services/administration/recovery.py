"""Key escrow on paper, and restore of the open database from the program (issue 7).

`recovery_sheet` writes the recovery sheet: the database key as text and QR code (printing/recovery_sheet.py),
for the school's safe. Only the administrator may make it; each sheet made is in the audit log (when
and by whom, never the key); the PDF is written atomically.

`inspect_backup` and `restore_open_database` are what the administration page needs: check a chosen
backup with every key this session can offer (the open database's own key first), and replace the open
database by it, closing it first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from ...domain.rights import Action
from ...printing.document import write_bytes_atomic
from ...printing.recovery_sheet import RecoverySheet, recovery_sheet_pdf
from ...storage import database, keystore
from ...storage.database import Database
from ...storage.errors import StorageError
from ...storage.models import School, utcnow
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError
from . import backup

__all__ = ["recovery_sheet", "recovery_sheet_data", "inspect_backup", "restore_open_database", "restore_with_key"]


def recovery_sheet_data(db: Database, actor: Actor, *, today: dt.date | None = None) -> RecoverySheet:
    """The sheet's plain data (administrator only; audited by `recovery_sheet`, which writes it)."""
    with unit(db, actor) as session:
        require(actor, Action.backup_restore, detail="лист восстановления ключа")
        school = session.scalar(select(School.name).limit(1)) or ""
    if db.path is None or db.key is None:
        raise ServiceError("База на сервере: её ключами управляет сервер, листа восстановления у неё нет.")
    sidecar = keystore.Sidecar.read(db.path)
    if sidecar is None:
        raise ServiceError(f"Рядом с базой нет файла {keystore.Sidecar.path_for(db.path).name} с её "
                           f"идентификатором: лист не составлен.")
    return RecoverySheet(school_name=school, database_id=sidecar.database_id, db_path=str(db.path),
                         key_hex=db.key.hex(), made_on=today or dt.date.today(),
                         made_by=actor.display_name or actor.login)


def recovery_sheet(db: Database, actor: Actor, path: Path, *, today: dt.date | None = None,
                   now: dt.datetime | None = None) -> Path:
    """Write the recovery sheet PDF to `path` (atomically) and record who made it, when, and where."""
    path = Path(path)
    sheet = recovery_sheet_data(db, actor, today=today)
    data = recovery_sheet_pdf(sheet)
    try:
        write_bytes_atomic(path, data)
    except OSError as exc:
        raise ServiceError(f"Не удалось сохранить лист восстановления в {path}: {exc.strerror or exc}.") from None
    with unit(db, actor) as session:
        audit.record(session, actor.account_id, "recovery_sheet", "database", None,
                     new={"file": str(path), "database_id": sheet.database_id}, at=now or utcnow())
    return path


def _keys_for(db: Database) -> list[bytes | None]:
    """The open database's key first (a backup of this database), then the usual candidates."""
    return ([db.key] if db.key is not None else []) + [None]


def other_school_warning(db: Database, manifest: backup.Manifest) -> str | None:
    """For the confirmation before a restore: both schools named when the backup is of another journal."""
    if db.path is None:
        return None
    sidecar = keystore.Sidecar.read(db.path)
    if sidecar is None or sidecar.database_id == manifest.database_id:
        return None
    with db.session() as session:
        current = session.scalar(select(School.name).limit(1)) or str(db.path)
    return (f"Внимание: это резервная копия журнала другой школы — «{manifest.school_name}». Открыт журнал "
            f"«{current}». Восстановление заменит журнал «{current}» журналом «{manifest.school_name}».")


def inspect_backup(db: Database, actor: Actor, path: Path, *, cancel=None) -> backup.Manifest:
    """Verify a backup fully (see backup.verify_backup) with the keys this session holds."""
    with unit(db, actor):
        require(actor, Action.backup_restore, detail="проверка резервной копии")
    error: backup.BackupError | None = None
    for key in _keys_for(db):
        try:
            return backup.verify_backup(Path(path), key=key, cancel=cancel)
        except backup.BackupKeyError as exc:
            error = exc
    assert error is not None
    raise error


def restore_open_database(db: Database, actor: Actor, path: Path, *,
                          now: dt.datetime | None = None, other_school: bool = False) -> backup.RestoreResult:
    """Replace the open database by the backup at `path`.

    The right is checked (and a refusal audited) in the open database, and the backup verified, while
    it is still open; then the database is closed and `backup.restore` replaces it, keeping a safety copy.
    The caller must reopen the database (its key may now be another). After a failure before closing,
    `db` stays open and unchanged; a failure of the restore itself also leaves the file unchanged (but
    closed).
    """
    backup.authorize_restore(db, actor)
    if db.path is None:
        raise ServiceError("База на сервере восстанавливается средствами сервера, а не программой.")
    inspect_backup(db, actor, path)  # raises when the backup is unsound, before anything is closed
    keys = _keys_for(db)
    target = db.path
    db.close()
    error: backup.BackupError | None = None
    for key in keys:
        try:
            return backup.restore(Path(path), target, key=key, now=now, other_school=other_school)
        except backup.BackupKeyError as exc:
            error = exc
    assert error is not None
    raise error


def key_from_environment() -> bytes:
    """The key typed from the recovery sheet into EJOURNAL_DB_KEY, or a refusal saying where to put it."""
    key = keystore.key_from_env()
    if key is None:
        raise ServiceError(f"Задайте ключ базы с листа восстановления в {keystore.ENV_KEY} (64 цифры без пробелов).")
    return key


def restore_with_key(backup_path: Path, target: Path, key: bytes, *, now: dt.datetime | None = None,
                     other_school: bool = False) -> backup.RestoreResult:
    """The recovery sheet's way (``EJOURNAL_DB_KEY=… ejournal restore FILE``): no login, the key is the
    authority. Onto a new PC freely; over an existing database only when the same key opens it too
    (whoever holds that key may do anything to it anyway), else the administrator must sign in."""
    target = Path(target)
    if target.exists():
        try:
            database.open_file(target, key=key).close()
        except StorageError:
            raise ServiceError(f"Файл базы {target} уже есть, и ключ из {keystore.ENV_KEY} к нему не подходит: "
                               f"чтобы заменить эту базу, войдите как её администратор (--user ЛОГИН). "
                               f"Ничего не изменено.") from None
    return backup.restore(Path(backup_path), target, key=key, now=now, other_school=other_school)
