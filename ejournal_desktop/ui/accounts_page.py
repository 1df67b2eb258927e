"""Администрирование → Учётные записи: the administrator's accounts, a class teacher's own class."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from ..domain.rights import Action, may
from ..domain.roles import Role
from ..services.access import account_issue, accounts, files
from ..services.access.actor import Actor
from ..services.access.files import Database, StorageError
from ..services.errors import ServiceError
from .formats import heading
from .forms.ui_accountdialog import Ui_AccountDialog
from .forms.ui_accountspage import Ui_AccountsPage
from .rows_model import ListTableModel, scaled_width
from .translations import role_label


class AccountsModel(ListTableModel):
    LOGIN, PERSON, ROLES, STATE, LAST_LOGIN = range(5)
    SORT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent=None):
        super().__init__([self.tr("Логин"), self.tr("Кто"), self.tr("Роли"), self.tr("Состояние"),
                         self.tr("Последний вход")], parent)

    def state(self, row: accounts.AccountRow) -> str:
        if row.disabled:
            return self.tr("отключена")
        if row.must_change_password:
            return self.tr("ждёт смены пароля")
        return self.tr("активна")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, self.SORT_ROLE, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().placeholderText() if row.disabled else None
        col = index.column()
        if col == self.LOGIN:
            return row.login
        if col == self.PERSON:
            return row.person
        if col == self.ROLES:
            return ", ".join(role_label(r) for r in row.roles)
        if col == self.STATE:
            return self.state(row)
        if col == self.LAST_LOGIN:
            if row.last_login_at is None:
                return "" if role == Qt.ItemDataRole.DisplayRole else 0.0
            if role == self.SORT_ROLE:
                return row.last_login_at.timestamp()
            return row.last_login_at.astimezone().strftime("%d.%m.%Y %H:%M")
        return None


class AccountDialog(QDialog):
    """Create an account, or change an existing one's roles and link."""

    KINDS = [("staff", QT_TRANSLATE_NOOP("AccountDialog", "Сотрудник")),
             ("pupil", QT_TRANSLATE_NOOP("AccountDialog", "Ученик")),
             ("guardian", QT_TRANSLATE_NOOP("AccountDialog", "Родитель"))]

    def __init__(self, db: Database, actor: Actor, row: accounts.AccountRow | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self._row = db, actor, row
        self.created: tuple[str, str] | None = None
        self._checks: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(role_label(role))
            self._checks[role] = box
            self.ui.rolesLayout.addWidget(box)
        for code, label in self.KINDS:
            self.ui.personKind.addItem(self.tr(label), code)
        self.ui.personKind.currentIndexChanged.connect(self._fill_people)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        if row is not None:
            self.setWindowTitle(self.tr("Учётная запись {0}").format(row.login))
            self.ui.login.setText(row.login)
            self.ui.login.setReadOnly(True)
            kind = "pupil" if row.pupil_id else "guardian" if row.guardian_id else "staff"
            self.ui.personKind.setCurrentIndex([k for k, _ in self.KINDS].index(kind))
            for role in row.roles:
                self._checks[role].setChecked(True)
        else:
            self.setWindowTitle(self.tr("Новая учётная запись"))
        self._fill_people()
        if row is not None:
            person_id = row.staff_id or row.pupil_id or row.guardian_id
            index = self.ui.person.findData(person_id)
            self.ui.person.setCurrentIndex(index)

    def _fill_people(self) -> None:
        kind = self.ui.personKind.currentData()
        self.ui.person.clear()
        self.ui.person.addItem(self.tr("— не связана —"), None)
        for person_id, name in accounts.linkable_people(self._db, self._actor, kind):
            self.ui.person.addItem(name, person_id)

    def _save(self) -> None:
        roles = {r for r, box in self._checks.items() if box.isChecked()}
        kind, person_id = self.ui.personKind.currentData(), self.ui.person.currentData()
        link = {f"{kind}_id": person_id}
        try:
            if self._row is None:
                _, temporary = accounts.create_account(self._db, self._actor, self.ui.login.text(), roles, **link)
                self.created = (self.ui.login.text().strip().lower(), temporary)
            else:
                accounts.update_account(self._db, self._actor, self._row.login, roles=roles, **link)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.accept()


class AccountsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_AccountsPage()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.model = AccountsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(AccountsModel.SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(Qt.ItemDataRole.DisplayRole)
        self.ui.table.setModel(self.proxy)
        header = self.ui.table.horizontalHeader()
        for col, width in enumerate((150, 280, 260, 140, 130)):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(AccountsModel.ROLES, QHeaderView.ResizeMode.Stretch)
        self.ui.table.verticalHeader().hide()
        self.ui.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.ui.table.sortByColumn(AccountsModel.LOGIN, Qt.SortOrder.AscendingOrder)
        heading(self.ui.heading)
        admin = may(actor.roles, Action.manage_accounts)
        if not admin:
            self.ui.heading.setText(self.tr("Учётные записи учеников и родителей моего класса"))
        for button in (self.ui.create, self.ui.edit, self.ui.toggleDisabled, self.ui.keyOnThisPc):
            button.setVisible(admin)
        self.ui.keyOnThisPc.setChecked(files.keyring_enabled(db))
        self.ui.keyOnThisPc.clicked.connect(self._key_on_this_pc)
        self.ui.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.ui.showDisabled.toggled.connect(self.refresh)
        self.account_dialog: AccountDialog | None = None
        self.password_box: QMessageBox | None = None
        self.ui.create.clicked.connect(self._create)
        self.ui.edit.clicked.connect(self._edit)
        self.ui.table.doubleClicked.connect(lambda _i: self._edit() if admin else None)
        self.ui.toggleDisabled.clicked.connect(self._toggle_disabled)
        self.ui.resetPassword.clicked.connect(self._reset)
        self.ui.classSlips.clicked.connect(self._class_slips)
        self.ui.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        rows = accounts.list_accounts(self._db, self._actor)
        if not self.ui.showDisabled.isChecked():
            rows = [r for r in rows if not r.disabled]
        self.model.set_rows(rows)
        self._selection_changed()

    def selected(self) -> accounts.AccountRow | None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def select_login(self, login: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.login == login:
                self.ui.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(i, 0)))
                return

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        for button in (self.ui.edit, self.ui.toggleDisabled, self.ui.resetPassword):
            button.setEnabled(row is not None)
        if row is not None:
            self.ui.toggleDisabled.setText(self.tr("&Включить") if row.disabled else self.tr("&Отключить"))

    def _key_on_this_pc(self, on: bool) -> None:
        """Keep the database key in this PC's keyring, after the warning of what that means."""
        if on:
            answer = QMessageBox.warning(
                self, self.tr("Ключ базы на этом компьютере"),
                self.tr(files.KEYRING_WARNING) + "\n\n" + self.tr("Хранить ключ на этом компьютере?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.ui.keyOnThisPc.setChecked(False)
                return
        try:
            files.set_keyring(self._db, self._actor, on)
        except (ServiceError, StorageError) as exc:
            self._error(exc)
        self.ui.keyOnThisPc.setChecked(files.keyring_enabled(self._db))

    def _error(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Не выполнено"), str(exc))

    def _create(self) -> AccountDialog:
        # open(), not exec(): the page stays responsive (and scriptable) while the dialog is up
        dialog = AccountDialog(self._db, self._actor, parent=self)
        self.account_dialog = dialog
        dialog.finished.connect(lambda result: self._created(dialog, result))
        dialog.open()
        return dialog

    def _created(self, dialog: AccountDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.created:
            self.refresh()
            self.select_login(dialog.created[0])
            self._show_password(*dialog.created)

    def _edit(self) -> None:
        row = self.selected()
        if row is not None and AccountDialog(self._db, self._actor, row, parent=self).exec():
            self.refresh()
            self.select_login(row.login)

    def _toggle_disabled(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            accounts.set_disabled(self._db, self._actor, row.login, not row.disabled)
        except ServiceError as exc:
            self._error(exc)
        self.refresh()
        self.select_login(row.login)

    def _reset(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Сброс пароля"), self.tr(
            "Выдать {0} новый временный пароль? Прежний пароль перестанет действовать.").format(row.login))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            temporary = accounts.reset_password(self._db, self._actor, row.login)
        except ServiceError as exc:
            self._error(exc)
            return
        self.refresh()
        self.select_login(row.login)
        self._show_password(row.login, temporary)

    def _show_password(self, login: str, password: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Временный пароль"), self.tr(
            "Логин: {0}\nВременный пароль: {1}\n\nПередайте его владельцу лично. При первом входе "
            "программа попросит сменить пароль.").format(login, password), QMessageBox.StandardButton.Ok, self)
        self.password_box = box  # window-modal, not a nested event loop
        box.open()

    def _class_slips(self) -> None:
        classes = accounts.credential_classes(self._db, self._actor)
        if not classes:
            self._error(ServiceError(self.tr("Нет классов, для которых вы можете выдать пароли.")))
            return
        labels = [label for _, label in classes]
        label, ok = QInputDialog.getItem(self, self.tr("Пароли для класса"),
                                         self.tr("Класс (новые пароли получат те, кто ещё не входил):"),
                                         labels, 0, False)
        if not ok:
            return
        class_id = classes[labels.index(label)][0]
        default = str(Path.home() / self.tr("Пароли {0}.pdf").format(label))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить листок с паролями"), default,
                                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        self.save_class_slips(class_id, Path(path))

    def save_class_slips(self, class_id: int, path: Path) -> int:
        """Create the accounts the class's pupils and parents lack, issue the first passwords and write the
        slips; returns how many were issued."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = account_issue.issue_class_accounts(self._db, self._actor, class_id, path)
            label, issued = result.title, result.accounts
        except (ServiceError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            self._error(exc)
            return 0
        QApplication.restoreOverrideCursor()
        self.refresh()
        if issued:
            QMessageBox.information(self, self.tr("Пароли выданы"), self.tr(
                "Новые временные пароли: {0}. Листок для печати сохранён:\n{1}").format(len(issued), path))
        else:
            QMessageBox.information(self, self.tr("Пароли не выданы"), self.tr(
                "Все ученики и родители класса {0} уже входили в журнал.").format(label))
        return len(issued)
