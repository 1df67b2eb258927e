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
import shutil
import tempfile
import threading
import zipfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from ... import __version__
from ...domain.rights import Action, permits
from ...domain.roles import Role
from ...storage import database, keystore, restore_intent, server, snapshot
from ...storage.database import Database
from ...storage.errors import StorageError
from ...storage.keyslots import SlotFile
from ...storage.models import BackupRecord, Lesson, Mark, Pupil, School, utcnow
from ..access import audit, settings
from ..access.actor import Actor
from ..access.guard import Denied, require, unit
from ..errors import ServiceError

__all__ = ["BackupError", "CorruptBackup", "BackupTooNew", "BackupKeyError", "BackupCancelled",
           "Manifest", "BackupResult", "RestoreResult", "KINDS", "SUFFIX", "make_backup", "verify_backup",
           "restore", "restore_to_server", "authorize_restore", "list_backups", "last_good_backup", "backup_overdue",
           "reminder", "REMIND_AFTER_DAYS"]

FORMAT = "ejournal-backup"
FORMAT_VERSION = 1
SUFFIX = ".ejb"
PART = ".part"
DB_MEMBER = "journal.db"
KEYID_MEMBER = "journal.db.keyid"
SLOTS_MEMBER = "journal.db.slots"
MANIFEST_MEMBER = "manifest.json"
KINDS = {"weekly": "еженедельная", "monthly": "ежемесячная", "year_archive": "архив года"}
REMIND_AFTER_DAYS = 7
CHUNK = 1 << 20
# A fixed member time: the same inputs give the same bytes on every drive.
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)

Progress = Callable[[int, int, str], None]


class BackupError(ServiceError):
    """A backup or restore could not be made; the message says what and why."""


class CorruptBackup(BackupError):
    """The backup file is empty, cut short, altered, or not a backup at all."""


class BackupTooNew(BackupError):
    """Made by a newer program version: this one does not know its schema."""


class BackupKeyError(BackupError):
    """No key opens the backup (wrong key, wrong password, no slot, no keyring entry)."""


class BackupCancelled(BackupError):
    """The user cancelled; nothing of this backup is left on the drives."""


# --- the manifest --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Manifest:
    program_version: str
    schema_version: str | None
    created_at: dt.datetime
    kind: str
    school_name: str
    school_short_name: str
    database_id: str
    counts: dict[str, int]
    db_size: int
    db_sha256: str
    has_slots: bool
    administrator_slots: tuple[str, ...] = ()
    format_version: int = FORMAT_VERSION
    backend: str = "sqlite"  # "postgresql": journal.db is a pg_dump custom-format archive

    def as_dict(self) -> dict:
        d = asdict(self)
        d["created_at"] = self.created_at.astimezone(dt.timezone.utc).isoformat()
        d["administrator_slots"] = list(self.administrator_slots)
        return {"format": FORMAT, **d}

    def to_bytes(self) -> bytes:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, where: str) -> Manifest:
        try:
            d = json.loads(data.decode("utf-8"))
            if d.get("format") != FORMAT:
                raise ValueError("format")
            if int(d["format_version"]) > FORMAT_VERSION:
                raise BackupTooNew(
                    f"Резервная копия {where} записана в формате новой версии программы "
                    f"({d.get('program_version')}). Установите новую версию программы.")
            created = dt.datetime.fromisoformat(d["created_at"])
            if created.tzinfo is None:
                raise ValueError("naive time")
            return cls(program_version=str(d["program_version"]), schema_version=d["schema_version"],
                       created_at=created, kind=str(d["kind"]), school_name=str(d["school_name"]),
                       school_short_name=str(d["school_short_name"]), database_id=str(d["database_id"]),
                       counts={str(k): int(v) for k, v in d["counts"].items()}, db_size=int(d["db_size"]),
                       db_sha256=str(d["db_sha256"]), has_slots=bool(d["has_slots"]),
                       administrator_slots=tuple(d.get("administrator_slots", ())),
                       format_version=int(d["format_version"]), backend=str(d.get("backend", "sqlite")))
        except BackupTooNew:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise CorruptBackup(f"Файл {where}: описание резервной копии (manifest.json) повреждено "
                                f"или это не резервная копия журнала.") from None

    def summary(self) -> str:
        """What the backup holds, for the user to read before a restore."""
        local = self.created_at.astimezone()
        lines = [f"Школа: {self.school_name}",
                 f"Копия от {local:%d.%m.%Y %H:%M} ({KINDS.get(self.kind, self.kind)})",
                 f"Учеников: {self.counts.get('pupils', 0)}, уроков: {self.counts.get('lessons', 0)}, "
                 f"отметок: {self.counts.get('marks', 0)}",
                 f"Версия программы: {self.program_version}, версия схемы: {self.schema_version}",
                 f"Размер базы: {self.db_size / 2**20:.1f} МБ"]
        if self.administrator_slots:
            lines.append("Открывается паролем администратора: " + ", ".join(self.administrator_slots))
        return "\n".join(lines)


