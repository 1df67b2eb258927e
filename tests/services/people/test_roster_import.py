"""Class lists from Excel and CSV: messy files are read, every bad row is named by its row number and
nothing is written; a good file imports whole; the export is a list a secretary would keep.

The small demo school: year 2026/2027 (open, from 01.09.2026), classes 2А, 5А, 10А; today 2026-11-27.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess

import pytest
from journal_testing import DEMO_TODAY
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select, text

from ejournal_desktop.domain.names import person_sort_key
from ejournal_desktop.services.access import accounts, audit
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.people import roster_export, roster_import
from ejournal_desktop.services.people.roster_import import RosterImportError
from ejournal_desktop.storage.models import (
    AuditEntry,
    Base,
    Enrollment,
    EnrollmentEvent,
    Guardian,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Sex,
)

TODAY = DEMO_TODAY


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def admin(small_demo):
    return login(small_demo, "admin")


def table_hashes(db) -> dict[str, str]:
    """Every row of every table, hashed: a failed import must leave each one as it was."""
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


def class_id(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).where(SchoolClass.grade == int(label[:-1]),
                                                     SchoolClass.letter == label[-1]))


def existing_pupil_with_yo(db):
    """A pupil of the demo school whose name has «ё» (to be written with «е» and in capitals)."""
    with db.session() as s:
        return s.execute(select(Pupil.surname, Pupil.name, Pupil.patronymic, Pupil.birth_date)
                         .where(Pupil.surname.contains("ё") | Pupil.name.contains("ё"))
                         .order_by(Pupil.id).limit(1)).one()


# --- files as other programs and secretaries write them -----------------------------------------------------

def messy_workbook(path, known) -> None:
    """A title, an empty row, the heading on row 3 with merged cells and a sub-heading row under
    «Родители», one «ФИО» column, extra spaces, ё written as е, and bad rows among good ones."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Лист1"
    ws["A1"] = "Список учащихся на 2026/2027 учебный год"
    ws.merge_cells("A1:H1")
    ws["A3"], ws["B3"], ws["C3"], ws["D3"], ws["E3"], ws["F3"], ws["H3"] = (
        "№ п/п", "  Ф.И.О.   ребёнка ", "Дата  рождения", "ПОЛ", "класс", "Родители", "Примечание")
    for column in "ABCDEH":
        ws.merge_cells(f"{column}3:{column}4")
    ws.merge_cells("F3:G3")
    ws["F4"], ws["G4"] = "Мать", "Телефон"
    surname, name, patronymic, born = known
    rows = [
        (1, "  Иванов   Пётр  Сергеевич ", dt.datetime(2015, 3, 1), "м", "5а", "Иванова Анна Петровна",
         "8 900 111-22-33"),                                                          # 5: good
        (2, "Смирнова Ольга Андреевна", "31.02.2015", "ж", "5А", "", ""),             # 6: no such date
        (3, "Кузнецов Илья Романович", "12.05.2015", "м", "5Г", "", ""),              # 7: unknown class
        (4, "Иванов Петр Сергеевич", "01.03.2015", "М", "5А", "", ""),                # 8: twice in the file
        (5, f"{surname} {name} {patronymic}".replace("ё", "е").upper(), born.strftime("%d.%m.%Y"),
         "", "5А", "", ""),                                                           # 9: already at school
        (6, "", "01.01.2015", "ж", "5А", "", ""),                                     # 10: no surname
        (7, "Орлова Ксения Павловна", "2015-09-01", "x", "5А", "", ""),               # 11: bad sex
        (8, "Белов Глеб Ильич", "2030-01-01", "м", "5А", "", ""),                     # 12: future birth
        (9, "Зайцев Кирилл Олегович", "01.02.2009", "м", "2А", "", ""),               # 13: too old for 2А
        (10, "Петрова-Водкина  Мария Ильинична", "14.04.2015", "", "5 «А»", "", ""),  # 14: good
        (11, "Алиев Рашад Ильхам оглы", "03.07.2014", "м", "5A", "", ""),             # 15: good (Latin A)
    ]
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            ws.cell(5 + offset, column, value)
    ws.cell(17, 1, "Классный руководитель: ____________")  # a footer outside the read columns
    wb.save(path)


MESSY_BAD = {
    6: "такой даты нет", 7: "класса 5Г", 8: "повторяется: уже в строке 5", 9: "уже есть в школе",
    10: "не указана фамилия", 11: "неизвестное значение", 12: "в будущем", 13: "для 2 класса",
}


