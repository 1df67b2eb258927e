"""Отчёты: the report kinds of services.reports.kinds, built off the GUI thread, previewed, saved and printed.

On the left the kinds (their labels from the registry); on the right the parameters a kind reads — the
class (with «Вся школа» when the kind allows it and the user may see the whole school; a class teacher
sees the own class only), the period (quarters or half-years of the class, and the year), the month, the
pupil, the course — read through services.reports.options. «Сформировать» runs the kind's build in a
worker with a progress dialog whose Cancel stops it (nothing is kept). The report is plain data
(printing.report): each table shows in a tab over a light model, its numbers printed by
`report.format_cell` as the PDF prints them; a bar chart shows with QtCharts. «Сохранить PDF…» and
«Сохранить Excel…» write the file in a worker (atomically: a cancelled or failed save leaves no file);
«Печать…» lays the PDF out on the chosen printer. Errors (no right, no data, a full disk) show as a
message in the page.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QTableView, QVBoxLayout, QWidget

from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import Cancelled, ServiceError
from ..services.reports import kinds as report_kinds
from ..services.reports import options as report_options
from ..services.reports.kinds import Report, Table
from ..services.reports.weekly_diary import week_bounds
from .app_preferences import preferences
from .formats import heading, qdate, say
from .forms.ui_reportspage import Ui_ReportsPage
from .report_preview import ReportTableModel, chart_view, lay_out_columns
from .signature_dialog import SignatureDialog
from .verify_dialog import VerifyDialog
from .worker import Task, run_with_progress

NOT_CHOSEN = None
_UNSAFE = re.compile(r'[\\/:*?"<>|\n\r\t]+')


def file_stem(*parts: str) -> str:
    """«Успеваемость 5А 1 четверть»: the parts joined, characters no file system takes replaced."""
    text = " ".join(p.strip() for p in parts if p and p.strip())
    return _UNSAFE.sub("-", text).strip(" .") or QCoreApplication.translate("ReportsPage", "Отчёт")


class ReportsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today, settings: QSettings | None = None):
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self._db, self._actor, self._today = db, actor, today
        self._settings = settings or preferences()
        self.task: Task | None = None
        self.progress_dialog = None
        self.report: Report | None = None
        self.saved: Path | None = None
        self._built_name = ""
        self._built: tuple[report_kinds.ReportKind, report_kinds.ReportRequest] | None = None
        self._months: list[tuple[int, int]] = []
        self.options: report_options.ReportOptions | None = None
        heading(self.ui.heading)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.kinds.setSpacing(3)
        for combo in (self.ui.classCombo, self.ui.periodCombo, self.ui.monthCombo, self.ui.pupilCombo,
                      self.ui.courseCombo):
            combo.setMaximumWidth(480)
        self.ui.splitter.setSizes([260, 840])
        for edit in (self.ui.asOfDate, self.ui.weekDate):
            edit.setDate(qdate(self._today()))
        self.ui.asOfCheck.toggled.connect(self.ui.asOfDate.setEnabled)
        self.ui.weekDate.dateChanged.connect(lambda *_: self._week_changed())
        self._week_changed()
        self.ui.kinds.currentItemChanged.connect(lambda *_: self._kind_changed())
        self.ui.classCombo.currentIndexChanged.connect(lambda *_: self._class_changed())
        self.ui.monthCombo.currentIndexChanged.connect(lambda *_: self._month_changed())
        self.ui.build.clicked.connect(self.build)
        self.ui.savePdf.clicked.connect(lambda: self._save_clicked("pdf"))
        self.ui.saveXlsx.clicked.connect(lambda: self._save_clicked("xlsx"))
        self.ui.printReport.clicked.connect(self._print_clicked)
        self.ui.verifyPrintout.clicked.connect(self.open_verify_dialog)
        self.ui.signature.clicked.connect(self.open_signature_dialog)
        self._load()

    # --- kinds and parameters ----------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            self.options = report_options.options(self._db, self._actor, self._today())
        except ServiceError as exc:
            self._say(str(exc), error=True)
            self.ui.parameters.setEnabled(False)
            self._update_buttons()
            return
        self._months = list(self.options.months)
        for kind in report_kinds.kinds():
            item = QListWidgetItem(kind.label)
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            self.ui.kinds.addItem(item)
        if self.ui.kinds.count():
            self.ui.kinds.setCurrentRow(0)
            if not self.options.classes and not self.options.whole_school:
                self._say(self.tr("Отчёты по классам строят заместитель директора, директор и администратор "
                                  "(по всей школе) и классный руководитель (по своему классу); "
                                  "своего класса у вас нет."), error=True)
        else:
            self._say(self.tr("Виды отчётов ещё не подключены."), error=True)
            self._kind_changed()

    def kind(self) -> report_kinds.ReportKind | None:
        item = self.ui.kinds.currentItem()
        if item is None:
            return None
        key = item.data(Qt.ItemDataRole.UserRole)
        return next((k for k in report_kinds.kinds() if k.key == key), None)

    def select_kind(self, key: str) -> None:
        for row in range(self.ui.kinds.count()):
            if self.ui.kinds.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.ui.kinds.setCurrentRow(row)
                return
        raise KeyError(key)

    def select_class(self, label: str | None) -> None:
        """Choose a class by its label (None: the whole school) as the user would in the combo."""
        index = self.ui.classCombo.findData(label if label is not None else "")
        if index < 0:
            raise KeyError(label)
        self.ui.classCombo.setCurrentIndex(index)

    def class_choices(self) -> list[str | None]:
        return [self.ui.classCombo.itemData(i) or None for i in range(self.ui.classCombo.count())]

    def _reads(self, kind: report_kinds.ReportKind | None) -> frozenset[str]:
        return frozenset() if kind is None else kind.accepts | kind.needs

    def _kind_changed(self) -> None:
        kind = self.kind()
        reads = self._reads(kind)
        self.ui.heading.setText(kind.label if kind else "")
        shows_class = bool(reads & {"class", "pupil", "course"})
        for label, widgets, shown in (
                (self.ui.classLabel, (self.ui.classCombo,), shows_class),
                (self.ui.periodLabel, (self.ui.periodCombo,), "period" in reads),
                (self.ui.monthLabel, (self.ui.monthCombo,), "month" in reads),
                (self.ui.pupilLabel, (self.ui.pupilCombo,), "pupil" in reads),
                (self.ui.courseLabel, (self.ui.courseCombo,), "course" in reads),
                (self.ui.asOfLabel, (self.ui.asOfCheck, self.ui.asOfDate), "as_of" in reads),
                (self.ui.weekLabel, (self.ui.weekDate, self.ui.weekSpan), "week" in reads)):
            label.setVisible(shown)
            for widget in widgets:
                widget.setVisible(shown)
        self.ui.parameters.setVisible(bool(reads))
        # Progress on a date is counted from the current marks; attendance simply stops at the day.
        self.ui.asOfCheck.setText(self.tr("по текущим отметкам на") if kind is not None and kind.key == "progress"
                                  else self.tr("по состоянию на"))
        if kind is not None and self.options is not None:
            self._fill_classes(kind)
            self._fill_months(kind)
            self._class_changed()
            self._month_changed()
        self._update_buttons()

    def _fill_classes(self, kind: report_kinds.ReportKind) -> None:
        combo = self.ui.classCombo
        previous = combo.currentData()
        whole = (self.options.whole_school and "class" not in kind.needs
                 and not (kind.needs & {"pupil", "course"}))
        combo.blockSignals(True)
        combo.clear()
        if whole:
            combo.addItem(self.tr("Вся школа"), "")
        for choice in self.options.classes:
            combo.addItem(choice.label, choice.label)
        index = combo.findData(previous) if previous is not None else -1
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _fill_months(self, kind: report_kinds.ReportKind) -> None:
        combo = self.ui.monthCombo
        previous = combo.currentData()
        combo.clear()
        if "month" not in kind.needs:
            combo.addItem(self.tr("— за период —"), -1)
        for i, (year, month) in enumerate(self._months):
            combo.addItem(report_options.month_label(year, month), i)
        if previous is not None and combo.findData(previous) >= 0:
            combo.setCurrentIndex(combo.findData(previous))
        elif "month" in kind.needs and self.options.current_month in self._months:
            combo.setCurrentIndex(combo.findData(self._months.index(self.options.current_month)))

    def _month_changed(self) -> None:
        """A chosen month is the report's span (the kinds read the month first): the period stands aside."""
        month = "month" in self._reads(self.kind()) and self.ui.monthCombo.currentData() not in (None, -1)
        self.ui.periodCombo.setEnabled(not month)
        self.ui.periodCombo.setToolTip(self.tr("Выбран месяц: отчёт строится за месяц.") if month else "")

    def _week_changed(self) -> None:
        monday, saturday = week_bounds(self.ui.weekDate.date().toPython())
        self.ui.weekSpan.setText(self.tr("с {0} по {1}").format(f"{monday:%d.%m.%Y}", f"{saturday:%d.%m.%Y}"))

    def _dates(self, reads: frozenset[str]) -> tuple[dt.date | None, dt.date | None]:
        """(«на дату» when asked for, any day of the diary's week) as the kind reads them."""
        as_of = self.ui.asOfDate.date().toPython() if "as_of" in reads and self.ui.asOfCheck.isChecked() else None
        week = self.ui.weekDate.date().toPython() if "week" in reads else None
        return as_of, week

    def _class_changed(self) -> None:
        kind = self.kind()
        if kind is None or self.options is None:
            return
        reads = self._reads(kind)
        label = self.ui.classCombo.currentData() or None
        try:
            if "period" in reads:
                self._fill_periods(kind, label)
            for param, combo, read in (("pupil", self.ui.pupilCombo, report_options.pupils),
                                       ("course", self.ui.courseCombo, report_options.courses)):
                combo.clear()
                if param in reads and label is not None:
                    if param not in kind.needs:
                        combo.addItem(self.tr("— все предметы —") if param == "course" else
                                      self.tr("— не выбран —"), -1)
                    for item_id, name in read(self._db, self._actor, label):
                        combo.addItem(name, item_id)
        except ServiceError as exc:
            self._say(str(exc), error=True)
        self._update_buttons()

    def _fill_periods(self, kind: report_kinds.ReportKind, class_label: str | None) -> None:
        combo = self.ui.periodCombo
        previous = combo.currentData()
        combo.clear()  # no «not chosen»: a kind given no period reports the year, and «Год» is there
        current = -1
        for choice in report_options.periods(self._db, self._actor, class_label, self._today()):
            combo.addItem(choice.label, choice.value)
            if choice.current:
                current = combo.count() - 1
        index = combo.findData(previous) if previous is not None else -1
        combo.setCurrentIndex(index if index >= 0 else max(current, 0))

    def request(self) -> report_kinds.ReportRequest:
        """The parameters as chosen, for the current kind; ServiceError naming what is missing."""
        kind = self.kind()
        if kind is None:
            raise ServiceError(self.tr("Выберите отчёт в списке слева."))
        reads = self._reads(kind)

        combos = {"class": (self.ui.classCombo, self.tr("класс")), "period": (self.ui.periodCombo, self.tr("период")),
                  "month": (self.ui.monthCombo, self.tr("месяц")), "pupil": (self.ui.pupilCombo, self.tr("ученика")),
                  "course": (self.ui.courseCombo, self.tr("предмет"))}
        needs = set(kind.needs) | ({"class"} if kind.needs & {"pupil", "course"} else set())
        if reads & {"class", "pupil", "course"} and not self.ui.classCombo.count():
            raise ServiceError(self.tr("Отчёт «{0}»: нет класса, по которому вам доступны отчёты.").format(
                kind.label))
        values = {}
        for param, (combo, what) in combos.items():
            value = combo.currentData() if combo.count() and combo.isEnabled() else None
            value = None if value in (None, -1, "") else value
            if param in needs and value is None:
                raise ServiceError(self.tr("Для отчёта «{0}» выберите {1}.").format(kind.label, what))
            # The class is read for the pupil or course lists; the kind gets it only if it reads it.
            values[param] = value if param in reads else None
        month = values["month"]
        as_of, week = self._dates(reads)
        return report_kinds.ReportRequest(
            class_label=values["class"], period=values["period"],
            month=self._months[month] if month is not None else None,
            pupil_id=values["pupil"], course_id=values["course"], today=self._today(), as_of=as_of, week=week)

    def _request_name(self, kind: report_kinds.ReportKind) -> str:
        """What the file is called by default: the kind, the class, the pupil or course, the period or month."""
        reads = self._reads(kind)
        parts = [kind.label]
        if reads & {"class", "pupil", "course"}:
            parts.append(self.ui.classCombo.currentText())
        for param, combo in (("pupil", self.ui.pupilCombo), ("course", self.ui.courseCombo),
                             ("period", self.ui.periodCombo), ("month", self.ui.monthCombo)):
            if param in reads and combo.count() and combo.isEnabled() and combo.currentData() not in (None, -1):
                parts.append(combo.currentText())
        as_of, week = self._dates(reads)
        if as_of is not None:
            parts.append(self.tr("на {0}").format(f"{as_of:%d.%m.%Y}"))
        if week is not None:
            parts.append(self.ui.weekSpan.text())
        return file_stem(*parts)

    # --- building ------------------------------------------------------------------------------------------

    def build(self) -> Task | None:
        """Build the chosen report in a worker with a progress dialog; the preview shows when it is done."""
        kind = self.kind()
        try:
            request = self.request()
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return None
        name = self._request_name(kind)
        db, actor = self._db, self._actor
        self._say(self.tr("Формируется отчёт «{0}»…").format(kind.label))
        task, dialog = run_with_progress(
            self, self.tr("Формирование отчёта"),
            lambda progress, cancelled: kind.build(db, actor, request, progress=progress, cancelled=cancelled),
            label=self.tr("{0}…").format(kind.label))
        self.task, self.progress_dialog = task, dialog
        task.finished.connect(lambda report: self._done(task, report, name, (kind, request)))
        task.failed.connect(lambda exc: self._failed(exc, self.tr("Отчёт не сформирован")))
        task.done.connect(self._update_buttons)
        self._update_buttons()
        return task

    def _done(self, task: Task, report: Report, name: str,
              built: tuple[report_kinds.ReportKind, report_kinds.ReportRequest]) -> None:
        if task.cancelled():
            self._say(self.tr("Формирование отчёта отменено."))
            return
        self.show_report(report, name)
        self._built = built
        self._update_buttons()
        rows = sum(len(t.rows) for t in report.tables())
        self._say(self.tr("Отчёт сформирован: строк в таблицах — {0}.").format(rows) if rows else
                  self.tr("Отчёт сформирован, но данных для него нет."), error=not rows)

    def show_report(self, report: Report, name: str = "") -> None:
        """Preview a report: a tab per table or chart, the title above and the notes below."""
        self.report, self._built_name = report, name or file_stem(report.title, report.subtitle)
        self._built = None
        tabs = self.ui.preview
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            widget.deleteLater()
        for section in report.sections:
            tab = QWidget()
            layout = QVBoxLayout(tab)
            layout.setContentsMargins(0, 4, 0, 0)
            if isinstance(section, Table):
                view = QTableView(tab)
                view.setObjectName("reportTable")
                view.setModel(ReportTableModel(section, view))
                view.setAlternatingRowColors(True)
                view.setWordWrap(False)
                view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
                view.verticalHeader().hide()
                view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
                lay_out_columns(view, view.model(), max(self.ui.preview.width() - 30, 700))
                layout.addWidget(view)
            else:
                layout.addWidget(chart_view(section, tab))
            index = tabs.addTab(tab, section.title)
            tabs.setTabToolTip(index, section.title)
        self.ui.reportTitle.setText(f"<b>{_html(report.title)}</b><br>{_html(report.school)}"
                                    + (f" · {_html(report.subtitle)}" if report.subtitle else ""))
        self.ui.notes.setText("\n".join(report.notes))
        self._update_buttons()

    def _failed(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, Cancelled):
            self._say(self.tr("{0}: отменено пользователем.").format(title))
        elif isinstance(exc, ServiceError):
            self._say(f"{title}. {exc}", error=True)
        elif isinstance(exc, OSError):
            self._say(f"{title}. {os_message(exc)}", error=True)
        else:
            raise exc  # a bug: the global handler shows the crash dialog

    # --- saving and printing -------------------------------------------------------------------------------

    def default_path(self, fmt: str) -> Path:
        folder = self._settings.value("reports/folder", "") or \
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        return Path(folder) / f"{self._built_name}.{fmt}"

    def _save_clicked(self, fmt: str) -> None:
        if self.report is None:
            return
        title = self.tr("Сохранить отчёт в PDF") if fmt == "pdf" else self.tr("Сохранить отчёт в Excel")
        kinds = self.tr("PDF (*.pdf)") if fmt == "pdf" else self.tr("Книга Excel (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, title, str(self.default_path(fmt)), kinds)
        if path:
            path = Path(path)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
            self._settings.setValue("reports/folder", str(path.parent))
            self.save(fmt, path)

    def save(self, fmt: str, path: Path, then: Callable[[Path], None] | None = None) -> Task | None:
        """Write the previewed report as PDF or .xlsx in a worker; a cancelled or failed save leaves no file."""
        report, built = self.report, self._built
        if report is None:
            return None
        path = Path(path)
        existed = path.exists()
        db, actor = self._db, self._actor

        def work(progress, cancelled):
            if built is not None and built[0].export is not None:
                # A kind with a form of its own (the summary sheet's paper form) writes its file itself.
                return report_kinds.export(db, actor, built[0], built[1], fmt, path, progress=progress,
                                           cancelled=cancelled)
            return report_kinds.write(report, fmt, path, progress=progress, cancelled=cancelled)

        task, dialog = run_with_progress(self, self.tr("Сохранение отчёта"), work,
                                         label=self.tr("Запись {0}…").format(path.name))
        self.task, self.progress_dialog = task, dialog

        def written(_result) -> None:
            if task.cancelled():
                if not existed:
                    path.unlink(missing_ok=True)  # written before the cancel was seen: not kept
                self._say(self.tr("Сохранение отменено, файл не записан."))
                return
            self.saved = path
            if then is not None:
                then(path)
            else:
                self._say(self.tr("Отчёт сохранён: {0}").format(path))

        task.finished.connect(written)
        task.failed.connect(lambda exc: self._failed(exc, self.tr("Файл «{0}» не сохранён").format(path.name)))
        task.done.connect(self._update_buttons)
        self._update_buttons()
        return task

    def _print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._built_name)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if self.report.landscape
                                   else QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Печать отчёта"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer) -> Task | None:
        """Lay the report's PDF out on `printer` (a real one, or a PDF file for a test): the PDF is written
        to a temporary folder in a worker, then each page is drawn on a printer page."""
        folder = tempfile.mkdtemp(prefix="ejournal-print-")
        path = Path(folder) / "report.pdf"

        def send(pdf: Path) -> None:
            pages = print_pdf(pdf, printer)
            if pages:
                self._say(self.tr("Отчёт отправлен на печать: листов — {0}.").format(pages))
            else:
                self._say(self.tr("Отчёт не напечатан: не удалось открыть принтер."), error=True)

        task = self.save("pdf", path, then=send)
        if task is None:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            task.done.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        return task

    # --- the verification dialog ---------------------------------------------------------------------------

    def open_verify_dialog(self) -> VerifyDialog:
        dialog = VerifyDialog(self._db, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_signature_dialog(self) -> SignatureDialog:
        """The director signs a saved PDF; anyone checks a signed one."""
        dialog = SignatureDialog(self._db, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- state ---------------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        running = self.task is not None and self.task.running
        self.ui.build.setEnabled(self.kind() is not None and self.options is not None and not running)
        has_report = self.report is not None and not running
        formats = self._built[0].formats if self._built is not None else report_kinds.FORMATS
        self.ui.savePdf.setEnabled(has_report and "pdf" in formats)
        self.ui.printReport.setEnabled(has_report and "pdf" in formats)
        self.ui.saveXlsx.setEnabled(has_report and "xlsx" in formats)

    def _say(self, text: str, *, error: bool = False) -> None:
        say(self.ui.message, text, error=error)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def os_message(exc: OSError) -> str:
    """The environment's errors in the user's words."""
    if exc.errno == errno.ENOSPC:
        return QCoreApplication.translate("ReportsPage", "На диске не хватает места.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate("ReportsPage", "Нет прав на запись в эту папку.")
    if exc.errno == errno.EROFS:
        return QCoreApplication.translate("ReportsPage", "Носитель защищён от записи.")
    if exc.errno == errno.ENOENT:
        return QCoreApplication.translate("ReportsPage", "Такой папки нет.")
    return QCoreApplication.translate("ReportsPage", "Ошибка записи: {0}").format(exc.strerror or exc)


def print_pdf(pdf: Path, printer, dpi: int = 300) -> int:
    """Draw each page of a PDF on the printer, scaled to the printable area; the pages drawn."""
    from PySide6.QtPdf import QPdfDocument
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            width, height = int(points.width() * scale), int(points.height() * scale)
            # Rendered at no more than `dpi`: a 1200 dpi printer would need half a gigabyte a page.
            image_width = max(min(width, int(points.width() / 72 * dpi)), 1)
            image = document.render(page, QSize(image_width, max(int(image_width * height / max(width, 1)), 1)))
            target = QRect(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2,
                           width, height)
            painter.drawImage(target, image)
        return document.pageCount()
    finally:
        painter.end()
        document.close()
