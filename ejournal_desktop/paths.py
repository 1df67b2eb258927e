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


_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dirs(name: str) -> list[Path]:
    """Where the bundled resources/<name> folder may be, in order: a checkout or editable install
    (<repo>/resources), a frozen build (PyInstaller puts resources/ beside the package in its
    _internal folder, which is the same parent), a wheel that copies it into the package."""
    return [_PACKAGE_DIR.parent / "resources" / name, _PACKAGE_DIR / "resources" / name]


def resource_dir(name: str) -> Path:
    """The first existing resources/<name> folder (the first candidate when none exists, so that the
    caller's message names where it looked)."""
    candidates = resource_dirs(name)
    return next((folder for folder in candidates if folder.is_dir()), candidates[0])


def command_name(platform: str | None = None) -> str:
    """The console program's name as a user types it: `ejournal-cli` on Windows (the installer puts it on
    PATH; `ejournal.exe` is the window program), `ejournal` elsewhere."""
    import sys
    return "ejournal-cli" if (platform or sys.platform) == "win32" else "ejournal"


def for_this_system(text: str, platform: str | None = None) -> str:
    """A document's commands (`ejournal …`) with this system's program name."""
    import re
    name = command_name(platform)
    if name == "ejournal":
        return text
    return re.sub(r"(?<![\w/.\\-])ejournal(?= )", name, text)
