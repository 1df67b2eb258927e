"""Администрирование: the administrator's area, one tab per task (accounts, backups; year closing and
exchange will join them)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..services.actor import Actor
from ..services.files import Database
from .accounts_page import AccountsPage
from .backup_page import BackupPage
from .forms.ui_adminpage import Ui_AdminPage


class AdminPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.accounts = AccountsPage(db, actor, self.ui.accountsTab)
        self.ui.accountsLayout.addWidget(self.accounts)
        self.backup = BackupPage(db, actor, self.ui.backupTab)
        self.ui.backupLayout.addWidget(self.backup)
        self.ui.tabs.setCurrentWidget(self.ui.accountsTab)

    def show_backup(self) -> BackupPage:
        self.ui.tabs.setCurrentWidget(self.ui.backupTab)
        return self.backup
