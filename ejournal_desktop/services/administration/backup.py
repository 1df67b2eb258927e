"""Backups to removable drives, their verification, and restore (issue 7, «Резервное копирование»).

The backup file
---------------
One file per backup: ``ejournal-<school short name>-<YYYY-MM-DD_HHMM>-<kind>.ejb``, a ZIP archive
without compression (the database is encrypted, so it would not shrink) that any archiver can list:

- ``journal.db``        the consistent snapshot (VACUUM INTO), still encrypted with the database key;
- ``journal.db.keyid``  the database id (no secret): finds the key in a PC's keyring;
- ``journal.db.slots``  the key wrapped per staff account (argon2id + AES-GCM): the administrator's
                        password alone opens the backup on a new PC (the password of the day of the
                        backup: slots are rewrapped when a password changes);
- ``manifest.json``     program and schema version, time, school, counts of pupils, lessons and marks,
                        size and SHA-256 of ``journal.db``, the database id.

A school with a closed year keeps those years in a *history archive* beside its weekly copies: a
whole backup of kind ``history`` taken after the closing, written and verified once per drive; the
weekly file then holds only the rows outside it (format version 2, ``base`` in the manifest naming
the archive) and `restore` puts the two together (history_archive.py, storage/history_delta.py).

One file rather than a folder: a single name to rename atomically on a FAT/exFAT stick, a zero-length
or cut-short file is recognisable at once (a ZIP's directory is at its end), and every member carries
a CRC besides the manifest's SHA-256.

A journal on a PostgreSQL server is backed up the same way, through the same view and manifest
(``"backend": "postgresql"``): ``journal.db`` then holds a ``pg_dump -Fc`` archive taken in one
exported snapshot (the manifest's counts are read in that snapshot), ``journal.db.keyid`` names the
server database, and there are no key slots (the server's own login protects it). Its check is
``pg_restore --list``; `restore_to_server` puts it with ``pg_restore`` into an empty database.

Order of a backup (the issue's): snapshot to a local temporary folder; check it (opens with the key,
application id, PRAGMA integrity_check, schema version) and hash it; then for each drive, in parallel:
write ``<final>.part``, flush + fsync, drop it from the OS cache and read it back (manifest, companions,
SHA-256 of the database); rename to the final name only when the snapshot passed its check and the
read-back matched; read back again under the final name; only then apply the rotation on that drive.
The copy to the drives overlaps the snapshot's check, but nothing gets a final name before it passed.
A failure on one drive names the drive and does not stop the other; no half-written file keeps a
final name; the live database is only read (its one write is the record of the attempt).
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import re
import tempfile
import threading
import zipfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from ... import __version__
from ...domain.rights import Action, permits
from ...domain.roles import Role
from ...storage import history_delta, keystore, server, snapshot
from ...storage.database import Database
from ...storage.errors import StorageError
from ...storage.keyslots import SlotFile
from ...storage.models import BackupRecord, School, utcnow
from ..access import audit, settings
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError
from .backup_file import (  # noqa: F401 (re-exported)
    CHUNK,
    DB_MEMBER,
    DELTA_FORMAT_VERSION,
    KEYID_MEMBER,
    KINDS,
    MANIFEST_MEMBER,
    PART,
    REMIND_AFTER_DAYS,
    SLOTS_MEMBER,
    SUFFIX,
    BackupCancelled,
    BackupError,
    BackupKeyError,
    BackupResult,
    BackupTooNew,
    CorruptBackup,
    Manifest,
    Progress,
    RestoreResult,
    _copy_member,
    _counts,
    _DriveFile,
    _drop_cache,
    _fsync_dir,
    _open_zip,
    _os_message,
    _read_member,
    _sha256_file,
    _unlink_quietly,
    _zipinfo,
    list_backups,
    read_manifest,
)
from . import history_archive
from .history_archive import verify_backup
from .restore import OtherSchool, authorize_restore, restore, restore_to_server  # noqa: F401 (re-exported)

__all__ = ["OtherSchool", "read_manifest", "BackupError", "CorruptBackup", "BackupTooNew", "BackupKeyError", "BackupCancelled",
           "Manifest", "BackupResult", "RestoreResult", "KINDS", "SUFFIX", "make_backup", "verify_backup",
           "restore", "restore_to_server", "authorize_restore", "list_backups", "last_good_backup", "backup_overdue",
           "reminder", "REMIND_AFTER_DAYS"]


def _safe_name(text: str) -> str:
    name = re.sub(r"[^\w-]+", "_", text, flags=re.UNICODE).strip("_")
    return (name or "school")[:40]


def _file_name(short_name: str, when: dt.datetime, kind: str, folder: Path) -> str:
    stem = f"ejournal-{_safe_name(short_name)}-{when.astimezone():%Y-%m-%d_%H%M}-{kind}"
    name, n = stem + SUFFIX, 1
    while (folder / name).exists() or (folder / (name + PART)).exists():
        n += 1
        name = f"{stem}-{n}{SUFFIX}"
    return name


class _Progress:
    """Byte counts from the drive threads, summed under a lock for one progress callback."""

    def __init__(self, callback: Progress | None, total: int):
        self.callback, self.total, self.done = callback, total, 0
        self.lock = threading.Lock()

    def stage(self, text: str) -> None:
        if self.callback:
            with self.lock:
                self.callback(self.done, self.total, text)

    def add(self, n: int, text: str) -> None:
        if self.callback:
            with self.lock:
                self.done = min(self.total, self.done + n)
                self.callback(self.done, self.total, text)


def _describe(snap: Path, key: bytes, sha: Future, *, kind: str, now: dt.datetime, database_id: str,
              slots: bytes | None, base: dict | None = None,
              whole_counts: dict[str, int] | None = None) -> tuple[Manifest, bytes]:
    """Check the snapshot (opens with the key, application id, integrity) and write its manifest.
    A delta (`base`: the history archive it needs) counts the whole school as `whole_counts`; a history
    archive records which rows are the closed years'."""
    try:
        with snapshot.read_only(snap, key) as conn:
            info = snapshot.inspect(conn)
            if not info.is_journal:
                raise BackupError("Снимок базы открылся, но это не база журнала: копия не сделана.")
            if info.problems:
                raise BackupError("Снимок базы не прошёл проверку целостности; копия не сделана. Запустите "
                                  "«ejournal db check» и обратитесь к администратору: " + "; ".join(info.problems[:5]))
            counts = _counts(conn)
            history = history_delta.facts_of(conn).as_dict() if kind == history_archive.KIND else None
            row = conn.execute("SELECT name, short_name FROM school LIMIT 1").fetchone()
            admins = [r[0] for r in conn.execute(
                "SELECT a.login FROM account a JOIN account_role r ON r.account_id = a.id "
                "WHERE r.role = ? AND NOT a.disabled ORDER BY a.login", (Role.administrator.value,))]
    except StorageError as exc:
        raise BackupError(f"Снимок базы не открывается ключом базы ({exc}); копия не сделана.") from None
    slot_logins = set(json.loads(slots.decode("utf-8")).get("slots", {})) if slots else set()
    manifest = Manifest(
        program_version=__version__, schema_version=info.schema_version, created_at=now, kind=kind,
        school_name=row[0] if row else "", school_short_name=row[1] if row else "", database_id=database_id,
        counts=whole_counts if base else counts, db_size=snap.stat().st_size, db_sha256=sha.result(),
        has_slots=slots is not None, administrator_slots=tuple(a for a in admins if a in slot_logins),
        history=history, base={**base, "delta_counts": counts} if base else None,
        **({"format_version": DELTA_FORMAT_VERSION} if base else {}))
    return manifest, manifest.to_bytes()


