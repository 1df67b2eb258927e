"""`ejournal print verify`, `print sign` and `print verify-signature` from a script's point of view.

The commands live in ejournal_desktop/cli/printouts.py; these tests run the real `ejournal` with its
parsing, error handling and exit codes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import ejournal as run_ejournal
from sqlalchemy import select


def ejournal(*args: str, password: str | None = "demo", cert_password: str | None = None):
    env = {"EJOURNAL_CERT_PASSWORD": cert_password} if cert_password is not None else None
    return run_ejournal(*args, password=password, env=env)


def code_in(path) -> str:
    from pypdf import PdfReader
    return PdfReader(path).pages[0].extract_text().split(" · код ", 1)[1].split()[0]


def test_verify_exits_0_while_the_journal_holds_the_printout_and_1_after_a_correction(small_demo_path, tmp_path):
    out = tmp_path / "maths.pdf"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "print", "journal", "--class", "5А",
                 "--subject", "Математика", "--month", "2026-10", "--out", str(out))
    assert r.returncode == 0, r.stderr
    code = code_in(out)

    r = ejournal("--db", str(small_demo_path), "--user", "director", "print", "verify", code)
    assert r.returncode == 0, r.stderr
    assert f"Распечатка {code}" in r.stdout and "Лист 1 из 2: совпадает" in r.stdout
    assert "Лист 2 из 2: совпадает" in r.stdout

    # A correction of an October mark, asked by the teacher and approved by the deputy.
    from ejournal_desktop.services import journal
    from ejournal_desktop.services.access import accounts
    from ejournal_desktop.services.reports import printouts
    from ejournal_desktop.storage import database
    from ejournal_desktop.storage.models import Account, Course
    db = database.open_file(small_demo_path)
    try:
        math = printouts.course_id_by_subject(db, printouts.class_id_by_label(db, "5А"), "Математика")[0]
        zavuch = accounts.authenticate(db, "zavuch", "demo")
        now = dt.datetime(2026, 11, 27, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))
        grid = journal.load_grid(db, zavuch, math, journal.periods_for(db, math)[0].id, now=now)
        mark = next(cells[0] for c in grid.columns if c.date.month == 10 for r in grid.rows
                    if len(cells := r.marks.get(c.lesson_id, ())) == 1)
        with db.session() as s:
            teacher = s.scalar(select(Account.login).join(Course, Course.teacher_id == Account.staff_id)
                               .where(Course.id == math))
        (correction,) = journal.request_correction(db, accounts.authenticate(db, teacher, "demo"), mark.id,
                                                   "3" if mark.value != "3" else "4", "Ошибка ввода",
                                                   now=now).corrections
        journal.decide_correction(db, zavuch, correction, True, now=now)
    finally:
        db.close()

    r = ejournal("--db", str(small_demo_path), "--user", "director", "print", "verify", code)
    assert r.returncode == 1
    assert "Лист 1 из 2: отметка изменена после печати" in r.stdout and "Лист 2 из 2: совпадает" in r.stdout
    assert code in r.stderr and "не совпадает" in r.stderr


def test_verify_explains_an_unknown_code_and_a_missing_login(small_demo_path):
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "print", "verify", "ZZZZ-ZZZZ")
    assert r.returncode == 1 and "ZZZZ-ZZZZ" in r.stderr and "Traceback" not in r.stderr
    r = ejournal("--db", str(small_demo_path), "print", "verify", "ZZZZ-ZZZZ")
    assert r.returncode == 1 and "--user" in r.stderr
    r = ejournal("--db", str(small_demo_path), "print", "verify")
    assert r.returncode == 2


def test_sign_and_verify_signature(small_demo_path, tmp_path):
    pytest.importorskip("pyhanko", reason="pyHanko is not installed")
    from services.test_print_signing import DIRECTOR_NAME, make_p12
    p12, pem = make_p12(tmp_path, passphrase=b"cert-secret")
    book = tmp_path / "book.pdf"
    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "print", "journal", "--class", "5А",
                 "--period", "1", "--out", str(book))
    assert r.returncode == 0, r.stderr
    signed = tmp_path / "signed.pdf"

    r = ejournal("--db", str(small_demo_path), "--user", "zavuch", "print", "sign", str(book), "--cert", str(p12),
                 "--out", str(signed), cert_password="cert-secret")
    assert r.returncode == 1 and "Нет права" in r.stderr and not signed.exists()
    r = ejournal("--db", str(small_demo_path), "--user", "director", "print", "sign", str(book), "--cert", str(p12),
                 "--out", str(signed), cert_password="wrong")
    assert r.returncode == 1 and "неверный пароль" in r.stderr and not signed.exists()
    r = ejournal("--db", str(small_demo_path), "--user", "director", "print", "sign", str(book), "--cert", str(p12),
                 "--out", str(signed))  # no passphrase and no terminal
    assert r.returncode == 1 and "EJOURNAL_CERT_PASSWORD" in r.stderr
    r = ejournal("--db", str(small_demo_path), "--user", "director", "print", "sign", str(book), "--cert", str(p12),
                 "--out", str(signed), cert_password="cert-secret")
    assert r.returncode == 0, r.stderr
    assert signed.exists() and f"Подписал: {DIRECTOR_NAME}" in r.stdout

    r = ejournal("print", "verify-signature", str(signed), password=None)
    assert r.returncode == 0, r.stderr
    assert f"Подписал: {DIRECTOR_NAME}" in r.stdout and "не изменялся" in r.stdout
    assert "не подтверждён доверенным" in r.stdout
    r = ejournal("print", "verify-signature", str(signed), "--trust", str(pem), "--json", password=None)
    assert r.returncode == 0 and '"trusted": true' in r.stdout
    r = ejournal("print", "verify-signature", str(book), password=None)
    assert r.returncode == 1 and "нет электронной подписи" in r.stderr
