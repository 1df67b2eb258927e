import pytest
from hypothesis import given
from hypothesis import strategies as st

from ejournal_desktop.domain.grading import MarkError
from ejournal_desktop.domain.metrics import (
    MarkAccumulation,
    PupilResult,
    credited,
    is_credit,
    learning_degree,
    mark_accumulation,
    pass_rate,
    quality_rate,
)


def r(*marks, **flags):
    return PupilResult(tuple(marks), **flags)


def test_pass_and_quality():
    results = [r("5", "5"), r("4", "5", "зач"), r("3", "4"), r("2", "5"), r("н/а")]
    assert pass_rate(results) == 60
    assert quality_rate(results) == 40


def test_exempt_departed_and_empty():
    assert pass_rate([]) is None and quality_rate([]) is None and learning_degree([]) is None
    assert pass_rate([r("5", exempt=True), r("5", departed=True), r("осв.", "осв.")]) is None
    assert pass_rate([r("5", "осв."), r("2")]) == 50  # осв. in one subject is neutral
    assert pass_rate([r(), r("5")]) == 50  # no result yet: not assessed


def test_unknown_mark_refused():
    with pytest.raises(MarkError):
        pass_rate([r("7")])


def test_learning_degree():
    results = [r("5"), r("4"), r("3"), r("2")]
    assert learning_degree(results) == pytest.approx((100 + 64 + 36 + 16) / 4)
    assert learning_degree([r("5"), r("н/а")]) == pytest.approx(53.5)
    assert learning_degree([r("5"), r("1")], low_coefficient=8) == 54
    assert learning_degree([r("5"), r("осв."), r("3", exempt=True)]) == 100


def test_mark_accumulation():
    acc = mark_accumulation([r(), r("5"), r("4", "3"), r(), r("2", departed=True)])
    assert acc == MarkAccumulation(counted=4, no_marks=2, one_mark=1)
    assert acc.no_marks_percent == 50 and acc.one_mark_percent == 25
    assert mark_accumulation([r(exempt=True)]) is None


mark = st.sampled_from(["5", "4", "3", "2", "1", "зач", "незач", "н/а", "осв."])
pupil = st.builds(lambda ms, e, d: PupilResult(tuple(ms), e, d),
                  st.lists(mark, max_size=5), st.booleans(), st.booleans())


def graded(results):
    """The results without their pass/fail marks; pupils with nothing else left out."""
    return [PupilResult(tuple(m for m in r.marks if not is_credit(m)), r.exempt, r.departed) for r in results
            if not r.marks or not all(is_credit(m) for m in r.marks)]


def test_pass_fail_never_counts_in_the_quality_rate():
    # «незач» does not break a pupil's quality, «зач» does not make it; both count in the pass rate.
    assert quality_rate([r("5", "незач"), r("4", "зач"), r("3", "зач")]) == pytest.approx(200 / 3)
    assert pass_rate([r("5", "незач"), r("4", "зач"), r("3", "зач")]) == pytest.approx(200 / 3)
    assert quality_rate([r("зач"), r("незач")]) is None     # a pass/fail subject alone has no quality rate
    assert pass_rate([r("зач"), r("незач")]) == 50


def test_credited_counts_passes_of_the_pupils():
    assert credited(["зач", "незач", None, "н/а", "осв.", "зач"]) == (2, 5)
    assert credited([]) == (0, 0)


@given(st.lists(pupil, max_size=20))
def test_rates_ordered(results):
    # Pass/fail marks are out of the quality rate altogether: it equals the rate without them.
    q = quality_rate(results)
    assert q == quality_rate(graded(results))
    p = pass_rate(graded(results))
    if p is None:
        assert q is None
    else:
        assert 0 <= q <= p <= 100
    degree = learning_degree(results)
    assert degree is None or 7 <= degree <= 100


@given(st.lists(pupil, max_size=20), st.lists(mark, max_size=5), st.integers(0, 20))
def test_exempt_pupil_changes_nothing(results, marks, where):
    extra = [*results[:where], PupilResult(tuple(marks), exempt=True), *results[where:]]
    for metric in (pass_rate, quality_rate, learning_degree, mark_accumulation):
        assert metric(extra) == metric(results)