def _server_facts(conn) -> dict:
    """What the manifest says of a server database, read in the dump's own snapshot."""
    from sqlalchemy import text
    counts = {name: conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
              for name, table in (("pupils", "pupil"), ("lessons", "lesson"), ("marks", "mark"))}
    school = conn.execute(text("SELECT name, short_name FROM school LIMIT 1")).first()
    version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return {"counts": counts, "school": tuple(school) if school else ("", ""), "schema_version": version}


def _describe_dump(snap: Path, facts: dict, sha: Future, *, kind: str, now: dt.datetime,
                   database_id: str) -> tuple[Manifest, bytes]:
    """Check a server's dump (pg_restore reads it whole) and write its manifest."""
    try:
        server.check_dump(snap)
    except StorageError as exc:
        raise BackupError(f"Архив базы сервера не прошёл проверку ({exc}); копия не сделана.") from None
    manifest = Manifest(
        program_version=__version__, schema_version=facts["schema_version"], created_at=now, kind=kind,
        school_name=facts["school"][0], school_short_name=facts["school"][1], database_id=database_id,
        counts=facts["counts"], db_size=snap.stat().st_size, db_sha256=sha.result(), has_slots=False,
        backend="postgresql")
    return manifest, manifest.to_bytes()


def _read_back(path: Path, manifest_bytes: bytes, keyid: bytes, slots: bytes | None, sha: str | None,
               db_crc: int | None = None) -> None:
    """Read a written backup from the drive and compare it with what was meant to be there: the ZIP
    directory, the manifest and companions, and (with `sha`) every byte of the database."""
    _drop_cache(path)
    with _open_zip(path) as zf:
        expected = {DB_MEMBER, KEYID_MEMBER, MANIFEST_MEMBER} | ({SLOTS_MEMBER} if slots is not None else set())
        if set(zf.namelist()) != expected:
            raise CorruptBackup(f"Резервная копия {path} записана не полностью.")
        if _read_member(zf, MANIFEST_MEMBER, path) != manifest_bytes or _read_member(zf, KEYID_MEMBER, path) != keyid \
                or (slots is not None and _read_member(zf, SLOTS_MEMBER, path) != slots):
            raise CorruptBackup(f"Резервная копия {path} при чтении с носителя отличается от записанной.")
        if db_crc is not None and zf.getinfo(DB_MEMBER).CRC != db_crc:
            raise CorruptBackup(f"Резервная копия {path} при чтении с носителя отличается от записанной.")
        if sha is not None:
            _copy_member(zf, path, None, sha)


