"""A new school from an empty `init` sets up its year and grading only through the pages «Учебный год»
and «Оценивание» (issue 15), as the deputy would; then the database holds what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from setup_testing import new_school
from sqlalchemy import func, select

from ejournal_desktop.services import accounts
from ejournal_desktop.storage.models import (
    AcademicYear,
    BellSchedule,
    GradeValue,
    GradingSystem,
    Holiday,
    Mark,
    MovedDay,
    Period,
    ShortDay,
    WorkType,
)
from ejournal_desktop.ui.grading_page import GradingPage
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.school_year_page import SchoolYearPage

pytestmark = pytest.mark.gui


@pytest.fixture
def school(tmp_path):
    s = new_school(tmp_path)
    yield s
    s.db.close()


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_row(view, text):
    model = view.model()
    for row in range(model.rowCount()):
        if any(model.index(row, c).data() == text for c in range(model.columnCount())):
            view.setCurrentIndex(model.index(row, 0))
            return row
    raise AssertionError(f"no row {text!r}")


def test_the_deputy_builds_the_year_from_nothing_through_the_page(qtbot, school):
    window = MainWindow(school.db, school.deputy)
    qtbot.addWidget(window)
    page = window.show_section("school_year")
    assert isinstance(page, SchoolYearPage)
    ui = page.ui
    assert "не создан" in ui.yearTitle.text() and not ui.tabs.isEnabled()
    ui.yearStart.setDate(QDate(2026, 9, 1))
    ui.yearEnd.setDate(QDate(2027, 8, 31))
    click(qtbot, ui.createYear)
    assert ui.yearTitle.text() == "<b>2026/2027</b>" and ui.tabs.isEnabled()

    # Quarters for 1–9, half-years for 10–11.
    ui.periodGradeFrom.setValue(1)
    ui.periodGradeTo.setValue(9)
    ui.periodKind.setCurrentIndex(ui.periodKind.findData("quarter"))
    click(qtbot, ui.setPeriods)
    ui.periodGradeFrom.setValue(10)
    ui.periodGradeTo.setValue(11)
    ui.periodKind.setCurrentIndex(ui.periodKind.findData("half_year"))
    click(qtbot, ui.setPeriods)
    assert page.periods.rowCount() == 6
    # The second half-year ends on 31 May instead of the usual date.
    select_row(ui.periodsTable, "2-е полугодие")
    ui.periodEnd.setDate(QDate(2027, 5, 31))
    click(qtbot, ui.savePeriod)
    assert "сохранены" in ui.message.text()

    # Holidays: the usual ones, then a day off; a wrong one is explained.
    click(qtbot, ui.addDefaultHolidays)
    ui.holidayName.setText("День народного единства")
    ui.holidayKind.setCurrentIndex(ui.holidayKind.findData("day_off"))
    ui.holidayStart.setDate(QDate(2026, 11, 5))
    ui.holidayEnd.setDate(QDate(2026, 11, 5))
    click(qtbot, ui.addHoliday)
    assert "Добавлено" in ui.message.text()
    ui.holidayName.setText("")
    click(qtbot, ui.addHoliday)
    assert "Название" in ui.message.text() and "#b00020" in ui.message.styleSheet()

    # A day moved by decree and a short day.
    ui.movedOff.setDate(QDate(2027, 5, 10))
    assert ui.movedAs.currentData() == 0  # suggested: the day off's weekday, Monday
    ui.movedWorking.setDate(QDate(2027, 5, 15))
    ui.movedDecree.setText("Постановление Правительства РФ № 1234")
    click(qtbot, ui.addMoved)
    ui.shortDate.setDate(QDate(2027, 3, 6))
    ui.shortMinutes.setValue(30)
    ui.shortReason.setText("Предпраздничный день")
    click(qtbot, ui.addShort)
    assert page.moved.rowCount() == 1 and page.short.rowCount() == 1

    # Bells: a second shift of three lessons, typed as a deputy would.
    click(qtbot, ui.addShift)
    assert ui.shift.currentData() == 2 and page.bells.rowCount() == 0
    for _ in range(3):
        click(qtbot, ui.addLesson)
    bells = page.bells
    assert bells.setData(bells.index(0, bells.STARTS), "13:30")
    assert bells.setData(bells.index(0, bells.ENDS), "14:10")
    assert not bells.setData(bells.index(1, bells.STARTS), "два часа")
    assert bells.setData(bells.index(1, bells.STARTS), "14:20")
    assert bells.setData(bells.index(1, bells.ENDS), "15:00")
    assert bells.setData(bells.index(2, bells.STARTS), "15:10")
    assert bells.setData(bells.index(2, bells.ENDS), "15.50")
    click(qtbot, ui.saveBells)
    assert "сохранены" in ui.message.text()

    with school.db.session() as s:
        year = s.scalar(select(AcademicYear))
        assert (year.start_year, year.start, year.end) == (2026, dt.date(2026, 9, 1), dt.date(2027, 8, 31))
        periods = s.execute(select(Period.kind, Period.grade_from, Period.grade_to, Period.number, Period.end)
                            .order_by(Period.grade_from, Period.number)).all()
        assert [(p.kind.value, p.grade_from, p.grade_to) for p in periods].count(("quarter", 1, 9)) == 4
        assert periods[-1].end == dt.date(2027, 5, 31)
        assert s.scalar(select(Holiday.kind).where(Holiday.name == "День народного единства")) == "day_off"
        assert s.scalar(select(func.count()).select_from(Holiday).where(Holiday.grade_to == 1)) == 1
        assert s.scalar(select(MovedDay.working_day)) == dt.date(2027, 5, 15)
        assert s.scalar(select(ShortDay.reason)) == "Предпраздничный день"
        second = s.execute(select(BellSchedule.starts_at, BellSchedule.ends_at).where(BellSchedule.shift == 2)
                           .order_by(BellSchedule.lesson_number)).all()
        assert second == [(dt.time(13, 30), dt.time(14, 10)), (dt.time(14, 20), dt.time(15, 0)),
                          (dt.time(15, 10), dt.time(15, 50))]


def test_the_deputy_sets_up_grading_through_the_page(qtbot, school):
    window = MainWindow(school.db, school.deputy)
    qtbot.addWidget(window)
    page = window.show_section("grading")
    assert isinstance(page, GradingPage)
    ui = page.ui
    assert page.systems.rowCount() == 2  # init installs five-point and pass/fail
    # A school-defined ten-point scale, typed as its codes, then one value adjusted.
    ui.systemName.setText("Десятибалльная")
    ui.systemKind.setCurrentIndex(ui.systemKind.findData("custom"))
    ui.systemValues.setText("10 9 8 7 6 5 4 3 2 1")
    click(qtbot, ui.createSystem)
    assert "создана" in ui.message.text()
    select_row(ui.systemsTable, "Десятибалльная")
    assert page.values.rowCount() == 10
    select_row(ui.valuesTable, "3")
    ui.valueLabel.setText("неудовлетворительно")
    ui.valuePassing.setChecked(False)
    click(qtbot, ui.saveValue)
    assert "сохранено" in ui.message.text()
    # A work type with its weight, colour and entry window; a wrong colour is explained.
    ui.wtName.setText("Тестирование")
    ui.wtWeight.setValue(1.5)
    ui.wtColor.setText("зелёный")
    click(qtbot, ui.addWorkType)
    assert "Цвет" in ui.message.text()
    ui.wtColor.setText("#00897B")
    ui.wtDays.setValue(3)
    click(qtbot, ui.addWorkType)
    assert "добавлен" in ui.message.text()

    with school.db.session() as s:
        ten = s.scalar(select(GradingSystem).where(GradingSystem.name == "Десятибалльная"))
        assert [v.code for v in ten.values] == [str(p) for p in range(10, 0, -1)]
        three = s.scalar(select(GradeValue).where(GradeValue.grading_system_id == ten.id, GradeValue.code == "3"))
        assert (three.label, three.passing, three.points) == ("неудовлетворительно", False, 3.0)
        wt = s.scalar(select(WorkType).where(WorkType.name == "Тестирование"))
        assert (wt.weight, wt.color, wt.entry_days) == (1.5, "#00897B", 3)


def test_a_new_weight_for_marks_already_put_is_asked_about_with_its_effect(qtbot, small_demo):
    asked = []
    deputy = accounts.authenticate(small_demo, "zavuch", "demo")
    page = GradingPage(small_demo, deputy, confirm=lambda text: asked.append(text) or len(asked) > 1)
    qtbot.addWidget(page)
    ui = page.ui
    select_row(ui.workTypesTable, "Контрольная работа")
    ui.wtWeight.setValue(3.0)
    ui.wtApply.setChecked(True)
    click(qtbot, ui.saveWorkType)  # asked, answered «no»: nothing changes
    assert "изменится средних баллов" in asked[0] and "отменено" in ui.message.text()
    with small_demo.session() as s:
        assert s.scalar(select(WorkType.weight).where(WorkType.code == "control")) == 2.0
    click(qtbot, ui.saveWorkType)  # asked again, answered «yes»
    with small_demo.session() as s:
        assert s.scalar(select(WorkType.weight).where(WorkType.code == "control")) == 3.0
        control = s.scalar(select(WorkType.id).where(WorkType.code == "control"))
        assert set(s.scalars(select(Mark.weight).where(Mark.work_type_id == control))) == {3.0}


def test_the_administrator_sees_the_pages_read_only(qtbot, small_demo):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    year = SchoolYearPage(small_demo, admin)
    grading = GradingPage(small_demo, admin)
    qtbot.addWidget(year)
    qtbot.addWidget(grading)
    assert year.periods.rowCount() == 6 and not year.ui.setPeriods.isEnabled()
    assert "заместитель директора" in year.ui.message.text()
    assert not grading.ui.addWorkType.isEnabled() and grading.types.rowCount() >= 8
