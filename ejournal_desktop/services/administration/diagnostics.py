"""`ejournal diagnostics --out FILE.zip`: what the school's IT person sends when asking for help (issue 21).

The archive holds ``report.json`` (program and library versions, the system, the Qt platform and the
screens, the `db check` summary, the settings), ``README.txt`` (what is inside, in Russian) and the
program's log files when there are any (``logs/`` in the data folder). It never holds personal data or
a secret: no database, no key, no password, no names of people. Settings whose name speaks of a
password, key, secret or token are left out; every text that goes in is passed through `redact`, which
removes the names of the school's people (when the database could be opened), 64-digit keys, argon2
hashes and the passwords of the environment variables.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import sys
import zipfile
from pathlib import Path

from sqlalchemy import select

from ... import __version__, paths

__all__ = ["SECRET_WORDS", "collect", "redact", "write_archive"]

SECRET_WORDS = ("password", "passwd", "secret", "token", "key", "пароль", "ключ")
_HEX_KEY = re.compile(r"\b[0-9a-fA-F]{64}\b")
_ARGON = re.compile(r"\$argon2[a-z]*\$[^\s\"']+")
_SECRET_ENV = ("EJOURNAL_PASSWORD", "EJOURNAL_NEW_PASSWORD", "EJOURNAL_SERVER_PASSWORD", "EJOURNAL_DB_KEY",
               "EJOURNAL_CERT_PASSWORD", "PGPASSWORD")
_SHOWN_ENV = ("QT_QPA_PLATFORM", "QT_SCALE_FACTOR", "XDG_SESSION_TYPE", "XDG_CURRENT_DESKTOP", "LANG", "LC_ALL",
              "PYTHON_KEYRING_BACKEND", "EJOURNAL_PG_BIN")


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in SECRET_WORDS)


class Redactor:
    """Removes names of people and secrets from a text."""

    def __init__(self, names: set[str] | None = None):
        self.names = sorted((n for n in (names or set()) if len(n) >= 3), key=len, reverse=True)
        self.secrets = [os.environ[v] for v in _SECRET_ENV if len(os.environ.get(v, "")) >= 4]

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "«скрыто»")
        text = _ARGON.sub("«хеш пароля скрыт»", _HEX_KEY.sub("«ключ скрыт»", text))
        for name in self.names:
            text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "«имя скрыто»", text, flags=re.IGNORECASE)
        return text


def redact(text: str, names: set[str] | None = None) -> str:
    return Redactor(names)(text)


def _versions() -> dict:
    out = {"ejournal": __version__, "python": sys.version.split()[0], "frozen": bool(getattr(sys, "frozen", False))}
    from importlib import metadata
    for dist in ("SQLAlchemy", "reportlab", "openpyxl", "keyring", "sqlcipher3-wheels", "sqlcipher3", "PySide6",
                 "alembic", "argon2-cffi", "psycopg", "pyhanko", "platformdirs"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    try:
        import sqlcipher3
        out["sqlite"] = sqlcipher3.sqlite_version
    except Exception:  # noqa: BLE001 - an absent or broken library is itself a finding
        out["sqlite"] = None
    try:
        import keyring
        out["keyring_backend"] = type(keyring.get_keyring()).__module__ + "." + type(keyring.get_keyring()).__name__
    except Exception:  # noqa: BLE001
        out["keyring_backend"] = None
    return out


def _system() -> dict:
    libc, libc_version = platform.libc_ver()
    return {"platform": platform.platform(), "system": platform.system(), "release": platform.release(),
            "machine": platform.machine(), "libc": f"{libc} {libc_version}".strip() or None,
            "os_release": _os_release(), "environment": {k: os.environ[k] for k in _SHOWN_ENV if k in os.environ},
            "display": bool(os.environ.get("DISPLAY")), "wayland": bool(os.environ.get("WAYLAND_DISPLAY"))}


def _os_release() -> dict | None:
    try:
        lines = Path("/etc/os-release").read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    pairs = (line.split("=", 1) for line in lines if "=" in line)
    return {k: v.strip('"') for k, v in pairs if k in ("NAME", "VERSION", "ID", "VERSION_ID", "PRETTY_NAME")}


def _database(db_path: Path | str | None) -> tuple[dict, set[str]]:
    """The `db check` summary and the people's names (for the redactor), without any login."""
    from ...storage.models import Guardian, Pupil, Staff
    from ..access import settings
    from ..access.files import is_server, open_journal
    from . import maintenance
    if db_path is None:
        return {"opened": False, "reason": "база не указана"}, set()
    facts: dict = {"location": str(db_path)}
    if not is_server(db_path):
        path = Path(db_path)
        facts |= {"exists": path.exists(), "size_mb": round(path.stat().st_size / 2**20, 1) if path.exists() else None,
                  "companions": sorted(p.name.removeprefix(path.name) for p in path.parent.glob(path.name + ".*"))
                  if path.exists() else []}
        if not path.exists():
            return facts | {"opened": False, "reason": "файла нет"}, set()
    try:
        db = open_journal(db_path)
    except Exception as exc:  # noqa: BLE001 - the reason is what the IT person needs
        return facts | {"opened": False, "reason": str(exc)}, set()
    names: set[str] = set()
    try:
        result = maintenance.check(db)
        if not is_server(db_path):
            with db.engine.connect() as conn:
                facts["sqlcipher"] = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        with db.session() as session:
            for model in (Pupil, Staff, Guardian):
                for row in session.execute(select(model.surname, model.name, model.patronymic)):
                    names.update(part for part in row if part)
            facts |= {"opened": True, "check_ok": result.ok, "schema_version": result.schema_version,
                      "head_version": result.head_version, "problems": result.problems,
                      "settings": settings.get_all(session)}
    except Exception as exc:  # noqa: BLE001
        facts |= {"opened": True, "check_failed": str(exc)}
    finally:
        db.close()
    return facts, names


