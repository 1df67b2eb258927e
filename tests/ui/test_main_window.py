"""Logging in as each role, what the main window offers, locking and switching user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from ejournal_desktop.services.access import accounts
from ejournal_desktop.ui.app import Controller
from ejournal_desktop.ui.change_password_dialog import ChangePasswordDialog
from ejournal_desktop.ui.login_dialog import LoginDialog
from ejournal_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def sign_in(qtbot, dialog: LoginDialog, login: str, password: str = "demo") -> None:
    qtbot.keyClicks(dialog.ui.login, login)
    qtbot.keyClicks(dialog.ui.password, password)
    qtbot.mouseClick(dialog.ui.signIn, Qt.MouseButton.LeftButton)


def any_login(db, prefix: str) -> str:
    from sqlalchemy import text
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT login FROM account WHERE login LIKE :p ORDER BY login LIMIT 1"),
                            {"p": prefix + "%"}).scalar()


@pytest.mark.parametrize("login, sections", [
    ("admin", ["Обзор школы", "Журнал", "Расписание", "Классы", "Подготовка учебного года", "Учебный год",
               "Оценивание", "Отчёты", "Сообщения", "Администрирование"]),
    ("director", ["Обзор школы", "Журнал", "Расписание", "Классы", "Отчёты", "Сообщения"]),
    ("zavuch", ["Обзор школы", "Журнал", "Расписание", "Классы", "Сотрудники", "Подготовка учебного года",
                "Учебный год", "Оценивание", "Отчёты", "Сообщения"]),
    ("secretary", ["Обзор школы", "Расписание", "Классы"]),
    ("parent-", ["Дневник", "Сообщения"]),
    ("pupil-", ["Дневник", "Сообщения"]),
])
def test_each_role_logs_in_and_sees_its_sections(qtbot, small_demo, login, sections):
    login = any_login(small_demo, login) if login.endswith("-") else login
    dialog = LoginDialog(small_demo.path, small_demo, school="Школа")
    qtbot.addWidget(dialog)
    sign_in(qtbot, dialog, login)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    window = MainWindow(small_demo, dialog.actor)
    qtbot.addWidget(window)
    assert window.section_labels() == sections
    assert dialog.actor.display_name in window.statusBar().currentMessage()


def test_class_teacher_gets_own_class_passwords(qtbot, small_demo):
    from sqlalchemy import text

    from ejournal_desktop.domain.roles import Role
    with small_demo.engine.connect() as conn:
        login = conn.execute(text("SELECT a.login FROM account a JOIN school_class c ON c.class_teacher_id = a.staff_id "
                                  "LIMIT 1")).scalar()
    actor = accounts.authenticate(small_demo, login, "demo")
    assert Role.class_teacher in actor.roles
    window = MainWindow(small_demo, actor)
    qtbot.addWidget(window)
    assert "Пароли класса" in window.section_labels()
    assert "Администрирование" not in window.section_labels()
    page = window.show_section("class_accounts")
    assert page.model.rowCount() > 10
    assert all(r.pupil_id or r.guardian_id for r in page.model.rows)
    assert not page.ui.create.isVisible()


def test_wrong_password_is_explained_in_the_dialog(qtbot, small_demo):
    dialog = LoginDialog(small_demo.path, small_demo)
    qtbot.addWidget(dialog)
    dialog.show()
    sign_in(qtbot, dialog, "zavuch", "wrong")
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.ui.error.text() == "Неверный логин или пароль."
    assert dialog.ui.password.text() == ""


def test_staff_login_opens_a_database_whose_key_is_not_on_the_pc(qtbot, small_demo_path, monkeypatch):
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    dialog = LoginDialog(small_demo_path, None)
    qtbot.addWidget(dialog)
    sign_in(qtbot, dialog, "teacher01")
    assert dialog.actor.login == "teacher01"
    dialog.db.close()


def test_first_login_forces_a_password_change(qtbot, small_demo):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    temporary = accounts.reset_password(small_demo, admin, "secretary")
    actor = accounts.authenticate(small_demo, "secretary", temporary)
    assert actor.must_change_password
    dialog = ChangePasswordDialog(small_demo, actor, forced=True)
    qtbot.addWidget(dialog)
    assert "временным паролем" in dialog.ui.info.text()
    qtbot.keyClicks(dialog.ui.oldPassword, temporary)
    qtbot.keyClicks(dialog.ui.newPassword, "sekretar2026")
    qtbot.keyClicks(dialog.ui.repeatPassword, "sekretar2027")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.ui.error.text() == "Новый пароль и повтор не совпадают."
    dialog.ui.repeatPassword.clear()
    qtbot.keyClicks(dialog.ui.repeatPassword, "sekretar2026")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert not accounts.authenticate(small_demo, "secretary", "sekretar2026").must_change_password


def answer_lock(qtbot, controller, password=None, switch=False):
    """Fill in the lock screen once it is up (it runs its own event loop)."""
    def act():
        dialog = controller.lock_dialog
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        if switch:
            dialog.ui.switchUser.click()
        else:
            dialog.ui.password.setText(password)
            dialog.ui.signIn.click()
            if dialog.isVisible():  # wrong password: the error shows, then the right one
                answer_lock.errors.append(dialog.ui.error.text())
                dialog.ui.password.setText("demo")
                dialog.ui.signIn.click()
    QTimer.singleShot(20, act)


answer_lock.errors = []


@pytest.fixture
def controller(small_demo):
    controller = Controller(QApplication.instance(), small_demo.path)
    controller.db = small_demo
    yield controller
    controller.shutdown()


def test_idle_lock_keeps_unsaved_input_and_asks_for_the_password(qtbot, small_demo, controller):
    window = controller.show_main(accounts.authenticate(small_demo, "admin", "demo"))
    qtbot.addWidget(window)
    page = window.show_section("admin").accounts  # the accounts tab of the administration area
    qtbot.keyClicks(page.ui.search, "teach")  # input not yet acted upon
    assert controller.idle.minutes == 10  # the setting's default
    answer_lock.errors.clear()
    answer_lock(qtbot, controller, password="wrong")
    controller.idle.timer.setInterval(30)
    controller.idle.timer.start()
    qtbot.waitUntil(lambda: bool(answer_lock.errors) and not controller.locked, timeout=5000)
    assert answer_lock.errors == ["Неверный логин или пароль."]
    assert page.ui.search.text() == "teach"
    assert window.isVisible()


def test_switch_user_from_the_lock_screen(qtbot, small_demo, controller):
    window = controller.show_main(accounts.authenticate(small_demo, "admin", "demo"))
    qtbot.addWidget(window)

    def login_as_director():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()
                   and w is not controller.lock_dialog]
        if not dialogs:
            QTimer.singleShot(20, login_as_director)
            return
        dialogs[0].ui.login.setText("director")
        dialogs[0].ui.password.setText("demo")
        dialogs[0].ui.signIn.click()

    answer_lock(qtbot, controller, switch=True)
    QTimer.singleShot(50, login_as_director)
    controller.lock()
    assert controller.window.actor.login == "director"
    assert "Администрирование" not in controller.window.section_labels()
    qtbot.addWidget(controller.window)


def test_overview_shows_the_school(qtbot, small_demo):
    window = MainWindow(small_demo, accounts.authenticate(small_demo, "zavuch", "demo"), demo=True)
    qtbot.addWidget(window)
    assert window.ui.yearLabel.text() == "Учебный год: 2026/2027"
    pupils = window.findChild(QLabel, "count_pupils")
    assert int(pupils.text().replace("\u00a0", "")) > 50
    assert "demo" in window.ui.notice.text()


def test_status_bar_shows_user_year_and_period_the_journal_page_s_when_it_is_shown(qtbot, small_demo, tmp_path):
    import datetime as dt

    from PySide6.QtCore import QSettings
    settings = QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    actor = accounts.authenticate(small_demo, "teacher02", "demo")
    window = MainWindow(small_demo, actor, settings=settings, today=lambda: dt.date(2026, 11, 27))
    qtbot.addWidget(window)
    status = window.statusBar().currentMessage()
    assert actor.display_name in status and "2026/2027" in status and "2-я четверть" in status
    page = window.show_section("journal")
    page.ui.period.setCurrentIndex(0)
    assert page.grid.period.label == "1-я четверть"
    assert window.statusBar().currentMessage().endswith("· 1-я четверть")
    page.ui.period.setCurrentIndex(2)
    assert window.statusBar().currentMessage().endswith("· 3-я четверть")
    window.show_section("overview")
    # Off the journal: today's periods, of every grade range (the demo school has half-years in 10–11).
    assert window.statusBar().currentMessage().endswith("· 2-я четверть, 10–11 кл.: 1-е полугодие")


def test_the_last_section_is_remembered_per_user(qtbot, small_demo, tmp_path):
    from PySide6.QtCore import QSettings
    settings = QSettings(str(tmp_path / "main.ini"), QSettings.Format.IniFormat)
    zavuch = accounts.authenticate(small_demo, "zavuch", "demo")
    first = MainWindow(small_demo, zavuch, settings=settings)
    qtbot.addWidget(first)
    assert first.current_section() == "overview"
    first.ui.sections.setCurrentRow(first.section_labels().index("Сообщения"))   # a click on it
    first.close()
    again = MainWindow(small_demo, zavuch, settings=settings)
    qtbot.addWidget(again)
    assert again.current_section() == "messages"
    assert again.ui.pages.currentWidget() is again.pages["messages"]
    admin = MainWindow(small_demo, accounts.authenticate(small_demo, "admin", "demo"), settings=settings)
    qtbot.addWidget(admin)
    assert admin.current_section() == "overview"


def test_administrator_is_reminded_of_an_overdue_backup(qtbot, small_demo, tmp_path, other_medium):
    from ejournal_desktop.services.administration import backup
    admin = accounts.authenticate(small_demo, "admin", "demo")
    window = MainWindow(small_demo, admin)
    qtbot.addWidget(window)
    window.show()
    assert window.ui.backupReminder.isVisible()
    assert "ни разу не сделана" in window.ui.backupReminder.text()
    assert window.ui.pages.currentWidget() is window.ui.overviewPage
    zavuch = MainWindow(small_demo, accounts.authenticate(small_demo, "zavuch", "demo"))
    qtbot.addWidget(zavuch)
    zavuch.show()
    assert not zavuch.ui.backupReminder.isVisible()  # only the administrator backs up
    drives = [tmp_path / "usb1", other_medium / "usb2"]  # two media: two devices
    for drive in drives:
        drive.mkdir()
    results = backup.make_backup(small_demo, admin, drives)
    assert all(r.ok for r in results), [r.message for r in results]
    again = MainWindow(small_demo, admin)
    qtbot.addWidget(again)
    again.show()
    assert not again.ui.backupReminder.isVisible()
