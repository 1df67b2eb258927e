"""Hostile files and text: each refused with a Russian message naming the file and the place, at once
and with nothing written; stored text that Excel cannot hold never breaks an export."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from journal_testing import DEMO_TODAY
from openpyxl import load_workbook
from sqlalchemy import select, update

from ejournal_desktop.services import exchange, journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.journal import InvalidEntry
from ejournal_desktop.services.people import class_list, roster_export, roster_import
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import Pupil, SchoolClass

pytestmark = pytest.mark.file_only


@pytest.fixture
def db(small_demo_path):
    opened = database.open_file(small_demo_path)
    yield opened
    opened.close()


def test_a_zip_bomb_named_xlsx_is_refused_before_it_is_unpacked(zip_bomb_xlsx):
    started = time.perf_counter()
    with pytest.raises(roster_import.RosterFileError) as refused:
        roster_import.parse_file(zip_bomb_xlsx, today=DEMO_TODAY)
    assert time.perf_counter() - started < 2
    message = str(refused.value)
    assert zip_bomb_xlsx.name in message and "xl/worksheets/sheet1.xml" in message and "zip-бомба" in message


def test_a_csv_cell_of_two_million_characters_is_refused_naming_the_row(huge_cell_csv):
    with pytest.raises(roster_import.RosterFileError) as refused:
        roster_import.parse_file(huge_cell_csv, today=DEMO_TODAY)
    assert huge_cell_csv.name in str(refused.value) and "строка 2" in str(refused.value)


def test_names_with_nul_bidi_override_or_emoji_are_refused_naming_row_and_field(hostile_names_csv):
    parsed = roster_import.parse_file(hostile_names_csv, default_class="5А", today=DEMO_TODAY)
    assert parsed.candidates == []
    found = {(p.row, p.field) for p in parsed.problems}
    assert {(2, "Фамилия"), (3, "Фамилия"), (4, "Фамилия")} <= found
    texts = " ".join(p.message for p in parsed.problems)
    assert "U+0000" in texts and "U+202E" in texts and "U+1F600" in texts


@pytest.mark.parametrize("value,code", [("Ив\0анов", "U+0000"), ("\u202eвонавИ", "U+202E"),
                                        ("Ива\ud800нов", "U+D800"), ("Иванов\u0301\u0301", "только буквы"),
                                        ("Смирнов😀", "только буквы")])
def test_the_class_list_refuses_hostile_names_naming_the_field(value, code):
    with pytest.raises(class_list.PupilDataError) as refused:
        class_list.clean_pupil({"surname": value, "name": "Иван"}, DEMO_TODAY)
    assert str(refused.value).startswith("Фамилия:") and code in str(refused.value)


def test_an_address_with_a_control_character_is_refused_naming_the_field():
    with pytest.raises(class_list.PupilDataError, match=r"^Адрес: управляющий символ U\+001B"):
        class_list.clean_pupil({"surname": "Иванов", "name": "Иван", "address": "ул. Ленина\x1b[31m"}, DEMO_TODAY)


def test_exchange_json_nested_100000_deep_is_refused_at_once(deep_json):
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.read_document(deep_json)
    assert deep_json.name in str(refused.value) and "вложенность" in str(refused.value)


def test_exchange_json_with_nan_is_refused(nan_json):
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.read_document(nan_json)
    assert nan_json.name in str(refused.value) and "NaN" in str(refused.value)


def test_500_marks_typed_into_one_cell_are_refused(db):
    from bench.concurrency import free_cells
    ((login, ((lesson, pupil, day),)),) = free_cells(db, 1, 1, DEMO_TODAY)
    teacher = accounts.authenticate(db, login, "demo")
    now = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(12)).astimezone()
    with pytest.raises(InvalidEntry, match="не больше 3 отметок"):
        journal.put_marks(db, teacher, lesson, pupil, " ".join(["5"] * 500), now=now)
    journal.put_marks(db, teacher, lesson, pupil, "5 4 5", now=now)


def test_stored_text_excel_cannot_hold_does_not_break_the_class_list_export(db, tmp_path):
    deputy = accounts.authenticate(db, "zavuch", "demo")
    with db.session() as session:
        class_id = session.scalar(select(SchoolClass.id).order_by(SchoolClass.id))
    first = roster_export.class_list(db, deputy, class_id).rows[0]
    with db.write_session() as session, session.begin():  # text stored before these checks existed
        session.execute(update(Pupil).where(Pupil.surname == first.surname, Pupil.name == first.name).values(
            address="ул.\0Мира\x07", document='=HYPERLINK("http://x")'))
    out = roster_export.export_class_list(db, deputy, class_id, tmp_path / "класс.xlsx")
    cells = [c for row in load_workbook(out).active.iter_rows() for c in row]
    assert any(c.value == "ул.\ufffdМира\ufffd" for c in cells)
    (formula_like,) = [c for c in cells if c.value == '=HYPERLINK("http://x")']
    assert formula_like.data_type == "s"  # text, not a formula Excel would run
