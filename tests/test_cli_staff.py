"""`ejournal staff list` and `ejournal plan import` as a script runs them, through `cli.main` in-process."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from ejournal_desktop import cli
from ejournal_desktop.storage.models import Course, SchoolClass, Subject, ThematicPlanItem


@pytest.fixture
def run(monkeypatch, small_demo_path, capsys):
    monkeypatch.setenv("EJOURNAL_PASSWORD", "demo")

    def call(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", str(small_demo_path), "--user", "zavuch", *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    return call


def music_5a(path) -> int:
    from ejournal_desktop.services.access.files import open_journal
    db = open_journal(path)
    try:
        with db.session() as s:
            return s.scalar(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                            .join(Subject, Subject.id == Course.subject_id)
                            .where(SchoolClass.grade == 5, Subject.name == "Музыка"))
    finally:
        db.close()


def plan_count(path) -> int:
    from ejournal_desktop.services.access.files import open_journal
    db = open_journal(path)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(ThematicPlanItem))
    finally:
        db.close()


def test_staff_list_as_json(run):
    code, out, _err = run("staff", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert any(r["position"] == "директор" for r in rows)
    assert any("Английский язык" in r["subjects"] and r["hours_per_week"] > 0 for r in rows)


def test_plan_import_names_bad_rows_and_exits_1_then_imports_a_good_file(run, small_demo_path, tmp_path):
    course = music_5a(small_demo_path)
    bad = tmp_path / "bad.xlsx"
    wb = Workbook()
    wb.active.append(["№", "Тема урока", "Часы"])
    wb.active.append([1, "Фольклор", 1])
    wb.active.append([2, "Песня", "много"])
    wb.save(bad)
    code, _out, err = run("plan", "import", str(bad), "--course", str(course))
    assert code == 1 and "строка 3: Часы: «много»" in err and "КТП не загружен" in err
    assert plan_count(small_demo_path) == 0

    good = tmp_path / "good.xlsx"
    wb = Workbook()
    wb.active.append(["№", "Тема урока", "Часы"])
    for i in range(1, 41):
        wb.active.append([i, f"Тема {i}", 1])
    wb.save(good)
    code, out, err = run("plan", "import", str(good), "--course", str(course), "--fill-topics", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["imported"] and data["items"] == 40 and data["topics"]["filled"] > 0
    assert plan_count(small_demo_path) == 40