GOOD_ROWS = [
    ["Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс", "Адрес", "Документ",
     "Мать", "Телефон матери", "Отец", "Телефон отца"],
    ["Громов", "Артём", "Андреевич", "05.06.2015", "м", "5А", "ул. Садовая, д. 3", "II-ИК № 111111",
     "Громова Елена Викторовна", "+7 900 000-00-01", "Громов Андрей Петрович", "+7 900 000-00-02"],
    ["Громова", "Дарья", "Андреевна", "11.10.2018", "ж", "2А", "ул. Садовая, д. 3", "II-ИК № 222222",
     "Громова Елена Викторовна", "+7 900 000-00-01", "", ""],                       # a sister: same mother
    ["Абрамова", "Ёлка", "Сергеевна", "20.01.2010", "ж", "10А", "ул. Лесная, д. 9", "Паспорт 45 10 123456",
     "", "", "", ""],
]


def good_workbook(path, rows=GOOD_ROWS) -> None:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)


# --- pure reading -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Иванов Иван Иванович", ("Иванов", "Иван", "Иванович")),
    ("  иванов   иван   иванович ", ("Иванов", "Иван", "Иванович")),
    ("ПЕТРОВА-ВОДКИНА МАРИЯ ИЛЬИНИЧНА", ("Петрова-Водкина", "Мария", "Ильинична")),
    ("Петрова - Водкина Мария", ("Петрова-Водкина", "Мария", "")),
    ("Алиев Рашад Ильхам оглы", ("Алиев", "Рашад", "Ильхам оглы")),
    ("Мамедова Лейла Рашид кызы", ("Мамедова", "Лейла", "Рашид кызы")),
    ("Иван Сергеевич Тургенев", ("Тургенев", "Иван", "Сергеевич")),
    ("Ким Александр", ("Ким", "Александр", "")),
    ("Семёнов Фёдор Кузьмич", ("Семёнов", "Фёдор", "Кузьмич")),
])
def test_full_name_is_split_into_its_parts(text, expected):
    assert roster_import.split_full_name(text) == expected


def test_a_name_of_four_words_is_a_named_problem_not_a_guess():
    with pytest.raises(roster_import.ValueProblem, match="отдельные столбцы"):
        roster_import.split_full_name("Салтыков Щедрин Михаил Евграфович")


@pytest.mark.parametrize("value, expected", [
    (dt.datetime(2015, 9, 1), dt.date(2015, 9, 1)),
    ("01.09.2015", dt.date(2015, 9, 1)), ("1.9.2015", dt.date(2015, 9, 1)), ("01.09.15", dt.date(2015, 9, 1)),
    ("2015-09-01", dt.date(2015, 9, 1)), ("01/09/2015", dt.date(2015, 9, 1)),
    ("01.09.2015 г.", dt.date(2015, 9, 1)),
    (42248, dt.date(2015, 9, 1)), ("", None), (None, None),
])
def test_dates_as_excel_and_secretaries_write_them(value, expected):
    assert roster_import.parse_date(value, TODAY) == expected


@pytest.mark.parametrize("value", ["31.02.2015", "29.02.2015", "2015-13-01", "вчера", "1 сентября"])
def test_impossible_dates_are_named(value):
    with pytest.raises(roster_import.ValueProblem):
        roster_import.parse_date(value, TODAY)


@pytest.mark.parametrize("value, expected", [("м", Sex.male), ("М", Sex.male), ("муж.", Sex.male),
                                             ("M", Sex.male), ("ж", Sex.female), ("Жен", Sex.female),
                                             ("женский", Sex.female), ("", None)])
def test_sex_values(value, expected):
    assert roster_import.parse_sex(value) == expected


@pytest.mark.parametrize("value, expected", [("5А", "5А"), ("5 а", "5А"), ("5-A", "5А"),
                                             ("5 «А» класс", "5А"),
                                             ("10а", "10А"), (5, "5"), ("12А", None), ("пятый", None)])
def test_class_labels(value, expected):
    assert roster_import.normalize_class_label(value) == expected


def test_headings_in_any_order_and_case_with_guardian_columns():
    c = roster_import.classify_heading
    assert [c(h) for h in ("ФАМИЛИЯ", "имя", "Отчество", "Дата рождения", "Пол", "Класс", "Адрес проживания",
                           "Телефон", "Свидетельство о рождении", "Мать", "Отец", "Родитель (ФИО)",
                           "Телефон родителя", "Телефон матери", "Ф.И.О.", "д/р", "Место работы матери")] == [
        "surname", "name", "patronymic", "birth_date", "sex", "class", "address", "phone", "document",
        "mother", "father", "parent", "parent_phone", "mother_phone", "fio", "birth_date", None]


