"""`ejournal year …` from a script's point of view: refusals list the gaps and change nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from journal_testing import TEST_KEY_HEX, copy_journal
from journal_testing import ejournal as run_ejournal
from sqlalchemy import select


def ejournal(*args: str, password: str | None = "demo", key: str | None = TEST_KEY_HEX):
    return run_ejournal(*args, password=password, key=key)


# A year already over by the real clock (the command line has no clock to set): 2025/2026.
YEAR_END_TODAY = dt.date(2026, 6, 15)


@pytest.fixture(scope="module")
def year_end_template(tmp_path_factory):
    from ejournal_desktop.services import demo
    from ejournal_desktop.storage import database
    path = tmp_path_factory.mktemp("year_end_cli") / "year_end.db"
    db = database.create(path, key=bytes.fromhex(TEST_KEY_HEX))
    demo.generate(db, "small", seed=1, today=YEAR_END_TODAY)
    db.close()
    return path


@pytest.fixture
def school(year_end_template, tmp_path) -> Path:
    return copy_journal(year_end_template, tmp_path / "school.db")


def drop_a_year_mark(path: Path) -> None:
    """Delete one year mark of 5А directly, as if the teacher had not put it yet."""
    from ejournal_desktop.storage import database
    from ejournal_desktop.storage.models import Course, PeriodMark, PeriodMarkKind, SchoolClass, Subject
    db = database.open_file(path, key=bytes.fromhex(TEST_KEY_HEX))
    with db.session() as s, s.begin():
        mark = s.scalars(select(PeriodMark).join(Course).join(SchoolClass).join(Subject).where(
            SchoolClass.grade == 5, Subject.name == "Математика", PeriodMark.kind == PeriodMarkKind.year)
            .order_by(PeriodMark.pupil_id)).first()
        s.delete(mark)
    db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_passes_on_a_finished_year(school):
    r = ejournal("--db", str(school), "--user", "admin", "year", "check")
    assert r.returncode == 0, r.stderr
    assert "можно закрывать" in r.stdout


def test_check_lists_the_gaps(school):
    drop_a_year_mark(school)
    r = ejournal("--db", str(school), "--user", "admin", "year", "check", "--json")
    assert r.returncode == 1
    [gap] = json.loads(r.stdout)
    assert (gap["class"], gap["subject"], len(gap["pupils"])) == ("5А", "Математика", 1)
    assert "нет годовых отметок в 1 журналах" in r.stderr


def test_close_refuses_listing_the_gaps_and_changing_nothing(school):
    drop_a_year_mark(school)
    # The login's audit entry is a write: log in once first, then compare the file around the refusal.
    ejournal("--db", str(school), "--user", "admin", "year", "check")
    r = ejournal("--db", str(school), "--user", "admin", "year", "close", "--order", "45-у", "--date", "2026-06-18")
    assert r.returncode == 1
    assert "Год не закрыт" in r.stderr and "5А, Математика" in r.stderr and "Ничего не изменено" in r.stderr
    from ejournal_desktop.storage import database
    from ejournal_desktop.storage.models import AcademicYear, AuditEntry, YearStatus
    db = database.open_file(school, key=bytes.fromhex(TEST_KEY_HEX))
    with db.session() as s:
        assert s.scalars(select(AcademicYear.status)).all() == [YearStatus.open]
        last = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)).one()
    db.close()
    assert last == "login"  # nothing but the login of the refused command


def test_close_then_check_again(school, tmp_path):
    archive = tmp_path / "E"
    archive.mkdir()
    r = ejournal("--db", str(school), "--user", "admin", "year", "close", "--order", "45-у",
                 "--date", "2026-06-18", "--archive-to", str(archive), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["closed"] is True and data["next_year"] == "2026/2027"
    assert "6А" in data["classes_created"] and data["archives"][0]["ok"] is True
    assert list(archive.glob("*-year_archive.ejb"))
    again = ejournal("--db", str(school), "--user", "admin", "year", "close", "--order", "46-у",
                     "--date", "2026-06-19")
    assert again.returncode == 1  # the new year is not over (or, run after May 2027, lacks year marks)
    assert "ещё не окончен" in again.stderr or "Год не закрыт" in again.stderr


def test_decide_and_list_decisions(school):
    r = ejournal("--db", str(school), "--user", "admin", "year", "decisions", "--changed", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    repeating = next(d for d in rows if d["decision"] == "repeat_year" and d["class"] == "2А")
    r = ejournal("--db", str(school), "--user", "admin", "year", "decide", str(repeating["pupil_id"]),
                 "conditional_promotion", "--note", "педсовет, протокол № 9")
    assert r.returncode == 0, r.stderr
    assert "условный перевод → 3А" in r.stdout
    bad = ejournal("--db", str(school), "--user", "admin", "year", "decide", str(repeating["pupil_id"]), "graduation")
    assert bad.returncode == 1 and "невозможно" in bad.stderr


def test_usage_errors_and_rights(school):
    r = ejournal("--db", str(school), "--user", "admin", "year", "close", "--order", "1", "--date", "18.06.2026")
    assert r.returncode == 2 and "ГГГГ-ММ-ДД" in r.stderr
    r = ejournal("--db", str(school), "--user", "zavuch", "year", "close", "--order", "1", "--date", "2026-06-18")
    assert r.returncode == 1 and "закрытие учебного года" in r.stderr
    r = ejournal("--db", str(school), "year", "check")
    assert r.returncode == 1 and "--user" in r.stderr


def test_remove_old_asks_for_the_summary_sheets(school):
    r = ejournal("--db", str(school), "--user", "admin", "year", "remove-old")
    assert r.returncode == 0 and "ничего не удалено" in r.stdout  # nothing older than five years
