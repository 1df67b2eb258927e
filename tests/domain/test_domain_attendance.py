import pytest

from ejournal_desktop.domain.attendance import AttendanceCode, AttendanceError, parse_attendance


@pytest.mark.parametrize(("text", "code"), [
    ("н", AttendanceCode.absent_unexcused), ("Н", AttendanceCode.absent_unexcused),
    (" п ", AttendanceCode.absent_excused),
    ("б", AttendanceCode.absent_ill), ("Б", AttendanceCode.absent_ill),
    ("оп", AttendanceCode.late), ("ОП", AttendanceCode.late), ("Оп", AttendanceCode.late),
    ("H", AttendanceCode.absent_unexcused), ("OП", AttendanceCode.late),  # Latin look-alikes
    ("", None), ("  ", None),
])
def test_parse(text, code):
    assert parse_attendance(text) is code


@pytest.mark.parametrize("text", ["x", "5", "нн", "у"])
def test_parse_refuses_with_russian_message(text):
    with pytest.raises(AttendanceError) as error:
        parse_attendance(text)
    assert str(error.value) == f"Неизвестная отметка посещаемости «{text}»: допустимы Н, П, Б, ОП"


def test_missed_lessons_and_labels():
    assert [c.value for c in AttendanceCode if c.counts_as_missed] == ["Н", "П", "Б"]
    assert AttendanceCode.absent_unexcused.label == "отсутствие без уважительной причины"
    assert AttendanceCode.late.label == "опоздание"
    assert all(c.label for c in AttendanceCode)