@dataclass
class BackupResult:
    """One drive's outcome."""

    target: Path
    ok: bool
    message: str
    file: Path | None = None
    size: int = 0
    sha256: str = ""
    removed: list[Path] = field(default_factory=list)
    record_id: int | None = None

    def as_dict(self) -> dict:
        return {"target": str(self.target), "ok": self.ok, "message": self.message,
                "file": str(self.file) if self.file else None, "size": self.size, "sha256": self.sha256,
                "removed": [str(p) for p in self.removed]}


@dataclass
class RestoreResult:
    manifest: Manifest
    target: Path
    safety_copy: Path | None

    def as_dict(self) -> dict:
        return {"target": str(self.target), "safety_copy": str(self.safety_copy) if self.safety_copy else None,
                "manifest": self.manifest.as_dict()}


# --- small file helpers --------------------------------------------------------------------------

def _os_message(exc: OSError, target: Path) -> str:
    """A Russian message for an error of the environment, naming the drive or folder."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"На носителе {target} не хватает места для резервной копии."
    if code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"Носитель {target} защищён от записи, или нет прав на запись в эту папку."
    if code in (errno.ENOENT, errno.ENOTDIR, errno.ENODEV, errno.ENXIO, errno.EIO,
                getattr(errno, "ESTALE", -1), getattr(errno, "ENOMEDIUM", -1)):
        return f"Носитель {target} недоступен (извлечён во время записи или папки нет): {exc.strerror or exc}."
    return f"Не удалось записать резервную копию на {target}: {exc.strerror or exc}."


def _fsync_dir(path: Path) -> None:
    """Make a rename durable where the system allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _drop_cache(path: Path) -> None:
    """Ask the OS to forget the file's cached pages, so that a read-back reads the drive itself."""
    if not hasattr(os, "posix_fadvise"):
        return
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    except OSError:
        pass


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


class _DriveFile:
    """A file on the drive written with os.write, so that a short or failed write (a full or pulled-out
    drive) reaches us as OSError at the write that failed. Enough of a file for ZipFile."""

    def __init__(self, path: Path):
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)

    def write(self, data) -> int:
        view = memoryview(data)
        while view:
            n = os.write(self.fd, view)
            if n <= 0:
                raise OSError(errno.EIO, "запись не выполнена")
            view = view[n:]
        return len(data)

    def tell(self) -> int:
        return os.lseek(self.fd, 0, os.SEEK_CUR)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return os.lseek(self.fd, offset, whence)

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        pass

    def sync(self) -> None:
        os.fsync(self.fd)

    def close(self) -> None:
        if self.fd >= 0:
            fd, self.fd = self.fd, -1
            os.close(fd)


def _zipinfo(name: str, size: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_STORED
    info.file_size = size
    info.external_attr = 0o644 << 16
    return info


# --- reading a backup file -----------------------------------------------------------------------

def _open_zip(path: Path) -> zipfile.ZipFile:
    path = Path(path)
    if not path.exists():
        raise BackupError(f"Файл резервной копии не найден: {path}")
    if path.is_dir():
        raise BackupError(f"{path} — это папка, а не файл резервной копии. Укажите файл *.ejb в ней.")
    if path.stat().st_size == 0:
        raise CorruptBackup(f"Файл {path} пустой (0 байт): это не резервная копия.")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError):
        raise CorruptBackup(f"Файл {path} обрезан или повреждён: это не полная резервная копия журнала.") from None


