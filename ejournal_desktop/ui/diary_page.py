"""Дневник: a parent's or pupil's read-only view of the week and of the marks by subject."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHeaderView, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.families import diary
from .formats import weekday_short
from .forms.ui_diarypage import Ui_DiaryPage
from .rows_model import RowsModel, scaled_width


def _marks(marks: tuple[diary.DiaryMark, ...]) -> str:
    return " ".join(m.value for m in marks)


class DiaryPage(QWidget):
    def __init__(self, db: Database, actor: Actor, *, today: Callable[[], dt.date] = dt.date.today,
                 parent=None):
        super().__init__(parent)
        self.ui = Ui_DiaryPage()
        self.ui.setupUi(self)
        self._db, self._actor, self._today = db, actor, today
        self.day = today()
        self.week_model = RowsModel([self.tr("Дата"), self.tr("Урок"), self.tr("Предмет"), self.tr("Тема урока"),
                                     self.tr("Домашнее задание"), self.tr("Отметки"), self.tr("Пропуск")], self)
        self.results_model = RowsModel([], self)
        self.ui.weekTable.setModel(self.week_model)
        self.ui.resultsTable.setModel(self.results_model)
        line = self.fontMetrics().height()
        for table in (self.ui.weekTable, self.ui.resultsTable):
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(line + 10)
        self.ui.weekTable.verticalHeader().setDefaultSectionSize(2 * line + 10)  # topics take two lines
        header = self.ui.weekTable.horizontalHeader()
        for col, width in enumerate((80, 50, 190, 300, 300, 80, 70)):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for child in diary.children(db, actor):
            self.ui.child.addItem(f"{child.name}, {child.class_label}", child.pupil_id)
        self.ui.child.setEnabled(self.ui.child.count() > 1)  # a parent of several children switches
        self.ui.child.currentIndexChanged.connect(self._child_changed)
        self.ui.previousWeek.clicked.connect(lambda: self._move(-7))
        self.ui.nextWeek.clicked.connect(lambda: self._move(7))
        self.ui.thisWeek.clicked.connect(lambda: self._move(None))
        self.ui.period.currentIndexChanged.connect(self._show_results)
        self._child_changed()

    @property
    def pupil_id(self) -> int | None:
        return self.ui.child.currentData()

    def _child_changed(self) -> None:
        self.ui.period.blockSignals(True)
        self.ui.period.clear()
        try:
            periods = diary.periods(self._db, self._actor, self.pupil_id, self._today()) if self.pupil_id else []
        except ServiceError:
            periods = []
        if periods:
            for p in periods:
                self.ui.period.addItem(p.label, p)
            current = next((i for i, p in enumerate(periods) if p.start <= self._today() <= p.end), 0)
            self.ui.period.setCurrentIndex(current)
        self.ui.period.blockSignals(False)
        self._show_week()
        self._show_results()

    def _move(self, days: int | None) -> None:
        self.day = self._today() if days is None else self.day + dt.timedelta(days=days)
        self._show_week()

    def _show_week(self) -> None:
        try:
            self._fill_week()
        except ServiceError as exc:  # a refusal: show it, show nothing else
            self.week_model.set_rows([])
            self.ui.weekLabel.setText(str(exc))

    def _fill_week(self) -> None:
        monday = self.day - dt.timedelta(days=self.day.weekday())
        self.ui.weekLabel.setText(self.tr("Неделя {0:%d.%m} – {1:%d.%m.%Y}").format(
            monday, monday + dt.timedelta(days=5)))
        if self.pupil_id is None:
            self.week_model.set_rows([])
            return
        lessons = diary.week(self._db, self._actor, self.pupil_id, self.day)
        rows, tips = [], []
        previous = None
        for lesson in lessons:
            date = f"{weekday_short(lesson.date.weekday())} {lesson.date:%d.%m}" if lesson.date != previous else ""
            previous = lesson.date
            rows.append((date, lesson.number, lesson.subject, lesson.topic, lesson.homework, _marks(lesson.marks),
                         lesson.attendance or ""))
            mark_tip = "\n".join(self.tr("{0} — {1} (вес {2:g})").format(m.value, m.work_type, m.weight)
                                 for m in lesson.marks) or None
            tips.append((None, None, lesson.teacher, lesson.topic or None, lesson.homework or None, mark_tip, None))
        self.week_model.set_rows(rows, tips)

    def _show_results(self) -> None:
        try:
            self._fill_results()
        except ServiceError as exc:
            self.results_model.set_rows([])
            self.ui.periodLabel.setText(str(exc))

    def _fill_results(self) -> None:
        period = self.ui.period.currentData()
        if self.pupil_id is None or period is None:
            self.results_model.set_rows([])
            return
        year_periods = [self.ui.period.itemData(i) for i in range(self.ui.period.count())]
        end = min(period.end, self._today())
        results = diary.results(self._db, self._actor, self.pupil_id, period.start, end)
        self.results_model.headers = ([self.tr("Предмет"), self.tr("Отметки"), self.tr("Средний балл")]
                                      + [p.label for p in year_periods] + [self.tr("Год")])
        self.results_model.set_rows([
            (r.subject, _marks(r.marks), f"{r.average:.2f}".replace(".", ",") if r.average is not None else "—",
             *[r.period_marks.get(p.number, "") for p in year_periods], r.year_mark or "")
            for r in results])
        header = self.ui.resultsTable.horizontalHeader()
        header.resizeSection(0, scaled_width(header, 230))
        header.resizeSection(1, scaled_width(header, 330))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in range(2, self.results_model.columnCount()):
            header.resizeSection(col, scaled_width(header, 105))
