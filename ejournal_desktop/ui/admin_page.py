"""Администрирование: the administrator's area, one tab per task (accounts, backups, year closing,
exchange with other systems)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from .accounts_page import AccountsPage
from .backup_page import BackupPage
from .exchange_page import ExchangePage
from .forms.ui_adminpage import Ui_AdminPage
from .year_closing_wizard import Clock, YearClosingWizard


class AdminPage(QWidget):
    openJournal = Signal(int)  # a course lacking year marks, from the year-closing wizard

    def __init__(self, db: Database, actor: Actor, parent=None, *, now: Clock | None = None):
        super().__init__(parent)
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.accounts = AccountsPage(db, actor, self.ui.accountsTab)
        self.ui.accountsLayout.addWidget(self.accounts)
        self.backup = BackupPage(db, actor, self.ui.backupTab)
        self.ui.backupLayout.addWidget(self.backup)
        self.year_closing = YearClosingWizard(db, actor, self.ui.yearClosingTab, now=now)
        self.ui.yearClosingLayout.addWidget(self.year_closing)
        self.year_closing.openJournal.connect(self.openJournal)
        self.exchange = ExchangePage(db, actor, self.ui.exchangeTab)
        self.ui.exchangeLayout.addWidget(self.exchange)
        self.ui.tabs.setCurrentWidget(self.ui.accountsTab)

    def show_backup(self) -> BackupPage:
        self.ui.tabs.setCurrentWidget(self.ui.backupTab)
        return self.backup

    def show_year_closing(self) -> YearClosingWizard:
        self.ui.tabs.setCurrentWidget(self.ui.yearClosingTab)
        return self.year_closing
