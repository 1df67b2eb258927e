"""Where the program keeps its files on this PC."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from . import APP_NAME


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db() -> Path:
    return data_dir() / "journal.db"


def demo_db() -> Path:
    return data_dir() / "demo.db"