def test_messy_workbook_is_read_with_spreadsheet_row_numbers(small_demo, tmp_path):
    path = tmp_path / "messy.xlsx"
    messy_workbook(path, existing_pupil_with_yo(small_demo))
    parsed = roster_import.parse_file(path, today=TODAY)
    sheet = parsed.sheets[0]
    assert sheet.heading_rows == (3, 4)
    assert {"fio", "birth_date", "sex", "class", "mother", "mother_phone"} <= set(sheet.columns)
    assert "Примечание" in sheet.ignored
    first = next(c for c in parsed.candidates if c.row == 5)
    assert (first.surname, first.name, first.patronymic) == ("Иванов", "Пётр", "Сергеевич")
    assert first.birth_date == dt.date(2015, 3, 1) and first.class_label == "5А"
    assert first.guardians[0].full_name == "Иванова Анна Петровна"
    assert first.guardians[0].phone == "8 900 111-22-33" and first.guardians[0].relation == "мать"
    double = next(c for c in parsed.candidates if c.row == 14)
    assert double.surname == "Петрова-Водкина" and double.sex is Sex.female  # told by the patronymic


# --- the import --------------------------------------------------------------------------------------------

def test_messy_file_reports_each_problem_by_row_and_writes_nothing(small_demo, admin, tmp_path):
    path = tmp_path / "messy.xlsx"
    messy_workbook(path, existing_pupil_with_yo(small_demo))
    before = table_hashes(small_demo)

    shown = roster_import.preview(small_demo, admin, path, today=TODAY)
    assert not shown.ok
    assert {row for _sheet, row in shown.bad_rows} == set(MESSY_BAD)
    for row, words in MESSY_BAD.items():
        assert any(p.row == row and words in p.message for p in shown.problems), (row, shown.problems)
    assert sorted(c.row for c in shown.rows) == [5, 14, 15]
    assert str(next(p for p in shown.problems if p.row == 6)).startswith("строка 6: Дата рождения: ")

    with pytest.raises(RosterImportError) as refused:
        roster_import.import_roster(small_demo, admin, path, order_number="15-у", today=TODAY)
    assert "Ничего не записано" in str(refused.value)
    assert {p.row for p in refused.value.problems} == set(MESSY_BAD)
    assert table_hashes(small_demo) == before


def test_skip_bad_rows_imports_the_good_ones(small_demo, admin, tmp_path):
    path = tmp_path / "messy.xlsx"
    messy_workbook(path, existing_pupil_with_yo(small_demo))
    done = roster_import.import_roster(small_demo, admin, path, skip_bad_rows=True, order_number="15-у",
                                       today=TODAY)
    assert done.pupils == 3 and done.enrollments == {"5А": 3}
    assert {p.row for p in done.skipped} == set(MESSY_BAD)
    with small_demo.session() as s:
        names = set(s.execute(select(Pupil.surname, Pupil.name).where(Pupil.id.in_(done.pupil_ids))).all())
    assert names == {("Иванов", "Пётр"), ("Петрова-Водкина", "Мария"), ("Алиев", "Рашад")}


