"""The inspection dialog of a course's journal: the deputy adds a remark, the teacher marks it fixed."""

from __future__ import annotations

import pytest
from control_school import NOW, D, school7, school7_template, sign_in  # noqa: F401 (fixtures)
from PySide6.QtCore import QDate, Qt

from ejournal_desktop.services.journal import inspection
from ejournal_desktop.ui.inspection_dialog import InspectionDialog, RemarksModel

pytestmark = pytest.mark.gui


def now():
    return NOW


def open_dialog(qtbot, db, login: str, course_id: int) -> InspectionDialog:
    dialog = InspectionDialog(db, sign_in(db, login), course_id, now)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_deputy_adds_a_remark_and_the_teacher_marks_it_fixed(qtbot, school7):
    db, ids = school7
    dialog = open_dialog(qtbot, db, "zavuch", ids.math_5a)
    assert dialog.ui.course.text() == "5А, Математика — учитель Петрова А. С."
    assert dialog.ui.addGroup.isVisible() and dialog.model.rowCount() == 0
    dialog.ui.text.setPlainText("Не записана тема урока 01.10")
    dialog.ui.dueOn.setDate(QDate(2026, 10, 6))
    qtbot.mouseClick(dialog.ui.add, Qt.MouseButton.LeftButton)
    assert dialog.ui.error.text() == ""
    assert dialog.ui.text.toPlainText() == ""
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, RemarksModel.TEXT).data() == "Не записана тема урока 01.10"
    assert dialog.model.index(0, RemarksModel.DUE).data() == "06.10.2026"
    assert dialog.model.index(0, RemarksModel.FIXED).data() == "нет"
    stored = inspection.remarks(db, sign_in(db, "zavuch"), course_id=ids.math_5a)
    assert [(r.text, r.due_on, r.inspected_on) for r in stored] == [
        ("Не записана тема урока 01.10", D(2026, 10, 6), D(2026, 10, 2))]

    teacher = open_dialog(qtbot, db, "petrova", ids.math_5a)
    assert not teacher.ui.addGroup.isVisible() and teacher.ui.fix.isVisible()
    assert teacher.ui.fix.isEnabled()
    qtbot.mouseClick(teacher.ui.fix, Qt.MouseButton.LeftButton)
    assert teacher.model.index(0, RemarksModel.FIXED).data() == "02.10.2026, Петрова А. С."
    assert not teacher.ui.fix.isEnabled()
    assert inspection.remarks(db, sign_in(db, "zavuch"), open_only=True) == []


def test_an_empty_remark_is_refused_with_a_message(qtbot, school7):
    db, ids = school7
    dialog = open_dialog(qtbot, db, "zavuch", ids.rus_5a)
    qtbot.mouseClick(dialog.ui.add, Qt.MouseButton.LeftButton)
    assert "Напишите текст замечания" in dialog.ui.error.text()
    assert dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.ui.noRemarks, Qt.MouseButton.LeftButton)
    assert dialog.ui.info.text() == "Проверка журнала 02.10.2026 записана: замечаний нет."
    with db.session() as s:
        assert [c.course_id for c in inspection.checks(s, D(2026, 10, 2), D(2026, 10, 2))] == [ids.rus_5a]


def test_a_teacher_of_another_course_sees_no_buttons_and_the_reason(qtbot, school7):
    db, ids = school7
    inspection.add_remark(db, sign_in(db, "zavuch"), ids.math_5a, "Нет отметок у Гусевой", now=NOW)
    dialog = open_dialog(qtbot, db, "sidorova", ids.math_5a)
    assert dialog.model.rowCount() == 0
    assert "Нет права" in dialog.ui.error.text()
    assert not dialog.ui.fix.isVisible() and not dialog.ui.addGroup.isVisible()
