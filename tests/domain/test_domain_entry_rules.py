"""The regulation's entry rules: one function each, None when allowed, a Russian message when not."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ejournal_desktop.domain import entry_rules as rules

DAY = dt.date(2026, 11, 27)
dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))
days = st.integers(min_value=0, max_value=60)


def test_no_marks_or_attendance_on_a_lesson_still_to_come():
    assert rules.mark_not_yet_held(DAY, DAY) is None
    assert rules.mark_not_yet_held(DAY - dt.timedelta(days=1), DAY) is None
    assert rules.mark_not_yet_held(dt.date(2026, 12, 12), DAY) == (
        "Нельзя ставить отметку на урок, который ещё не прошёл (12.12.2026)")
    assert "ещё не прошёл" in rules.attendance_not_yet_held(DAY + dt.timedelta(days=1), DAY)


def test_by_default_the_window_ends_with_the_lessons_day_written_works_get_their_days():
    assert rules.mark_window_closed(DAY, DAY) is None
    assert "постфактум" in rules.mark_window_closed(DAY, DAY + dt.timedelta(days=1))
    assert rules.mark_window_closed(DAY, DAY + dt.timedelta(days=7), work_type_days=7) is None
    assert rules.mark_window_closed(DAY, DAY + dt.timedelta(days=8), work_type_days=7) is not None
    assert rules.mark_window_closed(DAY, DAY + dt.timedelta(days=2), window_days=3) is None


def test_after_the_window_a_change_is_a_correction_and_before_it_is_not():
    late = DAY + dt.timedelta(days=1)
    assert "заявке на исправление" in rules.change_needs_correction(DAY, late)
    assert rules.correction_not_needed(DAY, late) is None
    assert rules.change_needs_correction(DAY, DAY) is None
    assert "самостоятельно" in rules.correction_not_needed(DAY, DAY)


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_a_correction_needs_a_written_reason(reason):
    assert "причину" in rules.correction_reason_missing(reason)
    assert rules.correction_reason_missing("Техническая ошибка") is None


def test_period_marks_on_or_after_the_last_lesson():
    assert rules.period_mark_too_early(DAY, DAY) is None
    assert rules.period_mark_too_early(DAY, DAY + dt.timedelta(days=3)) is None
    assert rules.period_mark_too_early(DAY, DAY - dt.timedelta(days=1), "за год") == (
        "Отметку за год можно выставить не раньше последнего урока (27.11.2026)")


def test_locks_year_marks_and_membership():
    assert rules.course_locked(False) is None and "закрыт" in rules.course_locked(True)
    assert rules.year_mark_set(False) is None and "Годовая" in rules.year_mark_set(True)
    assert rules.final_mark_set(False) is None and rules.final_mark_set(True)
    assert rules.course_closed_by_year_marks(False) is None and rules.course_closed_by_year_marks(True)
    assert rules.course_has_no_marks(True) is None and rules.course_has_no_marks(False)
    stays = [(dt.date(2026, 9, 1), dt.date(2026, 10, 21))]
    assert rules.pupil_not_in_course(dt.date(2026, 10, 21), stays) is None
    assert "22.10.2026" in rules.pupil_not_in_course(dt.date(2026, 10, 22), stays)
    assert rules.pupil_not_in_course(DAY, [(dt.date(2026, 11, 18), None)]) is None


def test_a_negative_window_is_a_bug():
    with pytest.raises(ValueError):
        rules.entry_deadline(DAY, -1)


@given(lesson=dates, today=dates, window=days, extra=days)
def test_exactly_one_of_direct_change_and_correction_applies(lesson, today, window, extra):
    direct = rules.change_needs_correction(lesson, today, window, extra) is None
    request = rules.correction_not_needed(lesson, today, window, extra) is None
    assert direct != request
    # A new mark may go in exactly when a change may be made directly (and the lesson is held).
    assert (rules.mark_window_closed(lesson, today, window, extra) is None) == direct


@given(lesson=dates, today=dates, window=days, extra=days, more=days)
def test_a_longer_window_never_closes_what_a_shorter_one_leaves_open(lesson, today, window, extra, more):
    if rules.mark_window_closed(lesson, today, window, extra) is None:
        assert rules.mark_window_closed(lesson, today, window + more, extra) is None
        assert rules.mark_window_closed(lesson, today, window, extra + more) is None


@given(lesson=dates, window=days, extra=days)
def test_the_lessons_own_day_is_always_open_and_the_day_after_the_deadline_never(lesson, window, extra):
    assert rules.mark_cell_closed(lesson, lesson, window, extra) is None
    assert rules.attendance_window_closed(lesson, lesson, window) is None
    deadline = rules.entry_deadline(lesson, window, extra)
    assert deadline >= lesson
    assert rules.mark_cell_closed(lesson, deadline, window, extra) is None
    assert rules.mark_cell_closed(lesson, deadline + dt.timedelta(days=1), window, extra) is not None


@given(lesson=dates, today=dates)
def test_a_future_lesson_is_never_open_for_marks(lesson, today):
    closed = rules.mark_cell_closed(lesson, today) is not None
    assert closed == (today != lesson)
    if lesson > today:
        assert "ещё не прошёл" in rules.mark_cell_closed(lesson, today, 30, 30)


# --- issue 17 item 6: the fix time of a mark and the period-mark window ---------------------------------

_TYPED = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.timezone.utc)


def _cell(now: dt.datetime, typed=((_TYPED, True),), fix_minutes: int | None = 15, school_wide: bool = False,
          lesson_date: dt.date = dt.date(2026, 11, 27), today: dt.date = dt.date(2026, 11, 27)) -> rules.LessonCell:
    return rules.lesson_cell(rules.LessonCellFacts(
        lesson_date, today, 0, 0, True, school_wide, False, False, True,
        ((dt.date(2026, 9, 1), None),), False, True, "5А Русский язык", now, fix_minutes, typed))


def test_a_mark_is_fixed_freely_for_15_minutes_then_only_by_a_request():
    assert _cell(_TYPED + dt.timedelta(minutes=10)).changes.allowed
    late = _cell(_TYPED + dt.timedelta(minutes=20))
    assert late.marks.allowed  # a new mark still goes in
    assert not late.changes.allowed and late.changes.action == rules.CORRECTION_REQUEST
    assert "15 мин после ввода" in late.changes.reason and "по заявке на исправление" in late.changes.reason


def test_another_teachers_mark_the_deputy_and_a_relaxed_school():
    later = _TYPED + dt.timedelta(hours=3)
    assert "другой учитель" in _cell(_TYPED, typed=((_TYPED, False),)).changes.reason
    assert _cell(later, school_wide=True).changes.allowed
    assert _cell(later, fix_minutes=None).changes.allowed
    past = _cell(later, today=dt.date(2026, 11, 28))  # past the entry window: a request, whatever the time
    assert not past.changes.allowed and past.changes.past_window and past.changes.action == rules.CORRECTION_REQUEST


def test_the_period_mark_window_follows_the_entry_window_unless_longer():
    assert rules.period_mark_days(0, 0) == 0 and rules.period_mark_days(0, 3) == 3
    assert rules.period_mark_days(5, 3) == 5 and rules.period_mark_days(-1, 3) is None
    last = dt.date(2026, 10, 23)
    assert not rules.period_mark_late(last, last, 0)
    assert rules.period_mark_late(last, last + dt.timedelta(days=1), 0)
    assert not rules.period_mark_late(last, last + dt.timedelta(days=99), None)
