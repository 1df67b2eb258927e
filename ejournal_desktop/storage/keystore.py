"""Where a database's 256-bit key comes from.

- ``EJOURNAL_DB_KEY`` (64 hex digits): scripts and tests.
- The published ``DEMO_KEY``: only the invented demo school, only on a PC without a keyring, and
  only when the sidecar says so; a school's own database never falls back that way.
- The OS keyring of this PC (service ``ejournal-desktop``, one entry per database id): only where
  the administrator turned it on (a library PC where parents and pupils log in, unattended
  backups), because whoever can read it bypasses every role.
- Otherwise a staff login: the key is unwrapped from that account's slot (see keyslots).

The database id lives in the sidecar ``<file>.keyid``, which holds no secret.
"""

from __future__ import annotations

import datetime as dt
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

from ..domain import lockout
from .errors import KeyUnavailable, LoginRefused
from .keyslots import SlotFile

SERVICE = "ejournal-desktop"
ENV_KEY = "EJOURNAL_DB_KEY"
# Published on purpose: it opens only the invented demo school (README says so).
DEMO_KEY = bytes.fromhex("d3e0f2a1" * 8)

_HEX64 = re.compile(r"^[0-9a-fA-F]{64}$")

NO_BACKEND_HELP = (
    "На этом компьютере нет хранилища ключей (keyring). В Windows и macOS оно встроено; в Linux "
    "установите и запустите службу Secret Service (например, gnome-keyring или KWallet) и войдите "
    "в сеанс рабочего стола. Для сценариев ключ можно задать в переменной окружения EJOURNAL_DB_KEY "
    "(64 шестнадцатеричные цифры)."
)
KEYRING_WARNING = (
    "Ключ базы будет храниться в хранилище ключей этого компьютера. Любой, кто работает под этой "
    "учётной записью Windows (или Linux), сможет открыть базу без пароля сотрудника и обойти права "
    "ролей. Включайте это только на компьютере для родителей и учеников или для резервного "
    "копирования по расписанию, под отдельной учётной записью системы."
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


def _sidecar(db_path: Path) -> Sidecar:
    sidecar = Sidecar.read(db_path)
    if sidecar is None:
        raise KeyUnavailable(
            f"Рядом с базой {db_path} нет файла {Sidecar.path_for(db_path).name} с идентификатором базы. "
            f"Восстановите этот файл из резервной копии или задайте ключ в {ENV_KEY}.")
    return sidecar


def key_without_login(db_path: Path) -> bytes | None:
    """The key when this PC may open the database before anyone logs in, else None."""
    env = key_from_env()
    if env is not None:
        return env
    sidecar = _sidecar(db_path)
    if sidecar.demo:
        return DEMO_KEY
    if not keyring_available():
        return None
    try:
        stored = _backend().get_password(SERVICE, sidecar.database_id)
    except keyring.errors.KeyringError:
        return None
    return bytes.fromhex(stored) if stored and _HEX64.match(stored) else None


NOT_ADMITTED = ("Неверный логин или пароль. На этом компьютере входят только сотрудники школы; вход "
                "родителей и учеников включает администратор на отдельном компьютере.")


def key_for_login(db_path: Path, login: str, password: str, now: dt.datetime) -> bytes:
    """Unwrap the key from the login's slot; wrong passwords count towards a lock. A login with no
    slot costs the same derivation, gets the same message and is locked the same way (its tries
    kept under a hash of the login), so that logins cannot be told apart by trying."""
    slots = SlotFile.load(db_path)
    known = slots.has(login)
    counted = login if known else slots.unknown_tag(login)
    failed, until = slots.failures(counted)
    message = lockout.locked_message(until, now)
    if message:
        raise LoginRefused(message)
    key = slots.unwrap(login, password) if known else slots.unwrap_nothing(password)
    if key is None:
        failed, until = lockout.after_failure(failed, now)
        slots.set_failures(counted, failed, until)
        slots.save()
        raise LoginRefused(lockout.locked_message(until, now) or NOT_ADMITTED)
    if failed or until:
        slots.set_failures(login, 0, None)
        slots.save()
    return key


def new_database_key(db_path: Path, *, demo: bool = False) -> bytes:
    """Make the key of a new database file and write its sidecar.

    A school's key is kept only in staff slots (the caller writes the first one at once). The demo
    school keeps its key in this PC's keyring where there is one, so that its parents and pupils
    can log in, and uses the published demo key where there is none.
    """
    env = key_from_env()
    database_id = str(uuid.uuid4())
    if env is not None:
        Sidecar(database_id).write(db_path)
        return env
    if demo and not keyring_available():
        Sidecar(database_id, demo=True).write(db_path)
        return DEMO_KEY
    key = secrets.token_bytes(32)
    Sidecar(database_id).write(db_path)
    if demo:
        enable_keyring(db_path, key)
    return key


def enable_keyring(db_path: Path, key: bytes) -> None:
    """Keep the key in this PC's keyring (see KEYRING_WARNING)."""
    try:
        _backend().set_password(SERVICE, _sidecar(db_path).database_id, key.hex())
    except keyring.errors.KeyringError as exc:
        raise KeyUnavailable(f"Не удалось сохранить ключ в хранилище ключей: {exc}. {NO_BACKEND_HELP}") from exc


def disable_keyring(db_path: Path) -> None:
    try:
        _backend().delete_password(SERVICE, _sidecar(db_path).database_id)
    except keyring.errors.PasswordDeleteError:
        pass


def keyring_enabled(db_path: Path) -> bool:
    if not keyring_available():
        return False
    try:
        return _backend().get_password(SERVICE, _sidecar(db_path).database_id) is not None
    except keyring.errors.KeyringError:
        return False
