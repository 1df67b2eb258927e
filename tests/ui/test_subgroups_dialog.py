"""«Группы класса», driven as the deputy would: split 5А for technology, move pupils with «→» and «←», drop
pupils from one list onto the other, and see a pupil with marks refused with the reason."""

from __future__ import annotations

import pytest
from journal_testing import DEMO_TODAY
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import SchoolClass, Subgroup, SubgroupMember, Subject
from ejournal_desktop.ui.subgroups_dialog import SubgroupsDialog

pytestmark = pytest.mark.gui


def ids(db, name: str, label: str = "5А") -> tuple[int, int]:
    with db.session() as s:
        cls = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == int(label[:-1]),
                                                    SchoolClass.letter == label[-1]))
        return cls, s.scalar(select(Subject.id).where(Subject.name == name))


def make_dialog(qtbot, db, subject: str) -> SubgroupsDialog:
    cls, subject_id = ids(db, subject)
    dialog = SubgroupsDialog(db, accounts.authenticate(db, "zavuch", "demo"), cls, subject_id,
                             today=lambda: DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def group_of(db, pupil_id: int, subject_id: int) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Subgroup.name).join(SubgroupMember, SubgroupMember.subgroup_id == Subgroup.id)
                              .where(SubgroupMember.pupil_id == pupil_id, Subgroup.subject_id == subject_id)))


def select_rows(view, rows: list[int]) -> None:
    view.selectionModel().clearSelection()
    for r in rows:
        view.selectionModel().select(view.model().index(r), QItemSelectionModel.SelectionFlag.Select)


def test_split_a_class_and_move_pupils_with_the_buttons(qtbot, small_demo):
    dialog = make_dialog(qtbot, small_demo, "Технология")
    _cls, subject = ids(small_demo, "Технология")
    assert dialog.ui.splitPane.isVisible() and not dialog.ui.toRight.isEnabled()
    assert dialog.left.rowCount() == 24 and dialog.right.rowCount() == 0
    qtbot.mouseClick(dialog.ui.split, Qt.MouseButton.LeftButton)
    assert not dialog.ui.splitPane.isVisible()
    assert dialog.ui.leftGroup.currentText().startswith("1 группа")
    assert dialog.ui.rightGroup.currentText().startswith("2 группа")
    assert dialog.left.rowCount() == 12 and dialog.right.rowCount() == 12

    moving = [dialog.left.rows[0][0], dialog.left.rows[1][0]]
    select_rows(dialog.ui.leftList, [0, 1])
    qtbot.mouseClick(dialog.ui.toRight, Qt.MouseButton.LeftButton)
    assert dialog.left.rowCount() == 10 and dialog.right.rowCount() == 14
    assert all(group_of(small_demo, pid, subject) == ["2 группа"] for pid in moving)
    assert dialog.ui.message.text() == "Переведено в «2 группа»: 2"

    # back with the keyboard: select in the right list, Ctrl+←
    row = next(i for i, r in enumerate(dialog.right.rows) if r[0] == moving[0])
    dialog.ui.rightList.setFocus()
    select_rows(dialog.ui.rightList, [row])
    qtbot.keyClick(dialog.ui.rightList, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert group_of(small_demo, moving[0], subject) == ["1 группа"]
    assert dialog.left.rowCount() == 11


def test_drop_pupils_from_one_list_onto_the_other(qtbot, small_demo):
    dialog = make_dialog(qtbot, small_demo, "Технология")
    _cls, subject = ids(small_demo, "Технология")
    dialog.create_groups()
    pupil = dialog.right.rows[3][0]
    # what a drag carries: the right list's mime data for the dragged row, dropped on the left list
    mime = dialog.right.mimeData([dialog.right.index(3)])
    target = dialog.ui.leftList.viewport()
    where = QPoint(10, target.height() - 5)
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    for event in (QDragEnterEvent(where, *args), QDragMoveEvent(where, *args), QDropEvent(QPointF(where), *args)):
        QApplication.sendEvent(target, event)
        assert event.isAccepted()
    qtbot.waitUntil(lambda: group_of(small_demo, pupil, subject) == ["1 группа"])
    assert pupil in [r[0] for r in dialog.left.rows] and pupil not in [r[0] for r in dialog.right.rows]
    # a drop back onto the list it came from changes nothing
    assert not dialog.left.dropMimeData(dialog.left.mimeData([dialog.left.index(0)]), Qt.DropAction.MoveAction,
                                        -1, -1, dialog.left.index(0).parent())


def test_a_pupil_with_marks_is_grey_and_not_moved(qtbot, small_demo):
    dialog = make_dialog(qtbot, small_demo, "Английский язык")
    _cls, subject = ids(small_demo, "Английский язык")
    assert dialog.left.rowCount() == 12 and not dialog.ui.splitPane.isVisible()
    first = dialog.left.index(0)
    assert not (dialog.left.flags(first) & Qt.ItemFlag.ItemIsDragEnabled)
    assert "Есть записи в журнале группы" in first.data(Qt.ItemDataRole.ToolTipRole)
    pupil = dialog.left.rows[0][0]
    select_rows(dialog.ui.leftList, [0])
    qtbot.mouseClick(dialog.ui.toRight, Qt.MouseButton.LeftButton)
    assert "не переведён(а) из «1 группа» в «2 группа»" in dialog.ui.message.text()
    assert group_of(small_demo, pupil, subject) == ["1 группа"]
