"""Администрирование → Обмен данными, driven as an administrator would: export the school, check a file
(its sections and every problem with its JSON path shown before anything is written), load a good one."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import AcademicYear, Mark
from ejournal_desktop.ui.exchange_page import ExchangePage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, small_demo):
    admin = accounts.authenticate(small_demo, "admin", "demo")
    page = ExchangePage(small_demo, admin)
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    return page


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def finish(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.task is not None and not page.task.running, timeout=60_000)


def cells(page) -> dict[str, tuple]:
    m = page.model
    return {m.index(r, 0).data(): (m.index(r, 1).data(), m.index(r, 2).data()) for r in range(m.rowCount())}


def export(qtbot, page, path) -> dict:
    page.export_to(path)
    finish(qtbot, page)
    return json.loads(path.read_text(encoding="utf-8"))


def test_export_writes_the_file_and_says_it_holds_personal_data(qtbot, page, tmp_path, messages):
    doc = export(qtbot, page, tmp_path / "school.json")
    assert doc["format"] == "ejournal-exchange" and doc["marks"]
    assert "Файл обмена сохранён" in page.ui.details.toPlainText()
    assert "персональные данные" in page.ui.details.toPlainText()
    assert messages == []


def test_a_bad_file_is_shown_with_its_problems_and_cannot_be_loaded(qtbot, page, small_demo, tmp_path, messages):
    doc = export(qtbot, page, tmp_path / "school.json")
    doc["marks"][7]["pupil"] = "pupil-404"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    page.preview_file(bad)
    finish(qtbot, page)
    shown = cells(page)
    assert shown["Отметки"][0] == f"{len(doc['marks']):,}".replace(",", " ")
    report = page.ui.report.toPlainText()
    assert "$.marks[7].pupil: нет записи с id «pupil-404»" in report
    assert "Ничего не будет записано" in report
    assert not page.ui.importButton.isEnabled()
    # the same school's own file: the year is there already, so it is refused before anything is tried
    page.preview_file(tmp_path / "school.json")
    finish(qtbot, page)
    assert "$.academic_years[0].start_year" in page.ui.report.toPlainText()
    assert cells(page)["Ученики"][1] == str(len(doc["pupils"]))  # already in the database: linked
    assert not page.ui.importButton.isEnabled()


def test_a_good_file_is_previewed_then_loaded(qtbot, page, small_demo, tmp_path, messages):
    doc = export(qtbot, page, tmp_path / "school.json")
    for y in doc["academic_years"]:
        y["start_year"] += 1
    for section, names in (("periods", ("start", "end")), ("holidays", ("start", "end")), ("lessons", ("date",)),
                           ("enrollments", ("arrived_on", "departed_on")), ("timetable", ("valid_from", "valid_to"))):
        for r in doc[section]:
            for n in names:
                if r.get(n):
                    r[n] = (dt.date.fromisoformat(r[n]) + dt.timedelta(days=364)).isoformat()
    good = tmp_path / "next-year.json"
    good.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with small_demo.session() as s:
        marks = s.scalar(select(func.count()).select_from(Mark))
    page.preview_file(good)
    finish(qtbot, page)
    assert "Ошибок нет" in page.ui.report.toPlainText()
    assert page.ui.importButton.isEnabled()
    page.grab().save(str(tmp_path / "exchange.png"))
    if (out := __import__("os").environ.get("EXCHANGE_PNG")):
        page.grab().save(out)
    with qtbot.waitSignal(page.imported, timeout=60_000):
        qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert "Загружено из next-year.json" in page.ui.details.toPlainText()
    assert not page.ui.importButton.isEnabled()  # a file is loaded once
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Mark)) == 2 * marks
        assert sorted(s.scalars(select(AcademicYear.start_year))) == [2026, 2027]
    assert messages == []


def test_oneroster_export_and_a_bad_oneroster_zip_shown_by_file_and_row(qtbot, page, tmp_path, messages):
    import zipfile
    out = tmp_path / "school.zip"
    page.export_oneroster_to(out)
    finish(qtbot, page)
    assert "OneRoster 1.2" in page.ui.details.toPlainText() and zipfile.is_zipfile(out)
    with zipfile.ZipFile(out) as z:
        files = {n: z.read(n) for n in z.namelist()}
    files["users.csv"] = files["users.csv"].replace(b",true,", b",maybe,", 1)
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    page.preview_file(bad)
    finish(qtbot, page)
    assert "users.csv, строка 2, enabledUser: «maybe»: допустимы true, false" in page.ui.report.toPlainText()
    assert not page.ui.importButton.isEnabled()