def _read_member(zf: zipfile.ZipFile, name: str, where: Path, *, required: bool = True) -> bytes | None:
    if name not in zf.namelist():
        if required:
            raise CorruptBackup(f"В резервной копии {where} нет файла {name}: копия неполная.")
        return None
    try:
        return zf.read(name)
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise CorruptBackup(f"Резервная копия {where} повреждена ({name}: {exc}).") from None


def _copy_member(zf: zipfile.ZipFile, where: Path, out: Path | None, expected_sha: str,
                 cancel: Callable[[], bool] | None = None) -> None:
    """Read journal.db (CRC checked by zipfile), compare its SHA-256, optionally writing it out."""
    h = hashlib.sha256()
    try:
        with zf.open(DB_MEMBER) as src:
            dst = open(out, "wb") if out is not None else None
            try:
                while chunk := src.read(CHUNK):
                    if cancel is not None and cancel():
                        raise BackupCancelled("Операция отменена.")
                    h.update(chunk)
                    if dst is not None:
                        dst.write(chunk)
                if dst is not None:
                    dst.flush()
                    os.fsync(dst.fileno())
            finally:
                if dst is not None:
                    dst.close()
    except (zipfile.BadZipFile, EOFError) as exc:
        raise CorruptBackup(f"Резервная копия {where} повреждена: база внутри не совпадает со своей "
                            f"контрольной суммой ({exc}).") from None
    if h.hexdigest() != expected_sha:
        raise CorruptBackup(f"Резервная копия {where} повреждена: контрольная сумма SHA-256 базы не совпадает "
                            f"с записанной при копировании.")


def read_manifest(path: Path) -> Manifest:
    """The manifest alone, without checking the database inside (cheap: for lists and rotation)."""
    with _open_zip(path) as zf:
        manifest = Manifest.from_bytes(_read_member(zf, MANIFEST_MEMBER, path), str(path))
        try:
            size = zf.getinfo(DB_MEMBER).file_size
        except KeyError:
            raise CorruptBackup(f"В резервной копии {path} нет базы: копия неполная.") from None
        if size != manifest.db_size:
            raise CorruptBackup(f"Резервная копия {path} неполная: размер базы не совпадает с описанием.")
        return manifest


def list_backups(folder: Path, database_id: str | None = None) -> list[tuple[Path, Manifest]]:
    """Backups in a folder (a drive) that look whole, newest first; of one database when given its id.
    A zero-length, cut-short or foreign file is not listed: it never counts as a backup."""
    found = []
    try:
        candidates = sorted(Path(folder).glob(f"ejournal-*{SUFFIX}"))
    except OSError:
        return []
    for path in candidates:
        try:
            if not path.is_file():
                continue
            manifest = read_manifest(path)
        except (BackupError, OSError):
            continue
        if database_id is None or manifest.database_id == database_id:
            found.append((path, manifest))
    found.sort(key=lambda pm: pm[1].created_at, reverse=True)
    return found


# --- opening a backup with a key -----------------------------------------------------------------

def _candidate_keys(keyid: bytes, slots: bytes | None, key: bytes | None, login: str | None,
                    password: str | None, where: Path) -> list[tuple[str, bytes]]:
    if key is not None:
        return [("ключ", key)]
    out: list[tuple[str, bytes]] = []
    env = keystore.key_from_env()
    if env is not None:
        out.append((f"ключ из {keystore.ENV_KEY}", env))
    if login is not None and password is not None:
        if slots is None:
            raise BackupKeyError(f"В резервной копии {where} нет ключевых слотов: её открывает только ключ базы.")
        try:
            data = json.loads(slots.decode("utf-8"))
            slot_file = SlotFile(where, dict(data["slots"]), {})
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise CorruptBackup(f"Резервная копия {where}: файл ключевых слотов повреждён.") from None
        unwrapped = slot_file.unwrap(login.strip(), password)
        if unwrapped is None and env is None:
            raise BackupKeyError(
                f"Пароль не открывает резервную копию {where}: неверный логин или пароль, или у учётной "
                f"записи «{login}» на день копии не было ключа (пароль мог быть другим).")
        if unwrapped is not None:
            out.append((f"пароль {login}", unwrapped))
    try:
        sidecar = json.loads(keyid.decode("utf-8"))
        database_id, demo = str(sidecar["database_id"]), bool(sidecar.get("demo", False))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise CorruptBackup(f"Резервная копия {where}: файл идентификатора базы повреждён.") from None
    if demo:
        out.append(("ключ демонстрационной школы", keystore.DEMO_KEY))
    ring = snapshot.key_from_keyring(database_id)
    if ring is not None:
        out.append(("хранилище ключей этого компьютера", ring))
    if not out:
        raise BackupKeyError(
            f"Нет ключа к резервной копии {where}: войдите как администратор (логин и пароль на день копии), "
            f"или задайте ключ базы в {keystore.ENV_KEY} (он есть на листе восстановления ключа).")
    return out