def _read_back_range(path: Path, start: int, size: int, sha: str) -> None:
    """Read the database's bytes back from the drive (cache dropped) and compare their SHA-256."""
    _drop_cache(path)
    h = hashlib.sha256()
    with open(path, "rb") as f:
        f.seek(start)
        remaining = size
        while remaining:
            chunk = f.read(min(CHUNK, remaining))
            if not chunk:
                break
            h.update(chunk)
            remaining -= len(chunk)
    if remaining or h.hexdigest() != sha:
        raise CorruptBackup(f"Резервная копия {path} при чтении с носителя отличается от записанной.")


@dataclass
class _Staged:
    target: Path
    part: Path | None = None
    final: Path | None = None
    error: str | None = None


def _write_drive(staged: _Staged, snap: Path, size: int, keyid: bytes, slots: bytes | None, sha: Future,
                 described: Future, stop: threading.Event, progress: _Progress) -> None:
    """Write the backup under its temporary name, fsync, read it back. Errors end up in staged.error.

    The database's bytes are written, synced and read back while the snapshot is still being checked;
    the manifest follows once the check passed, and then the ZIP directory and small members are read
    back. Nothing is renamed here."""
    target = staged.target
    out: _DriveFile | None = None
    try:
        if not target.is_dir():
            raise OSError(errno.ENOENT, "папка не найдена")
        staged.part = target / (staged.final.name + PART)
        out = _DriveFile(staged.part)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED, allowZip64=True) as zf:
            with zf.open(_zipinfo(DB_MEMBER, size), "w", force_zip64=True) as dst, open(snap, "rb") as src:
                data_start = out.tell()
                while chunk := src.read(CHUNK):
                    if stop.is_set():
                        raise BackupCancelled("Операция отменена.")
                    dst.write(chunk)
                    progress.add(len(chunk), f"Запись на {target}")
            zf.writestr(_zipinfo(KEYID_MEMBER), keyid)
            if slots is not None:
                zf.writestr(_zipinfo(SLOTS_MEMBER), slots)
            out.sync()  # the bulk reaches the drive while the snapshot is still being checked
            progress.stage(f"Проверка записи на {target}")
            _read_back_range(staged.part, data_start, size, sha.result())
            progress.add(size, f"Проверка записи на {target}")
            manifest, manifest_bytes = described.result()  # waits for the snapshot's check
            zf.writestr(_zipinfo(MANIFEST_MEMBER), manifest_bytes)
            db_crc = zf.getinfo(DB_MEMBER).CRC
        out.sync()
        out.close()
        _read_back(staged.part, manifest_bytes, keyid, slots, None, db_crc)
    except BaseException as exc:  # noqa: BLE001 - each drive fails on its own
        if out is not None:
            try:
                out.close()
            except OSError:
                pass
        if staged.part is not None:
            _unlink_quietly(staged.part)
        staged.part = None
        if isinstance(exc, OSError):
            staged.error = _os_message(exc, target)
        elif isinstance(exc, CorruptBackup):
            staged.error = (f"Запись на {target} не подтвердилась при чтении (носитель неисправен или извлечён); "
                            f"копия на нём не сохранена.")
        elif isinstance(exc, ServiceError):
            staged.error = str(exc)
        else:
            staged.error = f"Не удалось записать резервную копию на {target}: {exc}"
            if not isinstance(exc, Exception):
                raise


