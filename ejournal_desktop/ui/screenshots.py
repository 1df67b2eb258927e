"""Render every main view a user's role sees to PNG, offscreen: for the help pages, and for looking
at one's own work (`ejournal screenshots --db PATH --user LOGIN --out DIR`)."""

from __future__ import annotations

import os
from pathlib import Path


from ..services import accounts
from .login_dialog import LoginDialog
from .main_window import MainWindow

SIZE = (1280, 800)


def render(db_path: Path, login: str, password: str, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import application
    app = application()
    out.mkdir(parents=True, exist_ok=True)
    written = []
    dialog = LoginDialog(db_path, None, school="")
    dialog.ui.login.setText(login)
    dialog.show()
    app.processEvents()
    written.append(out / "login.png")
    dialog.grab().save(str(written[-1]))
    dialog.close()
    db, actor = accounts.sign_in(db_path, login, password)
    try:
        window = MainWindow(db, actor)
        window.resize(*SIZE)
        window.show()
        for row, section in enumerate(window.sections):
            window.ui.sections.setCurrentRow(row)
            app.processEvents()
            written.append(out / f"{login}-{row + 1:02d}-{section.key}.png")
            window.grab().save(str(written[-1]))
        window.close()
    finally:
        db.close()
    return written
