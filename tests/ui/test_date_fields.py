"""Every date field of the program takes a date typed whole (issue 17, item 8): «02.12.2026», «2.12.26»,
«02122026», read on Enter or on leaving the field; what is no date keeps the previous date and says why;
a pupil's birth-date calendar opens near the pupil's likely age, not at January 1900."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QWidget

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.people import class_list
from ejournal_desktop.ui.classes_dialogs import MovementDialog
from ejournal_desktop.ui.date_edit import DateEdit

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support raise")]  # a refusal's tooltip

FORMS = Path(__file__).resolve().parents[2] / "forms"
TYPED = ["02.12.2026", "2.12.26", "02122026"]


def forms_with_dates() -> list[str]:
    return sorted(p.stem for p in FORMS.glob("*.ui") if 'class="DateEdit"' in p.read_text(encoding="utf-8"))


def test_no_form_keeps_a_plain_qdateedit():
    plain = [p.name for p in FORMS.glob("*.ui") if 'class="QDateEdit"' in p.read_text(encoding="utf-8")]
    assert plain == [], "promote these date fields to DateEdit (ejournal_desktop.ui.date_edit)"
    assert len(forms_with_dates()) >= 14


def build(qtbot, form: str) -> QWidget:
    module = importlib.import_module(f"ejournal_desktop.ui.forms.ui_{form.lower()}")
    top = re.search(r'<widget class="(\w+)"', (FORMS / f"{form}.ui").read_text(encoding="utf-8")).group(1)
    widget = QDialog() if top == "QDialog" else QWidget()
    getattr(module, f"Ui_{form}")().setupUi(widget)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("form", forms_with_dates())
def test_each_forms_date_fields_take_a_typed_date(qtbot, form):
    widget = build(qtbot, form)
    fields = widget.findChildren(DateEdit)
    assert fields
    for field in fields:
        field.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        field.setEnabled(True)   # some start disabled until their page needs them («на дату» of a report)
        for text in TYPED:
            field.setDate(QDate(2026, 9, 1))
            qtbot.keyClicks(field, text)
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert field.date().toPython() == dt.date(2026, 12, 2), (form, field.objectName(), text)


def lone_field(qtbot) -> DateEdit:
    field = DateEdit()
    qtbot.addWidget(field)
    field.setDisplayFormat("dd.MM.yyyy")
    field.setDate(QDate(2026, 9, 1))
    return field


def test_a_date_typed_then_tab_is_read_and_shown_in_the_fields_format(qtbot):
    field = lone_field(qtbot)
    qtbot.keyClicks(field, "15032014")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.date().toPython() == dt.date(2014, 3, 15) and field.text() == "15.03.2014"


def test_no_date_keeps_the_previous_date_and_says_why(qtbot):
    field = lone_field(qtbot)
    qtbot.keyClicks(field, "31.02.2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date().toPython() == dt.date(2026, 9, 1)   # not Qt's «corrected» 28.02.2026
    assert "«31.02.2026» — не дата" in field.toolTip() and "02.12.2026" in field.toolTip()
    field.setMaximumDate(QDate(2026, 12, 31))
    qtbot.keyClicks(field, "01.01.2027")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date().toPython() == dt.date(2026, 9, 1) and "вне допустимых дат" in field.toolTip()
    qtbot.keyClicks(field, "2.12.26")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.date().toPython() == dt.date(2026, 12, 2) and field.toolTip() == ""


@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")  # the popup calendar
def test_an_arrival_typed_in_the_dialog_reaches_the_class_list(qtbot, small_demo):
    secretary = accounts.authenticate(small_demo, "secretary", "demo")
    classes = class_list.classes_for(small_demo, secretary)
    five = next(c for c in classes if c.label == "5А")
    today = dt.date(2026, 11, 27)
    dialog = MovementDialog(small_demo, secretary, "arrival", classes=classes, class_id=five.id,
                            today=lambda: today)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.newPupil.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    # the birth-date calendar of a fifth-former opens in 2015, not at January 1900: click its arrow
    field = ui.birthDate
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2015, 1)
    calendar.window().hide()
    ui.surname.setText("Яковлева")   # QTest types Latin letters only
    ui.name.setText("Мария")
    ui.date.setDate(QDate(2026, 9, 1))
    qtbot.keyClicks(ui.date, "27.11.26")
    qtbot.keyClick(ui.date, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.birthDate, "15032015")
    qtbot.keyClick(ui.birthDate, Qt.Key.Key_Tab)
    qtbot.keyClicks(ui.orderNumber, "81")
    dialog.apply()
    roster = class_list.class_pupils(small_demo, secretary, five.id, today)
    newcomer = roster.rows[-1]
    assert newcomer.full_name.startswith("Яковлева Мария") and newcomer.arrived_on == today
    assert newcomer.birth_date == dt.date(2015, 3, 15)