def _finish_drive(staged: _Staged, manifest_bytes: bytes, keyid: bytes, slots: bytes | None, sha: str) -> None:
    """Give the checked file its final name and read it back once more."""
    try:
        os.replace(staged.part, staged.final)
        staged.part = None
        _fsync_dir(staged.target)
        _read_back(staged.final, manifest_bytes, keyid, slots, sha)
    except (OSError, BackupError) as exc:
        for leftover in (staged.part, staged.final):
            if leftover is not None:
                _unlink_quietly(leftover)  # an unverified file never keeps a backup's name
        staged.error = (_os_message(exc, staged.target) if isinstance(exc, OSError) else
                        f"Копия на {staged.target} не подтвердилась после переименования; она удалена.")


def _rotate(folder: Path, database_id: str, keep_weekly: int, keep_monthly: int, keep: Path,
            verified: set[tuple[str, str]]) -> list[Path]:
    """Delete generations beyond the rotation. Only backups of this database that were verified when
    written (a `verified` backup_record with the same name and SHA-256) and still look whole count;
    any other file is neither counted nor deleted."""
    backups = [(p, m) for p, m in list_backups(folder, database_id)  # newest first
               if p == keep or (p.name, m.db_sha256) in verified]
    kept: set[Path] = {keep}
    regular = [(p, m) for p, m in backups if m.kind not in ("year_archive", history_archive.KIND)]
    kept |= {p for p, _m in regular[:keep_weekly]}
    months: dict[tuple[int, int], list[tuple[Path, Manifest]]] = {}
    for p, m in regular:  # newest first within each month too
        local = m.created_at.astimezone()
        months.setdefault((local.year, local.month), []).append((p, m))
    for month in sorted(months, reverse=True)[:keep_monthly]:
        # The month's own "monthly" backup when there is one, else its newest.
        chosen = next((p for p, m in months[month] if m.kind == "monthly"), months[month][0][0])
        kept.add(chosen)
    kept |= {p for p, m in backups if m.kind in ("year_archive", history_archive.KIND)}
    removed = []
    for p, _m in regular:
        if p not in kept:
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed + history_archive.prune(folder, database_id, verified)


