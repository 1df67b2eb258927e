"""Администрирование → Закрытие года: the year-closing wizard (issue 7), a page with steps over the
services of `services/administration/year_closing.py` — the same calls as `ejournal year …`, no rule of its own.

1. Годовые отметки: the courses lacking year marks (`check`), each with «Открыть журнал», which emits
   `openJournal(course_id)` for the main window to show that page; «Далее» stays disabled while a
   gap remains.
2. Решения: every pupil on roll with the decision the closing will carry out (`decisions`); a pupil's
   decision changed with its ground (`set_decision`), or a whole class's at once
   (`set_class_decision`: «9А: все продолжают обучение в 10 классе»).
3. Архив: up to three drives or folders (regulation 7.6), listed as on the backup page.
4. Приказ: the director's order number and date, a summary of what will happen; «Закрыть учебный
   год» asks once more and runs `close_year` in a worker with a progress dialog.
5. Итог: the service's report.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.administration import year_closing
from ..services.administration.year_closing import DECISION_LABELS, MAX_ARCHIVES, YearDecisionKind
from ..services.errors import ServiceError
from .backup_page import Drive, DrivesModel, free_space, mounted_drives, target_folders
from .formats import ERROR_STYLE, INFO_STYLE, heading, say
from .forms.ui_yearclosingwizard import Ui_YearClosingWizard
from .rows_model import ListTableModel, scaled_width
from .worker import Task, run_with_progress

Clock = Callable[[], dt.datetime]
WARNING_BANNER = "background: #fff3e0; color: #8a4b00; padding: 6px; border: 1px solid #f0c27b;"
INFO_BANNER = "background: #e8f5e9; color: #1b5e20; padding: 6px; border: 1px solid #a5d6a7;"


def real_clock() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class GapsModel(ListTableModel):
    """Courses lacking year marks (year_closing.Gap), with a link-like «Открыть журнал» column."""

    CLASS, SUBJECT, TEACHER, COUNT, PUPILS, LINK = range(6)

    def __init__(self, parent=None):
        super().__init__([self.tr("Класс"), self.tr("Предмет"), self.tr("Учитель"), self.tr("Без отметки"),
                          self.tr("Ученики"), self.tr("Журнал")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        gap: year_closing.Gap = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QPalette().color(QPalette.ColorRole.Link) if col == self.LINK else None
        if role == Qt.ItemDataRole.FontRole:
            if col != self.LINK:
                return None
            font = QFont()
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if col == self.COUNT else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.PUPILS:
                return "\n".join(gap.pupils)
            if col == self.LINK:
                return self.tr("Открыть страницу журнала «{0}», чтобы выставить годовые отметки").format(
                    f"{gap.class_label} {gap.subject}".strip())
            return None
        return (gap.class_label or "—", gap.subject, gap.teacher, str(len(gap.pupils)), ", ".join(gap.pupils),
                self.tr("Открыть журнал"))[col]


class DecisionsModel(ListTableModel):
    """Pupils with their decision for the year (year_closing.Decision); the changed ones in bold, the
    default in the decision's tooltip."""

    CLASS, PUPIL, DECISION, NEXT, FAILING, NOTE = range(6)

    def __init__(self, parent=None):
        super().__init__([self.tr("Класс"), self.tr("Ученик"), self.tr("Решение"), self.tr("Куда"),
                          self.tr("Неудовлетворительно"), self.tr("Основание")], parent)

    def decision_text(self, d: year_closing.Decision) -> str:
        text = DECISION_LABELS[d.decision]
        if d.overridden:
            text += self.tr(" (по умолчанию: {0})").format(DECISION_LABELS[d.default])
        return text

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.FontRole):
            return None
        d: year_closing.Decision = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.FontRole:
            if not (d.overridden or d.note) or col not in (self.PUPIL, self.DECISION):
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.DECISION and d.decision is YearDecisionKind.repeat_year:
                return QColor(Qt.GlobalColor.darkRed)
            if col == self.DECISION and d.decision is YearDecisionKind.conditional_promotion:
                return QColor("#8a4b00")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.FAILING and d.failing:
                return "\n".join(d.failing)
            if col == self.NOTE and d.note:
                return d.note
            if col == self.DECISION:
                return self.decision_text(d)
            return None
        if col == self.CLASS:
            return d.class_label
        if col == self.PUPIL:
            return d.pupil
        if col == self.DECISION:
            return DECISION_LABELS[d.decision]
        if col == self.NEXT:
            return d.next_class if d.next_class else self.tr("выпуск")
        if col == self.FAILING:
            return ", ".join(d.failing)
        if col == self.NOTE:
            return d.note
        return None


