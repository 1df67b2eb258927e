"""«Классы», driven as a class teacher and the secretary would: search the school, open a card, change a
phone, register a departure by order, import a file with a bad row and see the problem named."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import DEMO_TODAY
from openpyxl import Workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import Enrollment, Pupil
from ejournal_desktop.ui.classes_dialogs import ImportRowsModel
from ejournal_desktop.ui.classes_page import ClassesPage, ClassListModel

pytestmark = pytest.mark.gui


def today() -> dt.date:
    return DEMO_TODAY


def make_page(qtbot, db, login: str) -> ClassesPage:
    page = ClassesPage(db, accounts.authenticate(db, login, "demo"), today=today)
    qtbot.addWidget(page)
    page.resize(1150, 700)
    page.show()
    return page


def names(page) -> list[str]:
    return [page.model.index(r, ClassListModel.NAME).data() for r in range(page.model.rowCount())]


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_class_teacher_sees_own_class_first_and_only_own_buttons(qtbot, small_demo):
    page = make_page(qtbot, small_demo, "teacher01")
    assert page.ui.classCombo.currentText() == "2А (мой класс)"
    assert page.model.rowCount() > 10 and "2А класс" in page.ui.heading.text()
    assert not page.ui.departure.isVisible() and not page.ui.arrival.isVisible()
    assert not page.ui.importExcel.isVisible() and page.ui.exportExcel.isVisible()


def test_search_across_the_school_and_open_a_card_to_edit_a_phone(qtbot, small_demo):
    page = make_page(qtbot, small_demo, "zavuch")
    with small_demo.session() as s:
        pupil = s.scalars(select(Pupil).where(Pupil.surname.contains("ё")).order_by(Pupil.id)).first()
    page.ui.search.setText(pupil.surname.upper().replace("Ё", "Е"))  # ё typed as е, in capitals
    assert page.ui.views.currentWidget() is page.ui.searchPage
    found = [page.found.index(r, 0).data() for r in range(page.found.rowCount())]
    assert any(pupil.surname in name for name in found)
    row = next(r for r, hit in enumerate(page.found.rows) if hit.pupil_id == pupil.id)
    page.ui.found.selectRow(row)
    assert page.ui.openCard.isEnabled()
    click(qtbot, page.ui.openCard)
    dialog = page.findChild(QDialog, "PupilDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.surname.text() == pupil.surname
    dialog.ui.phone.setText("+7 900 123-45-67")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.ui.error.text() == ""
    with small_demo.session() as s:
        assert s.get(Pupil, pupil.id).phone == "+7 900 123-45-67"
    dialog.ui.phone.setText("позвонить")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert "Телефон" in dialog.ui.error.text() and "не похоже на номер" in dialog.ui.error.text()
    with small_demo.session() as s:
        assert s.get(Pupil, pupil.id).phone == "+7 900 123-45-67"
    assert [dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())] == [
        "Личные данные", "Родители", "Согласие на обработку ПД", "Портфолио", "История"]
    assert dialog.stays.rowCount() >= 1
    dialog.reject()
    page.ui.search.clear()
    assert page.ui.views.currentWidget() is page.ui.listPage


def test_secretary_registers_a_departure_by_order(qtbot, small_demo):
    page = make_page(qtbot, small_demo, "secretary")
    page.select_class("5А")
    before = names(page)
    page.ui.pupils.selectRow(0)
    leaving = page.selected()
    assert page.ui.departure.isEnabled()
    click(qtbot, page.ui.departure)
    dialog = page.findChild(QDialog, "MovementDialog")
    assert dialog.windowTitle() == "Выбытие ученика"
    later = DEMO_TODAY + dt.timedelta(days=10)  # an order for the coming days: nothing in the journal yet
    dialog.ui.date.setDate(QDate(later.year, later.month, later.day))
    dialog.ui.place.setText("МБОУ СОШ № 7 г. Казани")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    assert "номер приказа" in dialog.ui.error.text() and dialog.isVisible()
    dialog.ui.orderNumber.setText("170-у")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "выбытие из 5А" in page.ui.message.text()
    with small_demo.session() as s:
        stay = s.scalars(select(Enrollment).where(Enrollment.pupil_id == leaving[0])
                         .order_by(Enrollment.arrived_on.desc())).first()
        assert (stay.departed_on, stay.departure_order_number, stay.departed_to) == (
            later, "170-у", "МБОУ СОШ № 7 г. Казани")
    assert names(page) == before  # still in the class today
    page.ui.onDate.setDate(QDate(later.year, later.month, later.day))
    # as on paper: the pupil keeps the line and the number, greyed, with the day of leaving; nobody moves up
    assert names(page) == before
    row = names(page).index(leaving[1])
    since = page.model.index(row, ClassListModel.SINCE)
    assert since.data() == f"выбыл(а) {later:%d.%m.%Y}"
    assert since.data(Qt.ItemDataRole.ForegroundRole).name() == "#9e9e9e"
    assert page.model.index(row, ClassListModel.NUMBER).data() == "1"
    assert f"учеников на {later:%d.%m.%Y}: {len(before) - 1}" in page.ui.heading.text()


def test_import_a_file_with_a_bad_row_shows_the_problem_and_writes_nothing(qtbot, small_demo, tmp_path):
    page = make_page(qtbot, small_demo, "secretary")
    wb = Workbook()
    for r in (["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс"],
              ["Громов", "Артём", "Андреевич", "05.06.2015", "м", "5А"],
              ["Смирнов", "Олег", "", "31.02.2015", "м", "5А"]):
        wb.active.append(r)
    path = tmp_path / "новые.xlsx"
    wb.save(path)
    with small_demo.session() as s:
        pupils = s.scalar(select(func.count()).select_from(Pupil))
    dialog = page.import_file(path)
    assert dialog is not None and dialog.isVisible()
    problems = [dialog.model.index(r, ImportRowsModel.PROBLEM).data() for r in range(dialog.model.rowCount())]
    rows = [dialog.model.index(r, ImportRowsModel.ROW).data() for r in range(dialog.model.rowCount())]
    assert rows == ["2", "3"]
    assert problems[0] == "" and "Дата рождения" in problems[1] and "такой даты нет" in problems[1]
    assert not dialog.importButton.isEnabled()
    click(qtbot, dialog.ui.skipBad)
    assert dialog.importButton.isEnabled()
    click(qtbot, dialog.ui.skipBad)
    assert not dialog.importButton.isEnabled()
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Pupil)) == pupils
    click(qtbot, dialog.ui.skipBad)
    dialog.ui.orderNumber.setText("171-у")
    click(qtbot, dialog.importButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=30_000)
    assert "Импортировано учеников: 1" in page.ui.message.text()
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Pupil)) == pupils + 1
        assert s.scalar(select(func.count()).select_from(Pupil).where(Pupil.surname == "Смирнов",
                                                                        Pupil.name == "Олег")) == 0


def test_save_blank_template(qtbot, small_demo, tmp_path):
    page = make_page(qtbot, small_demo, "secretary")
    page.save_template(tmp_path / "шаблон.xlsx")
    assert (tmp_path / "шаблон.xlsx").stat().st_size > 1000 and "Шаблон сохранён" in page.ui.message.text()
