"""Opening and creating journal files for the GUI and the CLI (the ui layer never imports storage)."""

from __future__ import annotations

from pathlib import Path

from ..storage import database
from ..storage.database import Database
from ..storage.errors import StorageError

__all__ = ["Database", "StorageError", "open_journal", "create_journal"]


def open_journal(path: Path) -> Database:
    return database.open_file(Path(path))


def create_journal(path: Path, *, demo: bool = False) -> Database:
    return database.create(Path(path), demo=demo)
