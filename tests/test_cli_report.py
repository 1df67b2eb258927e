"""`ejournal report KIND …` from a scheduled task's point of view, on the small demo school."""

from __future__ import annotations

import json

import pytest
from journal_testing import DEMO_TODAY, ejournal
from openpyxl import load_workbook
from pypdf import PdfReader

TODAY = DEMO_TODAY.isoformat()


def service_report(path, key: str, **request):
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.services.reports import kinds as report_kinds
    from ejournal_desktop.services.reports.kinds import ReportRequest
    from ejournal_desktop.storage import database
    db = database.open_file(path)
    try:
        return report_kinds.get(key).build(db, accounts.authenticate(db, "zavuch", "demo"),
                                           ReportRequest(today=DEMO_TODAY, **request))
    finally:
        db.close()


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_progress_of_a_class_to_a_file(small_demo_path, tmp_path, fmt):
    out = tmp_path / f"progress.{fmt}"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "report", "progress", "--class", "5А",
                 "--period", "1", "--format", fmt, "--out", str(out), "--today", TODAY, password="demo")
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stdout
    expected = service_report(small_demo_path, "progress", class_label="5А", period=1).tables()[0]
    if fmt == "pdf":
        text = " ".join(page.extract_text() for page in PdfReader(out).pages)
        assert "Отчёт об успеваемости" in text and "5А класс · 1 четверть" in text
        assert "Итого по классу" in text and "лист 1 из" in text
    else:
        sheet = load_workbook(out).worksheets[0]
        totals = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "Итого по классу")
        assert totals[2:6] == expected.totals[2:6]                # pupils and the counts of 5, 4, 3
        assert totals[8] == pytest.approx(expected.totals[8] / 100)  # the pass rate, a fraction shown as %


def test_attendance_of_the_whole_school_as_json(small_demo_path):
    r = ejournal("--db", str(small_demo_path), "--user", "director", "report", "attendance", "--period", "1",
                 "--today", TODAY, "--json", password="demo")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    classes = next(t for t in data["tables"] if t["title"] == "Итоги по классам")
    assert [row[0] for row in classes["rows"]] == ["2А", "5А", "10А"]
    assert classes["totals"][3] == sum(row[3] for row in classes["rows"]) > 0   # lessons missed
    assert {t["sheet"] for t in data["tables"]} == {"", "2А", "5А", "10А"}


def test_pupil_report_of_another_family_is_refused_and_unknown_kind_is_a_usage_error(small_demo_path, tmp_path):
    out = tmp_path / "pupil.pdf"
    own = ejournal("--db", str(small_demo_path), "--user", "parent-5a-01", "report", "pupil", "--pupil", "1",
                   "--out", str(out), password="demo")
    assert own.returncode == 1 and "Нет права" in own.stderr
    assert not out.exists()
    assert ejournal("--db", str(small_demo_path), "report", "nonsense", "--out", str(out)).returncode == 2
    bad = ejournal("--db", str(small_demo_path), "report", "progress", "--period", "первая", "--out", str(out))
    assert bad.returncode == 2 and "period" in bad.stderr


def test_every_kind_of_the_registry_is_a_command():
    from ejournal_desktop.services.reports import kinds as report_kinds
    r = ejournal("report", "--help")
    assert r.returncode == 0
    for kind in report_kinds.kinds():
        assert kind.key in r.stdout


def test_frdo_table_from_the_command_line(small_demo_path, tmp_path):
    out = tmp_path / "frdo.xlsx"
    r = ejournal("--db", str(small_demo_path), "--user", "admin", "report", "frdo", "--year", "2027",
                 "--format", "xlsx", "--out", str(out), password="demo")
    assert r.returncode == 0, r.stderr
    assert "ФИС ФРДО: аттестатов 0 за 2027 год" in r.stdout
    header = next(load_workbook(out).active.iter_rows(values_only=True))
    assert header[:3] == ("Название документа", "Вид документа", "Статус документа") and "СНИЛС" in header
