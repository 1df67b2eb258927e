"""Changing one's own password (forced at the first login with a temporary one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from ..services.access import accounts
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from .forms.ui_changepassworddialog import Ui_ChangePasswordDialog


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, *, forced: bool = False, parent=None):
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        if forced:
            self.ui.info.setText(self.tr(
                "Вы вошли с временным паролем. Придумайте свой: не короче 8 символов, с буквами и "
                "цифрами. Временный пароль больше не подойдёт."))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сменить пароль"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Выйти") if forced else self.tr("Отмена"))
        self.ui.buttonBox.accepted.connect(self._change)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _change(self) -> None:
        new, repeat = self.ui.newPassword.text(), self.ui.repeatPassword.text()
        if new != repeat:
            self.ui.error.setText(self.tr("Новый пароль и повтор не совпадают."))
            return
        try:
            accounts.change_password(self._db, self._actor, self.ui.oldPassword.text(), new)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.accept()
