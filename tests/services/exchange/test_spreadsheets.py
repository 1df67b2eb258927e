"""Any spreadsheet a school holds (issue 20): class lists and КТП from .xls and .ods books (saved by
LibreOffice, committed under tests/services/data), text tables in KOI8-R and CP866 told apart from
Windows-1251, and a formula without its saved value refused naming the cell.

The small demo school: year 2026/2027, classes 2А, 5А, 10А; today 2026-11-27."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from journal_testing import DEMO_TODAY
from openpyxl import Workbook
from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.exchange import spreadsheets
from ejournal_desktop.services.people import roster_import
from ejournal_desktop.services.timetable import thematic_plan
from ejournal_desktop.storage.models import Pupil, Sex

DATA = Path(__file__).parent / "data"
TODAY = DEMO_TODAY


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def admin(small_demo):
    return login(small_demo, "admin")


@pytest.mark.parametrize("name, kind", [("class_list_5a.xls", "xls"), ("class_list_5a.ods", "ods")])
def test_an_old_excel_or_an_opendocument_class_list_imports(small_demo, name, kind):
    secretary = login(small_demo, "zavuch")
    shown = roster_import.preview(small_demo, secretary, DATA / name, today=TODAY)
    assert shown.kind == kind and shown.ok, shown.problems
    assert [(c.surname, c.birth_date, c.class_label) for c in shown.rows] == [
        ("Ёлкина", dt.date(2015, 3, 14), "5А"), ("Петров", dt.date(2015, 7, 2), "5А")]
    done = roster_import.import_roster(small_demo, secretary, DATA / name, today=TODAY)
    assert done.enrollments == {"5А": 2}
    with small_demo.session() as s:
        rows = s.execute(select(Pupil.surname, Pupil.name, Pupil.patronymic, Pupil.sex)
                         .where(Pupil.id.in_(done.pupil_ids)).order_by(Pupil.surname)).all()
    assert rows == [("Ёлкина", "Анна", "Сергеевна", Sex.female), ("Петров", "Илья", "Игоревич", Sex.male)]


@pytest.mark.parametrize("name", ["class_list_5a.xlsb", "class_list_5a_sheetjs.xlsb"])
def test_an_excel_binary_class_list_imports(small_demo, name):
    # A binary workbook with the cell records Excel writes, and the same book as SheetJS writes it (every
    # cell after a row's first in the short form, which calamine alone reads as a one-column sheet); how
    # they were made: data/xlsb_full_cells.py. Dates are real date cells, the class a column of its own.
    secretary = login(small_demo, "zavuch")
    shown = roster_import.preview(small_demo, secretary, DATA / name, today=TODAY)
    assert shown.kind == "xlsb" and shown.ok, shown.problems
    assert [(c.surname, c.name, c.birth_date, c.class_label) for c in shown.rows] == [
        ("Щёголева", "Варвара", dt.date(2015, 1, 19), "5А"), ("Юдин", "Фёдор", dt.date(2015, 10, 8), "5А")]
    done = roster_import.import_roster(small_demo, secretary, DATA / name, today=TODAY)
    assert done.enrollments == {"5А": 2}
    with small_demo.session() as s:
        assert s.execute(select(Pupil.surname, Pupil.patronymic, Pupil.sex).where(Pupil.id.in_(done.pupil_ids))
                         .order_by(Pupil.surname)).all() == [("Щёголева", "Андреевна", Sex.female),
                                                             ("Юдин", "Олегович", Sex.male)]


LIST = ["Фамилия;Имя;Отчество;Дата рождения;Пол;Класс",
        "Щукин;Лев;Ефимович;02.02.2015;м;5А",
        "Яковлева;Софья;Дмитриевна;24.12.2015;ж;5А"]


@pytest.mark.parametrize("codec, shown_as", [("koi8_r", "koi8-r"), ("cp866", "cp866"), ("cp1251", "cp1251")])
def test_a_dos_or_unix_encoded_csv_is_read_in_its_own_encoding(small_demo, admin, tmp_path, codec, shown_as):
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(LIST).encode(codec))
    shown = roster_import.preview(small_demo, admin, path, today=TODAY)
    assert (shown.encoding, shown.delimiter, shown.ok) == (shown_as, ";", True), shown.problems
    done = roster_import.import_roster(small_demo, admin, path, today=TODAY)
    with small_demo.session() as s:
        names = s.scalars(select(Pupil.surname).where(Pupil.id.in_(done.pupil_ids)).order_by(Pupil.surname)).all()
    assert names == ["Щукин", "Яковлева"]


def test_a_text_file_in_no_known_encoding_names_the_encodings_tried(small_demo, admin, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(roster_import.RosterFileError,
                       match="пробовали кодировки UTF-8, Windows-1251, KOI8-R, CP866"):
        roster_import.preview(small_demo, admin, path, today=TODAY)


def test_a_list_without_headings_says_how_it_was_read(small_demo, admin, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Щукин;Лев\r\nЯковлева;Софья\r\n".encode("koi8_r"))
    with pytest.raises(roster_import.RosterFileError,
                       match="не найдена строка заголовков.*в кодировке KOI8-R, разделитель «;»"):
        roster_import.preview(small_demo, admin, path, today=TODAY)


def test_a_formula_without_its_saved_value_is_refused_naming_the_cell(small_demo, admin, tmp_path):
    wb = Workbook()
    wb.active.title = "5А"
    wb.active.append(["Фамилия", "Имя", "Дата рождения"])
    wb.active.append(['=CONCATENATE("Ор","лов")', "Марк", "01.01.2015"])
    path = tmp_path / "list.xlsx"
    wb.save(path)  # openpyxl keeps formulas and computes nothing: the cell has no value to read
    with pytest.raises(roster_import.RosterFileError, match="лист «5А», ячейка A2: формула без вычисленного"):
        roster_import.preview(small_demo, admin, path, today=TODAY)


@pytest.mark.parametrize("name", ["plan.ods", "plan.xls", "plan_sheetjs.xlsb"])
def test_a_plan_from_libreoffice_reads_its_formulas_by_their_values(name):
    # «Дроби» has hours =1+1, saved as 2; plan_sheetjs.xlsb: the same plan written by SheetJS 0.18.5
    # (short cell records; data/xlsb_full_cells.py), the formula with its value as SheetJS saves it
    plan = thematic_plan.read_plan(DATA / name)
    assert [(r.number, r.topic, r.hours) for r in plan.rows] == [("1", "Натуральные числа", 2), ("2", "Дроби", 2)]
    assert plan.problems == []


def test_a_book_reads_row_for_row_as_the_program_shows_it():
    book = spreadsheets.read_book(DATA / "class_list_5a.xls")
    rows = book.sheets[0].rows
    assert rows[0][0] == "Список 5А класса" and rows[1] == [None] * 5 and rows[2][0] == "Фамилия"
    assert spreadsheets.cell_name(3, 28) == "AB3"


def test_a_oneroster_users_csv_is_sent_to_the_oneroster_import(small_demo, admin, tmp_path):
    path = tmp_path / "users.csv"
    path.write_text("sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName\n"
                    "U2,,,true,st2,,Артём,Ёлкин\n", encoding="utf-8")
    with pytest.raises(roster_import.RosterFileError, match="таблица OneRoster.*--format oneroster"):
        roster_import.preview(small_demo, admin, path, today=TODAY)
