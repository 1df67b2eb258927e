"""This PC's preferences kept in QSettings (not in the journal): font size, database file, language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

FONT_SIZE_SETTING = "ui/font_point_size"
DB_PATH_SETTING = "db/path"


def apply_font_size(app: QApplication, preferences: QSettings) -> None:
    """Large fonts for those who need them: the point size chosen in the settings dialog (0 = the
    system's)."""
    if not hasattr(app, "_system_font"):
        app._system_font = QFont(app.font())
    size = int(preferences.value(FONT_SIZE_SETTING, 0) or 0)
    font = QFont(app._system_font)
    if size:
        font.setPointSize(size)
    app.setFont(font)


def preferences() -> QSettings:
    """The same store the main window keeps its remembered sections in."""
    return QSettings("ejournal", "ejournal-desktop")


def chosen_db_path(store: QSettings | None = None) -> str:
    return str((store or preferences()).value(DB_PATH_SETTING, "") or "")