class YearClosingWizard(QWidget):
    openJournal = Signal(int)   # course id of a journal page lacking year marks
    yearClosed = Signal(str)    # the label of the new year, once the old one is closed

    GAPS, DECISIONS, ARCHIVE, ORDER, RESULT = range(5)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *, now: Clock | None = None,
                 volumes: Callable[[], list[Drive]] = mounted_drives):
        super().__init__(parent)
        self.ui = Ui_YearClosingWizard()
        self.ui.setupUi(self)
        self._db, self._actor = db, actor
        self._now = now or real_clock
        self._volumes = volumes
        self._added: list[Drive] = []
        self.state: year_closing.ClosingState | None = None
        self.all_gaps: list[year_closing.Gap] = []
        self.all_decisions: list[year_closing.Decision] = []
        self.report: year_closing.ClosingReport | None = None
        self.task: Task | None = None

        heading(self.ui.heading)

        self.gaps_model = GapsModel(self)
        self._setup_table(self.ui.gaps, self.gaps_model, (60, 230, 150, 90, 420, 130), GapsModel.PUPILS)
        self.ui.gaps.clicked.connect(self._gap_clicked)
        self.ui.gaps.doubleClicked.connect(lambda index: self._open_gap(index.row()))
        self.ui.gaps.entered.connect(self._gap_hovered)
        self.ui.gaps.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.ui.openJournal.clicked.connect(lambda: self._open_gap(self.ui.gaps.currentIndex().row()))
        self.ui.recheck.clicked.connect(self.recheck)

        self.decisions_model = DecisionsModel(self)
        self._setup_table(self.ui.decisions, self.decisions_model, (60, 290, 300, 60, 260, 250),
                          DecisionsModel.NOTE)
        self.ui.decisions.selectionModel().currentRowChanged.connect(lambda *_: self._decision_selected())
        self.ui.classFilter.currentIndexChanged.connect(lambda _i: self._filter_decisions())
        self.ui.onlyNotable.toggled.connect(lambda _on: self._filter_decisions())
        self.ui.applyPupil.clicked.connect(self.apply_to_pupil)
        self.ui.applyClass.clicked.connect(self.apply_to_class)

        self.drives_model = DrivesModel(self)
        self._setup_table(self.ui.drives, self.drives_model, (230, 330, 90, 170, 260), DrivesModel.RESULT)
        self.drives_model.dataChanged.connect(lambda *_: self._update_buttons())
        self.ui.addFolder.clicked.connect(self._add_folder_clicked)
        self.ui.refreshDrives.clicked.connect(self.refresh_drives)

        self.ui.orderNumber.textChanged.connect(lambda _t: self._update_buttons())
        self.ui.orderNumber.textChanged.connect(lambda _t: self._fill_summary())
        self.ui.orderDate.dateChanged.connect(lambda _d: self._fill_summary())
        self.ui.back.clicked.connect(self.go_back)
        self.ui.next.clicked.connect(self.go_next)
        self.refresh()

    def _setup_table(self, view, model, widths: tuple[int, ...], stretch: int) -> None:
        view.setModel(model)
        header = view.horizontalHeader()
        for col, width in enumerate(widths):
            header.resizeSection(col, scaled_width(header, width))
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    # --- state ----------------------------------------------------------------------------------------

    def today(self) -> dt.date:
        return self._now().astimezone().date()

    def refresh(self) -> None:
        """Read everything again and start from the first step."""
        self.report = None
        self.ui.result.clear()
        self.ui.orderNumber.clear()
        self.ui.note.clear()
        try:
            self.state = year_closing.closing_state(self._db, self._actor, now=self._now())
        except ServiceError as exc:
            self.state = None
            self.all_gaps, self.all_decisions = [], []
            self.gaps_model.set_rows([])
            self.decisions_model.set_rows([])
            self.ui.heading.setText(self.tr("Закрытие учебного года"))
            self._banner(str(exc), warning=True)
            self._go(self.GAPS)
            return
        self.ui.heading.setText(self.tr("Закрытие {0} учебного года").format(self.state.label))
        if self.state.refusal:
            self._banner(self.state.refusal, warning=True)
        else:
            self._banner(self.tr("Занятия {0} учебного года окончены {1:%d.%m.%Y}. Год закрывается по приказу "
                                 "директора; после закрытия он доступен только для просмотра и печати.").format(
                self.state.label, self.state.classes_end), warning=False)
        self.ui.orderDate.setDate(QDate(self.today()))
        self.recheck()
        self.reload_decisions()
        self.refresh_drives()
        self._go(self.GAPS)

    def _banner(self, text: str, *, warning: bool) -> None:
        self.ui.stateBanner.setText(text)
        self.ui.stateBanner.setStyleSheet(WARNING_BANNER if warning else INFO_BANNER)

    def show_message(self, text: str, error: bool = False) -> None:
        say(self.ui.message, text, error=error)

    def _fail(self, exc: BaseException, title: str) -> None:
        if not isinstance(exc, ServiceError):
            raise exc  # a bug: the global handler shows the crash dialog
        self.show_message(str(exc), error=True)
        QMessageBox.warning(self, title, str(exc))

    # --- navigation -------------------------------------------------------------------------------------

    def step(self) -> int:
        return self.ui.steps.currentIndex()

    def _go(self, step: int) -> None:
        self.ui.steps.setCurrentIndex(step)
        if step == self.ORDER:
            self._fill_summary()
            self.ui.orderNumber.setFocus()
        self.show_message("")
        names = [self.tr("1. Годовые отметки"), self.tr("2. Решения по ученикам"), self.tr("3. Архив года"),
                 self.tr("4. Приказ и закрытие"), self.tr("5. Итог")]
        parts = []
        for i, name in enumerate(names):
            if i == step:
                parts.append(f"<b>{name}</b>")
            elif i < step:
                parts.append(name)
            else:
                parts.append(f"<span style='color: gray'>{name}</span>")
        self.ui.stepsBar.setText(" → ".join(parts))
        self._update_buttons()

    def go_back(self) -> None:
        if self.GAPS < self.step() < self.RESULT:
            self._go(self.step() - 1)

    def go_next(self) -> None:
        step = self.step()
        if not self.ui.next.isEnabled():
            return
        if step == self.GAPS:
            self.reload_decisions()
        if step == self.ORDER:
            self.close_year()
        elif step == self.RESULT:
            self.refresh()
        else:
            self._go(step + 1)

    def _update_buttons(self) -> None:
        step, running = self.step(), self.task is not None and self.task.running
        ready = self.state is not None
        self.ui.back.setVisible(step != self.RESULT)
        self.ui.back.setEnabled(self.GAPS < step < self.RESULT and not running)
        self.ui.next.setText(self.tr("&Закрыть учебный год") if step == self.ORDER else
                             self.tr("&Готово") if step == self.RESULT else self.tr("&Далее >"))
        if step == self.GAPS:
            enabled = ready and not self.all_gaps
        elif step == self.ARCHIVE:
            enabled = len(self.drives_model.checked()) <= MAX_ARCHIVES
        elif step == self.ORDER:
            enabled = (ready and not self.state.refusal and bool(self.ui.orderNumber.text().strip())
                       and not running)
        else:
            enabled = ready
        self.ui.next.setEnabled(enabled)
        self.ui.openJournal.setEnabled(self.ui.gaps.currentIndex().isValid())
        has_pupil = self._current_decision() is not None
        cls = self.ui.classFilter.currentData()
        self.ui.applyPupil.setEnabled(has_pupil)
        self.ui.applyClass.setEnabled(cls is not None)
        self.ui.applyClass.setText(self.tr("Для всего &класса {0}").format(self.ui.classFilter.currentText())
                                   if cls is not None else self.tr("Для всего &класса"))
        self.ui.decision.setEnabled(has_pupil or cls is not None)
        self.ui.note.setEnabled(has_pupil or cls is not None)
        if step == self.ARCHIVE:
            self._fill_archive_status()

    # --- 1. gaps ----------------------------------------------------------------------------------------

    def recheck(self) -> None:
        if self.state is None:
            return
        try:
            self.all_gaps = year_closing.check(self._db, self._actor)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.gaps_model.set_rows(self.all_gaps)
        if self.all_gaps:
            pupils = sum(len(g.pupils) for g in self.all_gaps)
            self.ui.gapsSummary.setText(self.tr(
                "Нет годовых отметок в журналах: {0} (учеников без отметки: {1}). Пока они не выставлены, год "
                "закрыть нельзя. Откройте журнал строки, выставьте отметки («н/а» и «осв.» тоже считаются) "
                "и нажмите «Проверить снова».").format(len(self.all_gaps), pupils))
            self.ui.gapsSummary.setStyleSheet(ERROR_STYLE)
        else:
            self.ui.gapsSummary.setText(self.tr("Годовые отметки выставлены во всех журналах учебного плана. "
                                                "Нажмите «Далее»."))
            self.ui.gapsSummary.setStyleSheet(INFO_STYLE)
        self.ui.gaps.setVisible(bool(self.all_gaps))
        self.ui.openJournal.setVisible(bool(self.all_gaps))
        self._update_buttons()

    def _gap_clicked(self, index: QModelIndex) -> None:
        if index.column() == GapsModel.LINK:
            self._open_gap(index.row())

    def _gap_hovered(self, index: QModelIndex) -> None:
        shape = Qt.CursorShape.PointingHandCursor if index.column() == GapsModel.LINK else Qt.CursorShape.ArrowCursor
        self.ui.gaps.viewport().setCursor(shape)

    def _open_gap(self, row: int) -> None:
        if 0 <= row < len(self.gaps_model.rows):
            self.openJournal.emit(self.gaps_model.rows[row].course_id)

    # --- 2. decisions -------------------------------------------------------------------------------------

    def reload_decisions(self) -> None:
        if self.state is None:
            return
        current = self._current_decision()
        try:
            self.all_decisions = year_closing.decisions(self._db, self._actor)
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        chosen = self.ui.classFilter.currentData()
        classes = sorted({(d.grade, d.class_label, d.class_id) for d in self.all_decisions})
        self.ui.classFilter.blockSignals(True)
        self.ui.classFilter.clear()
        self.ui.classFilter.addItem(self.tr("все классы"), None)
        for _grade, label, class_id in classes:
            self.ui.classFilter.addItem(label, class_id)
        self.ui.classFilter.setCurrentIndex(max(self.ui.classFilter.findData(chosen), 0))
        self.ui.classFilter.blockSignals(False)
        self._filter_decisions(keep=current.pupil_id if current is not None else None)

    def _filter_decisions(self, keep: int | None = None) -> None:
        cls = self.ui.classFilter.currentData()
        rows = [d for d in self.all_decisions if cls is None or d.class_id == cls]
        if self.ui.onlyNotable.isChecked():
            rows = [d for d in rows if d.overridden or d.note or d.decision is not YearDecisionKind.promotion]
        self.decisions_model.set_rows(rows)
        row = next((i for i, d in enumerate(rows) if d.pupil_id == keep), None)
        if row is not None:
            self.ui.decisions.setCurrentIndex(self.decisions_model.index(row, DecisionsModel.PUPIL))
        counts = Counter(d.decision for d in self.all_decisions)
        self.ui.decisionCounts.setText(self.tr(
            "Всего: {0} · переводятся: {1} · условно: {2} · повторное обучение: {3} · выпуск: {4}").format(
            len(self.all_decisions), counts[YearDecisionKind.promotion],
            counts[YearDecisionKind.conditional_promotion], counts[YearDecisionKind.repeat_year],
            counts[YearDecisionKind.graduation]))
        self._decision_selected()

    def _current_decision(self) -> year_closing.Decision | None:
        index = self.ui.decisions.currentIndex()
        if not index.isValid() or index.row() >= len(self.decisions_model.rows):
            return None
        return self.decisions_model.rows[index.row()]

    def _decision_choices(self, grade: int, allowed: tuple[YearDecisionKind, ...]) -> None:
        chosen = self.ui.decision.currentData()
        self.ui.decision.clear()
        for kind in allowed:
            text = DECISION_LABELS[kind]
            if kind in (YearDecisionKind.promotion, YearDecisionKind.conditional_promotion):
                text = self.tr("{0} ({1} класс)").format(text, grade + 1)
            elif kind is YearDecisionKind.repeat_year:
                text = self.tr("{0} ({1} класс)").format(text, grade)
            self.ui.decision.addItem(text, kind.value)
        index = self.ui.decision.findData(chosen)
        if index >= 0:
            self.ui.decision.setCurrentIndex(index)

    def _decision_selected(self) -> None:
        d = self._current_decision()
        if d is not None:
            self._decision_choices(d.grade, d.allowed)
            self.ui.decision.setCurrentIndex(max(self.ui.decision.findData(d.decision.value), 0))
            self.ui.note.setText(d.note)
            self.ui.decisionBox.setTitle(self.tr("Решение педагогического совета: {0}, {1}").format(
                d.pupil, d.class_label))
        else:
            cls = self.ui.classFilter.currentData()
            sample = next((x for x in self.all_decisions if x.class_id == cls), None) if cls is not None else None
            if sample is not None:
                self._decision_choices(sample.grade, sample.allowed)
            else:
                self.ui.decision.clear()
            self.ui.decisionBox.setTitle(self.tr("Решение педагогического совета"))
        self._update_buttons()

    def choose_decision(self, kind: YearDecisionKind) -> None:
        self.ui.decision.setCurrentIndex(self.ui.decision.findData(kind.value))

    def apply_to_pupil(self) -> None:
        d = self._current_decision()
        kind = self.ui.decision.currentData()
        if d is None or kind is None:
            return
        try:
            new = year_closing.set_decision(self._db, self._actor, d.pupil_id, kind, self.ui.note.text(),
                                            now=self._now())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.reload_decisions()
        self.show_message(self.tr("{0}, {1}: {2}.").format(new.pupil, new.class_label, DECISION_LABELS[new.decision]))

    def apply_to_class(self) -> None:
        cls, kind = self.ui.classFilter.currentData(), self.ui.decision.currentData()
        if cls is None or kind is None:
            return
        try:
            result = year_closing.set_class_decision(self._db, self._actor, cls, kind, self.ui.note.text(),
                                                     now=self._now())
        except ServiceError as exc:
            self.show_message(str(exc), error=True)
            return
        self.reload_decisions()
        self.show_message(result.summary())

    # --- 3. archive ---------------------------------------------------------------------------------------

    def refresh_drives(self) -> None:
        checked = {d.folder for d in self.drives_model.rows if d.checked}
        drives = list(self._volumes())
        known = {d.folder for d in drives}
        drives += [d for d in self._added if d.folder not in known]
        for d in drives:
            d.checked = d.checked or d.folder in checked
            if d.added or d.free is None:
                d.free = free_space(d.folder) if d.folder.is_dir() else None
        self.drives_model.set_rows(drives)
        self._update_buttons()

    def add_folder(self, folder: Path, name: str = "") -> Drive:
        """Offer a folder as an archive medium (a network share, a folder for a test) and tick it."""
        folder = Path(folder)
        for i, d in enumerate(self.drives_model.rows):
            if d.folder == folder:
                d.checked = True
                self.drives_model.changed(i)
                return d
        drive = Drive(name=name or folder.name or str(folder), folder=folder, added=True, checked=True)
        self._added.append(drive)
        self.refresh_drives()
        return drive

    def _add_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка для архива года"), str(Path.home()))
        if folder:
            self.add_folder(Path(folder))

    def _fill_archive_status(self) -> None:
        n = len(self.drives_model.checked())
        if n > MAX_ARCHIVES:
            text, style = self.tr("Выбрано носителей: {0}. Архив года записывается не более чем на {1} носителя: "
                                  "снимите лишние отметки.").format(n, MAX_ARCHIVES), ERROR_STYLE
        elif n == 0:
            text, style = self.tr("Носители не выбраны: год будет закрыт без архива. Положение (п. 7.5–7.6) "
                                  "требует архива на трёх носителях."), ERROR_STYLE
        else:
            text, style = self.tr("Выбрано носителей: {0} из {1}.").format(n, MAX_ARCHIVES), INFO_STYLE
        self.ui.archiveStatus.setText(text)
        self.ui.archiveStatus.setStyleSheet(style)

    # --- 4. order, summary, closing ---------------------------------------------------------------------------

    def _fill_summary(self) -> None:
        if self.state is None:
            self.ui.summary.clear()
            return
        number = self.ui.orderNumber.text().strip() or "…"
        date = self.ui.orderDate.date().toPython()
        start = int(self.state.label.split("/")[0]) + 1
        counts = Counter(d.decision for d in self.all_decisions)
        D = YearDecisionKind
        lines = [self.tr("Учебный год {0} будет закрыт по приказу № {1} от {2:%d.%m.%Y}: его журналы станут "
                         "доступны только для просмотра и печати.").format(self.state.label, number, date),
                 "",
                 self.tr("Учеников: {0}").format(len(self.all_decisions)),
                 self.tr("  переводятся в следующий класс: {0}").format(counts[D.promotion]),
                 self.tr("  переводятся условно: {0}").format(counts[D.conditional_promotion]),
                 self.tr("  остаются на повторное обучение: {0}").format(counts[D.repeat_year]),
                 self.tr("  выпускаются: {0}").format(counts[D.graduation]),
                 "", self.tr("По классам:")]
        by_class: dict[tuple[int, str], Counter] = {}
        for d in self.all_decisions:
            by_class.setdefault((d.grade, d.class_label), Counter())[d.decision] += 1
        for (grade, label), c in sorted(by_class.items()):
            parts = []
            if c[D.promotion]:
                parts.append(self.tr("в {0}{1}: {2}").format(grade + 1, label[len(str(grade)):], c[D.promotion]))
            if c[D.conditional_promotion]:
                parts.append(self.tr("условно: {0}").format(c[D.conditional_promotion]))
            if c[D.repeat_year]:
                parts.append(self.tr("повторно: {0}").format(c[D.repeat_year]))
            if c[D.graduation]:
                parts.append(self.tr("выпуск: {0}").format(c[D.graduation]))
            lines.append(self.tr("  {0}: {1}").format(label, "; ".join(parts)))
        lines += ["", self.tr("Будет создан учебный год {0}/{1} с периодами и каникулами по умолчанию; классы, "
                              "классные руководители и учебная нагрузка копируются для проверки. Расписание "
                              "составляется заново.").format(start, start + 1), ""]
        drives = self.drives_model.checked()
        if drives:
            lines.append(self.tr("Архив года записывается на носители:"))
            lines += [f"  {d.name}: {d.folder}" for d in drives]
        else:
            lines.append(self.tr("Архив года не записывается: носители не выбраны."))
        if self.state.refusal:
            lines += ["", self.tr("Сейчас закрыть год нельзя: {0}").format(self.state.refusal)]
        self.ui.summary.setPlainText("\n".join(lines))

    def close_year(self) -> Task | None:
        """Ask once more, then close the year in a worker with a progress dialog."""
        if self.state is None:
            return None
        number = self.ui.orderNumber.text().strip()
        date = self.ui.orderDate.date().toPython()
        drives = self.drives_model.checked()
        question = self.tr("Закрыть {0} учебный год по приказу № {1} от {2:%d.%m.%Y}?\n\nУченики будут "
                           "переведены, выпускники выбудут, будет создан новый учебный год. Отменить закрытие "
                           "нельзя.").format(self.state.label, number, date)
        if not drives:
            question += "\n\n" + self.tr("Архив года не будет записан: носители не выбраны.")
        answer = QMessageBox.question(self, self.tr("Закрытие учебного года"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        targets = target_folders(drives)
        db, actor, now = self._db, self._actor, self._now()
        task, dialog = run_with_progress(
            self, self.tr("Закрытие учебного года"),
            lambda progress, cancelled: year_closing.close_year(db, actor, number, date, archive_to=targets, now=now,
                                                                progress=progress, cancel=cancelled),
            label=self.tr("Проверка годовых отметок…"))
        self.task, self.progress_dialog = task, dialog
        task.finished.connect(lambda report: self._closed(drives, report))
        task.failed.connect(self._close_failed)
        task.done.connect(self._update_buttons)
        self._update_buttons()
        return task

    def _closed(self, drives: list[Drive], report: year_closing.ClosingReport) -> None:
        self.report = report
        for d, r in zip(drives, report.archives, strict=False):
            d.result = (r.ok, self.tr("архив записан и проверен") if r.ok else r.message)
        self.drives_model.set_rows(self.drives_model.rows)
        self.ui.result.setPlainText(report.summary())
        self.ui.heading.setText(self.tr("Учебный год {0} закрыт").format(report.year))
        self._banner(self.tr("Учебный год {0} закрыт и доступен только для просмотра и печати. Открыт учебный "
                             "год {1}: проверьте классы, классных руководителей и учебную нагрузку, составьте "
                             "расписание.").format(report.year, report.next_year), warning=False)
        self._go(self.RESULT)
        self.yearClosed.emit(report.next_year)

    def _close_failed(self, exc: BaseException) -> None:
        if isinstance(exc, year_closing.GapsRemain):
            self.recheck()
            self._go(self.GAPS)
        self._fail(exc, self.tr("Учебный год не закрыт"))
