"""Logging in on a staff PC that does not keep the key: the login unwraps the key slot (argon2id),
opens the file, checks the account (argon2id again), and the main window paints offscreen."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .common import Row, repeat


def run(path: Path) -> list[Row]:
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.ui.app import application
    from ejournal_desktop.ui.main_window import MainWindow

    app = application()
    saved = os.environ.pop("EJOURNAL_DB_KEY", None)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / path.name
            for companion in path.parent.glob(path.name + "*"):
                shutil.copy2(companion, copy.with_name(companion.name))

            def sign_in_only():
                db, _actor = accounts.sign_in(copy, "zavuch", "demo")
                db.close()

            def to_main_window():
                db, actor = accounts.sign_in(copy, "zavuch", "demo")
                window = MainWindow(db, actor)
                window.show()
                app.processEvents()
                window.grab()
                window.close()
                window.deleteLater()
                app.processEvents()
                db.close()

            return [
                Row("staff login: key slot + open + account check", repeat(sign_in_only)),
                Row("login to main window painted (large school)", repeat(to_main_window), note="target < 1 s"),
            ]
    finally:
        if saved is not None:
            os.environ["EJOURNAL_DB_KEY"] = saved
