"""The login window, also the lock screen of an idle session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from ..services.access import accounts
from ..services.access.actor import Actor
from ..services.access.files import Database, StorageError
from ..services.errors import ServiceError
from .formats import TITLE, heading
from .forms.ui_logindialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """Signs a user in. With `db` open already, checks the password against it; otherwise opens
    the file with the key this PC may hold or the one the staff login unwraps.

    In lock mode (`locked` is the session's user) only that user's password unlocks; the user may
    instead choose to switch user (result `SWITCH`)."""

    SWITCH = 2

    def __init__(self, path: Path, db: Database | None = None, *, school: str = "",
                 locked: Actor | None = None, idle_minutes: int = 0, parent=None):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.path, self.db, self.actor, self._locked = path, db, None, locked
        heading(self.ui.title, TITLE)
        self.ui.title.setText(school or self.tr("Электронный журнал"))
        self.ui.signIn.clicked.connect(self._sign_in)
        self.ui.quit.clicked.connect(self.reject)
        self.ui.switchUser.clicked.connect(lambda: self.done(self.SWITCH))
        self.ui.switchUser.setVisible(locked is not None)
        if locked is not None:
            self.setWindowTitle(self.tr("Сеанс заблокирован"))
            self.ui.info.setText(self.tr(
                "Сеанс заблокирован после {0} мин. бездействия. Введённые данные сохранены; "
                "чтобы продолжить, введите пароль.").format(idle_minutes))
            self.ui.login.setText(locked.login)
            self.ui.login.setReadOnly(True)
            self.ui.quit.setText(self.tr("&Выход из программы"))
            self.ui.signIn.setText(self.tr("&Разблокировать"))
            self.ui.password.setFocus()

    def _sign_in(self) -> None:
        login, password = self.ui.login.text().strip(), self.ui.password.text()
        if not login or not password:
            self._fail(self.tr("Введите логин и пароль."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self._locked is not None:
                accounts.verify_unlock(self.db, self._locked, password)
                self.actor = self._locked
            elif self.db is not None:
                self.actor = accounts.authenticate(self.db, login, password)
            else:
                self.db, self.actor = accounts.sign_in(self.path, login, password)
        except (ServiceError, StorageError, FileNotFoundError) as exc:
            self._fail(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.ui.password.clear()
        self.accept()

    def _fail(self, message: str) -> None:
        self.ui.error.setText(message)
        self.ui.password.clear()
        self.ui.password.setFocus()
