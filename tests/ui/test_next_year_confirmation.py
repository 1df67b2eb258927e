"""The deputy confirms the next year's copied periods and holidays on «Учебный год», one button each; the
line then says who confirmed and when, and so does the checklist «Подготовка учебного года» (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from setup_testing import closed_year_school
from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import Account, Staff
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.school_year_page import SchoolYearPage

pytestmark = pytest.mark.gui


@pytest.fixture
def closed_school(tmp_path, db_key):
    db = closed_year_school(tmp_path / "closed.db")
    yield db
    db.close()


def _line(checklist, key: str) -> str:
    return checklist.ui.checklist.item(checklist.line_keys().index(key)).text()


def test_the_deputy_confirms_the_copied_dates_and_the_checklist_says_who_and_when(qtbot, closed_school):
    deputy = accounts.authenticate(closed_school, "zavuch", "demo")
    with closed_school.session() as s:
        staff = s.scalar(select(Staff).join(Account, Account.staff_id == Staff.id).where(Account.login == "zavuch"))
        who = f"{staff.surname} {staff.name[0]}. {staff.patronymic[0]}."
    window = MainWindow(closed_school, deputy)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    checklist = window.show_section("setup").checklist
    assert _line(checklist, "periods_confirmed").startswith("✗")
    checklist.ui.checklist.itemActivated.emit(
        checklist.ui.checklist.item(checklist.line_keys().index("periods_confirmed")))
    assert window.current_section() == "school_year"
    page = window.pages["school_year"]
    assert isinstance(page, SchoolYearPage)
    ui = page.ui
    assert not ui.confirmBox.isHidden()
    assert ui.periodsConfirmed.text() == "Даты периодов 2027/2028 скопированы с прошлого года и ещё не подтверждены."

    before = dt.datetime.now().replace(second=0, microsecond=0)
    qtbot.mouseClick(ui.confirmPeriods, Qt.MouseButton.LeftButton)
    assert ui.message.text() == "Даты периодов подтверждены."
    assert ui.confirmPeriods.isHidden() and not ui.confirmHolidays.isHidden()
    text = ui.periodsConfirmed.text()
    assert text.startswith(f"Даты периодов подтверждены: {who}, ")
    when = dt.datetime.strptime(text.removesuffix(".").rsplit(", ", 1)[1], "%d.%m.%Y %H:%M")
    assert before <= when <= dt.datetime.now()
    assert "не подтверждены" in ui.holidaysConfirmed.text()

    window.show_section("setup")
    assert _line(checklist, "periods_confirmed") == f"✓  Даты периодов нового года подтверждены — {text}"
    assert _line(checklist, "holidays_confirmed").startswith("✗")
    window.show_section("school_year")
    qtbot.mouseClick(ui.confirmHolidays, Qt.MouseButton.LeftButton)
    assert ui.confirmHolidays.isHidden() and ui.holidaysConfirmed.text().startswith(
        f"Даты каникул подтверждены: {who}, ")
    window.show_section("setup")
    assert _line(checklist, "holidays_confirmed").startswith(f"✓  Каникулы нового года подтверждены — "
                                                             f"Даты каникул подтверждены: {who}, ")


def test_the_administrator_sees_what_waits_but_cannot_confirm(qtbot, closed_school):
    admin = accounts.authenticate(closed_school, "admin", "demo")
    page = SchoolYearPage(closed_school, admin)
    qtbot.addWidget(page)
    assert not page.ui.confirmBox.isHidden()
    assert not page.ui.confirmPeriods.isEnabled() and not page.ui.confirmHolidays.isEnabled()


def test_a_first_year_has_nothing_to_confirm(qtbot, small_demo):
    page = SchoolYearPage(small_demo, accounts.authenticate(small_demo, "zavuch", "demo"))
    qtbot.addWidget(page)
    assert page.ui.confirmBox.isHidden()
