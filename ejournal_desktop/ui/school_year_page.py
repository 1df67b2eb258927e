"""Учебный год: the year's dates, its periods per range of grades, holidays and extra days off, days
moved by decree, short days, and each shift's bells (issue 15). The deputy edits; the administrator
and others with the page see it read-only.

Everything goes through services.school (`year`, `periods`, `calendar_days`, `bells`), which checks
the right, validates and audits; its refusals show in the message line. A change that touches marks already given comes back as
NeedsConfirmation: the page shows its effect (how many averages change) and asks before redoing it
with `confirm=True`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QWidget

from ..domain.calendar import PeriodKind
from ..domain.rights import Action, may
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.school import bells as school_bells
from ..services.school import calendar_days
from ..services.school import periods as year_periods
from ..services.school import year as school_year
from ..services.school import year_confirmation
from .formats import date_text, qdate, say, weekday_name, weekday_short
from .forms.ui_schoolyearpage import Ui_SchoolYearPage
from .rows_model import ItemRowsModel, ListTableModel, fixed_columns
from .setup_page import SetupPage

KIND_LABELS = {
    "quarter": QT_TRANSLATE_NOOP("SchoolYearPage", "четверти"),
    "trimester": QT_TRANSLATE_NOOP("SchoolYearPage", "триместры"),
    "half_year": QT_TRANSLATE_NOOP("SchoolYearPage", "полугодия"),
}
PERIOD_LABELS = {
    "quarter": QT_TRANSLATE_NOOP("SchoolYearPage", "{0}-я четверть"),
    "trimester": QT_TRANSLATE_NOOP("SchoolYearPage", "{0}-й триместр"),
    "half_year": QT_TRANSLATE_NOOP("SchoolYearPage", "{0}-е полугодие"),
}
HOLIDAY_KINDS = {
    "holiday": QT_TRANSLATE_NOOP("SchoolYearPage", "каникулы"),
    "day_off": QT_TRANSLATE_NOOP("SchoolYearPage", "выходной день"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchoolYearPage", text)


def _day(edit) -> dt.date:
    return edit.date().toPython()


def _time_text(t: dt.time) -> str:
    return f"{t:%H:%M}"


class BellsModel(ListTableModel):
    """A shift's lessons: number, start, end; start and end are typed as ЧЧ:ММ."""

    NUMBER, STARTS, ENDS = range(3)
    WIDTHS = (70, 110, 110)

    def __init__(self, parent=None):
        super().__init__([self.tr("Урок"), self.tr("Начало"), self.tr("Конец")], parent)
        self.problem = ""

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() != self.NUMBER else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        starts, ends = self.rows[index.row()]
        return (str(index.row() + 1), _time_text(starts), _time_text(ends))[index.column()]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or index.column() == self.NUMBER:
            return False
        try:
            hours, minutes = (int(x) for x in str(value).strip().replace(".", ":").split(":"))
            t = dt.time(hours, minutes)
        except ValueError:
            self.problem = self.tr("Время «{0}» не понято: нужно ЧЧ:ММ, например 08:30.").format(value)
            return False
        starts, ends = self.rows[index.row()]
        self.rows[index.row()] = (t, ends) if index.column() == self.STARTS else (starts, t)
        self.problem = ""
        self.dataChanged.emit(index, index)
        return True

    def add_lesson(self) -> None:
        if self.rows:
            last = dt.datetime.combine(dt.date(2000, 1, 1), self.rows[-1][1]) + dt.timedelta(minutes=10)
        else:
            last = dt.datetime(2000, 1, 1, 8, 30)
        self.beginInsertRows(self.index(0, 0).parent(), len(self.rows), len(self.rows))
        self.rows.append((last.time(), (last + dt.timedelta(minutes=40)).time()))
        self.endInsertRows()

    def remove_last(self) -> None:
        if self.rows:
            self.beginRemoveRows(self.index(0, 0).parent(), len(self.rows) - 1, len(self.rows) - 1)
            self.rows.pop()
            self.endRemoveRows()


