"""The main window: the sections the user's roles open, on the left; their pages on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from .. import __version__
from ..domain.rights import Action, may
from ..domain.roles import Role
from ..services import maintenance
from ..services.actor import Actor
from ..services.files import Database
from .accounts_page import AccountsPage
from .change_password_dialog import ChangePasswordDialog
from .diary_page import DiaryPage
from .forms.ui_mainwindow import Ui_MainWindow
from .journal_page import JournalPage
from .messages_page import MessagesPage

STAFF = frozenset(Role) - {Role.guardian, Role.pupil}


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    shown: Callable[[frozenset[Role]], bool]


# In the order of the list on the left. What a role is shown follows domain.rights.
SECTIONS = [
    Section("overview", "Обзор школы", lambda roles: bool(roles & STAFF)),
    Section("journal", "Журнал", lambda roles: may(roles, Action.view_journal)),
    Section("timetable", "Расписание", lambda roles: may(roles, Action.view_journal)),
    Section("classes", "Классы", lambda roles: may(roles, Action.view_class_list)),
    Section("reports", "Отчёты", lambda roles: may(roles, Action.build_reports)),
    Section("diary", "Дневник", lambda roles: may(roles, Action.view_own_data)),
    Section("messages", "Сообщения", lambda roles: may(roles, Action.send_message)),
    Section("class_accounts", "Пароли класса",
            lambda roles: may(roles, Action.reset_password) and not may(roles, Action.manage_accounts)),
    Section("admin", "Администрирование", lambda roles: may(roles, Action.manage_accounts)),
]


# The pages built so far; the other sections show a notice until their issue lands.
PAGES = {"admin": AccountsPage, "class_accounts": AccountsPage, "journal": JournalPage,
         "diary": DiaryPage, "messages": MessagesPage}


def sections_for(roles: frozenset[Role]) -> list[Section]:
    return [s for s in SECTIONS if s.shown(roles)]


class MainWindow(QMainWindow):
    switchUserRequested = Signal()
    lockRequested = Signal()

    def __init__(self, db: Database, actor: Actor, *, demo: bool = False, parent=None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._db, self.actor, self._demo = db, actor, demo
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionSwitchUser.triggered.connect(self.switchUserRequested)
        self.ui.actionLock.triggered.connect(self.lockRequested)
        self.ui.actionChangePassword.triggered.connect(
            lambda: ChangePasswordDialog(self._db, self.actor, parent=self).exec())
        self.pages: dict[str, QWidget] = {"overview": self.ui.overviewPage}
        self.sections = sections_for(actor.roles)
        for section in self.sections:
            self.ui.sections.addItem(self.tr(section.label))
            if section.key != "overview":
                page = self._page(section.key)
                self.pages[section.key] = page
                self.ui.pages.addWidget(page)
                if isinstance(page, MessagesPage):
                    item = self.ui.sections.item(self.ui.sections.count() - 1)
                    page.unreadChanged.connect(lambda n, item=item, label=section.label: item.setText(
                        self.tr(label) + (f" ({n})" if n else "")))
                    page.refresh()
        self.ui.sections.currentRowChanged.connect(self._show_section)
        self.ui.sections.setCurrentRow(0)
        self.refresh()

    def section_labels(self) -> list[str]:
        return [self.ui.sections.item(i).text() for i in range(self.ui.sections.count())]

    def show_section(self, key: str) -> QWidget:
        self.ui.sections.setCurrentRow([s.key for s in self.sections].index(key))
        return self.pages[key]

    def _show_section(self, row: int) -> None:
        if row >= 0:
            self.ui.pages.setCurrentWidget(self.pages[self.sections[row].key])

    def _page(self, key: str) -> QWidget:
        if key in PAGES:
            return PAGES[key](self._db, self.actor)
        label = QLabel(self.tr("Раздел «{0}» появится в одной из следующих версий программы.").format(
            self.tr(next(s.label for s in SECTIONS if s.key == key))))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def refresh(self) -> None:
        ov = maintenance.overview(self._db)
        self.setWindowTitle(self.tr("Электронный журнал — {0}").format(ov.school_name or self.tr("школа")))
        font = self.ui.schoolName.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.schoolName.setFont(font)
        self.ui.schoolName.setText(ov.school_name or self.tr("Сведения о школе не заполнены"))
        self.ui.yearLabel.setText(self.tr("Учебный год: {0}").format(ov.year_label or self.tr("не создан")))
        labels = {
            "classes": self.tr("Классов"),
            "pupils": self.tr("Обучающихся"),
            "staff": self.tr("Сотрудников"),
            "lessons": self.tr("Уроков в расписании года"),
            "marks": self.tr("Отметок"),
        }
        form = self.ui.countsLayout
        while form.rowCount():
            form.removeRow(0)
        for key, label in labels.items():
            value = QLabel(f"{ov.counts[key]:,}".replace(",", "\u00a0"))
            value.setObjectName(f"count_{key}")
            form.addRow(label + ":", value)
        if self._demo:
            self.ui.notice.setText(self.tr(
                "Это демонстрационная школа: все люди и отметки вымышлены. "
                "Учётные записи демо-школы: admin, director, zavuch, secretary, teacher01…; пароль — demo."))
        roles = ", ".join(self.tr(r.label) for r in sorted(self.actor.roles, key=list(Role).index))
        self.statusBar().showMessage(self.tr("{0} ({1}) · учебный год {2}").format(
            self.actor.display_name or self.actor.login, roles, ov.year_label or "—"))

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("О программе"), self.tr(
            "Электронный журнал, версия {0}.\nРаботает без интернета; данные хранятся в "
            "зашифрованной базе на этом компьютере.").format(__version__))
