"""The director's digital signature (PAdES, pyHanko) with a self-signed PKCS#12 made in the test."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

pytest.importorskip("pyhanko", reason="pyHanko is not installed")

from journal_testing import DIRECTOR_NAME, make_p12  # noqa: E402

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.reports import printouts, signing
from ejournal_desktop.storage.models import AuditEntry  # noqa: E402

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)


@pytest.fixture
def book(small_demo, tmp_path):
    db = small_demo
    class_id = printouts.class_id_by_label(db, "5А")
    return printouts.export_class_book(db, accounts.authenticate(db, "zavuch", "demo"), class_id,
                                       tmp_path / "book.pdf", period_id=printouts.period_id_by_number(db, class_id, 1),
                                       now=NOW)


def test_the_director_signs_a_book_and_the_file_says_who_and_when(small_demo, book, tmp_path):
    db = small_demo
    p12, pem = make_p12(tmp_path)
    director = accounts.authenticate(db, "director", "demo")
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    out = tmp_path / "signed.pdf"
    info = signing.sign_pdf(director, book, p12, "secret", out, db=db, location="г. Новоозёрск")
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes()[:len(book.read_bytes())] == book.read_bytes()

    checked = signing.verify_signed(out)
    assert checked.signer_name == DIRECTOR_NAME and DIRECTOR_NAME in checked.signer
    assert before <= checked.signed_at <= dt.datetime.now(dt.timezone.utc)
    assert checked.intact and checked.covers_whole_file and checked.ok
    assert not checked.trusted           # self-signed: no trusted root vouches for it
    assert checked.location == "г. Новоозёрск" and "директором" in checked.reason
    assert info == checked
    summary = checked.summary()
    assert f"Подписал: {DIRECTOR_NAME}" in summary and "документ не изменялся" in summary
    assert "не подтверждён доверенным" in summary
    # Trusting the director's certificate (as a school trusts its certification centre) makes it trusted.
    assert signing.verify_signed(out, trusted=[pem]).trusted

    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "sign")).one()
    new = json.loads(entry.new)
    assert entry.account_id == director.account_id and new["file"] == "signed.pdf"
    assert DIRECTOR_NAME in new["certificate"] and len(new["sha256"]) == 64


def test_a_changed_byte_breaks_the_signature(book, tmp_path):
    p12, _ = make_p12(tmp_path)
    out = tmp_path / "signed.pdf"
    signing.sign_pdf(accounts_director(), book, p12, b"secret", out)
    data = out.read_bytes()
    at = data.index(b"ReportLab")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(data[:at] + b"ReportLaX" + data[at + 9:])
    info = signing.verify_signed(tampered)
    assert not info.intact and not info.ok
    assert "подписанные данные изменены" in info.summary()


def accounts_director() -> accounts.Actor:
    from ejournal_desktop.domain.roles import Role
    return accounts.Actor(1, "director", frozenset({Role.director}))


def test_only_the_director_signs_and_a_wrong_passphrase_is_explained(small_demo, book, tmp_path):
    db = small_demo
    p12, _ = make_p12(tmp_path)
    out = tmp_path / "signed.pdf"
    for name in ("zavuch", "admin"):
        with pytest.raises(Denied, match="электронная подпись"):
            signing.sign_pdf(accounts.authenticate(db, name, "demo"), book, p12, "secret", out, db=db)
    assert not out.exists()
    with db.session() as s:
        assert s.scalar(select(AuditEntry.new).where(AuditEntry.action == "denied").order_by(AuditEntry.id.desc())
                        .limit(1)).count("sign_journal") == 1
    with pytest.raises(signing.SigningError, match="неверный пароль"):
        signing.sign_pdf(accounts.authenticate(db, "director", "demo"), book, p12, "wrong", out, db=db)
    assert not out.exists()


def test_an_unsigned_file_is_reported(book):
    with pytest.raises(signing.SigningError, match="нет электронной подписи"):
        signing.verify_signed(book)
