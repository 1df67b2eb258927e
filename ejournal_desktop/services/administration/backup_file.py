"""A backup file (.ejb) itself: its manifest, reading it and checking it with a key; the errors a
backup or a restore reports. Written by backup.make_backup, put back by restore."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ...storage import keystore, server, snapshot
from ...storage.errors import StorageError
from ...storage.keyslots import SlotFile
from ...storage.models import Lesson, Mark, Pupil
from ..errors import ServiceError

FORMAT = "ejournal-backup"


FORMAT_VERSION = 1

# A weekly backup that needs its history archive beside it (history_delta): an older program must not
# take its journal.db for the whole school.
DELTA_FORMAT_VERSION = 2


SUFFIX = ".ejb"


PART = ".part"


DB_MEMBER = "journal.db"


KEYID_MEMBER = "journal.db.keyid"


SLOTS_MEMBER = "journal.db.slots"


MANIFEST_MEMBER = "manifest.json"


KINDS = {"weekly": "еженедельная", "monthly": "ежемесячная", "year_archive": "архив года",
         "history": "архив прошлых лет"}


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


def _optional_dict(d: dict, name: str) -> dict | None:
    value = d.get(name)
    if value is not None and not isinstance(value, dict):
        raise ValueError(name)
    return value


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
    # A history archive (kind "history"): which rows are the closed years' (history_delta.Facts).
    history: dict | None = None
    # A weekly delta: the archive it needs ({"file", "sha256", "facts"}) and the counts of journal.db
    # itself (`counts` are the whole school's).
    base: dict | None = None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["created_at"] = self.created_at.astimezone(dt.timezone.utc).isoformat()
        d["administrator_slots"] = list(self.administrator_slots)
        for optional in ("history", "base"):
            if d[optional] is None:
                del d[optional]  # a full backup's manifest stays as older programs wrote it
        return {"format": FORMAT, **d}

    def to_bytes(self) -> bytes:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, where: str) -> Manifest:
        try:
            d = json.loads(data.decode("utf-8"))
            if d.get("format") != FORMAT:
                raise ValueError("format")
            if int(d["format_version"]) > DELTA_FORMAT_VERSION:
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
                       format_version=int(d["format_version"]), backend=str(d.get("backend", "sqlite")),
                       history=_optional_dict(d, "history"), base=_optional_dict(d, "base"))
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
        if self.base:
            lines.append(f"Закрытые учебные годы — в архиве прошлых лет {self.base.get('file', '')} "
                         f"(восстанавливается вместе с ним, он лежит рядом на том же носителе)")
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
    note: str = ""  # the history archive written (or not) to this drive first, in the user's words

    def as_dict(self) -> dict:
        return {"target": str(self.target), "ok": self.ok, "message": self.message,
                "file": str(self.file) if self.file else None, "size": self.size, "sha256": self.sha256,
                "removed": [str(p) for p in self.removed], **({"note": self.note} if self.note else {})}


@dataclass
class RestoreResult:
    manifest: Manifest
    target: Path
    safety_copy: Path | None

    def as_dict(self) -> dict:
        return {"target": str(self.target), "safety_copy": str(self.safety_copy) if self.safety_copy else None,
                "manifest": self.manifest.as_dict()}


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
                 cancel: Callable[[], bool] | None = None, full: bool = True) -> _Opened:
    """Every check of a backup; the database is extracted to `workdir` (the backup is only read).
    `full=False`: SQLite's quick_check instead of integrity_check (the caller checks fully later)."""
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
                info = snapshot.inspect(conn, full=full)
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
                if counts != (manifest.base.get("delta_counts") if manifest.base else manifest.counts):
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


def _counts(conn) -> dict[str, int]:
    return {name: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for name, table in (("pupils", "pupil"), ("lessons", "lesson"), ("marks", "mark"))}


_COUNTED = {"pupils": Pupil, "lessons": Lesson, "marks": Mark}
