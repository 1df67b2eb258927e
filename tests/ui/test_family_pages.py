"""The parent's diary and the messages page, driven as a parent and a teacher would."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.families import diary, messages
from ejournal_desktop.ui.diary_page import DiaryPage
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.storage.models import Account
from ejournal_desktop.ui.messages_page import MessagesPage, NewMessageDialog

pytestmark = pytest.mark.gui
TODAY = dt.date(2026, 11, 25)


def test_parent_sees_own_child_week_and_marks(qtbot, small_demo):
    parent = accounts.authenticate(small_demo, "parent-5a-01", "demo")
    page = DiaryPage(small_demo, parent, today=lambda: TODAY)
    qtbot.addWidget(page)
    own = {c.pupil_id for c in diary.children(small_demo, parent)}
    assert {page.ui.child.itemData(i) for i in range(page.ui.child.count())} == own
    lessons = diary.week(small_demo, parent, page.pupil_id, TODAY)
    assert page.week_model.rowCount() == len(lessons) > 10
    assert page.ui.weekLabel.text() == "Неделя 23.11 – 28.11.2026"
    subjects = {page.week_model.index(r, 2).data() for r in range(page.week_model.rowCount())}
    assert "Математика" in subjects
    qtbot.mouseClick(page.ui.previousWeek, Qt.MouseButton.LeftButton)
    assert page.ui.weekLabel.text() == "Неделя 16.11 – 21.11.2026"
    page.ui.tabs.setCurrentIndex(1)
    assert page.ui.period.currentText() == "2-я четверть"
    page.ui.period.setCurrentIndex(0)
    headers = [page.results_model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.results_model.columnCount())]
    assert headers[:3] == ["Предмет", "Отметки", "Средний балл"] and "1-я четверть" in headers
    maths = next(r for r in range(page.results_model.rowCount()) if page.results_model.index(r, 0).data() == "Математика")
    assert page.results_model.index(maths, headers.index("1-я четверть")).data() in {"2", "3", "4", "5"}


def test_parent_writes_and_teacher_answers(qtbot, small_demo):
    parent = accounts.authenticate(small_demo, "parent-5a-01", "demo")
    dialog = NewMessageDialog(small_demo, parent)
    qtbot.addWidget(dialog)
    index = next(i for i in range(dialog.ui.recipient.count()) if "классный руководитель" in dialog.ui.recipient.itemText(i))
    dialog.ui.recipient.setCurrentIndex(index)
    dialog.ui.subject.setText("Пропуск")
    dialog.ui.body.setPlainText("Завтра ребёнок пропустит первый урок: врач.")
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    teacher_id = dialog.ui.recipient.itemData(index)
    login = next(r.login for r in accounts.list_accounts(small_demo, accounts.authenticate(small_demo, "admin", "demo"))
                 if r.id == teacher_id)
    teacher = accounts.authenticate(small_demo, login, "demo")
    window = MainWindow(small_demo, teacher)
    qtbot.addWidget(window)
    assert "Сообщения (1)" in window.section_labels()
    page = window.show_section("messages")
    assert isinstance(page, MessagesPage)
    page.ui.threads.setCurrentRow(0)
    assert "врач" in page.ui.conversation.toPlainText()
    assert "Сообщения" in window.section_labels()  # read now: no count
    page.ui.replyText.setPlainText("Хорошо, предупрежу учителя.")
    qtbot.mouseClick(page.ui.send, Qt.MouseButton.LeftButton)
    assert messages.unread_count(small_demo, parent) == 1
    assert "предупрежу" in page.ui.conversation.toPlainText()


@pytest.mark.parametrize("who", ["parent-5a-01", "pupil-5a-01"])
def test_diary_pointed_at_another_child_shows_nothing_but_the_refusal(qtbot, small_demo, who):
    actor = accounts.authenticate(small_demo, who, "demo")
    page = DiaryPage(small_demo, actor, today=lambda: TODAY)
    qtbot.addWidget(page)
    other = next(c.pupil_id for c in diary.children(small_demo, accounts.authenticate(small_demo, "parent-5a-02", "demo")))
    page.ui.child.setItemData(0, other)  # as if the widget were tampered with
    page._child_changed()
    assert page.week_model.rowCount() == 0 and page.results_model.rowCount() == 0
    assert page.ui.weekLabel.text().startswith("Нет права")
    window = MainWindow(small_demo, actor)
    qtbot.addWidget(window)
    assert window.section_labels()[0] == "Дневник" and len(window.section_labels()) == 2


def test_a_parents_new_message_goes_to_the_class_teacher_by_default(qtbot, small_demo):
    parent = accounts.authenticate(small_demo, "parent-10a-01", "demo")
    dialog = NewMessageDialog(small_demo, parent)
    qtbot.addWidget(dialog)
    assert dialog.ui.recipient.count() > 2   # the subject teachers too
    # nothing chosen by the parent: the class teacher, not 10А's alphabetically first teacher (Russian)
    assert dialog.ui.recipient.currentText().endswith("— классный руководитель 10А")
    teacher = next(r for r in messages.recipients(small_demo, parent) if r.class_teacher)
    dialog.ui.subject.setText("Справка")
    dialog.ui.body.setPlainText("Ребёнок болел, справку принесём в понедельник.")
    dialog._send()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with small_demo.session() as s:
        teacher_login = s.get(Account, teacher.account_id).login
    class_teacher = accounts.authenticate(small_demo, teacher_login, "demo")
    assert messages.unread_count(small_demo, class_teacher) == 1   # it reached the class teacher
