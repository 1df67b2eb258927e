"""The year-closing calls the wizard adds to services/administration/year_closing.py: a decision for a whole class,
the state of the year to close, the limit of three archives, cancelling, and the list of years.

The school is the small demo at the year's end (today 2027-06-15, every year mark in) with its 10А
made a 9А: a graduating class whose pupils may continue in the 10th grade."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import TEST_KEY_HEX, copy_journal
from sqlalchemy import func, select, text

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.administration import year_closing
from ejournal_desktop.services.administration.year_closing import YearClosingError
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    AcademicYear,
    AuditEntry,
    Course,
    Enrollment,
    PeriodMark,
    PeriodMarkKind,
    SchoolClass,
    YearDecision,
    YearDecisionKind,
    YearStatus,
)

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2027, 6, 20, 12, tzinfo=MSK)
ORDER_DATE = dt.date(2027, 6, 18)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    from ejournal_desktop.services import demo
    path = tmp_path_factory.mktemp("ninth") / "ninth.db"
    db = database.create(path, key=bytes.fromhex(TEST_KEY_HEX))
    demo.generate(db, "small", seed=1, today=dt.date(2027, 6, 15))
    with db.session() as s, s.begin():
        s.execute(text("UPDATE school_class SET grade = 9 WHERE grade = 10"))
    db.close()
    return path


@pytest.fixture
def db(template, tmp_path, db_key):
    db = database.open_file(copy_journal(template, tmp_path / "ninth_school.db"))
    yield db
    db.close()


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


def class_id(db, label: str, start_year: int = 2026) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).join(AcademicYear).where(
            SchoolClass.grade == int(label[:-1]), SchoolClass.letter == label[-1],
            AcademicYear.start_year == start_year))


def on_roll(db, label: str, start_year: int = 2026) -> set[int]:
    with db.session() as s:
        return set(s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id(db, label, start_year), Enrollment.departed_on.is_(None))))


def failing(db, label: str) -> set[int]:
    with db.session() as s:
        return set(s.scalars(select(PeriodMark.pupil_id).join(Course).where(
            Course.school_class_id == class_id(db, label), PeriodMark.kind == PeriodMarkKind.year,
            PeriodMark.value == "2")))


def test_a_whole_ninth_class_continues_in_the_tenth_but_failing_pupils_keep_their_own(db):
    admin = login(db, "admin")
    ninth, weak = on_roll(db, "9А"), failing(db, "9А")
    assert ninth and weak and weak < ninth  # the demo has a failing pupil in the class
    before = {d.pupil_id: d for d in year_closing.decisions(db, admin) if d.pupil_id in ninth}
    assert {before[p].decision for p in ninth - weak} == {YearDecisionKind.graduation}

    result = year_closing.set_class_decision(db, admin, class_id(db, "9А"), "promotion", "заявления родителей",
                                             now=NOW)

    assert {d.pupil_id for d in result.changed} == ninth - weak
    assert {d.pupil_id for d in result.skipped} == weak
    assert "9А" in result.summary() and "Не изменены" in result.summary()
    after = {d.pupil_id: d for d in year_closing.decisions(db, admin) if d.pupil_id in ninth}
    for p in ninth - weak:
        assert (after[p].decision, after[p].next_class, after[p].note) == (
            YearDecisionKind.promotion, "10А", "заявления родителей")
        assert after[p].overridden
    for p in weak:
        assert after[p].decision is YearDecisionKind.repeat_year and after[p].next_class == "9А"
    with db.session() as s:
        created = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "year_decision", AuditEntry.action == "create"))
    assert created == len(ninth - weak)

    report = year_closing.close_year(db, admin, "45-у", ORDER_DATE, now=NOW)
    assert on_roll(db, "10А", 2027) == ninth - weak
    assert on_roll(db, "9А", 2027) == weak
    assert report.graduated == 0


def test_the_class_set_back_to_its_default_forgets_the_stored_decisions(db):
    admin = login(db, "admin")
    cls = class_id(db, "9А")
    year_closing.set_class_decision(db, admin, cls, "promotion", "заявления родителей", now=NOW)
    result = year_closing.set_class_decision(db, admin, cls, YearDecisionKind.graduation, now=NOW)
    assert len(result.changed) == len(on_roll(db, "9А") - failing(db, "9А"))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(YearDecision)) == 0
    again = year_closing.set_class_decision(db, admin, cls, "graduation", now=NOW)
    assert again.changed == ()  # nothing left to change


def test_a_class_decision_is_checked_like_a_pupils(db):
    admin = login(db, "admin")
    with pytest.raises(YearClosingError, match="5А класс: решение «выпуск» невозможно"):
        year_closing.set_class_decision(db, admin, class_id(db, "5А"), "graduation", now=NOW)
    with pytest.raises(YearClosingError, match="Такого класса нет"):
        year_closing.set_class_decision(db, admin, 999_999, "promotion", now=NOW)
    with pytest.raises(YearClosingError, match="Неизвестное решение"):
        year_closing.set_class_decision(db, admin, class_id(db, "5А"), "expelled", now=NOW)
    with pytest.raises(Denied):
        year_closing.set_class_decision(db, login(db, "zavuch"), class_id(db, "9А"), "promotion", now=NOW)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(YearDecision)) == 0


def test_closing_state_names_the_year_and_what_stops_it(db, small_demo):
    state = year_closing.closing_state(db, login(db, "admin"), now=NOW)
    assert (state.label, state.refusal) == ("2026/2027", None)
    assert dt.date(2027, 5, 20) <= state.classes_end <= dt.date(2027, 5, 31)
    running = year_closing.closing_state(small_demo, login(small_demo, "admin"),
                                         now=dt.datetime(2026, 11, 27, 12, tzinfo=MSK))
    assert "ещё не окончен" in running.refusal and running.label == "2026/2027"
    with pytest.raises(Denied):
        year_closing.closing_state(db, login(db, "director"), now=NOW)


def test_the_archive_goes_to_three_media_at_most(db, tmp_path):
    admin = login(db, "admin")
    folders = []
    for name in "EFGH":
        (tmp_path / name).mkdir()
        folders.append(tmp_path / name)
    with pytest.raises(YearClosingError, match="не более чем на 3 носителя"):
        year_closing.close_year(db, admin, "45-у", ORDER_DATE, archive_to=folders, now=NOW)
    assert not any(any(f.iterdir()) for f in folders)
    with db.session() as s:
        assert s.scalar(select(AcademicYear.status)) is YearStatus.open


def test_a_cancelled_closing_changes_nothing(db, tmp_path):
    admin = login(db, "admin")
    with pytest.raises(YearClosingError, match="отменено"):
        year_closing.close_year(db, admin, "45-у", ORDER_DATE, archive_to=[tmp_path], now=NOW, cancel=lambda: True)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AcademicYear)) == 1
        assert s.scalar(select(AcademicYear.status)) is YearStatus.open


def test_the_years_are_listed_latest_first_with_the_closing_order(db):
    admin = login(db, "admin")
    [only] = year_closing.academic_years(db, admin)
    assert (only.label, only.closed) == ("2026/2027", False)
    year_closing.close_year(db, admin, "45-у", ORDER_DATE, now=NOW)
    new, old = year_closing.academic_years(db, login(db, "teacher01"))
    assert (new.label, new.closed) == ("2027/2028", False)
    assert (old.label, old.closed, old.order_number, old.closed_on) == ("2026/2027", True, "45-у", ORDER_DATE)