@dataclass
class _Opened:
    manifest: Manifest
    db_file: Path
    keyid: bytes
    slots: bytes | None
    key: bytes


def _verify_into(path: Path, workdir: Path, *, key: bytes | None, login: str | None, password: str | None,
                 cancel: Callable[[], bool] | None = None) -> _Opened:
    """Every check of a backup; the database is extracted to `workdir` (the backup is only read)."""
    path = Path(path)
    with _open_zip(path) as zf:
        manifest = Manifest.from_bytes(_read_member(zf, MANIFEST_MEMBER, path), str(path))
        if not snapshot.schema_known(manifest.schema_version):
            raise BackupTooNew(
                f"Резервная копия {path} сделана более новой версией программы ({manifest.program_version}, "
                f"версия схемы {manifest.schema_version}). Установите эту или более новую версию программы; "
                f"ничего не изменено.")
        keyid = _read_member(zf, KEYID_MEMBER, path)
        slots = _read_member(zf, SLOTS_MEMBER, path, required=manifest.has_slots)
        on_server = manifest.backend == "postgresql"
        keys = [] if on_server else _candidate_keys(keyid, slots, key, login, password, path)
        out = Path(workdir) / DB_MEMBER
        _copy_member(zf, path, out, manifest.db_sha256, cancel)
    if out.stat().st_size != manifest.db_size:
        raise CorruptBackup(f"Резервная копия {path} неполная: размер базы не совпадает с описанием.")
    if on_server:
        try:
            server.check_dump(out)
        except StorageError as exc:
            raise CorruptBackup(f"Резервная копия {path} повреждена: {exc}") from None
        return _Opened(manifest, out, keyid, None, b"")
    for _how, candidate in keys:
        try:
            with snapshot.read_only(out, candidate) as conn:
                info = snapshot.inspect(conn)
                if not info.is_journal:
                    raise CorruptBackup(f"Файл {path} открывается, но внутри не база электронного журнала.")
                if not snapshot.schema_known(info.schema_version):
                    raise BackupTooNew(f"Резервная копия {path} сделана более новой версией программы "
                                       f"(версия схемы {info.schema_version}). Установите новую версию программы.")
                if info.schema_version != manifest.schema_version:
                    raise CorruptBackup(f"Резервная копия {path}: версия схемы базы не совпадает с описанием.")
                if info.problems:
                    raise CorruptBackup(f"Резервная копия {path} не прошла проверку целостности: "
                                        + "; ".join(info.problems[:5]))
                counts = _counts(conn)
                if counts != manifest.counts:
                    raise CorruptBackup(f"Резервная копия {path}: число учеников, уроков или отметок не совпадает "
                                        f"с описанием.")
                return _Opened(manifest, out, keyid, slots, candidate)
        except StorageError:  # WrongKey: try the next candidate
            continue
    raise BackupKeyError(f"Ключ не подходит к резервной копии {path}: "
                         f"{', '.join(how for how, _ in keys)} не открывает её. Ничего не изменено.")


def verify_backup(path: Path, *, key: bytes | None = None, login: str | None = None,
                  password: str | None = None, cancel: Callable[[], bool] | None = None) -> Manifest:
    """Check a backup fully and return what it holds; raises BackupError (a subclass says which fault).

    Sound means: a whole ZIP with every member's CRC right; the manifest readable and of a schema this
    program knows; the database's SHA-256 as in the manifest; a key opens it (`key`, else
    EJOURNAL_DB_KEY, the administrator's slot for `login`/`password`, the demo key, this PC's keyring);
    application id ours; PRAGMA integrity_check ok; counts as in the manifest.
    """
    with tempfile.TemporaryDirectory(prefix="ejournal-verify-") as tmp:
        return _verify_into(Path(path), Path(tmp), key=key, login=login, password=password,
                            cancel=cancel).manifest


