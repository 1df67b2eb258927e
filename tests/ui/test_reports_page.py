"""Отчёты, driven as the deputy and a class teacher would: pick a report and a class, build it, read the
preview, save it as PDF and .xlsx, cancel a long build, print. On the small demo school, today 2026-11-27.

The kinds here are registered by the test (report_kinds.kinds patched) and read the real journal through
services: a class list with a count per class and a chart, a slow one to cancel, one that needs a pupil,
one that refuses."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import printing_pdf as pdf
import pytest
from journal_testing import DEMO_TODAY
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QTableView
from sqlalchemy import func, select

from ejournal_desktop.domain.names import person_sort_key
from ejournal_desktop.printing.report import BarChart, Column, Report, Table
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.errors import Cancelled, ServiceError
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports import options as report_options
from ejournal_desktop.storage.models import Enrollment, SchoolClass
from ejournal_desktop.ui.reports_page import ReportsPage, ReportTableModel
from ejournal_desktop.ui.verify_dialog import VerifyDialog

pytestmark = pytest.mark.gui


# --- kinds made for the test, over the real journal ---------------------------------------------------------

def _class_list(db, actor, request, *, progress=None, cancelled=None) -> Report:
    opts = report_options.options(db, actor, request.today)
    labels = [request.class_label] if request.class_label else [c.label for c in opts.classes]
    rows, counts = [], []
    for done, label in enumerate(labels):
        if progress:
            progress(done, len(labels), label)
        pupils = report_options.pupils(db, actor, label)
        rows += [(len(rows) + i, name, label) for i, (_id, name) in enumerate(pupils, start=1)]
        counts.append(len(pupils))
    total = sum(counts)
    per_class = Table("По классам", [Column("Класс", 1.5), Column("Учеников", 1.2, "int"),
                                     Column("Доля", 1.2, "percent")],
                      [(label, n, 100 * n / total) for label, n in zip(labels, counts, strict=True)],
                      totals=("Итого", total, 100.0))
    subtitle = " ".join(filter(None, [request.class_label, str(request.period)]))
    return Report("Списки классов", "МБОУ СОШ № 1", subtitle,
                  [Table("Ученики", [Column("№", 0.6, "int"), Column("Ученик", 4), Column("Класс", 1)], rows),
                   per_class, BarChart("Учеников в классе", labels, [("Учеников", [float(n) for n in counts])])])


def _slow(db, actor, request, *, progress=None, cancelled=None) -> Report:
    for step in range(400):
        if cancelled and cancelled():
            raise Cancelled("Построение отчёта отменено.")
        if progress:
            progress(step, 400, f"шаг {step}")
        time.sleep(0.02)
    return _class_list(db, actor, request)


def _pupil(db, actor, request, *, progress=None, cancelled=None) -> Report:
    names = dict(report_options.pupils(db, actor, request.class_label))
    return Report("Отчёт об ученике", "МБОУ СОШ № 1", names[request.pupil_id],
                  [Table("Ученик", [Column("ФИО", 4)], [(names[request.pupil_id],)])], landscape=False)


def _refusing(db, actor, request, *, progress=None, cancelled=None) -> Report:
    raise ServiceError("За выбранный период в журнале нет отметок: отчёт строить не по чему.")


KINDS = [
    report_kinds.ReportKind("class-list", "Списки классов", frozenset({"period"}),
                            frozenset({"class", "period"}), _class_list),
    report_kinds.ReportKind("slow", "Долгий отчёт", frozenset(), frozenset({"class"}), _slow),
    report_kinds.ReportKind("pupil-card", "Карточка ученика", frozenset({"class", "pupil"}),
                            frozenset({"class", "pupil"}), _pupil),
    report_kinds.ReportKind("empty", "Пустой отчёт", frozenset({"month"}), frozenset({"month"}), _refusing),
]


@pytest.fixture
def fake_kinds(monkeypatch):
    monkeypatch.setattr(report_kinds, "kinds", lambda: list(KINDS))


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


def make_page(qtbot, db, actor) -> ReportsPage:
    page = ReportsPage(db, actor, today=lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page


@pytest.fixture
def out(tmp_path) -> Path:
    """A folder for the saved files alone (tmp_path also holds the test's database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def finish(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=30_000)


def pupils_in(db, label: str) -> int:
    """Everyone ever enrolled in the class this year, counted straight from the enrolments."""
    grade, letter = int(label[:-1]), label[-1]
    with db.session() as s:
        return s.scalar(select(func.count(func.distinct(Enrollment.pupil_id)))
                        .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                        .where(SchoolClass.grade == grade, SchoolClass.letter == letter))


def preview_models(page) -> list[ReportTableModel]:
    tabs = page.ui.preview
    return [tabs.widget(i).findChild(QTableView).model() for i in range(tabs.count())
            if tabs.widget(i).findChild(QTableView) is not None]


def workbook_values(book) -> set[str]:
    return {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None}


def cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


# --- building and the preview -------------------------------------------------------------------------------

def test_the_deputy_builds_a_class_report_and_sees_its_rows(qtbot, qtmodeltester, fake_kinds, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    assert [page.ui.kinds.item(i).text() for i in range(page.ui.kinds.count())] == [k.label for k in KINDS]
    assert page.ui.heading.text() == "Списки классов"
    assert page.class_choices() == [None, "2А", "5А", "10А"]
    assert page.ui.classCombo.itemText(0) == "Вся школа"
    periods = [page.ui.periodCombo.itemText(i) for i in range(page.ui.periodCombo.count())]
    assert periods == ["1 четверть / 1 полугодие", "2 четверть / 2 полугодие", "3 четверть", "4 четверть", "Год"]
    page.select_class("5А")
    periods = [page.ui.periodCombo.itemText(i) for i in range(page.ui.periodCombo.count())]
    assert periods == ["1 четверть", "2 четверть", "3 четверть", "4 четверть", "Год"]
    assert page.ui.periodCombo.currentText() == "2 четверть"  # the quarter that holds 27 November
    assert page.ui.monthCombo.isHidden() and page.ui.pupilCombo.isHidden()
    assert not page.ui.savePdf.isEnabled()

    qtbot.mouseClick(page.ui.build, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    tabs = page.ui.preview
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Ученики", "По классам", "Учеников в классе"]
    pupils, per_class = preview_models(page)
    n = pupils_in(small_demo, "5А")
    assert n > 10 and pupils.rowCount() == n
    assert {row[2] for row in cells(pupils)} == {"5А"}
    assert cells(per_class) == [["5А", str(n), "100,0%"], ["Итого", str(n), "100,0%"]]
    # Numbers stand right, names left; the totals row is bold.
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert per_class.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    assert per_class.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == left
    assert per_class.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert per_class.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    assert "Списки классов" in page.ui.reportTitle.text() and "5А 2" in page.ui.reportTitle.text()
    assert page.ui.savePdf.isEnabled() and page.ui.saveXlsx.isEnabled()
    assert f"строк в таблицах — {n + 1}" in page.ui.message.text()
    qtmodeltester.check(per_class, force_py=True)


def test_the_whole_school_report_shares_add_up(qtbot, fake_kinds, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "director"))
    page.select_class(None)
    page.build()
    finish(qtbot, page)
    _pupils, per_class = preview_models(page)
    counts = {label: pupils_in(small_demo, label) for label in ("2А", "5А", "10А")}
    total = sum(counts.values())
    rows = cells(per_class)
    assert rows[:-1] == [[label, str(n), f"{100 * n / total:.1f}%".replace(".", ",")]
                         for label, n in counts.items()]
    assert rows[-1] == ["Итого", str(total), "100,0%"]


def test_saved_pdf_and_workbook_hold_the_report(qtbot, fake_kinds, small_demo, out, monkeypatch):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_class("5А")
    page.build()
    finish(qtbot, page)
    first_pupil = preview_models(page)[0].index(0, 1).data()

    proposed = []

    def save_as(target: Path):
        def fake(_parent, _title, start, _filter):
            proposed.append(Path(start).name)
            return str(target), ""
        return fake

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(out / "отчёт"))
    qtbot.mouseClick(page.ui.savePdf, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert proposed == ["Списки классов 5А 2 четверть.pdf"]
    saved = out / "отчёт.pdf"   # the extension is added when the name has none
    assert page.saved == saved and "Отчёт сохранён" in page.ui.message.text()
    texts = pdf.page_texts(saved.read_bytes())
    assert any("Списки классов" in t for t in texts) and any(first_pupil in t for t in texts)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(out / "отчёт.xlsx"))
    qtbot.mouseClick(page.ui.saveXlsx, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert proposed[-1] == "Списки классов 5А 2 четверть.xlsx"
    book = openpyxl.load_workbook(out / "отчёт.xlsx")
    values = workbook_values(book)
    assert first_pupil in values and "Итого" in values
    assert sorted(p.name for p in out.iterdir()) == ["отчёт.pdf", "отчёт.xlsx"]


def test_a_save_that_cannot_be_written_says_why_and_leaves_nothing(qtbot, fake_kinds, small_demo, out):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_class("2А")
    page.build()
    finish(qtbot, page)
    blocker = out / "файл"
    blocker.write_text("не папка")
    page.save("pdf", blocker / "отчёт.pdf")
    finish(qtbot, page)
    message = page.ui.message.text()
    assert message.startswith("Файл «отчёт.pdf» не сохранён.") and "Traceback" not in message
    assert "папки нет" in message or "Ошибка записи" in message
    assert sorted(p.name for p in out.iterdir()) == ["файл"]


def test_printing_lays_every_page_on_the_printer(qtbot, fake_kinds, small_demo, out):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_class(None)
    page.build()
    finish(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    page.print_to(printer)
    finish(qtbot, page)
    assert "отправлен на печать" in page.ui.message.text()
    sheets = int(page.ui.message.text().split("—")[1].strip(" ."))
    assert len(pdf.page_sizes((out / "printed.pdf").read_bytes())) == sheets >= 1


# --- cancelling, refusals, parameters -----------------------------------------------------------------------

def test_cancel_stops_the_build_and_keeps_nothing(qtbot, fake_kinds, small_demo, out):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_kind("slow")
    task = page.build()
    qtbot.waitUntil(lambda: page.progress_dialog.value() > 2, timeout=10_000)
    assert not page.ui.build.isEnabled()
    started = time.monotonic()
    page.progress_dialog.canceled.emit()   # the dialog's Cancel button
    finish(qtbot, page)
    assert time.monotonic() - started < 5   # stopped, not run to the end (400 × 20 ms)
    assert task.error is not None and isinstance(task.error, Cancelled)
    assert page.report is None and page.ui.preview.count() == 0
    assert "отменено" in page.ui.message.text()
    assert not page.ui.savePdf.isEnabled() and page.ui.build.isEnabled()
    assert list(out.iterdir()) == []


def test_a_refusal_of_the_service_shows_in_the_page(qtbot, fake_kinds, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_kind("empty")
    assert page.ui.classCombo.isHidden() and not page.ui.monthCombo.isHidden()
    assert page.ui.monthCombo.currentText() == "ноябрь 2026"
    months = [page.ui.monthCombo.itemText(i) for i in range(page.ui.monthCombo.count())]
    assert months[0] == "сентябрь 2026" and "май 2027" in months
    page.build()
    finish(qtbot, page)
    assert page.ui.message.text() == ("Отчёт не сформирован. За выбранный период в журнале нет отметок: "
                                      "отчёт строить не по чему.")
    assert page.report is None


def test_the_pupil_report_needs_a_class_and_lists_its_pupils(qtbot, fake_kinds, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_kind("pupil-card")
    assert page.class_choices() == ["2А", "5А", "10А"]     # no «Вся школа»: a pupil is in a class
    page.select_class("10А")
    names = [page.ui.pupilCombo.itemText(i) for i in range(page.ui.pupilCombo.count())]
    assert len(names) == pupils_in(small_demo, "10А")
    assert names == sorted(names, key=lambda n: person_sort_key(*n.split()))
    page.ui.pupilCombo.setCurrentIndex(2)
    page.build()
    finish(qtbot, page)
    assert page.report.subtitle == names[2]
    assert page.default_path("pdf").name == f"Карточка ученика 10А {names[2]}.pdf"


def test_a_class_teacher_chooses_only_the_own_class(qtbot, fake_kinds, small_demo):
    teacher = login(small_demo, "teacher02")   # class teacher of 5А, also teaches in 10А
    page = make_page(qtbot, small_demo, teacher)
    assert page.class_choices() == ["5А"]
    page.select_kind("pupil-card")
    assert page.class_choices() == ["5А"]
    assert page.ui.pupilCombo.count() == pupils_in(small_demo, "5А")
    with pytest.raises(ServiceError, match="Класса «10А» нет среди классов"):
        report_options.pupils(small_demo, teacher, "10А")
    with pytest.raises(ServiceError):
        report_options.periods(small_demo, teacher, None)   # the whole school is not the own class


def test_the_verify_button_opens_the_printout_check(qtbot, fake_kinds, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "director"))
    qtbot.mouseClick(page.ui.verifyPrintout, Qt.MouseButton.LeftButton)
    dialogs = [w for w in page.findChildren(VerifyDialog) if w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "Проверка распечатки"
    dialogs[0].close()


# --- the registry's own kinds -------------------------------------------------------------------------------

def test_the_page_lists_every_kind_of_the_registry(qtbot, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "director"))
    labels = [page.ui.kinds.item(i).text() for i in range(page.ui.kinds.count())]
    assert labels == [k.label for k in report_kinds.kinds()] and len(labels) >= 5


def test_the_progress_report_of_a_class_previews_as_it_saves(qtbot, small_demo, out):
    page = make_page(qtbot, small_demo, login(small_demo, "zavuch"))
    page.select_kind("progress")
    page.select_class("5А")
    page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findText("1 четверть"))
    qtbot.mouseClick(page.ui.build, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    report = page.report
    assert report is not None and "5А" in report.subtitle
    models = preview_models(page)
    assert len(models) == len(report.tables()) >= 1
    first, table = models[0], report.tables()[0]
    shown = cells(first)
    assert len(shown) == len(table.rows) + (table.totals is not None) > 1
    subjects = [row[0] for row in shown]
    assert "Математика" in subjects and "Русский язык" in subjects
    charts = [page.ui.preview.widget(i).findChild(QChartView) for i in range(page.ui.preview.count())]
    charts = [c for c in charts if c is not None]
    assert len(charts) == len(report.charts())
    for view, chart in zip(charts, report.charts(), strict=True):
        [series] = view.chart().series()
        assert [s.label() for s in series.barSets()] == [name for name, _ in chart.series]

    page.save("pdf", out / "progress.pdf")
    finish(qtbot, page)
    text = " ".join(pdf.page_texts((out / "progress.pdf").read_bytes()))
    assert "Математика" in text and "5А" in text
    page.save("xlsx", out / "progress.xlsx")
    finish(qtbot, page)
    book = openpyxl.load_workbook(out / "progress.xlsx")
    values = workbook_values(book)
    assert {"Математика", "Русский язык"} <= values
    assert sorted(p.name for p in out.iterdir()) == ["progress.pdf", "progress.xlsx"]


def test_a_class_teacher_gets_the_own_class_in_every_kind(qtbot, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "teacher01"))   # class teacher of 2А
    for kind in report_kinds.kinds():
        page.select_kind(kind.key)
        if not page.ui.classCombo.isHidden():
            assert page.class_choices() == ["2А"], kind.key


def test_the_summary_sheet_is_saved_in_its_paper_form_and_its_code_verifies(qtbot, small_demo, out):
    page = make_page(qtbot, small_demo, login(small_demo, "director"))
    page.select_kind("summary-sheet")
    page.select_class("5А")
    page.build()
    finish(qtbot, page)
    assert page.default_path("pdf").name == "Сводная ведомость успеваемости 5А.pdf"
    page.save("pdf", out / "ведомость.pdf")
    finish(qtbot, page)
    texts = pdf.page_texts((out / "ведомость.pdf").read_bytes())
    assert "Сводная ведомость" in texts[0] and "5А" in texts[0]
    footer = texts[0].split("ejournal print verify ", 1)[1]   # the paper form's own footer, with its code
    dialog = page.open_verify_dialog()
    dialog.ui.code.setText(footer.split()[0])                  # copied with the closing «»» as it is
    qtbot.mouseClick(dialog.ui.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30_000)
    assert dialog.ui.verdict.text() == "✓ Совпадает: журнал содержит в точности то, что напечатано."
    assert "сводная ведомость · 5А" in dialog.ui.printout.text()
    dialog.close()


def test_a_teacher_without_a_class_is_told_why_there_is_no_class_to_choose(qtbot, small_demo):
    page = make_page(qtbot, small_demo, login(small_demo, "teacher05"))
    assert page.class_choices() == []
    assert "своего класса у вас нет" in page.ui.message.text()
    page.select_kind("progress")
    assert page.class_choices() == []
    assert page.build() is None and page.task is None
    assert page.ui.message.text() == "Отчёт «Отчёт об успеваемости»: нет класса, по которому вам доступны отчёты."


def test_the_director_prints_a_class_book_from_the_page(qtbot, small_demo, out):
    """The real registry: «Классный журнал» previews the book's subjects, saves only as PDF, and the file
    is the printed journal with the director's certification page."""
    page = make_page(qtbot, small_demo, login(small_demo, "director"))
    page.select_kind("class-book")
    assert None not in page.class_choices()  # a book is one class's
    page.select_class("5А")
    page.ui.periodCombo.setCurrentIndex(0)
    page.build()
    finish(qtbot, page)
    subjects = [row[1] for row in cells(preview_models(page)[0])]
    assert "Математика" in subjects
    assert page.ui.savePdf.isEnabled() and not page.ui.saveXlsx.isEnabled()
    page.save("pdf", out / "журнал 5А.pdf")
    finish(qtbot, page)
    texts = pdf.page_texts((out / "журнал 5А.pdf").read_bytes())
    assert "Классный журнал" in texts[0] and "Заверение журнала" in texts[-1]
