"""`ejournal roster import|export|template` from a script's point of view: exit codes 0 / 1 / 2,
each problem on stderr with its row number, nothing written when a row is bad."""

from __future__ import annotations

from pathlib import Path

from journal_testing import TEST_KEY_HEX, ejournal
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select


def workbook(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    wb.save(path)
    return path


HEAD = ["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс", "Мать", "Телефон матери"]
GOOD = [HEAD,
        ["Громов", "Артём", "Андреевич", "05.06.2015", "м", "5А", "Громова Елена Викторовна", "89000000001"],
        ["Лосева", "Вера", "Ивановна", "11.10.2018", "ж", "2А", "", ""]]
BAD = GOOD + [["Смирнов", "Олег", "", "31.02.2015", "м", "5А", "", ""],
              ["Кузнецов", "Илья", "", "12.05.2015", "м", "5Г", "", ""]]


def pupils(path: Path) -> int:
    from ejournal_desktop.storage import database
    from ejournal_desktop.storage.models import Pupil
    db = database.open_file(path, key=bytes.fromhex(TEST_KEY_HEX))
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(Pupil))
    finally:
        db.close()


def run(db: Path, *args: str, user: str = "admin"):
    return ejournal("--db", str(db), "--user", user, "roster", *args, password="demo")


def test_bad_rows_are_printed_with_row_numbers_and_nothing_is_written(small_demo_path, tmp_path):
    before = pupils(small_demo_path)
    r = run(small_demo_path, "import", str(workbook(tmp_path / "bad.xlsx", BAD)))
    assert r.returncode == 1
    assert "Ничего не записано" in r.stderr
    assert "строка 4: Дата рождения: такой даты нет" in r.stderr
    assert "строка 5: Класс: класса 5Г" in r.stderr
    assert "Traceback" not in r.stderr
    assert pupils(small_demo_path) == before


def test_dry_run_writes_nothing_and_exits_by_validity(small_demo_path, tmp_path):
    before = pupils(small_demo_path)
    good = run(small_demo_path, "import", "--dry-run", str(workbook(tmp_path / "good.xlsx", GOOD)))
    assert good.returncode == 0, good.stderr
    assert "верных 2" in good.stdout and "Ничего не записано" in good.stdout
    bad = run(small_demo_path, "import", "--dry-run", str(workbook(tmp_path / "bad.xlsx", BAD)))
    assert bad.returncode == 1 and "строка 4" in bad.stderr
    assert pupils(small_demo_path) == before


def test_good_file_imports_with_order_and_date(small_demo_path, tmp_path):
    before = pupils(small_demo_path)
    r = run(small_demo_path, "import", str(workbook(tmp_path / "good.xlsx", GOOD)), "--order", "87-у",
            "--date", "2026-11-30", "--json", user="secretary")
    assert r.returncode == 0, r.stderr
    assert '"pupils": 2' in r.stdout and '"order_number": "87-у"' in r.stdout
    assert pupils(small_demo_path) == before + 2


def test_skip_bad_rows_imports_the_good_ones_and_names_the_rest(small_demo_path, tmp_path):
    before = pupils(small_demo_path)
    r = run(small_demo_path, "import", str(workbook(tmp_path / "bad.xlsx", BAD)), "--skip-bad-rows")
    assert r.returncode == 0, r.stderr
    assert "Импортировано учеников: 2" in r.stdout
    assert "Пропущено строк с ошибками: 2" in r.stderr and "строка 5" in r.stderr
    assert pupils(small_demo_path) == before + 2


def test_a_teacher_is_refused(small_demo_path, tmp_path):
    r = run(small_demo_path, "import", str(workbook(tmp_path / "good.xlsx", GOOD)), user="teacher01")
    assert r.returncode == 1 and "Нет права" in r.stderr


def test_export_a_class(small_demo_path, tmp_path):
    out = tmp_path / "5А.xlsx"
    r = run(small_demo_path, "export", "--class", "5А", "--out", str(out), user="secretary")
    assert r.returncode == 0, r.stderr
    assert load_workbook(out).active["A1"].value.startswith("Список обучающихся 5А класса")
    missing = run(small_demo_path, "export", "--class", "9Я", "--out", str(out))
    assert missing.returncode == 1 and "9Я" in missing.stderr


def test_template_and_bad_usage(small_demo_path, tmp_path):
    r = ejournal("roster", "template", "--out", str(tmp_path / "t.xlsx"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "t.xlsx").read_bytes().startswith(b"PK")
    assert ejournal("roster", "template", "--out", str(tmp_path / "t.pdf")).returncode == 2
    assert run(small_demo_path, "import").returncode == 2
    assert run(small_demo_path, "import", "x.xlsx", "--date", "30.11.2026").returncode == 2
    missing = run(small_demo_path, "import", str(tmp_path / "none.xlsx"))
    assert missing.returncode == 1 and "не найден" in missing.stderr
