"""After the year is closed, the next year's copied periods and holidays wait for the school to confirm
their dates: the checklist and `ejournal setup check` list them until confirmed (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import ejournal
from setup_testing import closed_year_school

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.administration import year_closing
from ejournal_desktop.services.school import setup_check, year_confirmation

DAY = dt.date(2027, 6, 21)


@pytest.fixture
def closed_school(tmp_path, db_key):
    path = tmp_path / "closed.db"
    db = closed_year_school(path)
    yield db, path
    db.close()


def _lines(db, actor):
    items = {i.key: i for i in setup_check.checklist(db, actor, DAY).items}
    return items["periods_confirmed"], items["holidays_confirmed"]


def test_the_copied_periods_and_holidays_wait_for_confirmation_then_tick(closed_school):
    db, path = closed_school
    deputy = accounts.authenticate(db, "zavuch", "demo")
    checklist = setup_check.checklist(db, deputy, DAY)
    assert checklist.year == "2027/2028"
    periods, holidays = _lines(db, deputy)
    assert not periods.done and periods.blocking and periods.page == "year"
    assert periods.detail == "Периоды 2027/2028 скопированы — проверьте даты."
    assert not holidays.done and "Каникулы не подтверждены" in holidays.detail
    r = ejournal("--db", str(path), "--user", "zavuch", "setup", "check", password="demo")
    assert r.returncode == 1 and "Периоды 2027/2028 скопированы" in r.stdout + r.stderr, r.stdout

    new_year = next(y for y in year_closing.academic_years(db, deputy) if y.label == "2027/2028")
    for piece in year_confirmation.PIECES:
        year_confirmation.confirm(db, deputy, new_year.id, piece)
    periods, holidays = _lines(db, deputy)
    assert periods.done and holidays.done and periods.detail.startswith("Даты периодов подтверждены: ")
    r = ejournal("--db", str(path), "--user", "zavuch", "setup", "check", password="demo")
    assert "Периоды 2027/2028 скопированы" not in r.stdout + r.stderr
