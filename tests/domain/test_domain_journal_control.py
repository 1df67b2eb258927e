"""Rules of journal control: late homework and marks, the programme due by a date, class movement."""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.domain.journal_control import (
    Stay,
    homework_deadline,
    homework_late,
    mark_late,
    movement_counts,
    programme_completion,
    teaching_weeks,
)

D = dt.date


def test_homework_deadline_is_two_hours_after_the_classes_last_lesson():
    assert homework_deadline(D(2026, 11, 2), dt.time(13, 40)) == dt.datetime(2026, 11, 2, 15, 40)
    # Without a bell for the lesson: the whole day.
    assert homework_deadline(D(2026, 11, 2), None) == dt.datetime(2026, 11, 2, 23, 59, 59, 999999)


def test_homework_written_ahead_or_in_time_is_not_late_one_late_change_is():
    deadline = homework_deadline(D(2026, 11, 2), dt.time(13, 40))
    week_ahead = dt.datetime(2026, 10, 26, 18, 0)
    assert not homework_late([week_ahead, dt.datetime(2026, 11, 2, 15, 40)], deadline)
    assert homework_late([week_ahead, dt.datetime(2026, 11, 2, 15, 41)], deadline)
    assert not homework_late([], deadline)


@pytest.mark.parametrize("lesson, entered, days, late", [
    (D(2026, 11, 2), D(2026, 11, 2), 0, False),
    (D(2026, 11, 2), D(2026, 11, 3), 0, True),
    (D(2026, 11, 2), D(2026, 11, 9), 7, False),   # a dictation checked within its week
    (D(2026, 11, 2), D(2026, 11, 10), 7, True),
])
def test_mark_is_late_after_the_lesson_day_or_the_written_works_checking_days(lesson, entered, days, late):
    assert mark_late(lesson, entered, days) is late


def test_teaching_weeks_count_weekdays_outside_holidays():
    # Mon 2 Nov – Sun 15 Nov 2026: ten weekdays; the autumn holidays take Mon 2 – Wed 4 Nov.
    assert teaching_weeks(D(2026, 11, 2), D(2026, 11, 15)) == 2.0
    assert teaching_weeks(D(2026, 11, 2), D(2026, 11, 15), [(D(2026, 10, 27), D(2026, 11, 4))]) == pytest.approx(1.4)
    assert teaching_weeks(D(2026, 11, 15), D(2026, 11, 2)) == 0.0


def test_completion_without_a_plan_is_hours_per_week_times_weeks():
    c = programme_completion(given=10, weeks=8.0, weeks_to_date=3.0, hours_per_week=4)
    assert (c.from_plan, c.planned, c.planned_to_date, c.given, c.lag) == (False, 32.0, 12.0, 10, 2.0)
    assert c.percent == pytest.approx(100 * 10 / 12)


def test_completion_with_a_plan_spreads_its_hours_over_the_year_and_ahead_is_no_lag():
    # 102 hours over 34 weeks: 3 a week.
    c = programme_completion(given=20, weeks=8.0, weeks_to_date=6.0, hours_per_week=4, plan_hours=102,
                             year_weeks=34.0)
    assert (c.from_plan, c.planned, c.planned_to_date, c.lag) == (True, 24.0, 18.0, 0.0)
    assert programme_completion(0, 1.0, 0.0, hours_per_week=2).percent is None


def test_movement_counts_add_up_and_the_year_start_is_the_roll():
    year_start, start, end = D(2026, 9, 1), D(2026, 9, 1), D(2026, 10, 26)
    stays = [
        Stay(D(2026, 9, 1)),                     # promoted into the class: on the roll
        Stay(D(2026, 9, 1), D(2026, 10, 1)),     # left on 30 Sep
        Stay(D(2026, 9, 14)),                    # arrived
        Stay(D(2026, 9, 14), D(2026, 10, 5)),    # arrived and left
        Stay(D(2026, 10, 27)),                   # arrives after the dates
        Stay(D(2026, 9, 10), D(2026, 9, 10)),    # never a day in the class
    ]
    counts = movement_counts(stays, start, end, year_start)
    assert (counts.at_start, counts.arrived, counts.departed, counts.at_end) == (2, 2, 2, 2)


def test_movement_in_a_later_period_counts_arrivals_on_its_first_day():
    year_start, start, end = D(2026, 9, 1), D(2026, 11, 5), D(2026, 12, 28)
    stays = [Stay(D(2026, 9, 1)), Stay(D(2026, 11, 5)), Stay(D(2026, 9, 1), D(2026, 11, 5)),
             Stay(D(2026, 9, 1), D(2026, 12, 29)), Stay(D(2026, 9, 1), D(2026, 10, 1))]
    counts = movement_counts(stays, start, end, year_start)
    # The one whose first day away is 5 Nov left before the period: neither on the roll nor a departure.
    assert (counts.at_start, counts.arrived, counts.departed, counts.at_end) == (2, 1, 0, 3)
    assert counts.at_start + counts.arrived - counts.departed == counts.at_end


def test_enrolment_before_the_first_lesson_day_is_the_roll_in_a_month_report():
    # Lessons start on Mon 7 Sep; the pupils were enrolled on 1 Sep: September starts with them.
    counts = movement_counts([Stay(D(2026, 9, 1)), Stay(D(2026, 9, 8))], D(2026, 9, 1), D(2026, 9, 30),
                             year_start=D(2026, 9, 7))
    assert (counts.at_start, counts.arrived, counts.departed, counts.at_end) == (1, 1, 0, 2)
