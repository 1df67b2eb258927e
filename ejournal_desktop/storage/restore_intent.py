"""A restore as one recoverable step across the three files of a journal: the database, its .keyid
and its .slots.

The restore writes the new files beside the old ones (in a hidden ``.<db>.restore-*`` folder) and a
copy of the old ones (``<db>.before-restore-*``), then an intent file ``<db>.restore-intent`` naming
them with the new files' checksums, and only then swaps the files one by one. A program killed at
any point leaves either no intent (the old journal untouched) or an intent that the next start
(`recover`, called before any key or file is read) completes: every swap not yet done is done;
a new file that was lost is replaced by rolling the journal back to the safety copy. Either way the
journal opens, old or new, and the message names the safety copy.

`recover` also removes what killed backups and restores leave: ``.<db>.restore-*`` folders no intent
refers to, with a line saying so.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

INTENT_SUFFIX = ".restore-intent"
_log = logging.getLogger("ejournal")
# Messages of recoveries done in this process, per journal path, until the opened database takes them.
_notices: dict[str, list[str]] = {}


def intent_path(target: Path) -> Path:
    return target.with_name(target.name + INTENT_SUFFIX)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _companions(target: Path) -> tuple[Path, Path, Path]:
    return target, target.with_name(target.name + ".keyid"), target.with_name(target.name + ".slots")


@dataclass
class Switch:
    """The swap of a journal's three files by new ones prepared in `work`."""

    target: Path
    work: Path
    safety: Path | None
    # Relative names in `work` of the new database, .keyid and .slots (None: the backup has no slots).
    new_db: str
    new_keyid: str
    new_slots: str | None
    sha: dict[str, str]

    @classmethod
    def prepare(cls, target: Path, work: Path, safety: Path | None, new_db: Path, new_keyid: Path,
                new_slots: Path | None) -> Switch:
        sha = {p.name: _sha256(p) for p in (new_db, new_keyid, new_slots) if p is not None}
        return cls(target, work, safety, new_db.name, new_keyid.name, new_slots.name if new_slots else None, sha)

    def write(self) -> None:
        """The intent, durable (a temporary file, fsync, rename, fsync of the folder): the switch begins."""
        data = {"work": self.work.name, "safety": self.safety.name if self.safety else None,
                "new_db": self.new_db, "new_keyid": self.new_keyid, "new_slots": self.new_slots, "sha": self.sha}
        path = intent_path(self.target)
        tmp = path.with_name(path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)

    @classmethod
    def read(cls, target: Path) -> Switch | None:
        try:
            data = json.loads(intent_path(target).read_text(encoding="utf-8"))
            return cls(target, target.parent / data["work"],
                       target.parent / data["safety"] if data["safety"] else None,
                       data["new_db"], data["new_keyid"], data["new_slots"], dict(data["sha"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _steps(self) -> list[tuple[str | None, Path]]:
        db, keyid, slots = _companions(self.target)
        return [(self.new_db, db), (self.new_keyid, keyid), (self.new_slots, slots)]

    def complete(self) -> None:
        """Every swap not done yet, then the intent and the work folder removed."""
        db, _keyid, _slots = _companions(self.target)
        for name, dst in self._steps():
            if name is None:
                if dst.exists():
                    dst.unlink()  # the old key's slots would not open the restored file
                continue
            src = self.work / name
            if src.exists():
                if dst == db:  # the old write-ahead log must not meet the new file
                    for stale in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                        if stale.exists():
                            stale.unlink()
                os.replace(src, dst)
        _fsync_dir(self.target.parent)
        self.finish()

    def finish(self) -> None:
        intent_path(self.target).unlink(missing_ok=True)
        _fsync_dir(self.target.parent)
        shutil.rmtree(self.work, ignore_errors=True)

    def can_complete(self) -> bool:
        """Each new file is still in the work folder or already in place (by its checksum)."""
        for name, dst in self._steps():
            if name is None or (self.work / name).exists():
                continue
            if not dst.exists() or _sha256(dst) != self.sha.get(name):
                return False
        return True

    def roll_back(self) -> None:
        """The journal's files as they were before the restore, from the safety copy."""
        db, keyid, slots = _companions(self.target)
        for stale in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            if stale.exists():
                stale.unlink()
        for dst in (db, keyid, slots):
            kept = self.safety / dst.name if self.safety else None
            if kept is not None and kept.exists():
                tmp = dst.with_name(dst.name + ".rollback")
                shutil.copy2(kept, tmp)
                with tmp.open("rb") as f:
                    os.fsync(f.fileno())
                os.replace(tmp, dst)
            elif dst.exists():
                dst.unlink()
        _fsync_dir(self.target.parent)
        self.finish()


OWNER = "owner.pid"
_active: set[str] = set()


def claim(work: Path) -> None:
    """Mark a work folder as this process's, so that another program starting meanwhile leaves it."""
    (work / OWNER).write_text(str(os.getpid()), encoding="ascii")
    _active.add(str(work))


def release(work: Path) -> None:
    _active.discard(str(work))


def _in_use(folder: Path) -> bool:
    try:
        pid = int((folder / OWNER).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return False
    if pid == os.getpid():
        return str(folder) in _active
    if os.name == "nt":  # no harmless liveness probe: a folder younger than an hour may be in use
        import time
        return time.time() - folder.stat().st_mtime < 3600
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _note(target: Path, message: str) -> None:
    _notices.setdefault(str(target), []).append(message)
    _log.warning("%s", message)


def recover(target: Path) -> list[str]:
    """Complete or roll back a restore a killed program left; clean its litter. Returns the messages
    (also kept for `take_notices`)."""
    target = Path(target)
    before = len(_notices.get(str(target), []))
    if not target.parent.is_dir():
        return []
    tmp_intent = intent_path(target).with_name(intent_path(target).name + ".tmp")
    if tmp_intent.exists():
        tmp_intent.unlink()  # killed while writing the intent: the switch had not begun
    switch = Switch.read(target) if intent_path(target).exists() else None
    if switch is None and intent_path(target).exists():
        intent_path(target).unlink()  # unreadable: it cannot have been written completely
    if switch is not None:
        safety = f" Прежняя база сохранена в {switch.safety}." if switch.safety else ""
        if switch.can_complete():
            switch.complete()
            _note(target, f"Восстановление журнала {target} из резервной копии было прервано и теперь "
                          f"завершено: открыт восстановленный журнал.{safety}")
        else:
            switch.roll_back()
            _note(target, f"Восстановление журнала {target} из резервной копии было прервано, а "
                          f"подготовленные файлы потеряны: журнал возвращён к состоянию до восстановления.{safety}")
    for leftover in sorted(target.parent.glob(f".{target.name}.restore-*")):
        if not leftover.is_dir() or _in_use(leftover):
            continue
        shutil.rmtree(leftover, ignore_errors=True)
        _note(target, f"Удалена папка {leftover}, оставшаяся от прерванного восстановления; журнал она не затрагивала.")
    return _notices.get(str(target), [])[before:]


def take_notices(target: Path) -> list[str]:
    return _notices.pop(str(Path(target)), [])
