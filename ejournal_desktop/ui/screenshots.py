"""Render every main view a user's role sees to PNG, offscreen: for the help pages, and for looking
at one's own work (`ejournal screenshots --db PATH --user LOGIN --out DIR`).

`--scale 1.5` renders as on a screen at 150 % (QT_SCALE_FACTOR, set before the application starts) and
`--font-size 16` with the application font at that point size (as the settings dialog's large fonts do):
both are for checking that no text is cut off. A section whose page has tabs (`ui.tabs`, e.g.
Администрирование, Дневник) is rendered once per tab. The help window (F1) is rendered last.

`python -m ejournal_desktop.ui.screenshots --db DEMO.db --help-images DIR` makes the pictures of the user
guide (resources/help/images) from the demo school: views of several users, cut to what the guide shows,
no wider than the help window shows them (680 px): the section's page, without the list of sections.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)
HELP_IMAGE_WIDTH = 680  # the text area of the help window (F1) at its first size


def _application(scale: float | None, font_size: int | None):
    """The application, started with the scale asked for; the font set before any window is built."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale:
        os.environ["QT_SCALE_FACTOR"] = f"{scale:g}"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    started = QApplication.instance() is None
    # Remembered sections and courses go to a private folder, not this PC's settings.
    folder = tempfile.mkdtemp(prefix="ejournal-shots-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
    from .app import application
    app = application()
    if scale and not started and abs(app.primaryScreen().devicePixelRatio() - scale) > 0.01:
        raise RuntimeError(f"The application is already running without scale {scale:g}: start a new process.")
    if font_size:
        font = app.font()
        font.setPointSize(font_size)
        app.setFont(font)
    return app


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def render(db_path: Path, login: str, password: str, out: Path, *, scale: float | None = None,
           font_size: int | None = None, size: tuple[int, int] = SIZE, tabs: bool = True,
           help_window: bool = True) -> list[Path]:
    """Every section of the user's main window (and each tab of a tabbed page) to `out` as PNG."""
    app = _application(scale, font_size)
    from ..services.access import accounts
    from .help_window import HelpWindow
    from .login_dialog import LoginDialog
    from .main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    written = []
    dialog = LoginDialog(db_path, None, school="")
    dialog.ui.login.setText(login)
    dialog.show()
    _settle(app)
    written.append(out / "login.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()
    db, actor = accounts.sign_in(db_path, login, password)
    try:
        window = MainWindow(db, actor)
        window.resize(*size)
        window.show()
        for row, section in enumerate(window.sections):
            window.ui.sections.setCurrentRow(row)
            _settle(app)
            stem = f"{login}-{row + 1:02d}-{section.key}"
            written.append(out / f"{stem}.png")
            window.grab().save(str(written[-1]))
            page_tabs = getattr(getattr(window.pages[section.key], "ui", None), "tabs", None)
            if tabs and page_tabs is not None and page_tabs.count() > 1:
                first = page_tabs.currentIndex()
                for tab in range(page_tabs.count()):
                    if tab == first:
                        continue
                    page_tabs.setCurrentIndex(tab)
                    _settle(app)
                    written.append(out / f"{stem}-{page_tabs.widget(tab).objectName()}.png")
                    window.grab().save(str(written[-1]))
                page_tabs.setCurrentIndex(first)
        if help_window:
            guide = HelpWindow(actor.roles, parent=window)
            guide.show()
            _settle(app)
            written.append(out / f"{login}-help.png")
            guide.grab().save(str(written[-1]))
            guide.close()
        window.close()
    finally:
        db.close()
    return written


# --- the pictures of the user guide ------------------------------------------------------------------------

def _save(widget_or_pixmap, path: Path, crop=None) -> Path:
    """A widget's picture (or part of it, `crop` = QRect in the widget), no wider than the guide's width."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmap

    pixmap = widget_or_pixmap if isinstance(widget_or_pixmap, QPixmap) else (
        widget_or_pixmap.grab(crop) if crop is not None else widget_or_pixmap.grab())
    if pixmap.width() > HELP_IMAGE_WIDTH:
        pixmap = pixmap.scaledToWidth(HELP_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
    path.parent.mkdir(parents=True, exist_ok=True)
    pixmap.save(str(path), "PNG")
    return path


def _crop(widget, rect_widget):
    """The rectangle of `rect_widget` in the coordinates of `widget` (its ancestor)."""
    from PySide6.QtCore import QRect
    top_left = rect_widget.mapTo(widget, rect_widget.rect().topLeft())
    return QRect(top_left, rect_widget.size())


def help_images(db_path: Path, out: Path, password: str = "demo") -> list[Path]:
    """The guide's pictures from the demo school (its logins, password «demo»)."""
    app = _application(None, None)
    from ..services.access import accounts
    from .main_window import MainWindow

    written: list[Path] = []

    def window_of(login: str, size=(1200, 720)):
        db, actor = accounts.sign_in(db_path, login, password)
        window = MainWindow(db, actor)
        window.resize(*size)
        window.show()
        _settle(app)
        return db, window

    # The teacher: the journal page, the lesson panel, a grey cell's reason.
    db, w = window_of("teacher02")
    try:
        page = w.show_section("journal")
        _settle(app)
        written.append(_save(w, out / "journal.png", _crop(w, w.ui.pages)))
        written.append(_save(w, out / "lesson_panel.png", _crop(w, page.ui.lessonBox)))
        w.show_section("reports")
        _settle(app)
        written.append(_save(w, out / "reports.png", _crop(w, w.ui.pages)))
        w.show_section("messages")
        _settle(app)
        written.append(_save(w, out / "messages.png", _crop(w, w.ui.pages)))
        w.close()
    finally:
        db.close()

    # The class teacher (10А): the class list; the deputy: the corrections button, the timetable.
    db, w = window_of("teacher03")
    try:
        w.show_section("classes")
        _settle(app)
        written.append(_save(w, out / "classes.png", _crop(w, w.ui.pages)))
        w.close()
    finally:
        db.close()
    db, w = window_of("zavuch")
    try:
        w.show_section("timetable")
        _settle(app)
        written.append(_save(w, out / "timetable.png", _crop(w, w.ui.pages)))
        w.close()
    finally:
        db.close()

    # The administrator: backups, year closing.
    db, w = window_of("admin")
    try:
        admin = w.show_section("admin")
        admin.ui.tabs.setCurrentWidget(admin.ui.backupTab)
        _settle(app)
        written.append(_save(w, out / "backup.png", _crop(w, w.ui.pages)))
        admin.ui.tabs.setCurrentWidget(admin.ui.yearClosingTab)
        _settle(app)
        written.append(_save(w, out / "year_closing.png", _crop(w, w.ui.pages)))
        admin.ui.tabs.setCurrentWidget(admin.ui.accountsTab)
        _settle(app)
        written.append(_save(w, out / "accounts.png", _crop(w, w.ui.pages)))
        w.close()
    finally:
        db.close()

    # The secretary: a class with the movement buttons.
    db, w = window_of("secretary")
    try:
        w.show_section("classes")
        _settle(app)
        written.append(_save(w, out / "secretary_classes.png", _crop(w, w.ui.pages)))
        w.close()
    finally:
        db.close()

    # A parent: the diary's week.
    db, w = window_of("parent-5a-01")
    try:
        w.show_section("diary")
        _settle(app)
        written.append(_save(w, out / "diary.png", _crop(w, w.ui.pages)))
        w.close()
    finally:
        db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ejournal_desktop.ui.screenshots",
                                     description="снимки окон для руководства пользователя (демо-школа)")
    parser.add_argument("--db", type=Path, required=True, help="база демонстрационной школы")
    parser.add_argument("--help-images", type=Path, required=True, metavar="ПАПКА",
                        help="куда сохранить рисунки руководства (resources/help/images)")
    args = parser.parse_args(argv)
    for path in help_images(args.db, args.help_images, os.environ.get("EJOURNAL_PASSWORD", "demo")):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
