"""The main window: the sections the user's roles open, on the left; their pages on the right."""

from __future__ import annotations

import datetime as dt
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from .. import __version__
from ..domain.rights import Action, may
from ..domain.roles import Role
from ..services import journal
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.administration import backup, maintenance
from .accounts_page import AccountsPage
from .admin_page import AdminPage
from .app_preferences import preferences
from .backup_offer import BackupOffer
from .change_password_dialog import ChangePasswordDialog
from .classes_page import ClassesPage
from .diary_page import DiaryPage
from .formats import TITLE, heading
from .forms.ui_mainwindow import Ui_MainWindow
from .grading_page import GradingPage
from .help_window import HelpWindow
from .journal_page import JournalPage
from .messages_page import MessagesPage
from .reports_page import ReportsPage
from .school_year_page import SchoolYearPage
from .settings_dialog import SettingsDialog
from .setup_pages import SetupArea
from .staff_page import StaffPage
from .timetable_page import TimetablePage
from .translations import role_label

STAFF = frozenset(Role) - {Role.guardian, Role.pupil}


def _sets_up(roles: frozenset[Role]) -> bool:
    """The year's structure and grading: the deputy edits them, the administrator sees them."""
    return may(roles, Action.configure_grading) or may(roles, Action.system_settings)


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    shown: Callable[[frozenset[Role]], bool]


# In the order of the list on the left. What a role is shown follows domain.rights.
SECTIONS = [
    Section("overview", QT_TRANSLATE_NOOP("MainWindow", "Обзор школы"), lambda roles: bool(roles & STAFF)),
    Section("journal", QT_TRANSLATE_NOOP("MainWindow", "Журнал"),
            lambda roles: may(roles, Action.view_journal)),
    Section("timetable", QT_TRANSLATE_NOOP("MainWindow", "Расписание"), lambda roles: bool(roles & STAFF)),
    Section("classes", QT_TRANSLATE_NOOP("MainWindow", "Классы"),
            lambda roles: may(roles, Action.view_class_list)),
    Section("staff", QT_TRANSLATE_NOOP("MainWindow", "Сотрудники"),
            lambda roles: may(roles, Action.manage_staff)),
    Section("setup", QT_TRANSLATE_NOOP("MainWindow", "Подготовка учебного года"), lambda roles: _sets_up(roles)),
    Section("school_year", QT_TRANSLATE_NOOP("MainWindow", "Учебный год"), lambda roles: _sets_up(roles)),
    Section("grading", QT_TRANSLATE_NOOP("MainWindow", "Оценивание"), lambda roles: _sets_up(roles)),
    Section("reports", QT_TRANSLATE_NOOP("MainWindow", "Отчёты"),
            lambda roles: may(roles, Action.build_reports)),
    Section("diary", QT_TRANSLATE_NOOP("MainWindow", "Дневник"),
            lambda roles: may(roles, Action.view_own_data)),
    Section("messages", QT_TRANSLATE_NOOP("MainWindow", "Сообщения"),
            lambda roles: may(roles, Action.send_message)),
    Section("class_accounts", QT_TRANSLATE_NOOP("MainWindow", "Пароли класса"),
            lambda roles: may(roles, Action.reset_password) and not may(roles, Action.manage_accounts)),
    Section("admin", QT_TRANSLATE_NOOP("MainWindow", "Администрирование"),
            lambda roles: may(roles, Action.manage_accounts)),
]


# The pages built so far; the other sections show a notice until their issue lands.
PAGES = {"admin": AdminPage, "class_accounts": AccountsPage, "journal": JournalPage,
         "diary": DiaryPage, "messages": MessagesPage, "classes": ClassesPage, "reports": ReportsPage,
         "timetable": TimetablePage, "staff": StaffPage, "school_year": SchoolYearPage, "grading": GradingPage,
         "setup": SetupArea}
# The pages that read the clock, and how they take it (the window's `now`, when it was given one).
CLOCKED = {"journal": "now", "timetable": "now", "classes": "today", "staff": "today"}
# A checklist line of «Подготовка учебного года» whose page is another section.
SETUP_LINKS = {"year": "school_year", "staff": "staff", "timetable": "timetable", "pupils": "classes",
               "accounts": "admin"}


def sections_for(roles: frozenset[Role]) -> list[Section]:
    return [s for s in SECTIONS if s.shown(roles)]