def test_good_file_imports_whole_into_classes_with_guardians(small_demo, tmp_path):
    secretary = login(small_demo, "secretary")
    path = tmp_path / "good.xlsx"
    good_workbook(path)
    audit_before = _count(small_demo, AuditEntry)
    done = roster_import.import_roster(small_demo, secretary, path, order_number="87-у",
                                       arrived_on=dt.date(2026, 11, 30), today=TODAY)
    assert done.pupils == 3 and done.enrollments == {"10А": 1, "2А": 1, "5А": 1}
    assert done.guardians_created == 2  # the sisters' mother once, the father
    with small_demo.session() as s:
        stays = s.execute(select(Pupil.surname, Pupil.name, SchoolClass.grade, SchoolClass.letter,
                                 Enrollment.arrived_on, Enrollment.arrival_event,
                                 Enrollment.arrival_order_number)
                          .join(Enrollment, Enrollment.pupil_id == Pupil.id)
                          .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                          .where(Pupil.id.in_(done.pupil_ids))).all()
        assert sorted((r.surname, r.name, f"{r.grade}{r.letter}") for r in stays) == [
            ("Абрамова", "Ёлка", "10А"), ("Громов", "Артём", "5А"), ("Громова", "Дарья", "2А")]
        assert {(r.arrived_on, r.arrival_event, r.arrival_order_number) for r in stays} == {
            (dt.date(2026, 11, 30), EnrollmentEvent.arrival, "87-у")}
        links = s.execute(select(Pupil.name, Guardian.surname, Guardian.name, PupilGuardian.relation)
                          .join(PupilGuardian, PupilGuardian.pupil_id == Pupil.id)
                          .join(Guardian, Guardian.id == PupilGuardian.guardian_id)
                          .where(Pupil.id.in_(done.pupil_ids))).all()
        assert sorted(links) == [("Артём", "Громов", "Андрей", "отец"), ("Артём", "Громова", "Елена", "мать"),
                                 ("Дарья", "Громова", "Елена", "мать")]
        assert audit.chain_problems(s) == []
        created = s.execute(select(AuditEntry.entity, func.count()).where(AuditEntry.action == "create")
                            .where(AuditEntry.id > audit_before).group_by(AuditEntry.entity)).all()
    assert dict(created) == {"pupil": 3, "enrollment": 3, "guardian": 2, "pupil_guardian": 3}
    # The same file again: every pupil is now a duplicate, and nothing more is written.
    with pytest.raises(RosterImportError) as again:
        roster_import.import_roster(small_demo, secretary, path, today=TODAY)
    assert all("уже есть в школе" in p.message for p in again.value.problems)


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.max(model.id))) or 0


def test_windows_1251_csv_with_semicolons_imports_whole(small_demo, tmp_path):
    deputy = login(small_demo, "zavuch")
    lines = ["Список 5А класса;;;;", ";;;;",
             "ФИО;Дата рождения;Пол;Адрес;Родитель (ФИО);Телефон родителя",
             "Щукин Лев Ефимович;02.02.2015;м;г. Энск, ул. Заречная, д. 4;Щукина Вера Львовна;"
             "8-912-345-67-89",
             "Яковлева Софья Дмитриевна;2015-12-24;ж;\"ул. Новая; д. 1\";;",
             ";;;;"]
    path = tmp_path / "list.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    shown = roster_import.preview(small_demo, deputy, path, default_class="5А", today=TODAY)
    assert (shown.encoding, shown.delimiter) == ("cp1251", ";")
    assert shown.ok, shown.problems
    done = roster_import.import_roster(small_demo, deputy, path, default_class="5А", today=TODAY)
    assert done.pupils == 2 and done.enrollments == {"5А": 2}
    assert done.arrived_on == dt.date(2026, 11, 27)  # the year under way: today
    with small_demo.session() as s:
        rows = s.execute(select(Pupil.surname, Pupil.address, Pupil.sex).where(Pupil.id.in_(done.pupil_ids))
                         .order_by(Pupil.surname)).all()
    assert rows == [("Щукин", "г. Энск, ул. Заречная, д. 4", Sex.male),
                    ("Яковлева", "ул. Новая; д. 1", Sex.female)]


