"""The first start with no journal: «Создать журнал школы» (as `ejournal init`) beside the demo school."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from ..services.access.files import StorageError, create_school
from ..services.errors import ServiceError
from .forms.ui_firstrundialog import Ui_FirstRunDialog


class FirstRunDialog(QDialog):
    """`choice` after exec: "school" (the journal was created at `path`, `login` its administrator) or "demo"."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.path = Path(path)
        self.choice: str | None = None
        self.login = ""
        self.ui.createButton.clicked.connect(self.create)
        self.ui.demoButton.clicked.connect(self._demo)
        self.ui.quitButton.clicked.connect(self.reject)

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def create(self) -> None:
        school = " ".join(self.ui.school.text().split())
        if not school:
            self.ui.error.setText(self.tr("Укажите полное наименование школы."))
            return
        if self.ui.password.text() != self.ui.repeat.text():
            self.ui.error.setText(self.tr("Пароль и повтор не совпадают."))
            return
        login = self.ui.login.text().strip()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            create_school(self.path, school_name=school,
                          short_name=" ".join(self.ui.shortName.text().split()) or school,
                          admin_login=login, admin_password=self.ui.password.text()).close()
        except (StorageError, ServiceError, OSError) as exc:
            self.ui.error.setText(str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.choice, self.login = "school", login
        self.accept()