def make_backup(db: Database, actor: Actor, targets: list[Path], *, kind: str = "weekly",
                now: dt.datetime | None = None, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None, workdir: Path | None = None) -> list[BackupResult]:
    """Back the database up to each target folder (a drive); one result per target, in order.

    Raises BackupError when no backup could be started (no right, a server database, the snapshot
    failed its check) and BackupCancelled when `cancel()` turned true before the files were named;
    a failure of one drive is a result with ok=False and a message naming it.
    """
    if kind not in KINDS:
        raise BackupError(f"Неизвестный вид резервной копии «{kind}»: допустимы {', '.join(KINDS)}.")
    targets = [Path(t) for t in targets]
    if not targets:
        raise BackupError("Не выбрано ни одного носителя для резервной копии.")
    seen = set()
    for t in targets:
        key = os.path.normcase(os.path.abspath(t))
        if key in seen:
            raise BackupError(f"Носитель {t} выбран дважды: копии делаются на разные носители.")
        seen.add(key)
    now = now or utcnow()
    with unit(db, actor) as session:
        require(actor, Action.backup_restore)
        keep_weekly = settings.get(session, "backup_keep_weekly")
        keep_monthly = settings.get(session, "backup_keep_monthly")
        short_name = session.scalar(select(School.short_name).limit(1)) or "school"
    if db.on_server:
        database_id = db.location
        keyid = json.dumps({"database_id": database_id, "server": True}, ensure_ascii=False).encode("utf-8")
        slots = None
    else:
        sidecar = keystore.Sidecar.read(db.path)
        if sidecar is None:
            raise BackupError(f"Рядом с базой нет файла {keystore.Sidecar.path_for(db.path).name}: без него "
                              f"копию нельзя будет открыть на другом компьютере. Копия не сделана.")
        database_id = sidecar.database_id
        keyid = keystore.Sidecar.path_for(db.path).read_bytes()
        slots_path = SlotFile.path_for(db.path)
        slots = slots_path.read_bytes() if slots_path.exists() else None
    base, notes = None, {}
    if history_archive.needs_archive(db, kind):
        base, notes = _history_base(db, actor, targets, database_id, now=now, progress=progress,
                                    cancel=cancel, workdir=workdir)
    stop = threading.Event()

    def cancelled() -> bool:
        if cancel is not None and cancel():
            stop.set()
        return stop.is_set()

    litter = {t: _remove_litter(t) for t in targets}  # *.ejb.part a killed backup left
    staged = [_Staged(t) for t in targets]
    with tempfile.TemporaryDirectory(prefix="ejournal-backup-", dir=workdir) as tmp:
        snap = Path(tmp) / DB_MEMBER
        prog = _Progress(progress, 1)
        prog.stage("Снимок базы…")
        try:
            whole_counts = None
            if db.on_server:
                facts = server.dump(db.engine, db.location, snap, _server_facts, cancel=cancelled)
            elif base is not None:
                try:
                    whole_counts = history_archive.take_delta(db, snap, base)
                except history_delta.StaleArchive as why:  # a closed year changed since the archive
                    base, more = _history_base(db, actor, targets, database_id, fresh=True, now=now,
                                               progress=progress, cancel=cancel, workdir=workdir)
                    notes.update({t: f"После архива прошлых лет {why}; архив сделан заново. {n}"
                                  for t, n in more.items()})
                    try:
                        whole_counts = history_archive.take_delta(db, snap, base) if base else None
                    except history_delta.StaleArchive:  # changed again at this very moment
                        base = None
                    if base is None:
                        snapshot.take(db.engine, snap)
            else:
                snapshot.take(db.engine, snap)
        except Exception as exc:  # a full local disk, mostly; a server: pg_dump's own message
            if cancelled():
                raise BackupCancelled("Резервное копирование отменено; на носителях ничего не записано.") from None
            raise BackupError(f"Не удалось сделать снимок базы во временной папке {tmp}: {exc}. "
                              f"Копия не сделана.") from None
        if cancelled():
            raise BackupCancelled("Резервное копирование отменено; на носителях ничего не записано.")
        size = snap.stat().st_size
        prog.total = size * 2 * len(targets)
        prog.stage("Проверка снимка и запись на носители…")
        for s in staged:
            if s.target.is_dir():
                s.final = s.target / _file_name(short_name, now, kind, s.target)
            else:
                s.error = _os_message(OSError(errno.ENOENT, "папка не найдена"), s.target)
        try:
            with ThreadPoolExecutor(max_workers=len(targets) + 2, thread_name_prefix="backup") as pool:
                sha = pool.submit(_sha256_file, snap)
                if db.on_server:
                    described = pool.submit(_describe_dump, snap, facts, sha, kind=kind, now=now,
                                            database_id=database_id)
                else:
                    described = pool.submit(_describe, snap, db.key, sha, kind=kind, now=now,
                                            database_id=database_id, slots=slots, base=base,
                                            whole_counts=whole_counts)
                writers = [pool.submit(_write_drive, s, snap, size, keyid, slots, sha, described, stop, prog)
                           for s in staged if s.error is None]
                try:
                    while writers and not all(w.done() for w in writers):
                        cancelled()
                        wait(writers, timeout=0.05)
                except BaseException:  # Ctrl+C: stop the writers
                    stop.set()
                    raise
                for w in writers:
                    w.result()  # only a KeyboardInterrupt-like exception gets here
                manifest_error = described.exception()
        except BaseException:
            for s in staged:  # nothing half-written stays behind, not even under a temporary name
                if s.part is not None:
                    _unlink_quietly(s.part)
            raise
        if cancelled() or manifest_error is not None:
            for s in staged:
                if s.part is not None:
                    _unlink_quietly(s.part)
            if manifest_error is not None:
                with unit(db, actor) as session:
                    audit.record(session, actor.account_id, "backup_failed", "database", None,
                                 new={"reason": str(manifest_error)}, at=now)
                raise manifest_error if isinstance(manifest_error, BackupError) else BackupError(str(manifest_error))
            raise BackupCancelled("Резервное копирование отменено; на носителях ничего не осталось.")
        manifest, manifest_bytes = described.result()
        ready = [s for s in staged if s.error is None and s.part is not None]
        prog.stage("Проверка копий на носителях…")
        with ThreadPoolExecutor(max_workers=max(1, len(ready)), thread_name_prefix="backup") as pool:
            list(pool.map(lambda s: _finish_drive(s, manifest_bytes, keyid, slots, manifest.db_sha256), ready))

    with db.session() as session:
        verified = {(Path(t).name, h) for t, h in session.execute(
            select(BackupRecord.target, BackupRecord.sha256).where(BackupRecord.verified.is_(True)))}
    results = []
    for s in staged:
        if s.error is None and s.final is not None:
            removed = _rotate(s.target, database_id, keep_weekly, keep_monthly, s.final, verified)
            results.append(BackupResult(s.target, True, f"Копия записана и проверена: {s.final}", s.final,
                                        s.final.stat().st_size, manifest.db_sha256, removed))
        else:
            results.append(BackupResult(s.target, False, s.error or f"Копия на {s.target} не сделана."))
        if s.target in notes:
            results[-1].note = notes[s.target]
            results[-1].message = notes[s.target] + "\n" + results[-1].message
        for leftover in litter[s.target]:
            results[-1].message += (f"\nУдалён незавершённый файл {leftover}, оставшийся от прерванного "
                                    f"резервного копирования.")
    with unit(db, actor) as session:
        for r in results:
            rec = BackupRecord(at=now, kind=kind, target=str(r.file or r.target), size=r.size,
                               sha256=r.sha256, verified=r.ok,
                               manifest=manifest_bytes.decode("utf-8") if r.ok else json.dumps(
                                   {"error": r.message}, ensure_ascii=False))
            session.add(rec)
            session.flush()
            r.record_id = rec.id
            audit.record(session, actor.account_id, "backup" if r.ok else "backup_failed", "backup_record", rec.id,
                         new={"target": str(r.target), "file": str(r.file) if r.file else None, "kind": kind,
                              "verified": r.ok, "message": r.message, "sha256": r.sha256,
                              "removed": [str(p) for p in r.removed]}, at=now)
    prog.done = prog.total
    prog.stage("Готово")
    return results