def test_utf8_csv_with_bom_and_commas(small_demo, admin, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("\ufeffФамилия,Имя,Отчество,Дата рождения,Класс,Адрес\n"
                    "Ёжиков,Семён,Петрович,01.05.2015,5А,\"г. Энск, ул. Лесная, д. 2\"\n", encoding="utf-8")
    shown = roster_import.preview(small_demo, admin, path, today=TODAY)
    assert (shown.encoding, shown.delimiter, shown.ok) == ("utf-8-sig", ",", True)
    assert shown.rows[0].address == "г. Энск, ул. Лесная, д. 2" and shown.rows[0].surname == "Ёжиков"


def test_a_file_without_headings_is_refused_with_a_reason(small_demo, admin, tmp_path):
    path = tmp_path / "numbers.xlsx"
    good_workbook(path, [[1, 2, 3], [4, 5, 6]])
    with pytest.raises(roster_import.RosterFileError, match="не найдена строка заголовков"):
        roster_import.preview(small_demo, admin, path, today=TODAY)
    old = tmp_path / "list.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(roster_import.RosterFileError, match=r"не читается как книга Excel 97–2003 \(\.xls\)"):
        roster_import.preview(small_demo, admin, old, today=TODAY)


def test_a_workbook_with_a_sheet_per_class(small_demo, admin, tmp_path):
    wb = Workbook()
    wb.active.title = "5А"
    wb.active.append(["Фамилия", "Имя", "Дата рождения"])
    wb.active.append(["Орлов", "Марк", "01.01.2015"])
    second = wb.create_sheet("10А")
    second.append(["Фамилия", "Имя", "Дата рождения"])
    second.append(["Соколова", "Ева", "31.04.2010"])
    path = tmp_path / "school.xlsx"
    wb.save(path)
    shown = roster_import.preview(small_demo, admin, path, today=TODAY)
    assert [(c.sheet, c.class_label) for c in shown.rows] == [("5А", "5А")]
    assert [str(p) for p in shown.problems] == [
        "лист «10А», строка 2: Дата рождения: такой даты нет: «31.04.2010»"]


@pytest.mark.parametrize("who", ["teacher01", "parent"])
def test_teachers_and_parents_may_not_import(small_demo, tmp_path, who):
    if who == "parent":
        with small_demo.session() as s:
            who = s.scalar(text("SELECT login FROM account WHERE login LIKE 'parent-%' LIMIT 1"))
    actor = login(small_demo, who)
    path = tmp_path / "good.xlsx"
    good_workbook(path)
    pupils = _count(small_demo, Pupil)
    with pytest.raises(Denied, match="Нет права"):
        roster_import.import_roster(small_demo, actor, path, today=TODAY)
    with pytest.raises(Denied):
        roster_import.preview(small_demo, actor, path, today=TODAY)
    assert _count(small_demo, Pupil) == pupils


def test_arrival_outside_the_year_is_refused(small_demo, admin, tmp_path):
    path = tmp_path / "good.xlsx"
    good_workbook(path)
    before = table_hashes(small_demo)
    with pytest.raises(roster_import.ServiceError, match="вне 2026/2027 учебного года"):
        roster_import.import_roster(small_demo, admin, path, arrived_on=dt.date(2026, 6, 1), today=TODAY)
    assert table_hashes(small_demo) == before


# --- templates and export -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_shipped_templates_read_back_without_problems(small_demo, admin, kind, tmp_path):
    data = roster_import.blank_template(kind)
    assert data.startswith(b"PK" if kind == "xlsx" else b"\xef\xbb\xbf")
    path = tmp_path / f"template.{kind}"
    path.write_bytes(data)
    shown = roster_import.preview(small_demo, admin, path, today=TODAY)
    assert shown.ok, shown.problems
    assert [c.surname for c in shown.rows] == ["Иванов", "Петрова-Водкина"]


def test_export_lists_the_class_in_russian_order(small_demo, tmp_path):
    deputy = login(small_demo, "zavuch")
    out = tmp_path / "5А.xlsx"
    roster_export.export_class_list(small_demo, deputy, class_id(small_demo, "5А"), out, on=TODAY)
    sheet = load_workbook(out).active
    assert "Список обучающихся 5А класса, 2026/2027 учебный год" == sheet["A1"].value
    assert sheet.freeze_panes == "C5" and sheet.page_setup.orientation == "landscape"
    assert [c.value for c in sheet[4]][:4] == ["№", "Фамилия", "Имя", "Отчество"]
    rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=5) if r[0].value]
    with small_demo.session() as s:
        expected = s.execute(select(Pupil.surname, Pupil.name, Pupil.patronymic)
                             .join(Enrollment, Enrollment.pupil_id == Pupil.id)
                             .where(Enrollment.school_class_id == class_id(small_demo, "5А"),
                                    Enrollment.arrived_on <= TODAY,
                                    (Enrollment.departed_on.is_(None))
                                    | (Enrollment.departed_on > TODAY))).all()
    assert [tuple(r[1:4]) for r in rows] == sorted(map(tuple, expected), key=lambda p: person_sort_key(*p))
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert sheet["B5"].border.left.style == "thin"
    # What was exported reads back: every pupil is already in the school.
    parsed = roster_import.parse_file(out, today=TODAY)
    assert len(parsed.candidates) == len(rows) and not parsed.problems


def test_export_is_refused_to_a_parent(small_demo, tmp_path):
    with small_demo.session() as s:
        parent = s.scalar(text("SELECT login FROM account WHERE login LIKE 'parent-%' LIMIT 1"))
    with pytest.raises(Denied):
        roster_export.export_class_list(small_demo, login(small_demo, parent), class_id(small_demo, "5А"),
                                        tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_exported_list_converts_to_pdf_in_libreoffice(small_demo, admin, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed on this machine: the PDF conversion is not checked")
    out = tmp_path / "5А.xlsx"
    roster_export.export_class_list(small_demo, admin, class_id(small_demo, "5А"), out, on=TODAY)
    r = subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}",
                        "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                       capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "5А.pdf"
    assert r.returncode == 0 and pdf.exists(), r.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