# --- making a backup -----------------------------------------------------------------------------

def _counts(conn) -> dict[str, int]:
    return {name: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for name, table in (("pupils", "pupil"), ("lessons", "lesson"), ("marks", "mark"))}


_COUNTED = {"pupils": Pupil, "lessons": Lesson, "marks": Mark}


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
              slots: bytes | None) -> tuple[Manifest, bytes]:
    """Check the snapshot (opens with the key, application id, integrity) and write its manifest."""
    try:
        with snapshot.read_only(snap, key) as conn:
            info = snapshot.inspect(conn)
            if not info.is_journal:
                raise BackupError("Снимок базы открылся, но это не база журнала: копия не сделана.")
            if info.problems:
                raise BackupError("Снимок базы не прошёл проверку целостности; копия не сделана. Запустите "
                                  "«ejournal db check» и обратитесь к администратору: " + "; ".join(info.problems[:5]))
            counts = _counts(conn)
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
        counts=counts, db_size=snap.stat().st_size, db_sha256=sha.result(), has_slots=slots is not None,
        administrator_slots=tuple(a for a in admins if a in slot_logins))
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
    regular = [(p, m) for p, m in backups if m.kind != "year_archive"]
    kept |= {p for p, _m in regular[:keep_weekly]}
    months: dict[tuple[int, int], list[tuple[Path, Manifest]]] = {}
    for p, m in regular:  # newest first within each month too
        local = m.created_at.astimezone()
        months.setdefault((local.year, local.month), []).append((p, m))
    for month in sorted(months, reverse=True)[:keep_monthly]:
        # The month's own "monthly" backup when there is one, else its newest.
        chosen = next((p for p, m in months[month] if m.kind == "monthly"), months[month][0][0])
        kept.add(chosen)
    kept |= {p for p, m in backups if m.kind == "year_archive"}
    removed = []
    for p, _m in regular:
        if p not in kept:
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    return removed


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
            if db.on_server:
                facts = server.dump(db.engine, db.location, snap, _server_facts, cancel=cancelled)
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
                                            database_id=database_id, slots=slots)
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


# --- restore -------------------------------------------------------------------------------------

def authorize_restore(db: Database, actor: Actor) -> None:
    """The administrator's right to replace this database (a refusal is audited in it)."""
    with unit(db, actor):
        require(actor, Action.backup_restore, detail="восстановление из резервной копии")


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

    The backup is verified first (see verify_backup); with `login`/`password` the account must be an
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
        problem = None if other_school else other_school_problem(opened.manifest, target)
        if problem:
            raise OtherSchool(problem)
        # Open the extracted copy as the program will (an older schema is migrated here, in the copy).
        restored = database.open_file(opened.db_file, key=opened.key)
        try:
            actor_id = None
            if login is not None:
                from ..access.accounts import authenticate
                actor = authenticate(restored, login, password, now)
                if not permits(actor.roles, Action.backup_restore):
                    raise Denied(Action.backup_restore, "восстановление из резервной копии")
                actor_id = actor.account_id
            with restored.write_session() as session, session.begin():
                audit.record(session, actor_id, "restore", "database", None,
                             new={"backup": str(backup), "created_at": opened.manifest.created_at.isoformat(),
                                  "sha256": opened.manifest.db_sha256, "target": str(target)}, at=now)
        finally:
            restored.close()
        for stale in (work / (DB_MEMBER + "-wal"), work / (DB_MEMBER + "-shm")):
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
            actor_id = None
            if login is not None:
                from ..access.accounts import authenticate
                actor = authenticate(restored, login, password, now)
                if not permits(actor.roles, Action.backup_restore):
                    raise Denied(Action.backup_restore, "восстановление из резервной копии")
                actor_id = actor.account_id
            with restored.write_session() as session, session.begin():
                audit.record(session, actor_id, "restore", "database", None,
                             new={"backup": str(backup), "created_at": opened.manifest.created_at.isoformat(),
                                  "sha256": opened.manifest.db_sha256, "target": server.display(location)}, at=now)
        finally:
            restored.close()
    except BaseException:
        server.drop_everything(location)
        raise
    return RestoreResult(opened.manifest, Path(server.display(location)), None)
