"""Opening the large demo school: to a ready session, and with a login (argon2id verify)."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select

from ejournal_desktop.services.access.accounts import authenticate
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Pupil

from .common import BENCH_KEY_HEX, Row, repeat


def run(path: Path) -> list[Row]:
    key = bytes.fromhex(BENCH_KEY_HEX)

    def ours():
        db = database.open_file(path, key=key)
        with db.session() as s:
            s.scalar(select(func.count()).select_from(Pupil))
        db.close()

    def raw():
        conn = sqlcipher3.connect(str(path))
        conn.execute(f"PRAGMA key = \"x'{BENCH_KEY_HEX}'\"")
        conn.execute("SELECT count(*) FROM pupil").fetchone()
        conn.close()

    def with_login():
        db = database.open_file(path, key=key)
        authenticate(db, "zavuch", "demo")
        db.close()

    ours()  # warm the OS file cache
    return [
        Row("open the database to a ready session", repeat(ours), repeat(raw),
            "engine, schema check, first query"),
        Row("open and log in (argon2id)", repeat(with_login), note="audit entry written"),
    ]
