"""Starting the program: the Qt application, the login, the main window, the idle lock."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from .. import APP_NAME
from ..paths import resource_dir
from ..services.access import settings
from ..services.access.files import Database, KeyUnavailable, StorageError, is_server, open_journal
from ..services.administration import maintenance, recovery
from ..services.errors import ServiceError
from . import app_preferences, crash_dialog, translations
from .app_preferences import apply_font_size
from .change_password_dialog import ChangePasswordDialog
from .login_dialog import LoginDialog
from .main_window import MainWindow


def application() -> QApplication:
    """The application, once: the chosen interface language and font size of this PC applied."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("ejournal")
    app.setWindowIcon(QIcon(str(resource_dir("icons") / "ejournal.png")))
    preferences = app_preferences.preferences()
    app._translators = translations.install(app, translations.chosen_language(preferences))
    apply_font_size(app, preferences)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Электронный журнал"))
    return app




class IdleWatcher(QObject):
    """Fires `timeout` after the given minutes without a key press or mouse action anywhere."""

    ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}

    def __init__(self, app: QApplication, minutes: int, on_idle):
        super().__init__(app)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.start() if minutes > 0 else self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() in self.ACTIVITY and self.minutes > 0:
            self.timer.start()
        return False


class Controller(QObject):
    """Who is signed in, and which window shows: login → (password change) → main window."""

    def __init__(self, app: QApplication, path: Path, *, demo: bool = False):
        super().__init__(app)
        self.app, self.path, self.demo = app, path, demo
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.locked = False
        self.lock_dialog: LoginDialog | None = None
        self.idle = IdleWatcher(app, 0, self.lock)

    def shutdown(self) -> None:
        """Stop watching for idleness and close the window (the database stays the caller's)."""
        self.idle.stop()
        # The window may be gone already (deleted with its parent or by Qt at exit): nothing to close then.
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.close()

    def open_without_login(self) -> None:
        """Open now if this PC may hold the key; otherwise the staff login will unwrap it."""
        try:
            self.db = open_journal(self.path)
        except KeyUnavailable:
            self.db = None

    def school_name(self) -> str:
        return maintenance.overview(self.db).school_name if self.db else getattr(self.path, "name", str(self.path))

    def login(self, dialog: LoginDialog | None = None) -> bool:
        """Ask who signs in and open their main window; False when the user quits."""
        while True:
            dialog = dialog or LoginDialog(self.path, self.db, school=self.school_name())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self.db, actor = dialog.db, dialog.actor
            dialog = None
            if actor.must_change_password:
                change = ChangePasswordDialog(self.db, actor, forced=True)
                if change.exec() != QDialog.DialogCode.Accepted:
                    continue  # back to the login window
            self.show_main(actor)
            return True

    def show_main(self, actor) -> MainWindow:
        self.window = MainWindow(self.db, actor, demo=self.demo)
        notices, self.db.notices = list(self.db.notices), []
        if notices:  # a killed restore completed at this start: say so, naming the safety copy
            QMessageBox.information(self.window, QCoreApplication.translate("app", "Восстановление журнала"),
                                    "\n\n".join(notices))
        self.window.switchUserRequested.connect(self.switch_user)
        self.window.lockRequested.connect(self.lock)
        self.window.restoreRequested.connect(self.restore_from)
        self.idle.set_minutes(int(settings.read(self.db, "idle_lock_minutes")))
        self.window.show_fitted()
        return self.window

    def switch_user(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.idle.set_minutes(0)
        if not self.login():
            self.app.quit()

    def restore_from(self, backup_path: str) -> bool:
        """Replace the open database by a backup (already checked and confirmed on the backup page):
        close the main window and the database, restore, reopen, and sign in again. A failure leaves the
        database as it was and the window open."""
        if self.window is None or self.db is None:
            return False
        window = self.window
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # Confirmed on the backup page, which names both schools when the backup is another's.
            result = recovery.restore_open_database(self.db, window.actor, Path(backup_path), other_school=True)
        except ServiceError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(window, QCoreApplication.translate("app", "База не восстановлена"), str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.idle.set_minutes(0)
        window.close()
        window.deleteLater()
        self.window = None
        self.db = None
        try:
            self.open_without_login()  # the restored key may be only in the administrator's slot
        except StorageError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("app", "База журнала не открыта"), str(exc))
            self.app.quit()
            return False
        text = QCoreApplication.translate("app", "База восстановлена из копии.\n{0}").format(result.manifest.summary())
        if result.safety_copy:
            text += "\n\n" + QCoreApplication.translate("app", "Прежняя база сохранена в {0}").format(result.safety_copy)
        QMessageBox.information(None, QCoreApplication.translate("app", "Восстановление"), text)
        if not self.login():
            self.app.quit()
        return True

    def lock(self) -> None:
        """Cover the session until its user's password is given; the window and its input stay."""
        if self.window is None or self.locked:
            return
        self.locked = True
        dialog = LoginDialog(self.path, self.db, school=self.school_name(), locked=self.window.actor,
                             idle_minutes=self.idle.minutes, parent=self.window)
        self.lock_dialog = dialog
        result = dialog.exec()
        self.locked = False
        self.lock_dialog = None
        if result == LoginDialog.SWITCH:
            self.switch_user()
        elif result != QDialog.DialogCode.Accepted:
            self.app.quit()
        else:
            self.idle.timer.start()


def first_run(app: QApplication, path: Path) -> tuple[Path, bool, str | None] | None:
    """No journal yet: «Создать журнал школы» (then the checklist opens) or the demo school; None: quit."""
    from .first_run_dialog import FirstRunDialog
    dialog = FirstRunDialog(path)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.choice == "school":
        return path, False, dialog.login
    from .. import paths
    from ..services import demo as demo_school
    from ..services.access.files import create_journal
    demo_path = paths.demo_db()
    if not demo_path.exists():
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            db = create_journal(demo_path, demo=True)
            demo_school.generate(db, "school")
            db.close()
        finally:
            QApplication.restoreOverrideCursor()
    return demo_path, True, None


def run(db_path: Path, *, demo: bool = False, self_test: bool = False, login: str | None = None) -> int:
    if QApplication.instance() is None:
        from ..qt_platform import platform_problem
        problem = platform_problem()  # Qt's own abort names the wrong library (issue 21)
        if problem:
            print(f"ejournal: {problem}", file=sys.stderr)
            return 1
    app = application()
    crash_dialog.install(app)
    location = db_path if is_server(db_path) else Path(db_path)  # a school server's URL stays text
    new_school = False
    if not is_server(location) and not demo and not self_test and not location.exists():
        chosen = first_run(app, location)
        if chosen is None:
            return 0
        location, demo, first_login = chosen
        new_school = not demo
        login = login or first_login
    controller = Controller(app, location, demo=demo)
    try:
        controller.open_without_login()
    except (StorageError, FileNotFoundError, PermissionError) as exc:
        QMessageBox.critical(None, QCoreApplication.translate("app", "База журнала не открыта"), str(exc))
        return 1
    try:
        if self_test:
            return _self_test(controller, login or ("admin" if demo else None))
        dialog = LoginDialog(controller.path, controller.db, school=controller.school_name())
        if demo:
            dialog.ui.info.setText(QCoreApplication.translate(
                "app", "Демонстрационная школа, все данные вымышлены. Войдите как admin, director, zavuch, "
                       "secretary, teacher01 … или parent-5a-01; пароль у всех — demo."))
        if login:
            dialog.ui.login.setText(login)
            dialog.ui.password.setFocus()
        if not controller.login(dialog):
            return 0
        if new_school and controller.window is not None and "setup" in [s.key for s in controller.window.sections]:
            controller.window.show_section("setup")  # a new school starts on «Подготовка учебного года»
        return app.exec()
    finally:
        controller.shutdown()
        if controller.db is not None:
            controller.db.close()


def _self_test(controller: Controller, login: str | None) -> int:
    """Open the login window and every section of the user's main window, paint them, and quit; one
    line per view and its result."""
    dialog = LoginDialog(controller.path, controller.db, school=controller.school_name())
    dialog.show()
    ok = not dialog.grab().isNull()
    who = login or "—"
    print(f"self-test: {who} · login window: {'ok' if ok else 'NOT PAINTED'}", flush=True)
    password = os.environ.get("EJOURNAL_PASSWORD", "demo" if controller.demo else "")
    if login:
        dialog.ui.login.setText(login)
        dialog.ui.password.setText(password)
        dialog.ui.signIn.click()
        if dialog.actor is None:
            print(f"self-test: login failed: {dialog.ui.error.text()}")
            return 1
        controller.db = dialog.db
        window = controller.show_main(dialog.actor)
        for row in range(window.ui.sections.count()):
            started = time.perf_counter()
            window.ui.sections.setCurrentRow(row)
            QApplication.processEvents()
            painted = not window.grab().isNull()
            ok = ok and painted
            print(f"self-test: {who} · {window.ui.sections.item(row).text()}: "
                  f"{'ok' if painted else 'NOT PAINTED'} ({time.perf_counter() - started:.2f} s)", flush=True)
        window.close()
    dialog.close()
    print("self-test: ok" if ok else "self-test: a window did not paint")
    return 0 if ok else 1
