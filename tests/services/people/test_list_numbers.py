"""№ по журналу: the class list number is fixed for the year (issue 17, item 7).

An arrival in the middle of the year is added at the end of the list; a departure renumbers nobody and
the pupil who left keeps the number; the grid, the class list and the printed book agree."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from journal_testing import DEMO_TODAY
from sqlalchemy import select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.people import class_list, movement
from ejournal_desktop.services.reports import printouts
from ejournal_desktop.storage.models import Course, Period, PeriodKind, SchoolClass, Subject

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)
NEWCOMER = {"surname": "Абрамова", "name": "Алиса", "patronymic": "Игоревна", "birth_date": dt.date(2018, 3, 4),
            "sex": "ж"}


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


def class_id(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).where(SchoolClass.grade == int(label[:-1]),
                                                     SchoolClass.letter == label[-1]))


def russian(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(Course.id).join(Subject, Subject.id == Course.subject_id)
                        .where(Course.school_class_id == class_id(db, label), Subject.name == "Русский язык")
                        .order_by(Course.id).limit(1))


def second_quarter(db) -> int:
    with db.session() as s:
        return s.scalar(select(Period.id).where(Period.kind == PeriodKind.quarter, Period.number == 2))


def numbers(roster) -> dict[int, int]:
    return {r.pupil_id: r.number for r in roster.rows}


def grid_numbers(db, actor, label: str) -> list[tuple[int, str]]:
    grid = journal.load_grid(db, actor, russian(db, label), second_quarter(db), now=NOW)
    return [(r.number, r.full_name) for r in grid.rows]


def test_an_arrival_mid_year_gets_the_next_number_at_the_end(small_demo):
    db, deputy = small_demo, login(small_demo, "zavuch")
    cid = class_id(db, "2А")
    before = class_list.class_pupils(db, deputy, cid, DEMO_TODAY)
    last = max(r.number for r in before.rows)
    # «Абрамова» sorts first alphabetically: an alphabetical list would make her № 1 and move everyone
    result = movement.arrive(db, login(db, "secretary"), cid, DEMO_TODAY, "77", pupil=NEWCOMER)
    after = class_list.class_pupils(db, deputy, cid, DEMO_TODAY)
    assert numbers(after) == numbers(before) | {result.pupil_id: last + 1}
    assert after.rows[-1].pupil_id == result.pupil_id and after.rows[-1].number == last + 1
    # the journal page: the same numbers, the newcomer in the last row
    grid = grid_numbers(db, deputy, "2А")
    assert grid[-1] == (last + 1, "Абрамова Алиса Игоревна")
    assert {name: n for n, name in grid} == {r.full_name: r.number for r in after.rows
                                             if r.departed_on is None or r.departed_on > dt.date(2026, 11, 1)}


def test_a_departure_renumbers_nobody_and_the_pupil_who_left_keeps_the_number(small_demo):
    db, deputy = small_demo, login(small_demo, "zavuch")
    cid = class_id(db, "5А")
    before = class_list.class_pupils(db, deputy, cid, DEMO_TODAY)
    leaving = before.rows[2]
    day = DEMO_TODAY + dt.timedelta(days=1)   # after the pupil's last mark: nothing would vanish
    movement.depart(db, login(db, "secretary"), leaving.pupil_id, day, "78", "МБОУ СОШ № 2 г. Тулы")
    after = class_list.class_pupils(db, deputy, cid, day)
    assert numbers(after) == numbers(before)
    gone = next(r for r in after.rows if r.pupil_id == leaving.pupil_id)
    assert gone.departed_on == day and gone.number == 3 and gone not in after.present
    # a pupil who comes back to the class takes the old number again, not a new one at the end
    back = DEMO_TODAY + dt.timedelta(days=10)
    movement.arrive(db, login(db, "secretary"), cid, back, "79", pupil_id=leaving.pupil_id)
    assert numbers(class_list.class_pupils(db, deputy, cid, back)) == numbers(before)


def test_the_printed_class_book_shows_the_grids_numbers(small_demo, tmp_path):
    db, deputy = small_demo, login(small_demo, "zavuch")
    cid = class_id(db, "2А")
    movement.arrive(db, login(db, "secretary"), cid, DEMO_TODAY, "77", pupil=NEWCOMER)
    grid = grid_numbers(db, deputy, "2А")
    path = printouts.export_class_book(db, deputy, cid, tmp_path / "book.pdf", period_id=second_quarter(db), now=NOW)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    november = text[text.index("Ноябрь 2026"):]
    printed = {}
    for n, name in re.findall(r"^\s*(\d+)\s+([А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+)", november, re.M):
        printed.setdefault(name, int(n))
    assert printed["Абрамова Алиса Игоревна"] == grid[-1][0]
    for number, name in grid:
        assert printed.get(name) == number, name
    # the summary sheet too: the same numbers
    summary = text[text.index("Сводная ведомость учёта успеваемости"):]
    for number, name in grid:
        surname = name.split()[0]
        assert re.search(rf"^\s*{number}\s+{surname}\b", summary, re.M), name


@pytest.mark.parametrize("label", ["2А", "5А", "10А"])
def test_the_demo_lists_start_alphabetically_and_number_each_pupil_once(small_demo, label):
    db, deputy = small_demo, login(small_demo, "zavuch")
    roster = class_list.class_pupils(db, deputy, class_id(db, label), dt.date(2027, 5, 31))
    assert [r.number for r in roster.rows] == list(range(1, len(roster.rows) + 1))
    first = [r.full_name for r in roster.rows if r.arrived_on == dt.date(2026, 9, 1)]
    assert first == [r.full_name for r in roster.rows[:len(first)]]