class SchoolYearPage(SetupPage):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 confirm: Callable[[str], bool] | None = None):
        super().__init__(parent)
        self.ui = Ui_SchoolYearPage()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self.editable = may(actor.roles, Action.configure_grading)
        self.confirm = confirm or self._ask
        self.setup: school_year.YearSetup | None = None
        ui = self.ui

        self.periods = ItemRowsModel([self.tr("Классы"), self.tr("Период"), self.tr("Начало"), self.tr("Окончание"),
                                      self.tr("Итоговых отметок")], self)
        self.holidays = ItemRowsModel([self.tr("Название"), self.tr("Вид"), self.tr("С"), self.tr("По"),
                                       self.tr("Классы")], self)
        self.moved = ItemRowsModel([self.tr("Выходной"), self.tr("Рабочий день"), self.tr("По расписанию дня"),
                                    self.tr("Основание")], self)
        self.short = ItemRowsModel([self.tr("День"), self.tr("Урок, мин"), self.tr("Основание"),
                                    self.tr("Звонки 1-й смены в этот день")], self)
        self.bells = BellsModel(self)
        for view, model, widths in ((ui.periodsTable, self.periods, (110, 160, 110, 110, 140)),
                                    (ui.holidaysTable, self.holidays, (330, 130, 110, 110, 100)),
                                    (ui.movedTable, self.moved, (120, 140, 170, 300)),
                                    (ui.shortTable, self.short, (120, 100, 260, 400)),
                                    (ui.bellsTable, self.bells, BellsModel.WIDTHS)):
            view.setModel(model)
            fixed_columns(view, widths)
        ui.bellsTable.setEditTriggers(ui.bellsTable.EditTrigger.DoubleClicked | ui.bellsTable.EditTrigger.EditKeyPressed
                                      | ui.bellsTable.EditTrigger.AnyKeyPressed)

        for kind in PeriodKind:
            ui.periodKind.addItem(_tr(KIND_LABELS[kind.value]), kind.value)
        for kind, label in HOLIDAY_KINDS.items():
            ui.holidayKind.addItem(_tr(label), kind)
        for weekday in range(6):
            ui.movedAs.addItem(weekday_name(weekday), weekday)

        ui.createYear.clicked.connect(self.create_year)
        ui.saveYear.clicked.connect(self.save_year)
        ui.setPeriods.clicked.connect(self.set_periods)
        ui.removePeriods.clicked.connect(self.remove_periods)
        ui.savePeriod.clicked.connect(self.save_period)
        ui.periodsTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_period())
        ui.addHoliday.clicked.connect(self.add_holiday)
        ui.saveHoliday.clicked.connect(self.save_holiday)
        ui.removeHoliday.clicked.connect(self.remove_holiday)
        ui.addDefaultHolidays.clicked.connect(self.add_default_holidays)
        ui.holidaysTable.selectionModel().currentRowChanged.connect(lambda *_: self._show_holiday())
        ui.addMoved.clicked.connect(self.add_moved)
        ui.removeMoved.clicked.connect(self.remove_moved)
        ui.movedOff.dateChanged.connect(self._suggest_weekday)
        ui.addShort.clicked.connect(self.add_short)
        ui.removeShort.clicked.connect(self.remove_short)
        ui.shift.currentIndexChanged.connect(lambda _i: self._show_bells())
        ui.addShift.clicked.connect(self.add_shift)
        ui.removeShift.clicked.connect(self.remove_shift)
        ui.addLesson.clicked.connect(self.bells.add_lesson)
        ui.removeLesson.clicked.connect(self.bells.remove_last)
        ui.saveBells.clicked.connect(self.save_bells)
        ui.confirmPeriods.clicked.connect(lambda: self.confirm_piece("periods"))
        ui.confirmHolidays.clicked.connect(lambda: self.confirm_piece("holidays"))
        self._editing = [ui.createYear, ui.saveYear, ui.setPeriods, ui.removePeriods, ui.savePeriod, ui.addHoliday,
                         ui.saveHoliday, ui.removeHoliday, ui.addDefaultHolidays, ui.addMoved, ui.removeMoved,
                         ui.addShort, ui.removeShort, ui.addShift, ui.removeShift, ui.addLesson, ui.removeLesson,
                         ui.saveBells]
        self.refresh()

    # --- showing ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        ui = self.ui
        self.setup = school_year.year_setup(self._db, self._actor)
        setup = self.setup
        has_year = setup is not None
        if has_year:
            ui.yearTitle.setText(f"<b>{setup.year.label}</b>")
            ui.yearStart.setDate(qdate(setup.year.start))
            ui.yearEnd.setDate(qdate(setup.year.end))
        else:
            ui.yearTitle.setText(self.tr("не создан — задайте даты и нажмите «Создать учебный год»"))
            start = dt.date.today().year if dt.date.today().month >= 6 else dt.date.today().year - 1
            ui.yearStart.setDate(QDate(start, 9, 1))
            ui.yearEnd.setDate(QDate(start + 1, 8, 31))
        for button in self._editing:
            button.setEnabled(self.editable and (has_year or button is ui.createYear))
        ui.createYear.setVisible(not has_year)
        ui.saveYear.setVisible(has_year)
        ui.tabs.setEnabled(has_year)
        self._show_confirmations()
        if not self.editable:
            say(ui.message, self.tr("Структуру учебного года настраивает заместитель директора по УР; "
                                    "здесь она только для просмотра."))
        if not has_year:
            for model in (self.periods, self.holidays, self.moved, self.short):
                model.show([], [])
            return
        self.periods.show(setup.periods, [
            (self._grades(p.grade_from, p.grade_to), _tr_period(p), date_text(p.start), date_text(p.end),
             str(p.period_marks) if p.period_marks else "") for p in setup.periods])
        if setup.periods and ui.periodsTable.currentIndex().row() < 0:
            ui.periodsTable.selectRow(0)
            self._show_period()
        self.holidays.show(setup.holidays, [
            (h.name, _tr(HOLIDAY_KINDS.get(h.kind, h.kind)), date_text(h.start), date_text(h.end),
             self._grades(h.grade_from, h.grade_to)) for h in setup.holidays])
        self.moved.show(setup.moved_days, [
            (date_text(m.day_off), f"{date_text(m.working_day)} ({weekday_short(m.working_day.weekday())})",
             weekday_name(m.works_as), m.decree) for m in setup.moved_days])
        first_shift = setup.shifts.get(1, [])
        self.short.show(setup.short_days, [
            (date_text(s.date), str(s.lesson_minutes), s.reason,
             ", ".join(f"{_time_text(b.starts_at)}–{_time_text(b.ends_at)}"
                       for b in school_bells.short_bells(first_shift, s.lesson_minutes)))
            for s in setup.short_days])
        for edit in (ui.periodStart, ui.periodEnd, ui.holidayStart, ui.holidayEnd, ui.movedOff, ui.movedWorking,
                     ui.shortDate):
            edit.setDateRange(qdate(setup.year.start), qdate(setup.year.end))
        shift = ui.shift.currentData() or 1
        ui.shift.blockSignals(True)
        ui.shift.clear()
        for number in sorted(set(setup.shifts) | {1}):
            ui.shift.addItem(self.tr("{0}-я смена").format(number), number)
        ui.shift.setCurrentIndex(max(0, ui.shift.findData(shift)))
        ui.shift.blockSignals(False)
        self._show_bells()

    def _show_confirmations(self) -> None:
        """A year copied from the closed one: each piece's line says who confirmed it and when, or offers
        its button; a first year (nothing copied) hides the box."""
        ui = self.ui
        state = year_confirmation.pending(self._db, self._actor, self.setup.year.id) if self.setup else None
        ui.confirmBox.setVisible(state is not None)
        if state is None:
            return
        for piece, label, button, waiting_text, done_text in (
                ("periods", ui.periodsConfirmed, ui.confirmPeriods,
                 self.tr("Даты периодов {0} скопированы с прошлого года и ещё не подтверждены."),
                 self.tr("Даты периодов подтверждены: {0}.")),
                ("holidays", ui.holidaysConfirmed, ui.confirmHolidays,
                 self.tr("Даты каникул {0} взяты по умолчанию и ещё не подтверждены."),
                 self.tr("Даты каникул подтверждены: {0}."))):
            waiting = piece in state.waiting
            done = state.done.get(piece)
            if waiting:
                label.setText(waiting_text.format(state.label))
            else:  # a year confirmed before the audit kept it says only that
                label.setText(done_text.format(done.text()) if done else self._confirmed(piece))
            button.setVisible(waiting)
            button.setEnabled(self.editable and waiting)

    def _grades(self, grade_from: int, grade_to: int) -> str:
        if grade_from == grade_to:
            return self.tr("{0} кл.").format(grade_from)
        return self.tr("{0}–{1} кл.").format(grade_from, grade_to)

    def _show_period(self) -> None:
        row = self.ui.periodsTable.currentIndex().row()
        if 0 <= row < len(self.periods.items):
            p = self.periods.items[row]
            self.ui.periodStart.setDate(qdate(p.start))
            self.ui.periodEnd.setDate(qdate(p.end))
            self.ui.periodGradeFrom.setValue(p.grade_from)
            self.ui.periodGradeTo.setValue(p.grade_to)
            self.ui.periodKind.setCurrentIndex(self.ui.periodKind.findData(p.kind))

    def _show_holiday(self) -> None:
        h = self._selected(self.ui.holidaysTable, self.holidays)
        if h is not None:
            ui = self.ui
            ui.holidayName.setText(h.name)
            ui.holidayKind.setCurrentIndex(ui.holidayKind.findData(h.kind))
            ui.holidayStart.setDate(qdate(h.start))
            ui.holidayEnd.setDate(qdate(h.end))
            ui.holidayGradeFrom.setValue(h.grade_from)
            ui.holidayGradeTo.setValue(h.grade_to)

    def _show_bells(self) -> None:
        shift = self.ui.shift.currentData() or 1
        rows = [(b.starts_at, b.ends_at) for b in (self.setup.shifts.get(shift, []) if self.setup else [])]
        self.bells.set_rows(rows)

    def _suggest_weekday(self, _date=None) -> None:
        weekday = _day(self.ui.movedOff).weekday()
        if weekday <= 5:
            self.ui.movedAs.setCurrentIndex(weekday)


    # --- doing --------------------------------------------------------------------------------------------


    def _year_id(self) -> int:
        return self.setup.year.id

    def _confirmed(self, piece: str) -> str:
        return self.tr("Даты периодов подтверждены.") if piece == "periods" else self.tr("Даты каникул подтверждены.")

    def confirm_piece(self, piece: str) -> bool:
        """The deputy has checked the copied periods («periods») or holidays («holidays») of the year."""
        return self._run(self._confirmed(piece),
                         lambda: year_confirmation.confirm(self._db, self._actor, self._year_id(), piece))

    def create_year(self) -> bool:
        ui = self.ui
        return self._run(self.tr("Учебный год создан. Задайте периоды, каникулы и звонки."),
                         lambda: school_year.create_year(self._db, self._actor, _day(ui.yearStart), _day(ui.yearEnd)))

    def save_year(self) -> bool:
        ui = self.ui
        return self._run(self.tr("Даты учебного года сохранены."), lambda: school_year.update_year(
            self._db, self._actor, self._year_id(), _day(ui.yearStart), _day(ui.yearEnd)))

    def set_periods(self) -> bool:
        ui = self.ui
        return self._run(self.tr("Периоды заданы; даты можно поправить по одному периоду."),
                         lambda confirm=False: year_periods.set_periods(
                             self._db, self._actor, self._year_id(), ui.periodKind.currentData(),
                             ui.periodGradeFrom.value(), ui.periodGradeTo.value(), confirm=confirm),
                         confirmable=True)

    def remove_periods(self) -> bool:
        ui = self.ui
        return self._run(self.tr("Периоды удалены."), lambda: year_periods.remove_periods(
            self._db, self._actor, self._year_id(), ui.periodGradeFrom.value(), ui.periodGradeTo.value()))

    def save_period(self) -> bool:
        period = self._selected(self.ui.periodsTable, self.periods)
        if period is None:
            say(self.ui.message, self.tr("Выберите период в таблице."), error=True)
            return False
        ui = self.ui
        return self._run(self.tr("Даты периода сохранены."), lambda confirm=False: year_periods.update_period(
            self._db, self._actor, period.id, _day(ui.periodStart), _day(ui.periodEnd), confirm=confirm),
            confirmable=True)

    def _holiday_values(self) -> tuple:
        ui = self.ui
        return (ui.holidayName.text(), _day(ui.holidayStart), _day(ui.holidayEnd), ui.holidayGradeFrom.value(),
                ui.holidayGradeTo.value(), ui.holidayKind.currentData())

    def add_holiday(self) -> bool:
        name, start, end, g_from, g_to, kind = self._holiday_values()
        return self._run(self.tr("Добавлено: {0}.").format(name.strip()), lambda: calendar_days.add_holiday(
            self._db, self._actor, self._year_id(), name, start, end, g_from, g_to, kind))

    def save_holiday(self) -> bool:
        holiday = self._selected(self.ui.holidaysTable, self.holidays)
        if holiday is None:
            say(self.ui.message, self.tr("Выберите каникулы в таблице."), error=True)
            return False
        name, start, end, g_from, g_to, kind = self._holiday_values()
        return self._run(self.tr("Сохранено: {0}.").format(name.strip()), lambda: calendar_days.update_holiday(
            self._db, self._actor, holiday.id, name, start, end, g_from, g_to, kind))

    def remove_holiday(self) -> bool:
        holiday = self._selected(self.ui.holidaysTable, self.holidays)
        if holiday is None:
            say(self.ui.message, self.tr("Выберите каникулы в таблице."), error=True)
            return False
        return self._run(self.tr("Удалено: {0}.").format(holiday.name),
                         lambda: calendar_days.remove_holiday(self._db, self._actor, holiday.id))

    def add_default_holidays(self) -> bool:
        return self._run(self.tr("Обычные каникулы года добавлены там, где их ещё не было."),
                         lambda: calendar_days.add_default_holidays(self._db, self._actor, self._year_id()))

    def add_moved(self) -> bool:
        ui = self.ui
        return self._run(self.tr("Перенос рабочего дня записан."), lambda: calendar_days.add_moved_day(
            self._db, self._actor, self._year_id(), _day(ui.movedOff), _day(ui.movedWorking),
            ui.movedAs.currentData(), ui.movedDecree.text()))

    def remove_moved(self) -> bool:
        moved = self._selected(self.ui.movedTable, self.moved)
        if moved is None:
            say(self.ui.message, self.tr("Выберите перенос в таблице."), error=True)
            return False
        return self._run(self.tr("Перенос удалён."),
                         lambda: calendar_days.remove_moved_day(self._db, self._actor, moved.id))

    def add_short(self) -> bool:
        ui = self.ui
        return self._run(self.tr("Сокращённый день записан."), lambda: calendar_days.add_short_day(
            self._db, self._actor, self._year_id(), _day(ui.shortDate), ui.shortMinutes.value(), ui.shortReason.text()))

    def remove_short(self) -> bool:
        short = self._selected(self.ui.shortTable, self.short)
        if short is None:
            say(self.ui.message, self.tr("Выберите сокращённый день в таблице."), error=True)
            return False
        return self._run(self.tr("Сокращённый день удалён."),
                         lambda: calendar_days.remove_short_day(self._db, self._actor, short.id))

    def add_shift(self) -> None:
        numbers = [self.ui.shift.itemData(i) for i in range(self.ui.shift.count())]
        number = max(numbers, default=0) + 1
        if number > school_bells.MAX_SHIFTS:
            say(self.ui.message, self.tr("Смен не больше трёх."), error=True)
            return
        self.ui.shift.addItem(self.tr("{0}-я смена").format(number), number)
        self.ui.shift.setCurrentIndex(self.ui.shift.count() - 1)
        say(self.ui.message, self.tr("Добавьте уроки новой смены и сохраните звонки."))

    def remove_shift(self) -> bool:
        shift = self.ui.shift.currentData() or 1
        return self._run(self.tr("Смена удалена."), lambda: school_bells.remove_shift(self._db, self._actor, shift))

    def save_bells(self) -> bool:
        if self.bells.problem:
            say(self.ui.message, self.bells.problem, error=True)
            return False
        shift = self.ui.shift.currentData() or 1
        return self._run(self.tr("Звонки {0}-й смены сохранены.").format(shift),
                         lambda: school_bells.set_bells(self._db, self._actor, shift, list(self.bells.rows)))


def _tr_period(p: school_year.PeriodRow) -> str:
    """«1-я четверть» in the interface's language (the service gives the Russian label)."""
    return _tr(PERIOD_LABELS[p.kind]).format(p.number)
