"""КТП of a course: choose an .xlsx, see its rows with each problem named (red), «Импортировать» (replaces
the plan; refused while a row is bad), «Заполнить темы уроков» (empty lesson topics from the plan, in
order), «Сохранить шаблон…». Opened from the journal page for the course shown.

Everything goes through `services.timetable.thematic_plan`; refusals show in the message line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.timetable import thematic_plan
from .formats import say
from .forms.ui_thematicplandialog import Ui_ThematicPlanDialog
from .rows_model import ListTableModel, scaled_width


class PlanRowsModel(ListTableModel):
    """Rows of a file (or of the stored plan): row number, №, topic, hours, the problem or note."""

    ROW, NUMBER, TOPIC, HOURS, NOTE = range(5)
    WIDTHS = (60, 60, 360, 60, 300)

    def __init__(self, parent=None):
        super().__init__([self.tr("Строка"), self.tr("№"), self.tr("Тема урока"), self.tr("Часов"),
                          self.tr("Замечание")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        row, number, topic, hours, note, kind = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b00020") if kind == "bad" else QColor("#808080") if kind == "skipped" else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if col in (self.ROW, self.NUMBER, self.HOURS) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return note or None if col == self.NOTE else None
        return (row, number, topic, hours, note)[col]


class ThematicPlanDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, course_id: int, parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] | None = None):
        super().__init__(parent)
        self.ui = Ui_ThematicPlanDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.course_id = db, actor, course_id
        self._now = now or (lambda: dt.datetime.now(dt.timezone.utc))
        self.preview: thematic_plan.PlanPreview | None = None
        self.model = PlanRowsModel(self)
        self.ui.rows.setModel(self.model)
        header = self.ui.rows.horizontalHeader()
        for col, width in enumerate(PlanRowsModel.WIDTHS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, scaled_width(header, width))
        header.setStretchLastSection(True)
        self.ui.rows.verticalHeader().hide()
        self.ui.rows.verticalHeader().setDefaultSectionSize(self.ui.rows.fontMetrics().height() + 10)
        self.ui.chooseFile.clicked.connect(self.choose_file)
        self.ui.saveTemplate.clicked.connect(self.choose_template_path)
        self.ui.importPlan.clicked.connect(self.import_plan)
        self.ui.fillTopics.clicked.connect(self.fill_topics)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Закрыть"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.show_stored()
        self.resize(900, 620)

    # --- showing -------------------------------------------------------------------------------------------

    def show_stored(self) -> None:
        """The plan the course has now."""
        self.preview = None
        try:
            items = thematic_plan.plan_items(self._db, self._actor, self.course_id)
        except ServiceError as exc:
            self.fail(exc)
            items = []
        self.model.set_rows([("", str(i.position), i.topic, str(i.hours), "", "") for i in items])
        self.ui.heading.setText(self.tr("КТП курса: {0} тем, {1} ч. Выберите файл .xlsx, чтобы загрузить новый "
                                        "план (он заменит этот).").format(len(items), sum(i.hours for i in items))
                                if items else self.tr("У курса ещё нет КТП. Выберите файл .xlsx с планом: "
                                                      "столбцы «№», «Тема урока», «Количество часов»."))
        self.ui.summary.setText("")
        self.ui.importPlan.setEnabled(False)
        self.ui.fillTopics.setEnabled(bool(items))

    def load_file(self, path: str | Path) -> bool:
        """Read the file and show its rows with their problems; nothing is written."""
        self.ui.fileName.setText(str(path))
        try:
            self.preview = preview = thematic_plan.preview(self._db, self._actor, self.course_id, path)
        except ServiceError as exc:
            self.preview = None
            self.model.set_rows([])
            self.ui.importPlan.setEnabled(False)
            self.fail(exc)
            return False
        plan = preview.file
        problems: dict[int, list[str]] = {}
        for p in plan.problems:
            problems.setdefault(p.row, []).append(f"{p.field}: {p.message}" if p.field else p.message)
        rows = [(r.row, r.number, r.topic, r.hours, "", "good") for r in plan.rows]
        rows += [(row, "", text, "", self.tr("раздел или итог — не загружается"), "skipped")
                 for row, text in plan.skipped]
        rows += [(row, *plan.bad.get(row, ("", "", "")), "; ".join(msgs), "bad") for row, msgs in problems.items()]
        rows.sort(key=lambda r: r[0])
        self.model.set_rows([(str(r[0]), r[1], r[2], str(r[3]), r[4], r[5]) for r in rows])
        self.ui.heading.setText(self.tr("КТП для журнала «{0}»: уроков в журнале {1}, из них с темой {2}.").format(
            preview.course, preview.lessons, preview.lessons_with_topic))
        summary = self.tr("В файле тем: {0}, часов: {1}; заголовок в строке {2}.").format(
            len(plan.rows), plan.hours, plan.heading_rows[0])
        for note in preview.notes:
            summary += " " + note
        self.ui.summary.setText(summary)
        if plan.problems:
            self.fail(self.tr("Ошибки в строках {0}: исправьте файл и выберите его снова. Пока есть ошибки, план "
                              "не загружается.").format(", ".join(str(r) for r in sorted(problems))))
        else:
            self.inform(self.tr("Файл прочитан без ошибок: нажмите «Импортировать»."))
        self.ui.importPlan.setEnabled(plan.ok)
        return plan.ok

    def fail(self, exc: Exception | str) -> None:
        say(self.ui.message, str(exc), error=True)

    def inform(self, text: str) -> None:
        say(self.ui.message, text)

    # --- actions ------------------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Файл КТП"), start,
                                              self.tr("Таблицы (*.xlsx *.xls *.xlsb *.ods *.csv)"))
        if path:
            self.load_file(path)

    def import_plan(self) -> bool:
        if self.preview is None:
            return False
        try:
            result = thematic_plan.import_plan(self._db, self._actor, self.course_id, self.preview.file.path)
        except thematic_plan.PlanImportError as exc:
            self.load_file(self.preview.file.path)
            self.fail(exc)
            return False
        except ServiceError as exc:
            self.fail(exc)
            return False
        self.show_stored()
        self.inform(self.tr("КТП загружен: тем {0}, часов {1}. Теперь можно заполнить темы уроков.").format(
            result.items, result.hours))
        return True

    def fill_topics(self) -> thematic_plan.FillReport | None:
        try:
            report = thematic_plan.fill_topics(self._db, self._actor, self.course_id, now=self._now())
        except ServiceError as exc:
            self.fail(exc)
            return None
        self.inform(report.summary())
        return report

    def choose_template_path(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Сохранить шаблон КТП"),
                                              str(Path(start) / self.tr("КТП_шаблон.xlsx")), self.tr("Книга Excel (*.xlsx)"))
        if path:
            self.save_template(path)

    def save_template(self, path: str | Path) -> Path | None:
        try:
            saved = thematic_plan.save_template(path)
        except (ServiceError, FileNotFoundError) as exc:
            self.fail(exc)
            return None
        self.inform(self.tr("Шаблон сохранён: {0}").format(saved))
        return saved
