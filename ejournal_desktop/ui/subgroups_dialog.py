"""Группы класса: a class split into groups for a subject, pupils moved between two groups shown side by
side — dragged from list to list, or selected and moved with «→» / «←» (Ctrl+→ / Ctrl+←).

Everything goes through `services.timetable.subgroups` (`subgroups`, `create_subgroups`, `move_pupils`); a pupil the
service will not move (entries in the group's journal) is shown grey with the reason as a tooltip, and
a refusal shows in the message line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QEvent, QMimeData, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QListView, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.timetable import courses, subgroups
from .formats import say
from .forms.ui_subgroupsdialog import Ui_SubgroupsDialog

MIME = "application/x-ejournal-pupil-ids"
UNASSIGNED = -1


class PupilListModel(QAbstractListModel):
    """Pupils as plain rows (pupil_id, text, movable, tooltip); dragging carries their ids, a drop from
    another list is announced by `dropped` (the dialog then asks the service and reloads)."""

    dropped = Signal(list)

    def __init__(self, parent=None, *, accepts_drops: bool = False):
        super().__init__(parent)
        self.rows: list[tuple[int, str, bool, str]] = []
        self.accepts_drops = accepts_drops

    def set_rows(self, rows: list[tuple[int, str, bool, str]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def ids(self, indexes) -> list[int]:
        return [self.rows[i.row()][0] for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        pupil_id, text, movable, tip = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or None
        return None if movable else QColor("#808080")

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.accepts_drops else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.rows[index.row()][2]:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self):
        return [MIME]

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes):
        data = QMimeData()
        data.setData(MIME, f"{id(self)}:{','.join(map(str, self.ids(indexes)))}".encode())
        return data

    def _parse(self, data: QMimeData) -> list[int] | None:
        if not data.hasFormat(MIME):
            return None
        source, _, ids = bytes(data.data(MIME)).decode().partition(":")
        if source == str(id(self)) or not ids:
            return None
        return [int(x) for x in ids.split(",")]

    def canDropMimeData(self, data, action, row, column, parent):
        return self.accepts_drops and self._parse(data) is not None

    def dropMimeData(self, data, action, row, column, parent):
        ids = self._parse(data) if self.accepts_drops else None
        if not ids:
            return False
        # After the drag has finished: the lists are rebuilt from the database.
        QTimer.singleShot(0, lambda: self.dropped.emit(ids))
        return True


class MoveKeys(QObject):
    """Ctrl+→ and Ctrl+← in a list move the selected pupils (the buttons' keys), before the list takes
    the keys for its own navigation."""

    def __init__(self, parent, right: Callable[[], object], left: Callable[[], object]):
        super().__init__(parent)
        self._right, self._left = right, left

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.KeyPress and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            if event.key() == Qt.Key.Key_Right:
                self._right()
                return True
            if event.key() == Qt.Key.Key_Left:
                self._left()
                return True
        return False


def setup_drag_list(view: QListView) -> None:
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)


class SubgroupsDialog(QDialog):
    """The groups of one class; the subject can be changed in the dialog."""

    def __init__(self, db: Database, actor: Actor, class_id: int, subject_id: int | None = None,
                 parent: QWidget | None = None, *, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_SubgroupsDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.class_id, self._today = db, actor, class_id, today
        self.split: subgroups.SubgroupSplit | None = None
        self.changed = False
        self.left = PupilListModel(self, accepts_drops=True)
        self.right = PupilListModel(self, accepts_drops=True)
        for view, model in ((self.ui.leftList, self.left), (self.ui.rightList, self.right)):
            view.setModel(model)
            setup_drag_list(view)
        self.left.dropped.connect(lambda ids: self.move(ids, self.ui.leftGroup.currentData()))
        self.right.dropped.connect(lambda ids: self.move(ids, self.ui.rightGroup.currentData()))
        self.ui.toRight.clicked.connect(self.move_right)
        self.ui.toLeft.clicked.connect(self.move_left)
        self._keys = MoveKeys(self, self.move_right, self.move_left)
        for view in (self.ui.leftList, self.ui.rightList):
            view.installEventFilter(self._keys)
        self.ui.leftGroup.currentIndexChanged.connect(lambda _i: self._show_lists())
        self.ui.rightGroup.currentIndexChanged.connect(lambda _i: self._show_lists())
        self.ui.split.clicked.connect(self.create_groups)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        self.ui.buttonBox.rejected.connect(self.reject)

        font = self.ui.classTitle.font()
        font.setBold(True)
        self.ui.classTitle.setFont(font)
        try:
            subjects = subgroups.class_subjects(db, actor, class_id)
            choices = courses.choices(db, actor, on=today())
        except ServiceError as exc:
            subjects, choices = [], None
            self.fail(exc)
        for s in subjects:
            label = s.subject + (self.tr(" (групп: {0})").format(s.groups) if s.groups else "")
            self.ui.subject.addItem(label, s.subject_id)
        for combo in (self.ui.firstTeacher, self.ui.secondTeacher):
            for t in (choices.teachers if choices else ()):
                combo.addItem(t.label, t.id)
        if subject_id is None:
            subject_id = next((s.subject_id for s in subjects if s.groups), subjects[0].subject_id if subjects else None)
        self.ui.subject.setCurrentIndex(max(0, self.ui.subject.findData(subject_id)))
        self.ui.subject.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()
        self.resize(820, 600)

    # --- loading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        subject_id = self.ui.subject.currentData()
        if subject_id is None:
            return
        try:
            self.split = subgroups.subgroups(self._db, self._actor, self.class_id, subject_id, self._today())
        except ServiceError as exc:
            self.fail(exc)
            return
        split = self.split
        self.setWindowTitle(self.tr("Группы класса: {0}, {1}").format(split.class_label, split.subject))
        self.ui.classTitle.setText(self.tr("{0} класс").format(split.class_label))
        has_groups = bool(split.groups)
        self.ui.splitPane.setVisible(not has_groups)
        keep = (self.ui.leftGroup.currentData(), self.ui.rightGroup.currentData())
        options = [(g.subgroup_id, self.tr("{0} — {1}").format(g.name, g.teacher) if g.teacher else g.name)
                   for g in split.groups]
        if split.unassigned:
            options.append((UNASSIGNED, self.tr("Не распределены ({0})").format(len(split.unassigned))))
        keys = [key for key, _label in options]
        left = keep[0] if keep[0] in keys else (keys[0] if keys else None)
        # the right list shows another group: the one kept, else the pupils in no group, else the next group
        others = [k for k in keys if k != left]
        right = keep[1] if keep[1] in others else (
            UNASSIGNED if UNASSIGNED in others else (others[0] if others else None))
        for combo, wanted in ((self.ui.leftGroup, left), (self.ui.rightGroup, right)):
            combo.blockSignals(True)
            combo.clear()
            for key, label in options:
                combo.addItem(label, key)
            combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else -1)
            combo.blockSignals(False)
        if not has_groups and split.class_course_id is not None:
            teacher = courses.course_card(self._db, self._actor, split.class_course_id).teacher_id
            self.ui.firstTeacher.setCurrentIndex(max(0, self.ui.firstTeacher.findData(teacher)))
        for w in (self.ui.leftGroup, self.ui.rightGroup, self.ui.leftList, self.ui.rightList, self.ui.toLeft,
                  self.ui.toRight):
            w.setEnabled(has_groups)
        self._show_lists()

    def _members(self, key) -> tuple[list[subgroups.GroupMember], subgroups.GroupInfo | None]:
        if self.split is None or key is None:
            return [], None
        if key == UNASSIGNED:
            return list(self.split.unassigned), None
        group = next((g for g in self.split.groups if g.subgroup_id == key), None)
        return (list(group.members) if group else []), group

    def _show_lists(self) -> None:
        for combo, model, info in ((self.ui.leftGroup, self.left, self.ui.leftInfo),
                                   (self.ui.rightGroup, self.right, self.ui.rightInfo)):
            members, group = self._members(combo.currentData())
            model.accepts_drops = combo.currentData() not in (None, UNASSIGNED)
            model.set_rows([(m.pupil_id, f"{n}. {m.full_name}", m.movable,
                             "" if m.movable else self.tr("Есть записи в журнале группы: {0}. Ученика не переводят, "
                                                          "чтобы они не пропали со страниц журнала.").format(m.entries))
                            for n, m in enumerate(members, start=1)])
            if group is None and combo.currentData() == UNASSIGNED:
                info.setText(self.tr("Ученики класса без группы: {0}").format(len(members)))
            elif group is not None:
                info.setText(self.tr("Учитель: {0} · учеников: {1}").format(group.teacher or "—", len(members)))
            else:
                info.setText("")

    # --- actions ---------------------------------------------------------------------------------------------

    def fail(self, exc: Exception) -> None:
        say(self.ui.message, str(exc), error=True)

    def inform(self, text: str) -> None:
        say(self.ui.message, text)

    def move_right(self) -> None:
        ids = self.left.ids(self.ui.leftList.selectionModel().selectedIndexes())
        self.move(ids, self.ui.rightGroup.currentData())

    def move_left(self) -> None:
        ids = self.right.ids(self.ui.rightList.selectionModel().selectedIndexes())
        self.move(ids, self.ui.leftGroup.currentData())

    def move(self, pupil_ids: list[int], subgroup_id: int | None) -> bool:
        if not pupil_ids:
            self.fail(self.tr("Выделите учеников, которых нужно перевести."))
            return False
        if subgroup_id in (None, UNASSIGNED):
            self.fail(self.tr("Ученик класса должен быть в одной из групп: выберите группу, а не «Не распределены»."))
            return False
        try:
            subgroups.move_pupils(self._db, self._actor, pupil_ids, subgroup_id, self._today())
        except ServiceError as exc:
            self.fail(exc)
            self.reload()
            return False
        self.changed = True
        self.reload()
        name = next((g.name for g in self.split.groups if g.subgroup_id == subgroup_id), "")
        self.inform(self.tr("Переведено в «{0}»: {1}").format(name, len(pupil_ids)))
        return True

    def create_groups(self) -> bool:
        teachers = [self.ui.firstTeacher.currentData(), self.ui.secondTeacher.currentData()]
        try:
            split = subgroups.create_subgroups(self._db, self._actor, self.class_id, self.ui.subject.currentData(),
                                             teachers, on=self._today())
        except ServiceError as exc:
            self.fail(exc)
            return False
        self.changed = True
        self.ui.leftGroup.clear()
        self.ui.rightGroup.clear()
        self.reload()
        text = self.tr("Класс разделён на группы; у каждой свой журнал.")
        if split.class_course_id is not None:
            text += " " + self.tr("Курс всего класса по предмету остаётся в нагрузке: если уроки теперь идут по "
                                  "группам, замените его в расписании.")
        self.inform(text)
        return True
