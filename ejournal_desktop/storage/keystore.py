"""Where a database's 256-bit key lives.

The key is kept in the OS keyring (service ``ejournal-desktop``, one entry per database). The entry
is found by a random database id kept in a small unencrypted sidecar ``<file>.keyid`` that holds no
secret. ``EJOURNAL_DB_KEY`` (64 hex digits) overrides the keyring for scripts and tests. The demo
school alone may use the published ``DEMO_KEY`` when the machine has no keyring backend: its data
is invented, and the sidecar says so; a school's own database never falls back that way.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

from .errors import KeyUnavailable

SERVICE = "ejournal-desktop"
ENV_KEY = "EJOURNAL_DB_KEY"
# Published on purpose: it opens only the invented demo school (README says so).
DEMO_KEY = bytes.fromhex("d3e0f2a1" * 8)

_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")

NO_BACKEND_HELP = (
    "На этом компьютере нет хранилища ключей (keyring), поэтому ключ базы журнала негде сохранить. "
    "В Windows и macOS оно встроено; в Linux установите и запустите службу Secret Service "
    "(например, gnome-keyring или KWallet) и войдите в сеанс рабочего стола. "
    "Для сценариев можно задать ключ в переменной окружения EJOURNAL_DB_KEY (64 шестнадцатеричные цифры)."
)


@dataclass(frozen=True)
class Sidecar:
    database_id: str
    demo: bool = False

    @staticmethod
    def path_for(db_path: Path) -> Path:
        return db_path.with_name(db_path.name + ".keyid")

    @classmethod
    def read(cls, db_path: Path) -> Sidecar | None:
        p = cls.path_for(db_path)
        if not p.exists():
            return None
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
            return cls(database_id=str(data["database_id"]), demo=bool(data.get("demo", False)))
        except (ValueError, KeyError, TypeError):
            raise KeyUnavailable(f"Файл {p} повреждён: в нём нет идентификатора базы.") from None

    def write(self, db_path: Path) -> None:
        p = self.path_for(db_path)
        tmp = p.with_name(p.name + ".tmp")
        tmp.write_text(json.dumps({"database_id": self.database_id, "demo": self.demo,
                                   "note": "Идентификатор базы журнала. Секретов не содержит."},
                                  ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, p)


def key_from_env() -> bytes | None:
    value = os.environ.get(ENV_KEY)
    if value is None:
        return None
    value = value.strip()
    if not _HEX64.match(value):
        raise KeyUnavailable(
            f"Переменная {ENV_KEY} должна содержать ровно 64 шестнадцатеричные цифры (256-битный ключ).")
    return bytes.fromhex(value)


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def _backend():
    backend = keyring.get_keyring()
    if not keyring_available():
        raise KeyUnavailable(NO_BACKEND_HELP)
    if sys.platform == "win32" and hasattr(backend, "persist"):
        # The roaming default would follow the user to other PCs; the key belongs to this machine.
        backend.persist = "local machine"
    return backend


def new_key() -> bytes:
    return secrets.token_bytes(32)


def store_key(database_id: str, key: bytes) -> None:
    try:
        _backend().set_password(SERVICE, database_id, key.hex())
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailable(f"Не удалось сохранить ключ в хранилище ключей: {exc}. {NO_BACKEND_HELP}") from exc


def load_key(db_path: Path) -> bytes:
    """The key for an existing database file: env var, demo key, or the keyring entry."""
    env = key_from_env()
    if env is not None:
        return env
    sidecar = Sidecar.read(db_path)
    if sidecar is None:
        raise KeyUnavailable(
            f"Рядом с базой {db_path} нет файла {Sidecar.path_for(db_path).name} с идентификатором базы, "
            f"поэтому ключ не найти. Восстановите этот файл или задайте ключ в {ENV_KEY}.")
    if sidecar.demo:
        return DEMO_KEY
    try:
        stored = _backend().get_password(SERVICE, sidecar.database_id)
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailable(f"Хранилище ключей недоступно: {exc}. {NO_BACKEND_HELP}") from exc
    if stored is None or not _HEX64.match(stored):
        raise KeyUnavailable(
            f"В хранилище ключей этого компьютера нет ключа базы {db_path} "
            f"(идентификатор {sidecar.database_id}). Откройте её на том компьютере, где её создали, "
            f"или задайте ключ в {ENV_KEY}.")
    return bytes.fromhex(stored)


def provision_key(db_path: Path, *, demo: bool = False) -> bytes:
    """Make and keep the key of a new database file; writes the sidecar.

    A demo database uses the keyring when there is one and the published demo key otherwise.
    """
    env = key_from_env()
    database_id = str(uuid.uuid4())
    if env is not None:
        Sidecar(database_id).write(db_path)
        return env
    if demo and not keyring_available():
        Sidecar(database_id, demo=True).write(db_path)
        return DEMO_KEY
    key = new_key()
    store_key(database_id, key)
    Sidecar(database_id).write(db_path)
    return key
