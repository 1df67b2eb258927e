"""`ejournal setup …` as a school runs it: from an empty `init` through the set-up workbook to a journal
teachers can work in (issue 15)."""

from __future__ import annotations

import datetime as dt
import json

from openpyxl import load_workbook

from ejournal_desktop import cli

PASSWORD = "Secret-pass-2026"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _fill(path, start_year: int) -> None:
    wb = load_workbook(path)
    wb["Год и периоды"].append([f"{start_year}/{start_year + 1}", "полугодие", 1, dt.date(start_year, 9, 1),
                                dt.date(start_year, 12, 28), 1, 11])
    wb["Год и периоды"].append([f"{start_year}/{start_year + 1}", "полугодие", 2, dt.date(start_year + 1, 1, 9),
                                dt.date(start_year + 1, 8, 31), 1, 11])
    wb["Каникулы"].append(["зимние каникулы", dt.date(start_year, 12, 29), dt.date(start_year + 1, 1, 8)])
    wb["Сотрудники"].append(["Соколова", "Анна", "Петровна", "учитель математики"])
    wb["Сотрудники"].append(["Орлов", "Игорь", "", "учитель английского языка"])
    wb["Классы"].append(["5А", 1, "Соколова Анна Петровна"])
    wb["Учебный план"].append(["5А", "Математика", 5, "Соколова Анна Петровна", ""])
    wb["Учебный план"].append(["5А", "Английский язык", 3, "Орлов Игорь", "1 группа"])
    wb["Учебный план"].append(["5А", "Английский язык", 3, "Соколова Анна Петровна", "2 группа"])
    for day in ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб"):
        wb["Расписание"].append(["5А", day, 1, "Математика", "", "12"])
        wb["Расписание"].append(["5А", day, 2, "Английский язык", "1 группа", "21"])
        wb["Расписание"].append(["5А", day, 2, "Английский язык", "2 группа", "22"])
    wb["Ученики и родители"].append(["5А", "Белова", "Ксения", "Игоревна", "12.03.2015", "ж", "",
                                     "Белова Ольга Ивановна", "мать", "+7 900 111-22-33"])
    wb["Ученики и родители"].append(["5А", "Белов", "Кирилл", "Игоревич", "12.03.2015", "м",
                                     "Английский язык: 1 группа", "Белова Ольга Ивановна", "мать", "+7 900 111-22-33"])
    wb["Ученики и родители"].append(["5А", "Ёлкин", "Артём", "", "01.02.2015", "м"])
    wb.save(path)


def test_from_an_empty_init_through_setup_import_to_setup_check(tmp_path, capsys, monkeypatch, db_key):
    db = tmp_path / "school.db"
    book = tmp_path / "setup.xlsx"
    monkeypatch.setenv("EJOURNAL_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("EJOURNAL_PASSWORD", PASSWORD)
    assert _run(capsys, "--db", str(db), "init", "--school", "МБОУ СОШ № 3")[0] == 0
    code, out, err = _run(capsys, "--db", str(db), "--user", "admin", "setup", "check")
    assert code == 1 and "✗ Классы созданы: Нет ни одного класса." in out

    assert _run(capsys, "setup", "template", "--out", str(book))[0] == 0
    assert load_workbook(book).sheetnames == ["Год и периоды", "Каникулы", "Звонки", "Предметы", "Сотрудники",
                                              "Классы", "Учебный план", "Расписание", "Ученики и родители",
                                              "Пояснения"]
    today = dt.date.today()
    _fill(book, today.year if today.month >= 9 else today.year - 1)

    code, out, err = _run(capsys, "--db", str(db), "--user", "admin", "setup", "import", str(book), "--dry-run")
    assert code == 0 and "ничего не записано" in out
    assert _run(capsys, "--db", str(db), "--user", "admin", "setup", "check")[0] == 1

    code, out, err = _run(capsys, "--db", str(db), "--user", "admin", "setup", "import", str(book), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["counts"]["pupils"] == 3 and result["counts"]["guardians"] == 1
    assert result["counts"]["subgroups"] == 2 and result["counts"]["lessons"] > 0

    code, out, err = _run(capsys, "--db", str(db), "--user", "admin", "setup", "check", "--json")
    assert code == 0, out
    check = json.loads(out)
    assert check["ready"] and check["counts"]["classes"] == 1 and check["counts"]["courses"] == 3

    # The same workbook again: the class is there already, named by sheet, row and column; nothing written.
    code, out, err = _run(capsys, "--db", str(db), "--user", "admin", "setup", "import", str(book))
    assert code == 1
    assert "лист «Классы», строка 2, столбец «Класс»: 5А класс уже есть в журнале" in err


def test_setup_accounts_issues_the_staff_slips(tmp_path, capsys, monkeypatch, db_key):
    db = tmp_path / "school.db"
    monkeypatch.setenv("EJOURNAL_NEW_PASSWORD", PASSWORD)
    monkeypatch.setenv("EJOURNAL_PASSWORD", PASSWORD)
    assert _run(capsys, "--db", str(db), "init", "--school", "МБОУ СОШ № 3")[0] == 0
    book = tmp_path / "setup.xlsx"
    assert _run(capsys, "setup", "template", "--out", str(book))[0] == 0
    today = dt.date.today()
    _fill(book, today.year if today.month >= 9 else today.year - 1)
    assert _run(capsys, "--db", str(db), "--user", "admin", "setup", "import", str(book))[0] == 0
    code, out, err = _run(capsys, "--db", str(db), "--user", "admin", "setup", "accounts", "--staff",
                          "--out", str(tmp_path / "staff.pdf"))
    assert code == 0 and "Учётных записей создано: 2" in out and (tmp_path / "staff.pdf").exists()
    code, out, err = _run(capsys, "--db", str(db), "--user", "admin", "setup", "accounts", "--class", "5А",
                          "--out", str(tmp_path / "5a.pdf"), "--json")
    assert code == 0 and json.loads(out)["created"] == 4, err
