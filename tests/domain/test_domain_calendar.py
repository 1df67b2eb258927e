from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ejournal_desktop.domain.calendar import (
    Holiday,
    Period,
    PeriodKind,
    academic_year_bounds,
    academic_year_label,
    academic_year_of,
    default_holidays,
    default_periods,
    lesson_dates,
    lesson_slots,
)

years = st.integers(min_value=2000, max_value=2100)


def test_academic_year():
    assert academic_year_of(date(2026, 9, 1)) == 2026
    assert academic_year_of(date(2027, 8, 31)) == 2026
    assert academic_year_of(date(2026, 12, 31)) == 2026
    assert academic_year_label(2026) == "2026/2027"
    assert academic_year_bounds(2026) == (date(2026, 9, 1), date(2027, 8, 31))


def test_labels():
    assert [k.label for k in PeriodKind] == ["четверть", "триместр", "полугодие"]
    assert [p.label for p in default_periods(2026, PeriodKind.trimester)][0] == "1-й триместр"
    assert default_periods(2026, PeriodKind.half_year)[1].label == "2-е полугодие"
    assert default_periods(2026, PeriodKind.quarter)[2].label == "3-я четверть"


def test_quarters_2026():
    q = default_periods(2026, PeriodKind.quarter)
    assert [(p.start, p.end) for p in q] == [
        (date(2026, 9, 1), date(2026, 10, 26)), (date(2026, 11, 5), date(2026, 12, 28)),
        (date(2027, 1, 12), date(2027, 3, 22)), (date(2027, 4, 1), date(2027, 5, 25))]


def test_start_moves_off_weekend():
    assert default_periods(2024, PeriodKind.quarter)[0].start == date(2024, 9, 2)  # 1 Sep 2024 is Sunday


@given(years, st.sampled_from(list(PeriodKind)))
def test_default_periods_are_consecutive_and_outside_holidays(year, kind):
    periods = default_periods(year, kind)
    holidays = default_holidays(year)
    assert [p.number for p in periods] == list(range(1, kind.count + 1))
    first, last = academic_year_bounds(year)
    for p in periods:
        assert first <= p.start <= p.end <= last
        assert p.start.weekday() < 5
    for a, b in zip(periods, periods[1:]):
        assert a.end < b.start
    if kind is PeriodKind.quarter:
        for p in periods:
            assert not any(p.start in h or p.end in h for h in holidays)


@given(years)
def test_first_grade_week_in_february(year):
    extra = set(default_holidays(year, first_grade=True)) - set(default_holidays(year))
    (week,) = extra
    assert week.start.month == 2 and week.start.weekday() == 0 and (week.end - week.start).days == 6


def test_lesson_dates_skip_holidays_and_sundays():
    autumn = Holiday("осенние каникулы", date(2026, 10, 27), date(2026, 11, 4))
    dates = lesson_dates(date(2026, 10, 19), date(2026, 11, 8), [0, 3], [autumn])
    assert dates == [date(2026, 10, 19), date(2026, 10, 22), date(2026, 10, 26), date(2026, 11, 5)]


def test_lesson_slots():
    slots = lesson_slots(date(2026, 9, 1), date(2026, 9, 7), [(1, 3), (1, 1), (4, 2), (1, 1)])
    assert slots == [(date(2026, 9, 1), 1), (date(2026, 9, 1), 3), (date(2026, 9, 4), 2)]


def test_bad_input_refused():
    with pytest.raises(ValueError):
        lesson_dates(date(2026, 9, 1), date(2026, 9, 7), [6])
    with pytest.raises(ValueError):
        Period(PeriodKind.quarter, 1, date(2026, 9, 2), date(2026, 9, 1))
    with pytest.raises(ValueError):
        Period(PeriodKind.half_year, 3, date(2026, 9, 1), date(2026, 9, 2))
    with pytest.raises(ValueError):
        Holiday("x", date(2026, 9, 2), date(2026, 9, 1))


day = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
holiday = st.builds(lambda s, n: Holiday("каникулы", s, s + timedelta(days=n)), day, st.integers(0, 20))


@given(day, st.integers(0, 120), st.sets(st.integers(0, 5)), st.lists(holiday, max_size=4))
def test_lesson_dates_properties(start, length, weekdays, holidays):
    end = start + timedelta(days=length)
    dates = lesson_dates(start, end, weekdays, holidays)
    assert dates == sorted(set(dates))
    for d in dates:
        assert start <= d <= end and d.weekday() in weekdays and d.weekday() != 6
        assert not any(d in h for h in holidays)
    # nothing missed
    expected = [start + timedelta(days=i) for i in range(length + 1)]
    assert len(dates) == sum(
        1 for d in expected if d.weekday() in weekdays and not any(d in h for h in holidays))


@given(day, st.integers(0, 60), st.lists(st.tuples(st.integers(0, 5), st.integers(0, 8)), max_size=10),
       st.lists(holiday, max_size=3))
def test_lesson_slots_properties(start, length, timetable, holidays):
    end = start + timedelta(days=length)
    slots = lesson_slots(start, end, timetable, holidays)
    assert slots == sorted(set(slots))
    for d, number in slots:
        assert start <= d <= end and (d.weekday(), number) in timetable
        assert not any(d in h for h in holidays)


def test_period_names_from_a_kind_or_its_stored_value():
    from ejournal_desktop.domain.calendar import PeriodKind, period_label, period_noun
    assert period_label("quarter", 2) == "2-я четверть" == period_label(PeriodKind.quarter, 2)
    assert period_label("half_year", 1) == "1-е полугодие" and period_label("trimester", 3) == "3-й триместр"
    assert period_noun("half_year") == "полугодие"
