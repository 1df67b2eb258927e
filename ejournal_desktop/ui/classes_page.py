"""Классы: a class's list on a date, search across the school, the pupil's card, movement by order
(the secretary), and class lists from and to Excel.

Everything goes through services: `class_list` (lists, search, the card), `movement` (arrival,
departure, transfer), `roster_import` / `roster_export` (Excel). What the user may do decides which
buttons show (domain.rights.may); the services check again and their refusals show in the message
line under the table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ..domain.rights import Action, may, permits
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.people import class_list, roster_export, roster_import
from .classes_dialogs import MovementDialog, NoConsentDialog, PupilDialog, RosterImportDialog, relation_text
from .formats import date_text, heading, qdate, say
from .forms.ui_classespage import Ui_ClassesPage
from .rows_model import ListTableModel, fixed_columns
from .subgroups_dialog import SubgroupsDialog


DEPARTED_COLOR = "#9E9E9E"   # the grid's colour for a pupil not in the class the whole time


class ClassListModel(ListTableModel):
    """The class list: №, name, birth date, sex, in the class since, consent."""

    NUMBER, NAME, BIRTH, SEX, SINCE, CONSENT = range(6)
    WIDTHS = (40, 310, 120, 50, 150, 120)

    def __init__(self, parent=None):
        super().__init__([self.tr("№"), self.tr("ФИО"), self.tr("Дата рождения"), self.tr("Пол"),
                          self.tr("С какого числа"), self.tr("Согласие на ПД")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        row: class_list.PupilRow = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if col in (self.NUMBER, self.SEX) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.departed_on is not None:  # left the class: keeps the number, greyed as on paper
                return QColor(DEPARTED_COLOR)
            return QColor("#b00020") if col == self.CONSENT and not row.has_consent else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.departed_on is not None:
                return self.tr("Выбыл(а) из класса {0}; номер в списке сохраняется до конца года").format(
                    date_text(row.departed_on))
            if col == self.NAME:
                parent = self.tr("родитель")
                return "\n".join(f"{relation_text(g.relation) or parent}: {g.full_name} {g.phone}".strip()
                                  for g in row.guardians) or None
            return None
        if col == self.NUMBER:
            return str(row.number)
        if col == self.NAME:
            return row.full_name
        if col == self.BIRTH:
            return date_text(row.birth_date)
        if col == self.SEX:
            return {"male": self.tr("м"), "female": self.tr("ж")}.get(row.sex or "", "")
        if col == self.SINCE:
            if row.departed_on is not None:
                return self.tr("выбыл(а) {0}").format(date_text(row.departed_on))
            return date_text(row.arrived_on)
        if col == self.CONSENT:
            return self.tr("есть") if row.has_consent else self.tr("нет")
        return None


class FoundModel(ListTableModel):
    """Search results across the school."""

    NAME, BIRTH, WHERE = range(3)
    WIDTHS = (360, 120, 320)

    def __init__(self, parent=None):
        super().__init__([self.tr("ФИО"), self.tr("Дата рождения"), self.tr("Класс")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        hit: class_list.SearchHit = self.rows[index.row()]
        return (hit.full_name, date_text(hit.birth_date), hit.where)[index.column()]


class ClassesPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_ClassesPage()
        self.ui.setupUi(self)
        self._db, self._actor, self._today = db, actor, today
        self.roster: class_list.ClassRoster | None = None
        self.model = ClassListModel(self)
        self.found = FoundModel(self)
        self.ui.pupils.setModel(self.model)
        self.ui.found.setModel(self.found)
        fixed_columns(self.ui.pupils, ClassListModel.WIDTHS)
        fixed_columns(self.ui.found, FoundModel.WIDTHS)
        heading(self.ui.heading)

        roles = actor.roles
        movement = may(roles, Action.register_movement)
        for button in (self.ui.arrival, self.ui.departure, self.ui.transfer):
            button.setVisible(movement)
        # an import creates pupils anywhere in the school: a school-wide right, as roster_import requires
        self.ui.importExcel.setVisible(any(permits(roles, a) for a in roster_import.IMPORT_ACTIONS))
        self.ui.subgroups.setVisible(may(roles, Action.configure_grading))  # the year's set-up: the deputy

        self.ui.onDate.setDate(qdate(today()))
        self._fill_classes()
        self.ui.classCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.ui.onDate.dateChanged.connect(lambda _d: self.refresh())
        self.ui.search.textChanged.connect(lambda _t: self._search())
        for view in (self.ui.pupils, self.ui.found):
            view.doubleClicked.connect(lambda _i: self.open_card())
        self.ui.pupils.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ui.found.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ui.openCard.clicked.connect(self.open_card)
        self.ui.arrival.clicked.connect(lambda: self.movement("arrival"))
        self.ui.departure.clicked.connect(lambda: self.movement("departure"))
        self.ui.transfer.clicked.connect(lambda: self.movement("transfer"))
        self.ui.noConsent.clicked.connect(self._no_consent)
        self.ui.importExcel.clicked.connect(self._import_clicked)
        self.ui.exportExcel.clicked.connect(self._export_clicked)
        self.ui.saveTemplate.clicked.connect(self._template_clicked)
        self.ui.subgroups.clicked.connect(self.open_subgroups)
        self.refresh()

    # --- data ----------------------------------------------------------------------------------------

    def _fill_classes(self) -> None:
        self.ui.classCombo.blockSignals(True)
        self.ui.classCombo.clear()
        try:
            self.classes = class_list.classes_for(self._db, self._actor)
        except ServiceError as exc:
            self.classes = []
            self.show_message(str(exc), error=True)
        for c in self.classes:
            text = c.label + (self.tr(" (мой класс)") if c.own else "")
            self.ui.classCombo.addItem(text, c.id)
        self.ui.classCombo.blockSignals(False)

    def class_id(self) -> int | None:
        return self.ui.classCombo.currentData()

    def select_class(self, label: str) -> None:
        index = next(i for i, c in enumerate(self.classes) if c.label == label)
        self.ui.classCombo.setCurrentIndex(index)

    def on_date(self) -> dt.date:
        return self.ui.onDate.date().toPython()

    def refresh(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            self.model.set_rows([])
            self.ui.heading.setText(self.tr("Классов нет."))
            self._update_buttons()
            return
        try:
            self.roster = class_list.class_pupils(self._db, self._actor, class_id, self.on_date())
        except ServiceError as exc:
            self.roster = None
            self.model.set_rows([])
            self.show_message(str(exc), error=True)
        else:
            self.model.set_rows(list(self.roster.rows))
            c = self.roster.school_class
            teacher = self.tr(", классный руководитель {0}").format(c.class_teacher) if c.class_teacher else ""
            without = sum(1 for r in self.roster.present if not r.has_consent)
            self.ui.heading.setText(self.tr("{0} класс, {1} учебный год{2} · учеников на {3}: {4}{5}").format(
                c.label, c.academic_year, teacher, date_text(self.roster.on), len(self.roster.present),
                self.tr(" · без согласия на ПД: {0}").format(without) if without else ""))
        if self.ui.search.text().strip():
            self._search()
        self._update_buttons()

    def _search(self) -> None:
        text = self.ui.search.text().strip()
        if not text:
            self.ui.views.setCurrentWidget(self.ui.listPage)
            self.refresh_heading_only()
            self._update_buttons()
            return
        try:
            hits = class_list.search_pupils(self._db, self._actor, text, self.on_date())
        except ServiceError as exc:
            hits = []
            self.show_message(str(exc), error=True)
        self.found.set_rows(hits)
        self.ui.views.setCurrentWidget(self.ui.searchPage)
        self.ui.heading.setText(self.tr("Поиск «{0}» по школе: найдено {1}").format(text, len(hits)))
        self._update_buttons()

    def refresh_heading_only(self) -> None:
        if self.roster is not None:
            self.refresh()

    # --- selection and buttons ---------------------------------------------------------------------------

    def searching(self) -> bool:
        return self.ui.views.currentWidget() is self.ui.searchPage

    def selected(self) -> tuple[int, str, int | None] | None:
        """(pupil id, name, class id on the date) of the selected row."""
        view = self.ui.found if self.searching() else self.ui.pupils
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().isSelected(index):
            return None
        if self.searching():
            hit = self.found.rows[index.row()]
            return hit.pupil_id, hit.full_name, hit.class_id
        row = self.model.rows[index.row()]
        return row.pupil_id, row.full_name, self.class_id()

    def select_pupil(self, pupil_id: int) -> None:
        view, model = (self.ui.found, self.found) if self.searching() else (self.ui.pupils, self.model)
        row = next(i for i, r in enumerate(model.rows) if r.pupil_id == pupil_id)
        view.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.ui.openCard.setEnabled(chosen is not None)
        in_class = chosen is not None and chosen[2] is not None
        self.ui.departure.setEnabled(in_class)
        self.ui.transfer.setEnabled(in_class)
        self.ui.exportExcel.setEnabled(self.class_id() is not None)
        self.ui.subgroups.setEnabled(self.class_id() is not None)

    def show_message(self, text: str, *, error: bool = False) -> None:
        say(self.ui.message, text, error=error)

    # --- actions ----------------------------------------------------------------------------------------

    def open_subgroups(self) -> SubgroupsDialog | None:
        """Groups of the chosen class per subject (the deputy), pupils moved between them."""
        class_id = self.class_id()
        if class_id is None:
            return None
        dialog = SubgroupsDialog(self._db, self._actor, class_id, subject_id=None, parent=self, today=self._today)
        self.subgroups_dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh() if dialog.changed else None)
        dialog.open()
        return dialog

    def open_card(self) -> PupilDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        try:
            dialog = PupilDialog(self._db, self._actor, chosen[0], self, today=self._today)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return None
        dialog.finished.connect(lambda _r: self.refresh() if dialog.changed else None)
        dialog.open()
        return dialog

    def movement(self, kind: str) -> MovementDialog | None:
        chosen = self.selected() if kind != "arrival" else None
        if kind != "arrival" and chosen is None:
            return None
        dialog = MovementDialog(self._db, self._actor, kind, self, pupil=chosen, classes=self.classes,
                                class_id=self.class_id(), today=self._today)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_text:
                self.show_message(dialog.result_text)
                self.refresh()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _no_consent(self) -> None:
        try:
            rows = class_list.without_consent(self._db, self._actor, self.on_date())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        NoConsentDialog(rows, self).open()

    def _import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Список учеников из Excel или CSV"), "",
                                              self.tr("Таблицы (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> RosterImportDialog | None:
        try:
            preview = roster_import.preview(self._db, self._actor, path, today=self._today())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return None
        dialog = RosterImportDialog(self._db, self._actor, path, preview, self, today=self._today)

        def done(_result: int) -> None:
            if dialog.result is not None:
                r = dialog.result
                self.show_message(self.tr("Импортировано учеников: {0}; родителей добавлено: {1}.").format(
                    r.pupils, r.guardians_created))
                self.refresh()

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def _export_clicked(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            return
        label = self.roster.school_class.label if self.roster else ""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Экспорт списка класса"),
                                              self.tr("Список {0} класса.xlsx").format(label),
                                              self.tr("Книга Excel (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            roster_export.export_class_list(self._db, self._actor, class_id, path, on=self.on_date())
        except (ServiceError, OSError) as exc:
            self.show_message(self.tr("Список не сохранён: {0}").format(exc), error=True)
            return
        self.show_message(self.tr("Список класса сохранён: {0}").format(path))

    def _template_clicked(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Пустой шаблон списка учеников"), self.tr("Шаблон списка учеников.xlsx"),
            self.tr("Книга Excel (*.xlsx);;Текст CSV (*.csv)"))
        if path:
            self.save_template(Path(path))

    def save_template(self, path: Path) -> None:
        kind = path.suffix.lower().lstrip(".")
        if kind not in ("xlsx", "csv"):
            path, kind = path.with_name(path.name + ".xlsx"), "xlsx"
        try:
            path.write_bytes(roster_import.blank_template(kind))
        except OSError as exc:
            self.show_message(self.tr("Шаблон не сохранён: {0}").format(exc), error=True)
            return
        self.show_message(self.tr("Шаблон сохранён: {0}").format(path))

