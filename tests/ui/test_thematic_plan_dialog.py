"""The КТП dialog, driven as the teacher would: a file with bad rows is shown with each problem in red and
cannot be imported; a good file is imported, the lesson topics filled, the template saved."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import Course, Lesson, SchoolClass, Subject, ThematicPlanItem
from ejournal_desktop.ui.thematic_plan_dialog import PlanRowsModel, ThematicPlanDialog

pytestmark = pytest.mark.gui

NOW = dt.datetime(2026, 11, 27, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def music_5a(db) -> int:
    with db.session() as s:
        return s.scalar(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                        .join(Subject, Subject.id == Course.subject_id)
                        .where(SchoolClass.grade == 5, Subject.name == "Музыка"))


def write(path, rows) -> None:
    wb = Workbook()
    wb.active.append(["Календарно-тематическое планирование"])
    wb.active.append(["№", "Тема урока", "Количество часов"])
    for row in rows:
        wb.active.append(row)
    wb.save(path)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_bad_rows_in_red_then_import_and_fill_topics(qtbot, small_demo, tmp_path):
    course = music_5a(small_demo)
    teacher = accounts.authenticate(small_demo, "teacher09", "demo")
    dialog = ThematicPlanDialog(small_demo, teacher, course, now=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "ещё нет КТП" in dialog.ui.heading.text()
    assert not dialog.ui.importPlan.isEnabled() and not dialog.ui.fillTopics.isEnabled()

    bad = tmp_path / "bad.xlsx"
    write(bad, [[1, "Фольклор", 1], [2, "Песня", "полтора"], [3, None, 1]])
    assert not dialog.load_file(bad)
    notes = {dialog.model.index(r, PlanRowsModel.ROW).data(): dialog.model.index(r, PlanRowsModel.NOTE).data()
             for r in range(dialog.model.rowCount())}
    assert "«полтора»" in notes["4"] and "Тема урока" in notes["5"] and notes["3"] == ""
    red = dialog.model.index(1, PlanRowsModel.TOPIC).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.name() == "#b00020"
    assert "Ошибки в строках 4, 5" in dialog.ui.message.text()
    assert not dialog.ui.importPlan.isEnabled()

    good = tmp_path / "good.xlsx"
    write(good, [[i, f"Тема {i}", 1] for i in range(1, 41)])
    assert dialog.load_file(good)
    assert "В файле тем: 40, часов: 40" in dialog.ui.summary.text()
    assert "последние темы не поместятся" in dialog.ui.summary.text()
    click(qtbot, dialog.ui.importPlan)
    assert "КТП загружен: тем 40" in dialog.ui.message.text()
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(ThematicPlanItem)
                        .where(ThematicPlanItem.course_id == course)) == 40
        empty_before = s.scalar(select(func.count()).select_from(Lesson)
                                .where(Lesson.course_id == course, Lesson.topic == "", Lesson.date >= NOW.date()))
    assert dialog.ui.fillTopics.isEnabled() and dialog.model.rowCount() == 40
    click(qtbot, dialog.ui.fillTopics)
    assert dialog.ui.message.text().startswith(f"Заполнено тем уроков: {empty_before};")
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Lesson)
                        .where(Lesson.course_id == course, Lesson.topic == "", Lesson.date >= NOW.date())) == 0

    saved = dialog.save_template(tmp_path / "шаблон.xlsx")
    assert saved is not None and saved.exists() and "Шаблон сохранён" in dialog.ui.message.text()


def test_a_teacher_of_another_course_is_refused(qtbot, small_demo, tmp_path):
    dialog = ThematicPlanDialog(small_demo, accounts.authenticate(small_demo, "teacher02", "demo"), music_5a(small_demo))
    qtbot.addWidget(dialog)
    good = tmp_path / "good.xlsx"
    write(good, [[1, "Тема", 1]])
    assert not dialog.load_file(good)
    assert "Нет права" in dialog.ui.message.text() and not dialog.ui.importPlan.isEnabled()
