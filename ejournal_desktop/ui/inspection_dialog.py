"""Journal inspection on a course's page (regulation 7.2–7.4): the remarks of the deputy's checks; the deputy
adds a remark (or records a check without remarks), the teacher of the course marks a remark fixed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.journal import inspection
from .forms.ui_inspectiondialog import Ui_InspectionDialog
from .rows_model import ListTableModel, scaled_width

Clock = Callable[[], dt.datetime]

_OVERDUE = QColor("#b00020")


class RemarksModel(ListTableModel):
    INSPECTED, TEXT, DUE, AUTHOR, FIXED = range(5)
    WIDTHS = (100, 400, 90, 130, 170)

    def __init__(self, parent=None):
        super().__init__([self.tr("Проверка"), self.tr("Замечание"), self.tr("Срок"), self.tr("Записал(а)"),
                          self.tr("Исправлено")], parent)
        self.today = dt.date.today()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r: inspection.RemarkInfo = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            return _OVERDUE if col in (self.DUE, self.FIXED) and r.overdue(self.today) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.text if col == self.TEXT else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.INSPECTED:
            return f"{r.inspected_on:%d.%m.%Y}"
        if col == self.TEXT:
            return r.text.replace("\n", " ")
        if col == self.DUE:
            return f"{r.due_on:%d.%m.%Y}" if r.due_on else ""
        if col == self.AUTHOR:
            return r.created_by
        if col == self.FIXED:
            if r.fixed:
                return self.tr("{0:%d.%m.%Y}, {1}").format(r.fixed_at.astimezone(), r.fixed_by)
            return self.tr("срок истёк") if r.overdue(self.today) else self.tr("нет")
        return None


class InspectionDialog(QDialog):
    """A course's remarks: «Добавить замечание» for the deputy, «Исправлено» for the course's teacher."""

    def __init__(self, db: Database, actor: Actor, course_id: int, now: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InspectionDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self._course_id, self._now = db, actor, course_id, now
        self.changed = False
        self.model = RemarksModel(self)
        self.ui.table.setModel(self.model)
        self.ui.table.verticalHeader().hide()
        header = self.ui.table.horizontalHeader()
        for col, width in enumerate(RemarksModel.WIDTHS):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(RemarksModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Закрыть"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.openOnly.toggled.connect(self.refresh)
        self.ui.fix.clicked.connect(self.mark_fixed)
        self.ui.reopen.clicked.connect(self.reopen)
        self.ui.add.clicked.connect(self.add_remark)
        self.ui.noRemarks.clicked.connect(self.record_check)
        self.ui.hasDue.toggled.connect(self.ui.dueOn.setEnabled)
        today = self._today()
        self.ui.dueOn.setMinimumDate(QDate(today.year, today.month, today.day))
        due = today + dt.timedelta(days=7)
        self.ui.dueOn.setDate(QDate(due.year, due.month, due.day))
        self.ui.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.refresh()

    def _today(self) -> dt.date:
        return self._now().astimezone().date()

    def refresh(self) -> None:
        try:
            data = inspection.course_remarks(self._db, self._actor, self._course_id)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            self.model.set_rows([])
            self.ui.addGroup.setVisible(False)
            self.ui.fix.setVisible(False)
            self.ui.reopen.setVisible(False)
            return
        self.remarks_data = data
        self.ui.course.setText(self.tr("{0} — учитель {1}").format(data.title, data.teacher))
        self.setWindowTitle(self.tr("Проверка журнала: {0}").format(data.title))
        self.model.today = self._today()
        rows = [r for r in data.remarks if not r.fixed] if self.ui.openOnly.isChecked() else data.remarks
        self.model.set_rows(rows)
        self.ui.table.resizeRowsToContents()  # a few remarks: long ones wrap
        self.ui.addGroup.setVisible(data.can_add)
        self.ui.reopen.setVisible(data.can_add)
        self.ui.fix.setVisible(data.can_fix)
        if rows:
            self.ui.table.setCurrentIndex(self.model.index(0, 0))
        self._selection_changed()

    def selected(self) -> inspection.RemarkInfo | None:
        index = self.ui.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _selection_changed(self, *_args) -> None:
        row = self.selected()
        self.ui.fix.setEnabled(row is not None and not row.fixed)
        self.ui.reopen.setEnabled(row is not None and row.fixed)

    def _done(self, message: str = "") -> None:
        self.changed = True
        self.ui.error.setText("")
        self.ui.info.setText(message)
        self.refresh()

    def add_remark(self) -> None:
        due = self.ui.dueOn.date().toPython() if self.ui.hasDue.isChecked() else None
        try:
            inspection.add_remark(self._db, self._actor, self._course_id, self.ui.text.toPlainText(), due_on=due,
                                  now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.ui.text.clear()
        self._done()

    def record_check(self) -> None:
        try:
            inspection.record_check(self._db, self._actor, self._course_id, now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self._done(self.tr("Проверка журнала {0:%d.%m.%Y} записана: замечаний нет.").format(self._today()))

    def mark_fixed(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            inspection.mark_fixed(self._db, self._actor, row.id, now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self._done()

    def reopen(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            inspection.reopen_remark(self._db, self._actor, row.id, now=self._now())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self._done()
