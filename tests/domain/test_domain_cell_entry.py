"""The one parser of what a teacher types into a lesson cell (the grid and the services both use it)."""

import pytest

from ejournal_desktop.domain.attendance import AttendanceCode
from ejournal_desktop.domain.cell_entry import CellEntry, CellEntryError, parse_cell_entry
from ejournal_desktop.domain.grading import FIVE_POINT, PASS_FAIL, points_scale

N, P, B, OP = (AttendanceCode.absent_unexcused, AttendanceCode.absent_excused, AttendanceCode.absent_ill,
               AttendanceCode.late)


@pytest.mark.parametrize(("text", "marks", "code"), [
    ("5", ("5",), None), ("5 4", ("5", "4"), None), ("5/4", ("5", "4"), None), ("5,4", ("5", "4"), None),
    ("н", (), N), ("Н 5", ("5",), N), ("5 н", ("5",), N), ("оп 4", ("4",), OP), ("", (), None), ("  ", (), None),
    # the wrong keyboard layout: Latin look-alikes and the keys where the Cyrillic letters sit
    ("H 5", ("5",), N), ("h", (), N), ("N", (), N), ("n", (), N), ("y", (), N), ("Y 4", ("4",), N),
    ("g", (), P), ("G", (), P), ("п", (), P), ("b", (), B), (",", (), B), ("<", (), B), ("Б", (), B),
    ("OП", (), OP), ("jg", (), OP), ("JG 3", ("3",), OP), ("отлично", ("5",), None),
])
def test_parse_five_point(text, marks, code):
    assert parse_cell_entry(FIVE_POINT, text) == CellEntry(marks, code)


def test_a_value_of_the_system_is_a_mark_never_an_attendance_code():
    assert parse_cell_entry(PASS_FAIL, "не зач") == CellEntry(("незач",), None)
    assert parse_cell_entry(PASS_FAIL, "зач н") == CellEntry(("зач",), N)
    ten = points_scale("ten_point", "десятибалльная", 10, 4, 7)
    assert parse_cell_entry(ten, "10 н") == CellEntry(("10",), N)


@pytest.mark.parametrize(("text", "says"), [
    ("Н 7", "«7» не входит в пятибалльную систему"),
    ("7", "«7» не входит"),
    ("x", "«x» — не отметка и не код посещаемости: допустимы отметки 5, 4, 3, 2, 1 и Н, П, Б, ОП"),
    ("н п", "два кода посещаемости (Н и П)"),
    ("н/а", "«н/а» ставится только за период"),
    ("осв", "«осв.» ставится только за период"),
])
def test_a_wrong_entry_is_refused_as_a_whole_naming_what_is_wrong(text, says):
    with pytest.raises(CellEntryError) as error:
        parse_cell_entry(FIVE_POINT, text)
    assert says in str(error.value)


def test_text_is_what_the_grid_shows():
    assert parse_cell_entry(FIVE_POINT, "y 5 4").text == "5 4 Н"
