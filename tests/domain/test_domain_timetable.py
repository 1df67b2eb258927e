"""The timetable's rules: conflicts as they are made, a course's weekly load, lessons across holidays, and
what regenerating may and may not change."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ejournal_desktop.domain.calendar import Holiday, PeriodKind, default_holidays, default_periods
from ejournal_desktop.domain.timetable import (
    ConflictKind,
    ExistingLesson,
    Placement,
    WeeklyEntry,
    find_conflicts,
    load_conflict,
    load_matches,
    plan_lessons,
    school_days,
    slot_label,
    wanted_lessons,
)


def place(course, weekday, number, teacher, *, cls=1, subgroup=None, room="", label=""):
    return Placement(course, weekday, number, teacher, f"Учитель {teacher}", cls, "5А" if cls == 1 else "6Б",
                     subgroup, room, label or f"курс {course}")


# --- conflicts -----------------------------------------------------------------------------------------------

def test_a_teacher_in_two_classes_at_once_is_a_conflict_naming_the_slot_and_both_courses():
    found = find_conflicts([place(1, 0, 2, teacher=7, cls=1, room="201", label="5А, Математика"),
                            place(2, 0, 2, teacher=7, cls=2, room="202", label="6Б, Математика")])
    assert [(c.kind, c.slot, c.course_ids) for c in found] == [(ConflictKind.teacher, (0, 2), (1, 2))]
    assert found[0].message == ("понедельник, 2-й урок: учитель Учитель 7 ведёт сразу «5А, Математика» и "
                                "«6Б, Математика»")


def test_the_same_teacher_at_another_hour_is_no_conflict():
    assert find_conflicts([place(1, 0, 2, 7, cls=1), place(2, 0, 3, 7, cls=2), place(3, 1, 2, 7, cls=2)]) == []


def test_a_room_taken_twice_is_a_conflict_whatever_the_spacing_and_case():
    found = find_conflicts([place(1, 2, 4, 7, cls=1, room="Спортзал"), place(2, 2, 4, 8, cls=2, room=" спортзал ")])
    assert [(c.kind, c.slot, c.course_ids) for c in found] == [(ConflictKind.room, (2, 4), (1, 2))]
    assert "кабинет Спортзал занят дважды" in found[0].message


def test_rooms_left_empty_never_clash():
    assert find_conflicts([place(1, 2, 4, 7, cls=1), place(2, 2, 4, 8, cls=2)]) == []


def test_subgroups_side_by_side_are_fine_but_two_whole_class_lessons_are_not():
    groups = [place(1, 1, 2, 7, subgroup=10, room="204"), place(2, 1, 2, 8, subgroup=11, room="205")]
    assert find_conflicts(groups) == []
    clash = find_conflicts([place(1, 1, 2, 7, room="204"), place(3, 1, 2, 9, room="207")])
    assert [(c.kind, c.course_ids) for c in clash] == [(ConflictKind.class_busy, (1, 3))]
    assert clash[0].message.startswith("вторник, 2-й урок: у класса 5А два урока сразу")
    # a subgroup beside a whole-class lesson, and one subgroup twice, are conflicts too
    assert [c.kind for c in find_conflicts([place(1, 1, 2, 7, subgroup=10), place(3, 1, 2, 9)])] == [
        ConflictKind.class_busy]
    assert [c.kind for c in find_conflicts([place(1, 1, 2, 7, subgroup=10), place(2, 1, 2, 8, subgroup=10)])] == [
        ConflictKind.class_busy]


def test_one_bad_slot_can_break_several_rules_at_once():
    found = find_conflicts([place(1, 4, 1, 7, cls=1, room="201"), place(2, 4, 1, 7, cls=1, room="201")])
    assert sorted(c.kind.value for c in found) == ["class", "room", "teacher"]


def test_the_load_is_met_by_exactly_its_hours_and_half_hours_by_either_neighbour():
    assert load_matches(3, 3) and not load_matches(3, 2) and not load_matches(3, 4)
    assert load_matches(1.5, 1) and load_matches(1.5, 2) and not load_matches(1.5, 3)
    assert load_conflict(5, "5А, Математика", 5, 5) is None
    too_few = load_conflict(5, "5А, Математика", 5, 4)
    assert too_few.kind is ConflictKind.load and too_few.slot is None and too_few.course_ids == (5,)
    assert too_few.message == "«5А, Математика»: в расписании 4 урока в неделю, по нагрузке 5 ч — на 1 меньше"
    assert load_conflict(5, "5А, ИЗО", 1, 2).message.endswith("на 1 больше")
    assert "0 уроков" in load_conflict(5, "5А, ИЗО", 1, 0).message


def test_slot_labels():
    assert slot_label(0, 1) == "понедельник, 1-й урок"
    assert slot_label(5, 7) == "суббота, 7-й урок"


# --- lessons from the timetable ---------------------------------------------------------------------------------

def test_lessons_fall_on_the_timetable_s_weekdays_and_skip_the_holidays():
    # 2026/2027: the autumn holidays are 27.10–04.11; 4 November is a Wednesday.
    holidays = default_holidays(2026)
    quarters = [(p.start, p.end) for p in default_periods(2026, PeriodKind.quarter)]
    days = school_days(date(2026, 10, 19), date(2026, 11, 13), quarters, holidays)
    wanted = wanted_lessons([WeeklyEntry(0, 2, "201"), WeeklyEntry(2, 4, "202")], days)
    assert sorted(wanted) == [
        (date(2026, 10, 19), 2), (date(2026, 10, 21), 4),   # the week before the holidays
        (date(2026, 10, 26), 2),                            # the last day of the 1st quarter
        (date(2026, 11, 9), 2), (date(2026, 11, 11), 4),    # not 28.10, 2.11, 4.11: the holidays
    ]
    assert wanted[(date(2026, 11, 11), 4)] == "202"


def test_a_one_day_holiday_and_the_first_grade_s_february_week_are_skipped():
    first_grade = default_holidays(2026, first_grade=True) + (Holiday("День защитника Отечества",
                                                                      date(2027, 2, 23), date(2027, 2, 23)),)
    days = school_days(date(2027, 2, 1), date(2027, 2, 28), [(date(2027, 1, 12), date(2027, 3, 22))], first_grade)
    tuesdays = [d for d, _ in wanted_lessons([WeeklyEntry(1, 1)], days)]
    assert date(2027, 2, 16) not in tuesdays          # the February week of the first grade
    assert date(2027, 2, 23) not in tuesdays          # a public holiday
    assert tuesdays == [date(2027, 2, 2), date(2027, 2, 9)]


def test_an_entry_gives_lessons_only_while_it_is_valid():
    days = [date(2026, 11, 2) + timedelta(days=7 * k) for k in range(6)]  # six Mondays
    old = WeeklyEntry(0, 1, "201", date(2026, 9, 1), date(2026, 11, 15))
    new = WeeklyEntry(0, 3, "305", date(2026, 11, 16))
    wanted = wanted_lessons([old, new], days)
    assert sorted(wanted) == [(date(2026, 11, 2), 1), (date(2026, 11, 9), 1), (date(2026, 11, 16), 3),
                              (date(2026, 11, 23), 3), (date(2026, 11, 30), 3), (date(2026, 12, 7), 3)]


@given(st.sets(st.tuples(st.integers(0, 5), st.integers(1, 8)), max_size=12))
def test_every_wanted_lesson_is_on_a_school_day_with_its_weekday(slots):
    holidays = default_holidays(2026)
    periods = [(p.start, p.end) for p in default_periods(2026, PeriodKind.quarter)]
    days = school_days(date(2026, 9, 1), date(2027, 5, 31), periods, holidays)
    wanted = wanted_lessons([WeeklyEntry(wd, n) for wd, n in slots], days)
    for day, number in wanted:
        assert (day.weekday(), number) in slots
        assert not any(day in h for h in holidays) and day.weekday() != 6
    # and no school day of a timetabled weekday is missed
    assert len(wanted) == sum(1 for d in days for wd, _ in slots if d.weekday() == wd)


# --- regeneration ---------------------------------------------------------------------------------------------

TODAY = date(2026, 11, 27)  # a Friday
MON, TUE = date(2026, 11, 30), date(2026, 12, 1)


def test_regeneration_creates_missing_lessons_deletes_bare_ones_and_changes_nothing_in_the_past():
    wanted = {(MON, 3): "305", (TUE, 1): "305", (date(2026, 11, 23), 3): "305"}
    existing = [ExistingLesson(1, MON, 1, "201"),                     # off the timetable now, bare: deleted
                ExistingLesson(2, TUE, 1, "201"),                     # still there: its room follows
                ExistingLesson(3, date(2026, 11, 23), 1, "201")]      # past: untouched, not recreated
    plan = plan_lessons(wanted, existing, TODAY)
    assert plan.create == [(MON, 3, "305")]
    assert plan.delete == [1]
    assert plan.rooms == [(2, "305")]
    assert plan.move == [] and plan.kept_records == [] and plan.kept_text == []


def test_a_lesson_with_marks_or_attendance_is_never_touched():
    wanted = {(MON, 3): "305", (TUE, 1): "305"}
    existing = [ExistingLesson(1, MON, 1, "201", has_records=True),
                ExistingLesson(2, TUE, 1, "201", has_records=True)]
    plan = plan_lessons(wanted, existing, TODAY)
    assert plan.kept_records == [1]
    assert plan.delete == [] and plan.move == [] and plan.rooms == []   # not even its room
    assert plan.create == [(MON, 3, "305")]


def test_a_lesson_with_a_topic_moves_to_the_new_slot_of_the_same_day_or_stays():
    wanted = {(MON, 3): "305"}
    existing = [ExistingLesson(1, MON, 1, "201", has_text=True), ExistingLesson(2, TUE, 2, "201", has_text=True)]
    plan = plan_lessons(wanted, existing, TODAY)
    assert plan.move == [(1, 3, "305")]        # Monday: moved to the 3rd lesson, topic and all
    assert plan.kept_text == [2]               # Tuesday: nowhere to go, kept and reported
    assert plan.create == [] and plan.delete == []


def test_regenerating_twice_changes_nothing_the_second_time():
    wanted = {(MON, 3): "305", (TUE, 1): "305"}
    plan = plan_lessons(wanted, [ExistingLesson(1, MON, 1, "201")], TODAY)
    after = [ExistingLesson(10 + i, d, n, r) for i, (d, n, r) in enumerate(plan.create)]
    assert not plan_lessons(wanted, after, TODAY)
