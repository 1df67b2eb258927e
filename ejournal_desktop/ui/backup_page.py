"""Администрирование → Резервное копирование: backups to two drives, checking a backup, restore, and
the recovery sheet with the database key.

The drives are the mounted volumes (QStorageInfo) other than the system's own, plus folders the
administrator adds (a network share, or a test folder). On a volume the backups go to its folder
«ejournal-backups» (made on the first backup); an added folder takes them as it is. The backup runs in
a worker (ui/worker.py) with a progress dialog whose Cancel leaves nothing on the drives; each drive's
outcome shows in its row, ✓ or ✗ with the service's message.

A restore replaces the open database, so the page does not do it: after the backup has been checked,
shown and confirmed, it emits `restoreRequested(path)`, and the application's controller closes the
window and the database, restores, and reopens (ui/app.py).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QMessageBox, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.administration import backup, recovery
from ..services.errors import ServiceError
from .formats import heading, human_size
from .forms.ui_backuppage import Ui_BackupPage
from .rows_model import ListTableModel, scaled_width
from .worker import Task, run_with_progress

BACKUP_FOLDER = "ejournal-backups"
# File systems that are never a backup drive: the system's own and virtual ones.
_VIRTUAL_FS = {"tmpfs", "devtmpfs", "proc", "sysfs", "squashfs", "overlay", "cgroup", "cgroup2", "devpts",
               "securityfs", "debugfs", "tracefs", "pstore", "bpf", "autofs", "mqueue", "hugetlbfs",
               "fusectl", "configfs", "binfmt_misc", "efivarfs", "nsfs", "ramfs", "rpc_pipefs"}
_SYSTEM_PREFIXES = ("/boot", "/snap", "/sys", "/proc", "/dev", "/run", "/var", "/usr", "/etc", "/tmp",
                    "/home", "/opt", "/srv", "/System", "/private")


@dataclass
class Drive:
    """A place a backup can go: a mounted volume, or a folder the administrator added."""

    name: str
    folder: Path  # where the backups are written and looked for
    free: int | None = None
    added: bool = False
    checked: bool = False
    last: dt.datetime | None = None
    count: int = 0
    result: tuple[bool, str] | None = field(default=None)


def mounted_drives() -> list[Drive]:
    """The mounted volumes that could take a backup: ready, writable, not virtual, not the system's."""
    drives = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        fs = bytes(volume.fileSystemType()).decode(errors="replace").lower()
        root = volume.rootPath()
        if fs in _VIRTUAL_FS or root == "/" or (os.name != "nt" and root.startswith(_SYSTEM_PREFIXES)
                                                and not root.startswith(("/run/media", "/media"))):
            continue
        name = volume.displayName() or volume.name() or root
        drives.append(Drive(name=name, folder=Path(root) / BACKUP_FOLDER, free=volume.bytesAvailable()))
    return drives


def free_space(folder: Path) -> int | None:
    info = QStorageInfo(str(folder))
    return info.bytesAvailable() if info.isValid() else None


