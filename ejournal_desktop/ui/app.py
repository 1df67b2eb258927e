"""Starting the program: the Qt application, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME
from ..services.files import StorageError, open_journal


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Электронный журнал"))
    app.setOrganizationName("ejournal")
    return app


def run(db_path: Path, *, demo: bool = False, self_test: bool = False) -> int:
    app = application()
    try:
        db = open_journal(db_path)
    except (StorageError, FileNotFoundError, PermissionError) as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "База журнала не открыта"), str(exc))
        return 1
    from .main_window import MainWindow
    window = MainWindow(db, demo=demo)
    window.show()
    try:
        if self_test:
            # Opens every view there is, paints it, and quits: proof that an installation works.
            app.processEvents()
            ok = not window.grab().isNull()
            window.close()
            print("self-test: ok" if ok else "self-test: the main window did not paint")
            return 0 if ok else 1
        return app.exec()
    finally:
        db.close()
