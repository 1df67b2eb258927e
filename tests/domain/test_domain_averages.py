import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ejournal_desktop.domain.averages import RoundingRule, suggest_period_mark, weighted_average
from ejournal_desktop.domain.grading import FIVE_POINT, PASS_FAIL, MarkError

marks = st.lists(st.tuples(st.sampled_from(FIVE_POINT.codes), st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0])),
                 min_size=1, max_size=30)
averages = st.floats(min_value=1, max_value=5, allow_nan=False)


def test_weighted_average():
    assert weighted_average([("5", 2), ("3", 1)], FIVE_POINT) == pytest.approx(13 / 3)
    assert weighted_average([("5", 1), ("2", 0)], FIVE_POINT) == 5
    assert weighted_average([], FIVE_POINT) is None
    assert weighted_average([("4", 0)], FIVE_POINT) is None
    assert weighted_average([("зач", 1)], PASS_FAIL) is None
    assert weighted_average([("4", 1), ("н/а", 1), ("осв.", 1)], FIVE_POINT) == 4


def test_weighted_average_refuses_bad_input():
    with pytest.raises(MarkError):
        weighted_average([("6", 1)], FIVE_POINT)
    with pytest.raises(ValueError):
        weighted_average([("5", -1)], FIVE_POINT)


@pytest.mark.parametrize(("average", "mark"), [
    (5, "5"), (4.5, "5"), (4.49, "4"), (3.5, "4"), (3.49, "3"), (2.5, "3"), (2.49, "2"), (1, "2"),
    (None, None),
])
def test_default_rule(average, mark):
    assert suggest_period_mark(average) == mark


def test_school_threshold_for_five():
    strict = RoundingRule.from_thresholds({5: 4.65})
    assert strict == RoundingRule(4.65, 3.5, 2.5)
    assert suggest_period_mark(4.6, strict) == "4"
    assert suggest_period_mark(4.65, strict) == "5"


def test_float_sum_reaches_threshold():
    # 0.1-weights make the sum slightly below 4.5
    avg = weighted_average([("5", 0.1)] * 5 + [("4", 0.1)] * 5, FIVE_POINT)
    assert suggest_period_mark(avg) == "5"


def test_bad_rules_refused():
    with pytest.raises(ValueError):
        RoundingRule(3.4, 3.5, 2.5)
    with pytest.raises(ValueError):
        RoundingRule.from_thresholds({2: 1.5})


@given(marks)
def test_average_between_min_and_max(ms):
    points = [int(c) for c, _ in ms]
    avg = weighted_average(ms, FIVE_POINT)
    assert min(points) - 1e-9 <= avg <= max(points) + 1e-9


@given(marks, st.sampled_from([0.5, 1.0, 2.0]))
def test_mark_equal_to_average_keeps_it(ms, weight):
    avg = weighted_average(ms, FIVE_POINT)
    assume(avg == int(avg))
    assert weighted_average([*ms, (str(int(avg)), weight)], FIVE_POINT) == pytest.approx(avg)


@given(averages, averages)
def test_suggestion_monotone(a, b):
    low, high = sorted((a, b))
    assert int(suggest_period_mark(low)) <= int(suggest_period_mark(high))


@given(averages, st.floats(min_value=4.1, max_value=5), st.floats(min_value=4.1, max_value=5))
def test_threshold_changes_only_its_boundary(avg, t1, t2):
    assume(not min(t1, t2) - 1e-6 <= avg <= max(t1, t2) + 1e-6)
    assert suggest_period_mark(avg, RoundingRule(five=t1)) == suggest_period_mark(avg, RoundingRule(five=t2))
