import pytest
from hypothesis import given
from hypothesis import strategies as st

from ejournal_desktop.domain.grading import (
    EXEMPT,
    FIVE_POINT,
    NOT_ASSESSED,
    PASS_FAIL,
    GradeValue,
    GradingSystem,
    MarkError,
    parse_mark,
    parse_period_mark,
    points_scale,
)

TEN_POINT = points_scale("ten_point", "десятибалльная", 10, passing_from=4, quality_from=7)


def test_five_point_values():
    assert FIVE_POINT.codes == ("5", "4", "3", "2", "1")
    assert [FIVE_POINT.value(c).passing for c in FIVE_POINT.codes] == [True, True, True, False, False]
    assert [c for c in FIVE_POINT.codes if FIVE_POINT.value(c).quality] == ["5", "4"]
    assert FIVE_POINT.value("4").points == 4


def test_pass_fail_values():
    assert PASS_FAIL.codes == ("зач", "незач")
    assert PASS_FAIL.value("зач").label == "зачёт" and PASS_FAIL.value("зач").points is None
    assert PASS_FAIL.value("зач").passing and not PASS_FAIL.value("незач").passing


@pytest.mark.parametrize(("text", "codes"), [
    ("5", ("5",)), (" 4 ", ("4",)), ("5 4", ("5", "4")), ("5/4", ("5", "4")),
    ("5,4;3", ("5", "4", "3")), ("5 , 4", ("5", "4")), ("", ()), ("   ", ()),
])
def test_parse_five_point(text, codes):
    assert parse_mark(FIVE_POINT, text) == codes


@pytest.mark.parametrize(("text", "code"), [
    ("зач", "зач"), ("ЗАЧ", "зач"), ("зачёт", "зач"), ("Зачет", "зач"), ("зач.", "зач"),
    ("незач", "незач"), ("Незачёт", "незач"), ("НЕЗАЧЕТ", "незач"), ("не зачтено", "незач"),
])
def test_parse_pass_fail(text, code):
    assert parse_mark(PASS_FAIL, text) == (code,)


def test_wrong_five_point_mark_names_value_and_allowed_ones():
    with pytest.raises(MarkError) as error:
        parse_mark(FIVE_POINT, "6")
    assert str(error.value) == "Отметка «6» не входит в пятибалльную систему: допустимы 5, 4, 3, 2, 1"


def test_wrong_mark_among_several_is_named():
    with pytest.raises(MarkError, match="«0»"):
        parse_mark(FIVE_POINT, "5 0 4")


def test_number_refused_in_pass_fail():
    with pytest.raises(MarkError, match="допустимы зач, незач"):
        parse_mark(PASS_FAIL, "5")


@pytest.mark.parametrize("text", ["н/а", "Н/А", "осв.", "осв", "5 н/а"])
def test_special_results_refused_for_lessons(text):
    with pytest.raises(MarkError, match="только за период"):
        parse_mark(FIVE_POINT, text)


@pytest.mark.parametrize(("text", "code"), [
    ("5", "5"), (" 3 ", "3"), ("н/а", NOT_ASSESSED), ("Н/А", NOT_ASSESSED), ("н / а", NOT_ASSESSED),
    ("осв.", EXEMPT), ("Осв", EXEMPT), ("освобождён", EXEMPT), ("", None),
])
def test_parse_period_mark(text, code):
    assert parse_period_mark(FIVE_POINT, text) == code


def test_period_mark_is_single():
    with pytest.raises(MarkError, match="одна отметка"):
        parse_period_mark(FIVE_POINT, "5 4")
    with pytest.raises(MarkError, match="«7»"):
        parse_period_mark(FIVE_POINT, "5 7")


def test_ten_point_scale():
    assert TEN_POINT.codes[0] == "10" and TEN_POINT.codes[-1] == "1"
    assert parse_mark(TEN_POINT, "10/9") == ("10", "9")
    assert TEN_POINT.value("4").passing and not TEN_POINT.value("3").passing
    assert TEN_POINT.value("7").quality and not TEN_POINT.value("6").quality
    with pytest.raises(MarkError, match="«11» не входит в систему оценивания «десятибалльная»"):
        parse_mark(TEN_POINT, "11")


def test_invalid_systems_refused():
    with pytest.raises(ValueError):
        GradingSystem("x", "пустая", ())
    with pytest.raises(ValueError):
        GradingSystem("x", "дубли", (GradeValue("A", "a"), GradeValue("a", "b")))
    with pytest.raises(ValueError):
        GradingSystem("x", "спец", (GradeValue("н/а", "н/а"),))


@given(st.lists(st.sampled_from(FIVE_POINT.codes), min_size=1, max_size=6),
       st.lists(st.sampled_from([" ", ",", "/", ";", " / ", ", "]), min_size=5, max_size=5))
def test_parse_round_trip(codes, separators):
    text = codes[0] + "".join(sep + code for sep, code in zip(separators, codes[1:]))
    assert parse_mark(FIVE_POINT, text) == tuple(codes)


@given(st.text(max_size=8))
def test_parse_never_crashes_otherwise(text):
    try:
        codes = parse_mark(FIVE_POINT, text)
    except MarkError as error:
        assert str(error)
    else:
        assert all(c in FIVE_POINT.codes for c in codes)
