"""A date as typed into a date field (domain/typed_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.domain.typed_dates import could_become_date, read_typed_date

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize("text", ["02.12.2026", "2.12.26", "02122026", "021226", "2.12", "2/12/2026", "2-12-26",
                                  " 02.12.2026 ", "0212"])
def test_the_ways_a_teacher_types_the_second_of_december(text):
    assert read_typed_date(text, TODAY) == dt.date(2026, 12, 2)


@pytest.mark.parametrize(("text", "year"), [("15.03.14", 2014), ("01.02.75", 1975), ("31.05.27", 2027),
                                            ("01.01.46", 2046), ("01.01.47", 1947)])
def test_a_two_digit_year_is_this_century_up_to_twenty_years_ahead(text, year):
    assert read_typed_date(text, TODAY).year == year


@pytest.mark.parametrize("text", ["31.02.2026", "32122026", "00.12.2026", "2.13.26", "abc", "", "2.12.202",
                                  "0212202"])
def test_no_date_is_made_up(text):
    assert read_typed_date(text, TODAY) is None


def test_digits_and_dots_may_become_a_date_and_letters_never():
    assert could_become_date("02.1") and could_become_date("0212202")
    assert not could_become_date("02.12.2026, среда") and not could_become_date("1" * 11)