class DrivesModel(ListTableModel):
    NAME, FOLDER, FREE, LAST, RESULT = range(5)

    def __init__(self, parent=None):
        super().__init__([self.tr("Носитель"), self.tr("Папка для копий"), self.tr("Свободно"),
                         self.tr("Последняя копия"), self.tr("Результат")], parent)

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def checked(self) -> list[Drive]:
        return [d for d in self.rows if d.checked]

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == self.NAME else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NAME:
            return False
        self.rows[index.row()].checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.changed(index.row())
        return True

    def last_text(self, drive: Drive) -> str:
        if drive.last is None:
            return self.tr("нет копий")
        text = drive.last.astimezone().strftime("%d.%m.%Y %H:%M")
        return text + (self.tr(" (копий: {0})").format(drive.count) if drive.count > 1 else "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        drive, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole:
            if col != self.NAME:
                return None
            return Qt.CheckState.Checked if drive.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            # The cells are elided at fixed widths; the whole text is one hover away.
            if col == self.RESULT and drive.result is not None:
                return self.data(index)
            return str(drive.folder) if col in (self.NAME, self.FOLDER) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.RESULT and drive.result is not None:
                return None if drive.result[0] else QColor(Qt.GlobalColor.darkRed)
            return None
        if col == self.NAME:
            return drive.name
        if col == self.FOLDER:
            return str(drive.folder)
        if col == self.FREE:
            return human_size(drive.free)
        if col == self.LAST:
            return self.last_text(drive)
        if col == self.RESULT:
            if drive.result is None:
                return ""
            ok, message = drive.result
            return ("✓ " if ok else "✗ ") + message
        return None


def target_folders(drives: list[Drive]) -> list[Path]:
    """The folders to write to on the chosen drives (each drive's folder made when missing); their last
    results forgotten."""
    targets = []
    for d in drives:
        d.result = None
        if not d.added and not d.folder.exists():
            try:
                d.folder.mkdir()
            except OSError:
                pass  # the service names the drive and the reason
        targets.append(d.folder)
    return targets


class BackupPage(QWidget):
    restoreRequested = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent=None, *, volumes=mounted_drives):
        super().__init__(parent)
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        self._db, self._actor, self._volumes = db, actor, volumes
        self._added: list[Drive] = []
        self.task: Task | None = None
        self.results: list[backup.BackupResult] = []
        self.model = DrivesModel(self)
        self.ui.drives.setModel(self.model)
        header = self.ui.drives.horizontalHeader()
        for col, width in enumerate((230, 280, 90, 170, 300)):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(DrivesModel.RESULT, QHeaderView.ResizeMode.Stretch)
        self.ui.drives.verticalHeader().hide()
        self.ui.drives.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        heading(self.ui.heading)
        self.ui.backupNow.clicked.connect(self._backup_clicked)
        self.ui.addFolder.clicked.connect(self._add_folder_clicked)
        self.ui.refreshDrives.clicked.connect(self.refresh)
        self.ui.verify.clicked.connect(self._verify_clicked)
        self.ui.restore.clicked.connect(self._restore_clicked)
        self.ui.recoverySheet.clicked.connect(self._recovery_sheet_clicked)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # --- the drives ------------------------------------------------------------------------------

    def refresh(self) -> None:
        checked = {d.folder for d in self.model.rows if d.checked}
        results = {d.folder: d.result for d in self.model.rows}
        drives = list(self._volumes())
        known = {d.folder for d in drives}
        drives += [d for d in self._added if d.folder not in known]
        for d in drives:
            d.checked = d.checked or d.folder in checked  # an added folder keeps its own tick
            d.result = results.get(d.folder)
            self._read_drive(d)
        self.model.set_rows(drives)
        last = backup.last_good_backup(self._db)
        if last is None:
            self.ui.lastBackup.setText(self.tr("Проверенных резервных копий этой базы ещё нет."))
        else:
            days = (dt.datetime.now(dt.timezone.utc) - last).days
            self.ui.lastBackup.setText(self.tr("Последняя проверенная копия: {0} ({1} дн. назад).").format(
                last.astimezone().strftime("%d.%m.%Y %H:%M"), days))
        self._update_buttons()

    def _read_drive(self, drive: Drive) -> None:
        found = backup.list_backups(drive.folder) if drive.folder.is_dir() else []
        drive.last = found[0][1].created_at if found else None
        drive.count = len(found)
        if drive.added or drive.free is None:
            drive.free = free_space(drive.folder) if drive.folder.is_dir() else None

    def add_folder(self, folder: Path, name: str = "") -> Drive:
        """Offer a folder as a drive (a network share, a folder for a test) and tick it."""
        folder = Path(folder)
        for d in self.model.rows:
            if d.folder == folder:
                d.checked = True
                self.model.changed(self.model.rows.index(d))
                return d
        drive = Drive(name=name or folder.name or str(folder), folder=folder, added=True, checked=True)
        self._added.append(drive)
        self.refresh()
        return next(d for d in self.model.rows if d.folder == folder)

    def _add_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка для резервных копий"), str(Path.home()))
        if folder:
            self.add_folder(Path(folder))

    def _update_buttons(self) -> None:
        running = self.task is not None and self.task.running
        self.ui.backupNow.setEnabled(bool(self.model.checked()) and not running)
        n = len(self.model.checked())
        self.ui.backupNow.setText(self.tr("Сделать резервную &копию") if n == 0 else
                                  self.tr("Сделать резервную &копию (выбрано: {0})").format(n))

    # --- making a backup -------------------------------------------------------------------------

    def _backup_clicked(self) -> None:
        drives = self.model.checked()
        if len(drives) == 1:
            answer = QMessageBox.question(self, self.tr("Один носитель"), self.tr(
                "Выбран один носитель, а регламент требует копию на два. Сделать копию только на {0}?").format(
                drives[0].name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.backup_to(drives)

    def backup_to(self, drives: list[Drive]) -> Task | None:
        """Back up to `drives` in a worker with a progress dialog; rows show ✓/✗ when it ends."""
        if not drives:
            return None
        targets = target_folders(drives)
        self.model.set_rows(self.model.rows)
        db, actor = self._db, self._actor
        task, dialog = run_with_progress(
            self, self.tr("Резервное копирование"),
            lambda progress, cancelled: backup.make_backup(db, actor, targets, progress=progress, cancel=cancelled),
            label=self.tr("Снимок базы…"))
        self.task, self.progress_dialog = task, dialog
        task.finished.connect(lambda results: self._backup_done(drives, results))
        task.failed.connect(self._backup_failed)
        task.done.connect(self._update_buttons)
        self._update_buttons()
        return task

    def _backup_done(self, drives: list[Drive], results: list[backup.BackupResult]) -> None:
        self.results = results
        lines = []
        for d, r in zip(drives, results, strict=True):
            d.result = (r.ok, self.tr("записана и проверена") if r.ok else r.message)
            lines.append(("✓ " if r.ok else "✗ ") + d.name + ": " + (r.message if not r.ok else str(r.file)))
            if r.ok and r.note:
                lines.append("   " + r.note)  # the service's own words, like a failure's message
            if r.ok and r.removed:
                lines.append(self.tr("   удалены старые копии: {0}").format(len(r.removed)))
        self.refresh()
        ok = sum(r.ok for r in results)
        title = (self.tr("Резервная копия сделана") if ok == len(results) else
                 self.tr("Копия сделана не на все носители") if ok else self.tr("Резервная копия не сделана"))
        self.ui.details.setPlainText(title + "\n" + "\n".join(lines))

    def _backup_failed(self, exc: BaseException) -> None:
        self._show_error(exc, self.tr("Резервная копия не сделана"))

    def _show_error(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, ServiceError):
            message = str(exc)
        elif isinstance(exc, OSError):
            message = self.tr("Ошибка ввода-вывода: {0}").format(exc.strerror or exc)
        else:
            raise exc  # a bug: the global handler shows the crash dialog
        self.ui.details.setPlainText(title + "\n" + message)
        QMessageBox.warning(self, title, message)

    # --- checking and restoring ------------------------------------------------------------------

    def _choose_backup(self, title: str) -> Path | None:
        start = next((str(d.folder) for d in self.model.rows if d.last is not None), str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, title, start, self.tr("Резервные копии журнала (*.ejb)"))
        return Path(path) if path else None

    def verify_file(self, path: Path, *, then=None) -> Task:
        """Check a backup fully in a worker; its summary goes to the details box (and `then(manifest)`)."""
        db, actor = self._db, self._actor
        task, _dialog = run_with_progress(
            self, self.tr("Проверка резервной копии"),
            lambda _progress, cancelled: recovery.inspect_backup(db, actor, path, cancel=cancelled),
            label=self.tr("Проверка {0}…").format(path.name))
        self.task = task

        def verified(manifest: backup.Manifest) -> None:
            self.ui.details.setPlainText(self.tr("Копия исправна: {0}").format(path) + "\n" + manifest.summary())
            if then is not None:
                then(manifest)
            else:
                QMessageBox.information(self, self.tr("Копия исправна"), self.ui.details.toPlainText())

        task.finished.connect(verified)
        task.failed.connect(lambda exc: self._show_error(exc, self.tr("Копия не прошла проверку")))
        return task

    def _verify_clicked(self) -> None:
        path = self._choose_backup(self.tr("Проверить резервную копию"))
        if path is not None:
            self.verify_file(path)

    def request_restore(self, path: Path) -> Task:
        """Check the backup, show what it holds, ask, and on Yes emit restoreRequested."""
        def confirm(manifest: backup.Manifest) -> None:
            question = self.tr(
                "{0}\n\nТекущая база будет заменена этой копией; её нынешнее состояние сохранится в папке рядом "
                "с базой. Программа закроет окно и откроет восстановленную базу, войдите заново.\n\n"
                "Восстановить?").format(manifest.summary())
            warning = recovery.other_school_warning(self._db, manifest)
            if warning:  # another school's journal: both named, the answer is the explicit confirmation
                question = warning + "\n\n" + question
            answer = QMessageBox.question(self, self.tr("Восстановить базу из копии?"), question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                self.restoreRequested.emit(str(path))

        return self.verify_file(path, then=confirm)

    def _restore_clicked(self) -> None:
        path = self._choose_backup(self.tr("Восстановить из резервной копии"))
        if path is not None:
            self.request_restore(path)

    # --- the recovery sheet ----------------------------------------------------------------------

    def save_recovery_sheet(self, path: Path) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            recovery.recovery_sheet(self._db, self._actor, path)
        except ServiceError as exc:
            QApplication.restoreOverrideCursor()
            self._show_error(exc, self.tr("Лист не составлен"))
            return False
        QApplication.restoreOverrideCursor()
        self.ui.details.setPlainText(self.tr("Лист восстановления ключа сохранён: {0}").format(path))
        QMessageBox.information(self, self.tr("Лист восстановления ключа"), self.tr(
            "Лист сохранён:\n{0}\n\nРаспечатайте его, уберите в сейф школы и удалите файл (и из корзины): "
            "ключ не должен оставаться на компьютере.").format(path))
        return True

    def _recovery_sheet_clicked(self) -> None:
        answer = QMessageBox.warning(self, self.tr("Лист восстановления ключа"), self.tr(
            "На листе будет напечатан ключ базы. Кто держит лист, тот откроет базу и все её резервные копии "
            "в обход любых ролей и паролей. Храните его только в сейфе школы.\n\nСоставить лист?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        default = str(Path.home() / self.tr("Лист восстановления ключа.pdf"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить лист восстановления ключа"), default,
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_recovery_sheet(Path(path))
