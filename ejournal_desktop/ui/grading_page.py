"""Оценивание: grading systems with their values and work types with weight, colour and entry window
(issue 15). The deputy edits; others see the page read-only.

Everything goes through services.grading_setup (the right, validation, audit). A value that marks use
is not removed; a new weight for the marks already put, or new points of a used value, come back as
NeedsConfirmation: the page shows how many averages change and asks before redoing with confirm=True.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QMessageBox, QWidget

from ..domain.rights import Action, may
from ..services import grading_setup
from ..services.actor import Actor
from ..services.errors import ServiceError
from ..services.files import Database
from ..services.grading_setup import GradeValueSpec
from ..services.setup_effects import NeedsConfirmation
from .formats import say
from .forms.ui_gradingpage import Ui_GradingPage
from .rows_model import ItemRowsModel, fixed_columns

KINDS = {
    "five_point": QT_TRANSLATE_NOOP("GradingPage", "пятибалльная"),
    "pass_fail": QT_TRANSLATE_NOOP("GradingPage", "зачёт/незачёт"),
    "custom": QT_TRANSLATE_NOOP("GradingPage", "своя шкала школы"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradingPage", text)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


class WorkTypesModel(ItemRowsModel):
    COLOR = 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.COLOR:
            return QColor(self.items[index.row()].color)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COLOR:
            return QColor("#FFFFFF") if QColor(self.items[index.row()].color).lightness() < 128 else QColor("#000000")
        return super().data(index, role)


def values_from_codes(text: str) -> list[GradeValueSpec]:
    """A school's own scale typed as its codes from the best («10 9 8 … 1», «A B C D F»): numbers are
    their own points, other codes get points from the count down; the lowest value fails, the upper
    half counts for quality. Each value can then be adjusted one by one."""
    codes = text.split()
    n = len(codes)
    out = []
    for i, code in enumerate(codes):
        try:
            points = float(code.replace(",", "."))
        except ValueError:
            points = float(n - i)
        out.append(GradeValueSpec(code, code, points, passing=i < n - 1, quality=i < (n + 1) // 2))
    return out


class GradingPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 confirm: Callable[[str], bool] | None = None):
        super().__init__(parent)
        self.ui = Ui_GradingPage()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.editable = may(actor.roles, Action.configure_grading)
        self.confirm = confirm or self._ask
        ui = self.ui
        self.systems = ItemRowsModel([self.tr("Система оценивания"), self.tr("Вид"), self.tr("Значений"),
                                      self.tr("Курсов")], self)
        self.values = ItemRowsModel([self.tr("Код"), self.tr("Название"), self.tr("Баллы"), self.tr("Положительная"),
                                     self.tr("«Качественная»"), self.tr("Отметок")], self)
        self.types = WorkTypesModel([self.tr("Вид работы"), self.tr("Вес"), self.tr("Цвет"), self.tr("Срок, дней"),
                                     self.tr("По умолчанию"), self.tr("Отметок")], self)
        for view, model, widths in ((ui.systemsTable, self.systems, (190, 120, 70, 60)),
                                    (ui.valuesTable, self.values, (60, 150, 60, 105, 105, 70)),
                                    (ui.workTypesTable, self.types, (320, 70, 90, 90, 110, 80))):
            view.setModel(model)
            fixed_columns(view, widths)
        for kind, label in KINDS.items():
            ui.systemKind.addItem(_tr(label), kind)
        ui.systemKind.setCurrentIndex(ui.systemKind.findData("custom"))
        ui.systemsTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_values())
        ui.valuesTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_value())
        ui.workTypesTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_type())
        ui.createSystem.clicked.connect(self.create_system)
        ui.renameSystem.clicked.connect(self.rename_system)
        ui.removeSystem.clicked.connect(self.remove_system)
        ui.addValue.clicked.connect(self.add_value)
        ui.saveValue.clicked.connect(self.save_value)
        ui.removeValue.clicked.connect(self.remove_value)
        ui.addWorkType.clicked.connect(self.add_work_type)
        ui.saveWorkType.clicked.connect(self.save_work_type)
        ui.removeWorkType.clicked.connect(self.remove_work_type)
        ui.wtChooseColor.clicked.connect(self._choose_color)
        for widget in (ui.createSystem, ui.renameSystem, ui.removeSystem, ui.addValue, ui.saveValue, ui.removeValue,
                       ui.addWorkType, ui.saveWorkType, ui.removeWorkType, ui.wtChooseColor, ui.wtApply):
            widget.setEnabled(self.editable)
        if not self.editable:
            say(ui.message, self.tr("Системы оценивания и виды работ настраивает заместитель директора по УР; "
                                    "здесь они только для просмотра."))
        self.refresh()

    # --- showing ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ui = self.ui
        chosen = self._selected(ui.systemsTable, self.systems)
        rows = grading_setup.grading_systems(self._db, self._actor)
        self.systems.show(rows, [(s.name, _tr(KINDS.get(s.kind, s.kind)), str(len(s.values)), str(s.courses))
                                 for s in rows])
        ids = [s.id for s in rows]
        if rows:
            row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
            ui.systemsTable.selectRow(row)
        self._show_values()
        chosen_type = self._selected(ui.workTypesTable, self.types)
        types = grading_setup.work_types(self._db, self._actor)
        self.types.show(types, [(t.name, _number(t.weight), t.color, str(t.entry_days) if t.entry_days else "",
                                 self.tr("да") if t.is_default else "", str(t.marks)) for t in types])
        if chosen_type is not None and chosen_type.id in [t.id for t in types]:
            ui.workTypesTable.selectRow([t.id for t in types].index(chosen_type.id))

    def _show_values(self) -> None:
        system = self._selected(self.ui.systemsTable, self.systems)
        values = system.values if system else []
        self.values.show(values, [(v.code, v.label, "" if v.points is None else _number(v.points),
                                   self.tr("да") if v.passing else self.tr("нет"),
                                   self.tr("да") if v.quality else self.tr("нет"), str(v.marks)) for v in values])
        if system is not None:
            self.ui.systemName.setText(system.name)

    def _show_value(self) -> None:
        v = self._selected(self.ui.valuesTable, self.values)
        if v is not None:
            ui = self.ui
            ui.valueCode.setText(v.code)
            ui.valueLabel.setText(v.label)
            ui.valuePoints.setText("" if v.points is None else _number(v.points))
            ui.valuePassing.setChecked(v.passing)
            ui.valueQuality.setChecked(v.quality)

    def _show_type(self) -> None:
        t = self._selected(self.ui.workTypesTable, self.types)
        if t is not None:
            ui = self.ui
            ui.wtName.setText(t.name)
            ui.wtWeight.setValue(t.weight)
            ui.wtColor.setText(t.color)
            ui.wtDays.setValue(t.entry_days)
            ui.wtDefault.setChecked(t.is_default)

    @staticmethod
    def _selected(view, model):
        row = view.currentIndex().row()
        return model.items[row] if 0 <= row < len(model.items) else None

    # --- doing --------------------------------------------------------------------------------------------

    def _ask(self, text: str) -> bool:
        return QMessageBox.question(self, self.tr("Подтверждение"), text) == QMessageBox.StandardButton.Yes

    def _run(self, done: str, call: Callable[..., object], *, confirmable: bool = False) -> bool:
        try:
            try:
                call()
            except NeedsConfirmation as exc:
                if not confirmable or not self.confirm(str(exc)):
                    say(self.ui.message, self.tr("Изменение отменено: {0}").format(exc.effect.text()))
                    return False
                call(confirm=True)
        except ServiceError as exc:
            say(self.ui.message, str(exc), error=True)
            return False
        self.refresh()
        say(self.ui.message, done)
        return True

    def _need(self, item, what: str) -> bool:
        if item is None:
            say(self.ui.message, what, error=True)
            return False
        return True

    def create_system(self) -> bool:
        ui = self.ui
        kind = ui.systemKind.currentData()
        text = ui.systemValues.text().strip()
        values = values_from_codes(text) if text else None
        name = ui.systemName.text()
        return self._run(self.tr("Система оценивания «{0}» создана.").format(name.strip()),
                         lambda: grading_setup.create_grading_system(self._db, self._actor, name, kind, values))

    def rename_system(self) -> bool:
        system = self._selected(self.ui.systemsTable, self.systems)
        if not self._need(system, self.tr("Выберите систему оценивания в таблице.")):
            return False
        name = self.ui.systemName.text()
        return self._run(self.tr("Система оценивания переименована."),
                         lambda: grading_setup.rename_grading_system(self._db, self._actor, system.id, name))

    def remove_system(self) -> bool:
        system = self._selected(self.ui.systemsTable, self.systems)
        if not self._need(system, self.tr("Выберите систему оценивания в таблице.")):
            return False
        return self._run(self.tr("Система оценивания «{0}» удалена.").format(system.name),
                         lambda: grading_setup.remove_grading_system(self._db, self._actor, system.id))

    def _points(self) -> float | None:
        text = self.ui.valuePoints.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ServiceError(self.tr("Баллы: «{0}» — нужно число или пусто.").format(text)) from None

    def _value_spec(self) -> GradeValueSpec:
        ui = self.ui
        return GradeValueSpec(ui.valueCode.text().strip(), ui.valueLabel.text().strip(), self._points(),
                              ui.valuePassing.isChecked(), ui.valueQuality.isChecked())

    def add_value(self) -> bool:
        system = self._selected(self.ui.systemsTable, self.systems)
        if not self._need(system, self.tr("Выберите систему оценивания в таблице.")):
            return False
        return self._run(self.tr("Значение добавлено."), lambda: grading_setup.add_grade_value(
            self._db, self._actor, system.id, self._value_spec()))

    def save_value(self) -> bool:
        value = self._selected(self.ui.valuesTable, self.values)
        if not self._need(value, self.tr("Выберите значение в таблице.")):
            return False

        def call(confirm: bool = False):
            spec = self._value_spec()
            return grading_setup.update_grade_value(
                self._db, self._actor, value.id, code=spec.code, label=spec.label, points=spec.points,
                passing=spec.passing, quality=spec.quality, confirm=confirm)
        return self._run(self.tr("Значение сохранено."), call, confirmable=True)

    def remove_value(self) -> bool:
        value = self._selected(self.ui.valuesTable, self.values)
        if not self._need(value, self.tr("Выберите значение в таблице.")):
            return False
        return self._run(self.tr("Значение «{0}» удалено.").format(value.code),
                         lambda: grading_setup.remove_grade_value(self._db, self._actor, value.id))

    def _choose_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.ui.wtColor.text()), self, self.tr("Цвет вида работы"))
        if color.isValid():
            self.ui.wtColor.setText(color.name().upper())

    def add_work_type(self) -> bool:
        ui = self.ui
        name = ui.wtName.text()
        return self._run(self.tr("Вид работы «{0}» добавлен.").format(name.strip()),
                         lambda: grading_setup.create_work_type(
                             self._db, self._actor, name, ui.wtWeight.value(), ui.wtColor.text().strip(),
                             ui.wtDays.value(), is_default=ui.wtDefault.isChecked()))

    def save_work_type(self) -> bool:
        t = self._selected(self.ui.workTypesTable, self.types)
        if not self._need(t, self.tr("Выберите вид работы в таблице.")):
            return False
        ui = self.ui
        return self._run(self.tr("Вид работы «{0}» сохранён.").format(ui.wtName.text().strip()),
                         lambda confirm=False: grading_setup.update_work_type(
                             self._db, self._actor, t.id, name=ui.wtName.text(), weight=ui.wtWeight.value(),
                             color=ui.wtColor.text().strip(), entry_days=ui.wtDays.value(),
                             is_default=ui.wtDefault.isChecked() or None, apply_to_marks=ui.wtApply.isChecked(),
                             confirm=confirm), confirmable=True)

    def remove_work_type(self) -> bool:
        t = self._selected(self.ui.workTypesTable, self.types)
        if not self._need(t, self.tr("Выберите вид работы в таблице.")):
            return False
        return self._run(self.tr("Вид работы «{0}» удалён.").format(t.name),
                         lambda: grading_setup.remove_work_type(self._db, self._actor, t.id))