class _Pages(dict):
    """The section pages by key, each built by `build(key)` when first asked for."""

    def __init__(self, build: Callable[[str], QWidget]):
        super().__init__()
        # Weakly: the window owns this dict; a strong bound method would keep a closed window alive.
        self._build = weakref.WeakMethod(build)

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._build()(key)
        return page


class MainWindow(QMainWindow):
    switchUserRequested = Signal()
    lockRequested = Signal()
    restoreRequested = Signal(str)  # a backup chosen and confirmed on the administrator's backup tab

    def __init__(self, db: Database, actor: Actor, *, demo: bool = False, settings: QSettings | None = None,
                 today: Callable[[], dt.date] = dt.date.today, now: Callable[[], dt.datetime] | None = None,
                 parent=None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._db, self.actor, self._demo = db, actor, demo
        self._settings = settings or preferences()
        self._now = now  # a window run on a given day (a test, a demonstration): its pages read this clock
        self._today = (lambda: now().astimezone().date()) if now is not None and today is dt.date.today else today
        self._year_label = ""
        self._today_periods: str | None = None
        self._help: HelpWindow | None = None
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionSwitchUser.triggered.connect(self.switchUserRequested)
        self.ui.actionLock.triggered.connect(self.lockRequested)
        self.ui.actionChangePassword.triggered.connect(
            lambda: ChangePasswordDialog(self._db, self.actor, parent=self).exec())
        self.ui.actionSettings.triggered.connect(self.open_settings)
        self.ui.actionHelp.triggered.connect(lambda: self.open_help())
        self.ui.actionShortcuts.triggered.connect(lambda: self.open_help("keyboard"))
        # Pages are built the first time they are shown (or asked for): a login paints one page, not all.
        self.pages: dict[str, QWidget] = _Pages(self._build_page)
        self.pages["overview"] = self.ui.overviewPage
        self.sections = sections_for(actor.roles)
        for section in self.sections:
            self.ui.sections.addItem(self.tr(section.label))
        if "messages" in [s.key for s in self.sections]:
            _ = self.pages["messages"]  # built at once: its count of unread messages stands in the list
        self.ui.sections.currentRowChanged.connect(self._show_section)
        # Ctrl+1 … Ctrl+9 open the sections in the order of the list (listed in the help, «Клавиши»).
        for row in range(min(9, len(self.sections))):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, row=row: self.ui.sections.setCurrentRow(row))
            self.addAction(action)
        keys = [s.key for s in self.sections]
        remembered = self._settings.value(self._section_key())
        self.ui.sections.setCurrentRow(keys.index(remembered) if remembered in keys else 0)
        self.refresh()
        if self.backup_reminder and "overview" in keys:
            self.ui.sections.setCurrentRow(keys.index("overview"))
        # The weekly backup offered when a drive holding the school's backups is plugged in (issue 21).
        self.backup_offer = BackupOffer(self, db, actor) if "admin" in keys else None

    def _section_key(self) -> str:
        return f"main/{self.actor.login}/section"

    def current_section(self) -> str:
        row = self.ui.sections.currentRow()
        return self.sections[row].key if 0 <= row < len(self.sections) else ""

    def section_labels(self) -> list[str]:
        return [self.ui.sections.item(i).text() for i in range(self.ui.sections.count())]

    def show_section(self, key: str) -> QWidget:
        self.ui.sections.setCurrentRow([s.key for s in self.sections].index(key))
        return self.pages[key]

    def _show_section(self, row: int) -> None:
        if row >= 0:
            key = self.sections[row].key
            self.ui.pages.setCurrentWidget(self.pages[key])
            self._settings.setValue(self._section_key(), key)
            self._show_status()

    def _build_page(self, key: str) -> QWidget:
        page = self._page(key)
        self.ui.pages.addWidget(page)
        if isinstance(page, MessagesPage):
            row = [s.key for s in self.sections].index(key)
            label = self.sections[row].label
            item = self.ui.sections.item(row)
            page.unreadChanged.connect(lambda n: item.setText(self.tr(label) + (f" ({n})" if n else "")))
            page.refresh()
        if isinstance(page, JournalPage):
            page.periodChanged.connect(lambda _label: self._show_status())
            page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 15000))
        if isinstance(page, SetupArea):
            page.openSection.connect(self._open_setup_link)
            page.changed.connect(self.refresh)
        if isinstance(page, AdminPage):
            page.openJournal.connect(self.open_journal_page)
            page.backup.restoreRequested.connect(self.restoreRequested)
        return page

    def _page(self, key: str) -> QWidget:
        if key in PAGES:
            clock = {}
            if self._now is not None and key in CLOCKED:
                clock = {"now": self._now} if CLOCKED[key] == "now" else {"today": self._today}
            return PAGES[key](self._db, self.actor, **clock)
        label = QLabel(self.tr("Раздел «{0}» появится в одной из следующих версий программы.").format(
            self.tr(next(s.label for s in SECTIONS if s.key == key))))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _open_setup_link(self, key: str) -> None:
        section = SETUP_LINKS.get(key)
        if section in [s.key for s in self.sections]:
            self.show_section(section)
        else:
            self.statusBar().showMessage(self.tr("Эта часть подготовки — в разделе, который открыт другой роли "
                                                 "(заместителю директора по УР или администратору)."), 8000)

    def refresh(self) -> None:
        ov = maintenance.overview(self._db)
        self.setWindowTitle(self.tr("Электронный журнал — {0}").format(ov.school_name or self.tr("школа")))
        heading(self.ui.schoolName, TITLE)
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
        self.backup_reminder = backup.reminder(self._db, self.actor)
        if self.backup_reminder:
            # The regulation asks for a weekly backup: the administrator lands on this reminder.
            self.ui.backupReminder.setText(self.tr(self.backup_reminder))
        self.ui.backupReminder.setVisible(bool(self.backup_reminder))
        self._year_label = ov.year_label or "—"
        self._today_periods = None
        self._show_status()

    def period_label(self) -> str:
        """The period the user works in: the journal page's when it is shown, else today's."""
        page = self.pages.get("journal")
        if isinstance(page, JournalPage) and self.current_section() == "journal" and page.period_label():
            return page.period_label()
        if self._today_periods is None:
            found = journal.periods_on(self._db, self._today())
            seen: list[str] = []
            labels = []
            for grade_from, grade_to, period in found:
                if period.label in seen:
                    continue
                labels.append(period.label if not seen else
                              self.tr("{0}–{1} кл.: {2}").format(grade_from, grade_to, period.label))
                seen.append(period.label)
            self._today_periods = (", ".join(labels) if labels else
                                   self.tr("вне учебных периодов") if self._year_label != "—" else "—")
        return self._today_periods

    def status_text(self) -> str:
        roles = ", ".join(role_label(r) for r in sorted(self.actor.roles, key=list(Role).index))
        return self.tr("{0} ({1}) · учебный год {2} · {3}").format(
            self.actor.display_name or self.actor.login, roles, self._year_label, self.period_label())

    GEOMETRY_KEY = "window/geometry"

    def show_fitted(self, settings: QSettings | None = None) -> None:
        """Open as this PC last had it; the first time, maximised on a small screen (1366×768 and the
        like: the status bar must not fall off the screen), else a comfortable size inside the screen."""
        self._geometry_settings = settings or self._settings  # the one per-PC preferences object
        saved = self._geometry_settings.value(self.GEOMETRY_KEY)
        if saved is not None and self.restoreGeometry(saved):
            self.show()
            return
        area = self.screen().availableGeometry()
        if area.width() <= 1440 or area.height() <= 900:
            self.setGeometry(area)  # without a window manager (a kiosk X session) maximising does nothing
            self.showMaximized()
        else:
            self.resize(min(1400, area.width() - 80), min(900, area.height() - 80))
            self.show()

    def closeEvent(self, event) -> None:
        settings = getattr(self, "_geometry_settings", None)
        if settings is not None:
            settings.setValue(self.GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)

    def _show_status(self) -> None:
        if self._year_label:
            self.statusBar().showMessage(self.status_text())

    def open_journal_page(self, course_id: int) -> None:
        """A link from the year-closing wizard: the journal section on that course's page."""
        if any(s.key == "journal" for s in self.sections):
            self.show_section("journal").select_course(course_id)

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._db, self.actor, preferences=self._settings, parent=self)
        if dialog.exec():
            self.refresh()
        return dialog

    def open_help(self, guide: str | None = None) -> HelpWindow:
        """F1: the guide of the user's role (or the one asked for), in a window beside the journal."""
        if self._help is None:
            self._help = HelpWindow(self.actor.roles, parent=self)
        if guide:
            self._help.show_guide(guide)
        self._help.show()
        self._help.raise_()
        return self._help

    def _about(self) -> None:
        QMessageBox.about(self, self.tr("О программе"), self.tr(
            "Электронный журнал, версия {0}.\nРаботает без интернета; данные хранятся в "
            "зашифрованной базе на этом компьютере.").format(__version__))
