"""What the school set-up pages (Учебный год, Оценивание) share: a change is made by calling its
service; a change with an effect (how many averages change) is asked about first and then made with
confirm=True; the result or the refusal is said on the page's message line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services.errors import ServiceError
from ..services.school.effects import NeedsConfirmation
from .formats import say


class SetupPage(QWidget):
    """Base of a set-up page (its texts translated in the context "SetupPage", which self.tr() in a
    base class would not find at run time): `self.ui.message` is its message line, `refresh()` reloads it, and
    `self.confirm(text) -> bool` asks (a dialog; tests pass their own answer)."""

    def _ask(self, text: str) -> bool:
        return QMessageBox.question(self, QCoreApplication.translate("SetupPage", "Подтверждение"), text) == QMessageBox.StandardButton.Yes

    def _run(self, done: str, call: Callable[..., object], *, confirmable: bool = False) -> bool:
        try:
            try:
                call()
            except NeedsConfirmation as exc:
                if not confirmable or not self.confirm(str(exc)):
                    say(self.ui.message, QCoreApplication.translate("SetupPage", "Изменение отменено: {0}").format(exc.effect.text()))
                    return False
                call(confirm=True)
        except ServiceError as exc:
            say(self.ui.message, str(exc), error=True)
            return False
        self.refresh()
        say(self.ui.message, done)
        return True

    @staticmethod
    def _selected(view, model):
        row = view.currentIndex().row()
        return model.items[row] if 0 <= row < len(model.items) else None
