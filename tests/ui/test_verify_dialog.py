"""«Проверка распечатки»: print journal pages through the services, type the code from the sheet's footer
into the dialog, read its answer; change a mark and check again. On the small demo school."""

from __future__ import annotations

import datetime as dt
import json

import printing_pdf as pdf
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from ejournal_desktop.printing.verification import qr_payload
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.reports import printouts
from ejournal_desktop.storage.models import AuditEntry
from ejournal_desktop.ui.verify_dialog import SheetsModel, VerifyDialog

pytestmark = pytest.mark.gui

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)
OCTOBER, NOVEMBER = (2026, 10), (2026, 11)


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def printed(small_demo, tmp_path):
    """Mathematics of 5А for October and November, printed by the deputy: (course id, code, sheets)."""
    zavuch = login(small_demo, "zavuch")
    math = printouts.course_id_by_subject(small_demo, printouts.class_id_by_label(small_demo, "5А"),
                                          "Математика")[0]
    path = printouts.export_journal_pages(small_demo, zavuch, math, [OCTOBER, NOVEMBER], tmp_path / "m.pdf",
                                          now=NOW)
    texts = pdf.page_texts(path.read_bytes())
    code = texts[0].split(" · код ", 1)[1].split()[0]   # as the footer prints it
    return math, code, len(texts)


@pytest.fixture
def dialog(qtbot, small_demo):
    dialog = VerifyDialog(small_demo, login(small_demo, "director"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def check(qtbot, dialog, text: str | None = None) -> None:
    if text is not None:
        dialog.ui.code.setText(text)
    qtbot.mouseClick(dialog.ui.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.running, timeout=30_000)


def sheet_results(dialog) -> list[str]:
    model = dialog.model
    return [model.index(r, SheetsModel.RESULT).data() for r in range(model.rowCount())]


def single_mark_in_october(db, course_id: int):
    zavuch = login(db, "zavuch")
    period = next(p for p in journal.periods_for(db, course_id) if p.start <= dt.date(2026, 10, 28)
                  and p.end >= dt.date(2026, 10, 1))
    grid = journal.load_grid(db, zavuch, course_id, period.id, now=NOW)
    for column in grid.columns:
        if (column.date.year, column.date.month) != OCTOBER:
            continue
        for row in grid.rows:
            cells = row.marks.get(column.lesson_id, ())
            if len(cells) == 1 and not row.attendance.get(column.lesson_id):
                return column, row, cells[0]
    raise AssertionError("no single mark in October")


def test_the_code_from_the_sheet_says_the_printout_matches(qtbot, qtmodeltester, dialog, printed):
    _math, code, sheets = printed
    check(qtbot, dialog, code)
    verdict = dialog.ui.verdict.text()
    assert verdict == "✓ Совпадает: журнал содержит в точности то, что напечатано."
    assert f"Распечатка {code}: страницы журнала 5А · Математика" in dialog.ui.printout.text()
    assert f"листов: {sheets}" in dialog.ui.printout.text() and "zavuch" in dialog.ui.printout.text()
    assert sheet_results(dialog) == ["совпадает"] * sheets
    assert dialog.model.index(0, SheetsModel.SHEET).data() == f"1 из {sheets}"
    qtmodeltester.check(dialog.model, force_py=True)
    # Typed in lower case and without the dash, the code is the same code.
    check(qtbot, dialog, code.lower().replace("-", ""))
    assert dialog.result.ok and dialog.ui.verdict.text().startswith("✓")


def test_after_a_mark_is_changed_the_dialog_names_the_sheet_and_what_changed(qtbot, small_demo, dialog, printed):
    math, code, sheets = printed
    column, row, mark = single_mark_in_october(small_demo, math)
    journal.put_marks(small_demo, login(small_demo, "zavuch"), column.lesson_id, row.pupil_id,
                      "3" if mark.value != "3" else "4", work_type_id=mark.work_type_id,
                      now=dt.datetime(column.date.year, column.date.month, column.date.day, 15, tzinfo=MSK))
    check(qtbot, dialog, code)
    results = sheet_results(dialog)
    changed = [n for n, text in enumerate(results, start=1) if text != "совпадает"]
    assert len(changed) == 1
    assert results[changed[0] - 1] == "отметка изменена после печати"
    verdict = dialog.ui.verdict.text()
    assert verdict == f"✗ Не совпадает: после печати журнал изменён, не совпадают листы: {changed[0]}."
    assert dialog.model.index(changed[0] - 1, SheetsModel.RESULT).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.model.index(0 if changed[0] != 1 else 1, SheetsModel.RESULT).data(
        Qt.ItemDataRole.ForegroundRole) is None


def test_a_qr_text_from_a_file_checks_that_one_sheet(qtbot, small_demo, dialog, printed, tmp_path):
    _math, code, sheets = printed
    with small_demo.session() as s:
        entry = json.loads(s.scalar(select(AuditEntry.new).where(AuditEntry.action == "print")))
    scanned = tmp_path / "qr.txt"
    scanned.write_text("\n" + qr_payload(code, 2, entry["pages"][1]["sha256"]) + "\n", encoding="utf-8")
    dialog.load_file(scanned)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30_000)
    assert dialog.ui.code.text().startswith("EJ1:")
    assert dialog.ui.verdict.text() == "✓ Лист 2 совпадает с журналом."
    assert sheet_results(dialog) == ["совпадает"]
    assert dialog.model.index(0, SheetsModel.SHEET).data() == f"2 из {sheets}"
    # A QR text whose hash is not the registry's: the sheet is not this printout's.
    scanned.write_text(qr_payload(code, 2, "0" * 64), encoding="utf-8")
    dialog.load_file(scanned)
    qtbot.waitUntil(lambda: not dialog.task.running, timeout=30_000)
    assert dialog.ui.verdict.text() == "✗ Не совпадает: лист не подтверждён реестром печати."
    assert "не совпадает с реестром печати" in dialog.ui.printout.text()


def test_an_unknown_code_and_an_empty_field_get_a_plain_answer(qtbot, dialog, printed):
    check(qtbot, dialog, "ZZZZ-ZZZZ")
    assert dialog.ui.verdict.text() == "✗ Распечатки с кодом «ZZZZ-ZZZZ» нет в реестре печати этого журнала."
    assert dialog.model.rowCount() == 0
    dialog.ui.code.clear()
    qtbot.mouseClick(dialog.ui.check, Qt.MouseButton.LeftButton)
    assert dialog.ui.verdict.text().startswith("Введите код документа")


def test_a_pupil_account_may_not_check_a_printout(qtbot, small_demo, printed):
    _math, code, _sheets = printed
    dialog = VerifyDialog(small_demo, login(small_demo, "pupil-5a-01"), code=code)
    qtbot.addWidget(dialog)
    check(qtbot, dialog)
    assert dialog.ui.verdict.text().startswith("✗ ") and dialog.result is None
    assert "Traceback" not in dialog.ui.verdict.text()