def _logs() -> list[Path]:
    folder = paths.data_dir() / "logs"
    return sorted(p for p in folder.glob("*.log*") if p.is_file()) if folder.is_dir() else []


def collect(db_path: Path | str | None, *, qt: dict | None = None, preferences: dict | None = None) -> tuple[dict, Redactor]:
    database_facts, names = _database(db_path)
    report = {
        "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "versions": _versions(),
        "system": _system(),
        "qt": qt or {},
        "database": database_facts,
        "preferences": {k: v for k, v in (preferences or {}).items() if not _is_secret(k)},
        "data_dir": str(paths.data_dir()),
        "logs": [p.name for p in _logs()],
    }
    from .backup_schedule import list_schedules
    report["backup_schedules"] = [{"name": s.name, "kind": s.kind, "day": s.day, "time": s.time,
                                   "targets": s.targets} for s in list_schedules()]
    return report, Redactor(names)


README = """Диагностика программы «Электронный журнал»

Этот архив собран командой «ejournal diagnostics» для службы поддержки. В нём:
- report.json — версии программы и библиотек, система, графическая платформа Qt и экраны,
  итог проверки базы (как «ejournal db check»), настройки без паролей и ключей, расписания копий;
- logs/ — журналы работы программы, если они есть.

В архиве нет ни базы, ни ключа, ни паролей, ни имён учеников, родителей и сотрудников:
имена, ключи и хеши паролей заменены на «скрыто». Архив можно отправить по почте.
"""


def write_archive(out: Path, report: dict, redactor: Redactor) -> Path:
    out = Path(out)
    if out.suffix.lower() != ".zip":
        out = out.with_suffix(".zip")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("README.txt", README)
        zf.writestr("report.json", redactor(json.dumps(report, ensure_ascii=False, indent=2, default=str)))
        for log in _logs():
            text = log.read_text(encoding="utf-8", errors="replace")[-2_000_000:]  # the newest 2 MB
            zf.writestr(f"logs/{log.name}", redactor(text))
    os.replace(tmp, out)
    return out
