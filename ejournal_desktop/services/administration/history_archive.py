"""The history archive beside the weekly backups: closed years copied and verified once per drive.

Once a school has a closed year, a weekly backup first looks on each drive for the *history archive*
of the current closed years (``ejournal-<school>-<time>-history.ejb``: a full backup taken after the
closing, its manifest holding `history_delta.Facts`). When every drive holds the same one and the
closed years are as it says, the weekly file holds only the rows outside it (the delta) and names the
archive (its file name and SHA-256). Otherwise — the first backup after a year is closed, a new
drive, a closed year changed by the program — a new archive is written to every drive first (the one
slow week), then the delta. Restore is still one step: `restore` finds the archive beside the weekly
file itself and puts the two together (`rebuild`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from ...storage import database, history_delta, snapshot
from ...storage.database import Database
from ...storage.errors import StorageError
from ...storage.history_delta import Facts
from ..access import audit
from .backup_file import (
    DB_MEMBER,
    SUFFIX,
    BackupError,
    CorruptBackup,
    Manifest,
    _counts,
    _Opened,
    _verify_into,
    list_backups,
    read_manifest,
)

KIND = "history"


def needs_archive(db: Database, kind: str) -> bool:
    """Whether this backup is made against a history archive: a weekly one of a file with closed years."""
    if kind != "weekly" or db.on_server or db.path is None:
        return False
    return bool(_closed_years(db))


def _closed_years(db: Database) -> tuple[int, ...]:
    with db.engine.connect() as conn:
        return history_delta.closed_years(conn.connection.driver_connection)


def current_archive(db: Database, targets: list[Path], database_id: str) -> tuple[Manifest, str] | None:
    """The history archive every drive holds, of the closed years as they are now: (manifest, file name
    on the first drive); None when a new one must be written."""
    head = snapshot.head_version()
    found: list[tuple[Path, Manifest]] = []
    for target in targets:
        archives = [(p, m) for p, m in list_backups(target, database_id)
                    if m.kind == KIND and m.history and m.schema_version == head]
        if not archives:
            return None
        found.append(archives[0])  # the newest
    if len({m.db_sha256 for _p, m in found}) != 1:
        return None
    path, manifest = found[0]
    try:
        facts = Facts.from_dict(manifest.history)
    except (KeyError, TypeError, ValueError):
        return None
    if facts.years != _closed_years(db):
        return None
    return manifest, path.name  # whether a closed year changed since, the delta's own transaction checks


def base_of(archive: Manifest, file_name: str) -> dict:
    """What a weekly delta's manifest says of its archive."""
    return {"file": file_name, "sha256": archive.db_sha256, "created_at": archive.created_at.isoformat(),
            "facts": dict(archive.history)}


def take_delta(db: Database, target: Path, base: dict) -> dict[str, int]:
    """The delta snapshot at `target`; the whole school's counts. history_delta.StaleArchive when a
    closed year changed since `current_archive` looked (the caller falls back to a full snapshot)."""
    return history_delta.write_delta(db.path, db.key, target, Facts.from_dict(base["facts"]))


def facts_of_snapshot(snap: Path, key: bytes) -> dict:
    """The facts of a history archive's snapshot (what it holds of the closed years)."""
    with snapshot.read_only(snap, key) as conn:
        return history_delta.facts_of(conn).as_dict()


def prune(folder: Path, database_id: str, verified: set[tuple[str, str]]) -> list[Path]:
    """Delete history archives no backup on the drive needs any more (the newest always stays)."""
    backups = list_backups(folder, database_id)
    needed = {m.base.get("sha256") for _p, m in backups if m.base}
    archives = [(p, m) for p, m in backups if m.kind == KIND]
    removed = []
    for p, m in archives[1:]:
        if m.db_sha256 not in needed and (p.name, m.db_sha256) in verified:
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed


