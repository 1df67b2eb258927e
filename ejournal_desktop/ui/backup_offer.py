"""The weekly backup offered when its drive is plugged in (issue 21).

While an administrator's main window is open, the mounted volumes are looked at every few seconds.
When the weekly backup is due (no verified backup for a week, `backup.backup_overdue`) and a drive
appears whose «ejournal-backups» folder already holds this school's backups, the administrator is asked
at once whether to make the backup now; «Да» opens Администрирование → Резервное копирование with those
drives ticked and starts the backup there (its progress dialog, its ✓/✗ per drive). A drive is asked
about once per plugging in: pulled out and plugged in again, it is asked about again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.administration import backup_schedule
from ..services.errors import ServiceError
from .backup_page import Drive, mounted_drives

INTERVAL_MS = 5_000


class BackupOffer(QObject):
    def __init__(self, window: QWidget, db: Database, actor: Actor, *, volumes=mounted_drives,
                 interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self._db, self._actor = db, actor  # the window is parent(): no reference cycle keeps it alive
        self.volumes = volumes
        self._asked: set[Path] = set()
        self.offered: list[Drive] = []  # the drives of the last offer (for tests and the status)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[Drive]:
        """Look at the drives now; ask when a new one with this school's backups is due one."""
        drives = list(self.volumes())
        present = {d.folder for d in drives}
        self._asked &= present  # a drive pulled out is asked about again when plugged back in
        fresh = [d for d in drives if d.folder not in self._asked]
        if not fresh:
            return []
        try:
            folders = set(backup_schedule.offer_drives(self._db, self._actor, [d.folder for d in fresh]))
        except (ServiceError, OSError):
            return []
        wanted = [d for d in fresh if d.folder in folders]
        if not wanted:
            return []
        self._asked |= {d.folder for d in wanted}
        self.offered = wanted
        names = "\n".join(f"• {d.name} ({d.folder})" for d in wanted)
        text = self.tr("Подключён носитель с резервными копиями школы:\n{0}\n\nЕженедельная резервная копия "
                       "не делалась больше недели. Сделать копию сейчас?").format(names)
        if len(wanted) == 1:
            text += "\n\n" + self.tr("Положение требует копии на два носителя: подключите и второй.")
        answer = QMessageBox.question(self.parent(), self.tr("Резервная копия"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.start(wanted)
        return wanted

    def start(self, drives: list[Drive]):
        """Open the backup tab with these drives ticked and start the backup; the page's task (None when
        the reason for one drive was not given)."""
        area = self.parent().show_section("admin")
        page = area.show_backup()
        ticked = [page.add_folder(d.folder, d.name) for d in drives]
        reason = None
        if len(ticked) == 1:  # the weekly backup to one drive: the administrator records why
            reason = page.ask_one_medium_reason(ticked[0])
            if reason is None:
                return None
        return page.backup_to(ticked, one_medium_reason=reason)
