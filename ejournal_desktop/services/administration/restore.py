"""Putting a backup back: over the current journal (the administrator's right, a safety copy, one
recoverable switch of the three files; another school's journal only when confirmed), or into an
empty database on the school's server (pg_restore)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from ...domain.rights import Action, permits
from ...storage import database, keystore, restore_intent, server
from ...storage.database import Database
from ...storage.errors import StorageError
from ...storage.keyslots import SlotFile
from ...storage.models import School, utcnow
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, require, unit
from . import history_archive
from .backup_file import (
    _COUNTED,
    KEYID_MEMBER,
    SLOTS_MEMBER,
    BackupCancelled,
    BackupError,
    CorruptBackup,
    Manifest,
    RestoreResult,
    _fsync_dir,
    _verify_into,
)


def authorize_restore(db: Database, actor: Actor) -> None:
    """The administrator's right to replace this database (a refusal is audited in it)."""
    with unit(db, actor):
        require(actor, Action.backup_restore, detail="восстановление из резервной копии")


def _record_restore(restored: Database, backup: Path, manifest: Manifest, target: str, login: str | None,
                    password: str | None, now: dt.datetime) -> None:
    """In the restored journal itself: the one who restores must be its administrator (checked by their
    password there), and the restore is its first audit entry. Without a login (the recovery sheet's
    key is the authority) the entry names nobody."""
    actor_id = None
    if login is not None:
        from ..access.accounts import authenticate
        actor = authenticate(restored, login, password, now)
        if not permits(actor.roles, Action.backup_restore):
            raise Denied(Action.backup_restore, "восстановление из резервной копии")
        actor_id = actor.account_id
    with restored.write_session() as session, session.begin():
        audit.record(session, actor_id, "restore", "database", None,
                     new={"backup": str(backup), "created_at": manifest.created_at.isoformat(),
                          "sha256": manifest.db_sha256, "target": target}, at=now)


def _companions(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), keystore.Sidecar.path_for(path), SlotFile.path_for(path)]


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


class OtherSchool(BackupError):
    """The backup is of another journal than the one it would replace; needs an explicit confirmation."""


def journal_identity(path: Path) -> tuple[str | None, str]:
    """(database id, school name) of the journal file at `path`, as far as this PC can read them."""
    sidecar = keystore.Sidecar.read(path) if path.exists() else None
    name = path.name
    try:
        current = database.open_file(path)
    except Exception:  # its key is not here, or it is damaged: the file's name must do
        return (sidecar.database_id if sidecar else None), f"журнал в файле {path}"
    try:
        with current.session() as session:
            name = session.scalar(select(School.name).limit(1)) or name
    finally:
        current.close()
    return (sidecar.database_id if sidecar else None), name


def other_school_problem(manifest: Manifest, target: Path) -> str | None:
    """A message naming both schools when the backup is of another journal than the one at `target`."""
    if not target.exists():
        return None
    current_id, current_name = journal_identity(target)
    if current_id is None or current_id == manifest.database_id:
        return None
    return (f"Резервная копия — журнал другой школы: «{manifest.school_name}», а заменить она должна журнал "
            f"«{current_name}» ({target}). Если это и нужно, подтвердите восстановление журнала "
            f"«{manifest.school_name}» вместо «{current_name}» явно (в командной строке — --other-school). "
            f"Ничего не изменено.")