def find_archive(backup: Path, manifest: Manifest) -> Path:
    """The history archive a weekly delta needs, beside it on the same drive (by name, else by hash)."""
    base = manifest.base or {}
    name, sha = str(base.get("file", "")), str(base.get("sha256", ""))
    folder = Path(backup).parent
    candidates = [folder / name] if name else []
    try:
        candidates += sorted(p for p in folder.glob(f"ejournal-*{SUFFIX}") if p.name != name)
    except OSError:
        pass
    for path in candidates:
        try:
            if path.is_file() and read_manifest(path).db_sha256 == sha:
                return path
        except (BackupError, OSError):
            continue
    raise BackupError(
        f"Еженедельная копия {backup} хранит только текущий год; закрытые годы — в архиве прошлых лет "
        f"{name or '(имя не записано)'}, записанном на тот же носитель. Его нет в папке {folder}: положите "
        f"файл {name} рядом с копией (или выберите копию на другом носителе). Ничего не изменено.")


def verify_backup(path: Path, *, key: bytes | None = None, login: str | None = None,
                  password: str | None = None, cancel: Callable[[], bool] | None = None) -> Manifest:
    """Check a backup fully and return what it holds; raises BackupError (a subclass says which fault).

    Sound means: a whole ZIP with every member's CRC right; the manifest readable and of a schema this
    program knows; the database's SHA-256 as in the manifest; a key opens it (`key`, else
    EJOURNAL_DB_KEY, the administrator's slot for `login`/`password`, the demo key, this PC's keyring);
    application id ours; PRAGMA integrity_check ok; counts as in the manifest. A weekly delta's history
    archive must lie beside it (it was checked in full when written; `restore` checks the two together).
    """
    with tempfile.TemporaryDirectory(prefix="ejournal-verify-") as tmp:
        manifest = _verify_into(Path(path), Path(tmp), key=key, login=login, password=password,
                                cancel=cancel).manifest
    if manifest.base:
        find_archive(Path(path), manifest)
    return manifest


def rebuild(backup: Path, delta: _Opened, work: Path, *, key: bytes | None, login: str | None,
            password: str | None, cancel: Callable[[], bool] | None = None) -> _Opened:
    """The whole school from a verified weekly delta and its history archive (found beside it), in
    `work`: the archive verified, the two merged, then counts, foreign keys, integrity and the audit
    chain checked. The result stands for the delta (its key, key id and slots: the current ones)."""
    archive_path = find_archive(backup, delta.manifest)
    part = work / "history"
    part.mkdir()
    # quick_check here: the merged file gets the full integrity_check below, once.
    archive = _verify_into(archive_path, part, key=key, login=login, password=password, cancel=cancel,
                           full=False)
    if archive.manifest.database_id != delta.manifest.database_id:
        raise CorruptBackup(f"Архив прошлых лет {archive_path} — копия другого журнала, чем {backup}. "
                            f"Ничего не изменено.")
    try:
        history_delta.merge(archive.db_file, archive.key, delta.db_file, delta.key,
                            Facts.from_dict(delta.manifest.base["facts"]))
    except (history_delta.MergeError, KeyError, TypeError, ValueError) as exc:
        raise CorruptBackup(f"Копию {backup} не удалось соединить с архивом прошлых лет {archive_path} "
                            f"({exc}). Ничего не изменено.") from None
    merged = work / ("whole-" + DB_MEMBER)
    archive.db_file.replace(merged)
    problems: list[str] = []
    try:
        with snapshot.read_only(merged, delta.key) as conn:
            problems += snapshot.inspect(conn).problems
            if _counts(conn) != delta.manifest.counts:
                problems.append("число учеников, уроков или отметок не совпадает с описанием копии")
        whole = database.open_file(merged, key=delta.key)
        try:
            with whole.session() as session:
                problems += audit.chain_problems(session)
        finally:
            whole.close()
    except StorageError as exc:
        problems.append(str(exc))
    if problems:
        raise CorruptBackup(f"Копия {backup} вместе с архивом прошлых лет {archive_path} не даёт исправную "
                            f"базу: " + "; ".join(problems[:5]) + ". Ничего не изменено.")
    return _Opened(delta.manifest, merged, delta.keyid, delta.slots, delta.key)