def _history_base(db: Database, actor: Actor, targets: list[Path], database_id: str, *, fresh: bool = False,
                  **kw) -> tuple[dict | None, dict[Path, str]]:
    """The history archive a weekly delta is made against, written to every drive first when they do
    not all hold the current one (or `fresh`: a closed year changed since); (None, why) when it could
    not be written (the weekly copy is then a whole one)."""
    found = None if fresh else history_archive.current_archive(db, targets, database_id)
    if found is not None:
        return history_archive.base_of(*found), {}
    results = make_backup(db, actor, targets, kind=history_archive.KIND, **kw)
    notes = {r.target: (f"Архив прошлых лет записан и проверен: {r.file}" if r.ok else
                        f"Архив прошлых лет не записан ({r.message}); еженедельная копия — полная.")
             for r in results}
    if not all(r.ok for r in results):
        return None, notes
    return history_archive.base_of(read_manifest(results[0].file), results[0].file.name), notes


def _remove_litter(target: Path) -> list[Path]:
    """Remove the *.ejb.part files a killed backup left in the target folder; the removed ones."""
    removed = []
    try:
        leftovers = sorted(target.glob("*" + SUFFIX + PART)) if target.is_dir() else []
    except OSError:
        return []
    for leftover in leftovers:
        try:
            leftover.unlink()
            removed.append(leftover)
        except OSError:
            pass  # read-only now: the next backup tries again
    return removed


# --- the reminder --------------------------------------------------------------------------------

def last_good_backup(db: Database) -> dt.datetime | None:
    """When the newest verified backup was made (on any drive), or None."""
    with db.session() as session:
        return session.scalar(select(func.max(BackupRecord.at)).where(BackupRecord.verified.is_(True)))


def backup_overdue(db: Database, now: dt.datetime | None = None, days: int = REMIND_AFTER_DAYS) -> bool:
    """Whether the administrator should be reminded: no good backup, or the last is older than `days`."""
    last = last_good_backup(db)
    return last is None or (now or utcnow()) - last > dt.timedelta(days=days)


def reminder(db: Database, actor: Actor, now: dt.datetime | None = None) -> str | None:
    """The login reminder for an administrator, or None (for other roles, or when a backup is recent)."""
    if not permits(actor.roles, Action.backup_restore) or not backup_overdue(db, now):
        return None
    last = last_good_backup(db)
    if last is None:
        return "Резервная копия базы ещё ни разу не сделана. Сделайте копию на два внешних носителя."
    days = ((now or utcnow()) - last).days
    return (f"Последняя проверенная резервная копия сделана {last.astimezone():%d.%m.%Y} ({days} дн. назад). "
            f"Сделайте копию на два внешних носителя.")


