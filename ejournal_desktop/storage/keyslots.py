"""Key slots: the database key wrapped once per staff account.

Whoever holds the database key bypasses every role, so a staff PC does not keep the key: a key
derived from the staff member's password (argon2id) wraps it (AES-256-GCM) in a slot of the file
``<database>.slots`` beside the database. A staff login unwraps it; a password change rewraps
that slot. Parents and pupils never hold a slot. The file also counts failed unwraps per login,
so that guessing at the login window locks the account like a failed password does (the
database, where the account's own counter lives, is still closed then).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import StorageError

# About 0.1 s on a school PC: the whole cost of a brute-force guess of an offline copy.
KDF = {"time_cost": 3, "memory_cost": 64 * 1024, "parallelism": 2}
# What a slot may ask for: memory in KiB (8 MiB – 1 GiB), passes, lanes.
KDF_BOUNDS = {"time_cost": (1, 10), "memory_cost": (8 * 1024, 1024 * 1024), "parallelism": (1, 16)}


class SlotError(StorageError):
    """The slot file is unreadable, or a slot does not open."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _derive(password: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, hash_len=32, type=Type.ID, **kdf)


@dataclass
class SlotFile:
    path: Path
    slots: dict[str, dict]
    lockout: dict[str, dict]

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".slots")

    @classmethod
    def load(cls, db_path: Path) -> SlotFile:
        p = cls.path_for(Path(db_path))
        if not p.exists():
            return cls(p, {}, {})
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            return cls(p, dict(data["slots"]), dict(data.get("lockout", {})))
        except (ValueError, KeyError, TypeError):
            raise SlotError(f"Файл ключей {p} повреждён. Восстановите его из резервной копии "
                            f"или войдите с ключом базы (EJOURNAL_DB_KEY).") from None

    def save(self) -> None:
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as f:
            json.dump({"version": 1, "slots": self.slots, "lockout": self.lockout}, f, indent=1)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def has(self, login: str) -> bool:
        return login in self.slots

    def put(self, login: str, password: str, key: bytes) -> None:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        wrapped = AESGCM(_derive(password, salt, KDF)).encrypt(nonce, key, login.encode("utf-8"))
        self.slots[login] = {"kdf": "argon2id", **KDF, "salt": _b64(salt), "nonce": _b64(nonce),
                             "wrapped": _b64(wrapped)}

    def put_many(self, logins: list[str], password: str, key: bytes) -> None:
        """Slots for logins sharing one password (the demo school): one derivation for all."""
        salt = secrets.token_bytes(16)
        kek = AESGCM(_derive(password, salt, KDF))
        for login in logins:
            nonce = secrets.token_bytes(12)
            self.slots[login] = {"kdf": "argon2id", **KDF, "salt": _b64(salt), "nonce": _b64(nonce),
                                 "wrapped": _b64(kek.encrypt(nonce, key, login.encode("utf-8")))}

    def remove(self, login: str) -> None:
        self.slots.pop(login, None)
        self.lockout.pop(login, None)

    def unknown_tag(self, login: str) -> str:
        """The lockout entry of a login with no slot: a hash, never the text typed."""
        return "?" + hashlib.sha256(("ejournal-slot:" + login.casefold()).encode("utf-8")).hexdigest()[:32]

    def unwrap_nothing(self, password: str) -> None:
        """The cost of an unwrap for a login with no slot (one derivation), and no key."""
        _derive(password, b"\0" * 16, KDF)
        return None

    def unwrap(self, login: str, password: str) -> bytes | None:
        """The database key, or None when the password does not open this login's slot."""
        slot = self.slots.get(login)
        if slot is None:
            return None
        kdf = self._checked_kdf(login, slot)
        try:
            return AESGCM(_derive(password, _unb64(slot["salt"]), kdf)).decrypt(
                _unb64(slot["nonce"]), _unb64(slot["wrapped"]), login.encode("utf-8"))
        except InvalidTag:
            return None

    def _checked_kdf(self, login: str, slot: dict) -> dict:
        """The slot's argon2 parameters, refused unless within sane bounds (a crafted file asking for
        terabytes of memory or hours of work must not hang the login)."""
        try:
            kdf = {k: int(slot[k]) for k in KDF}
            salt = _unb64(slot["salt"])
        except (KeyError, TypeError, ValueError):
            raise SlotError(f"Файл ключей {self.path} повреждён: у входа «{login}» нет параметров ключа. "
                            f"Восстановите файл из резервной копии.") from None
        for name, (low, high) in KDF_BOUNDS.items():
            if not low <= kdf[name] <= high:
                raise SlotError(f"Файл ключей {self.path} повреждён или подделан: параметр {name} = {kdf[name]} "
                                f"у входа «{login}» вне допустимых пределов {low}–{high}. Вход не выполнен; "
                                f"восстановите файл из резервной копии.")
        if not 8 <= len(salt) <= 64:
            raise SlotError(f"Файл ключей {self.path} повреждён: неверная соль у входа «{login}».")
        return kdf

    # Failed attempts while the database is still closed; the policy lives in domain.lockout.
    def failures(self, login: str) -> tuple[int, dt.datetime | None]:
        entry = self.lockout.get(login, {})
        until = entry.get("locked_until")
        return int(entry.get("failed", 0)), dt.datetime.fromisoformat(until) if until else None

    def set_failures(self, login: str, failed: int, locked_until: dt.datetime | None) -> None:
        if failed == 0 and locked_until is None:
            self.lockout.pop(login, None)
        else:
            self.lockout[login] = {"failed": failed,
                                   "locked_until": locked_until.isoformat() if locked_until else None}