def restore(backup: Path, target_db_path: Path, *, login: str | None = None, password: str | None = None,
            key: bytes | None = None, now: dt.datetime | None = None,
            cancel: Callable[[], bool] | None = None, other_school: bool = False) -> RestoreResult:
    """Replace the database at `target_db_path` (or create it) with a verified backup.

    The backup is verified first (see verify_backup); a weekly delta is put together with the history
    archive beside it first (history_archive.rebuild); with `login`/`password` the account must be an
    administrator in the backup, and its password opens the backup's key slot when no other key does
    (a new PC). The current database, if any, is copied with its companions to
    ``<name>.before-restore-<time>/``; then the restored file, its .keyid and .slots replace the old
    ones by rename. The database must be closed. Any failure before the rename leaves it as it was.
    """
    backup, target = Path(backup), Path(target_db_path)
    now = now or utcnow()
    if (login is None) != (password is None):
        raise BackupError("Для восстановления по паролю нужны и логин, и пароль.")
    target.parent.mkdir(parents=True, exist_ok=True)
    restore_intent.recover(target)  # a restore killed before: completed or rolled back first
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.restore-", dir=target.parent))
    restore_intent.claim(work)
    try:
        opened = _verify_into(backup, work, key=key, login=login, password=password, cancel=cancel)
        if opened.manifest.base:  # a weekly delta: the closed years come from the archive beside it
            opened = history_archive.rebuild(backup, opened, work, key=key, login=login, password=password,
                                             cancel=cancel)
        problem = None if other_school else other_school_problem(opened.manifest, target)
        if problem:
            raise OtherSchool(problem)
        # Open the extracted copy as the program will (an older schema is migrated here, in the copy).
        restored = database.open_file(opened.db_file, key=opened.key)
        try:
            _record_restore(restored, backup, opened.manifest, str(target), login, password, now)
        finally:
            restored.close()
        db_file = opened.db_file
        for stale in (db_file.with_name(db_file.name + "-wal"), db_file.with_name(db_file.name + "-shm")):
            if stale.exists() and stale.stat().st_size:
                raise BackupError("Восстановленная база не закрылась полностью; ничего не изменено.")
        if cancel is not None and cancel():
            raise BackupCancelled("Восстановление отменено; база не изменена.")
        keyid_tmp, slots_tmp = work / KEYID_MEMBER, work / SLOTS_MEMBER
        _write_synced(keyid_tmp, opened.keyid)
        if opened.slots is not None:
            _write_synced(slots_tmp, opened.slots)
        # The current database and its companions, kept as they were.
        safety = None
        if target.exists():
            safety = target.with_name(f"{target.name}.before-restore-{now.astimezone():%Y%m%d-%H%M%S}")
            n = 1
            while safety.exists():
                n += 1
                safety = safety.with_name(f"{target.name}.before-restore-{now.astimezone():%Y%m%d-%H%M%S}-{n}")
            safety.mkdir()
            for companion in _companions(target):
                if companion.exists():
                    shutil.copy2(companion, safety / companion.name)
                    with open(safety / companion.name, "rb") as f:
                        os.fsync(f.fileno())
            _fsync_dir(safety)
        # The switch: an intent naming the new files and the safety copy, then the swaps; a program
        # killed anywhere in it is completed (or rolled back) at the next start.
        switch = restore_intent.Switch.prepare(target, work, safety, opened.db_file, keyid_tmp,
                                               slots_tmp if opened.slots is not None else None)
        switch.write()
        switch.complete()
        _fsync_dir(target.parent)
        return RestoreResult(opened.manifest, target, safety)
    finally:
        restore_intent.release(work)
        if not restore_intent.intent_path(target).exists():  # else the next start completes it
            shutil.rmtree(work, ignore_errors=True)


def restore_to_server(backup: Path, location: str, *, login: str | None = None, password: str | None = None,
                      now: dt.datetime | None = None, cancel: Callable[[], bool] | None = None) -> RestoreResult:
    """Put a server journal's backup into an EMPTY PostgreSQL database with pg_restore (one transaction).

    The backup is verified first; afterwards the restored counts must equal the manifest's, and with
    `login`/`password` the account must be an administrator in the restored journal. Any failure
    empties the database again: it is left as it was found."""
    backup, now = Path(backup), now or utcnow()
    if (login is None) != (password is None):
        raise BackupError("Для восстановления по паролю нужны и логин, и пароль.")
    engine = server.engine_for(location)
    try:
        if server.tables(engine):
            raise BackupError(f"База {server.display(location)} не пуста: резервная копия восстанавливается "
                              f"только в пустую базу на сервере (создайте новую). Ничего не изменено.")
    finally:
        engine.dispose()
    with tempfile.TemporaryDirectory(prefix="ejournal-restore-") as tmp:
        opened = _verify_into(backup, Path(tmp), key=None, login=None, password=None, cancel=cancel)
        if opened.manifest.backend != "postgresql":
            raise BackupError(f"Резервная копия {backup} — копия файла журнала, а не базы сервера: восстановите её "
                              f"в файл (ejournal --db ФАЙЛ restore) и перенесите командой «ejournal db migrate».")
        if cancel is not None and cancel():
            raise BackupCancelled("Восстановление отменено; база не изменена.")
        try:
            server.restore_into(location, opened.db_file)
        except StorageError as exc:
            raise BackupError(f"Восстановление на сервер не удалось: {exc}. База оставлена пустой.") from None
    try:
        restored = database.open_url(location)
        try:
            with restored.session() as session:
                counts = {name: session.scalar(select(func.count()).select_from(model))
                          for name, model in _COUNTED.items()}
            if counts != opened.manifest.counts:
                raise CorruptBackup(f"После восстановления на сервере число учеников, уроков или отметок "
                                    f"({counts}) не совпадает с резервной копией ({opened.manifest.counts}).")
            _record_restore(restored, backup, opened.manifest, server.display(location), login, password, now)
        finally:
            restored.close()
    except BaseException:
        server.drop_everything(location)
        raise
    return RestoreResult(opened.manifest, Path(server.display(location)), None)
