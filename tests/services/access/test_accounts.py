"""Accounts: logins, lockout, passwords, key slots, and who may manage whom."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, text

from ejournal_desktop.domain import lockout
from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services.access import accounts, audit, guard
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.storage import keystore
from ejournal_desktop.storage.keyslots import SlotFile
from ejournal_desktop.storage.models import Account, AuditEntry, Enrollment, SchoolClass

# Each test runs on the encrypted file and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_backends

NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.timezone.utc)


def login(db, name, password="demo", now=NOW):
    return accounts.authenticate(db, name, password, now)


def a_class_teacher(db):
    """(actor, class id) of a class teacher of the small demo school."""
    with db.session() as s:
        row = s.execute(select(Account.login, SchoolClass.id).join(
            SchoolClass, SchoolClass.class_teacher_id == Account.staff_id)).first()
    return login(db, row.login), row.id


def parent_and_pupil_logins(db, class_id, other=False):
    with db.session() as s:
        cond = SchoolClass.id != class_id if other else SchoolClass.id == class_id
        pupil_id = s.execute(select(Enrollment.pupil_id).join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                             .where(cond, Enrollment.departed_on.is_(None))).scalars().first()
        pupil = s.scalar(select(Account.login).where(Account.pupil_id == pupil_id))
        parent = s.execute(text("SELECT a.login FROM account a JOIN pupil_guardian pg ON pg.guardian_id = a.guardian_id "
                                "WHERE pg.pupil_id = :p"), {"p": pupil_id}).scalars().first()
    return parent, pupil


def test_each_demo_role_logs_in_with_its_roles(small_demo):
    assert login(small_demo, "admin").roles == {Role.administrator}
    assert login(small_demo, "director").roles == {Role.director}
    assert Role.deputy in login(small_demo, "zavuch").roles
    assert login(small_demo, "secretary").roles == {Role.secretary}


def test_wrong_passwords_lock_the_account_and_say_for_how_long(small_demo):
    for _ in range(lockout.MAX_FAILED - 1):
        with pytest.raises(accounts.AuthError, match="Неверный логин или пароль"):
            login(small_demo, "teacher01", "wrong")
    with pytest.raises(accounts.AuthError, match=f"заблокирован на {lockout.LOCK_MINUTES} минут"):
        login(small_demo, "teacher01", "wrong")
    with pytest.raises(accounts.AuthError, match="через 15 мин"):
        login(small_demo, "teacher01", "demo")  # even the right password, while locked
    later = NOW + dt.timedelta(minutes=lockout.LOCK_MINUTES + 1)
    assert login(small_demo, "teacher01", "demo", now=later).login == "teacher01"
    with small_demo.session() as s:
        failed = s.scalar(select(text("count(*)")).select_from(AuditEntry).where(AuditEntry.action == "login_failed"))
    assert failed == lockout.MAX_FAILED


def test_disabled_account_cannot_log_in_and_loses_its_slot(small_demo):
    admin = login(small_demo, "admin")
    accounts.set_disabled(small_demo, admin, "teacher01", True)
    with pytest.raises(accounts.AuthError, match="отключена"):
        login(small_demo, "teacher01")
    if small_demo.path is not None:  # a server has no key slots
        assert not SlotFile.load(small_demo.path).has("teacher01")


def test_new_account_must_change_its_temporary_password(small_demo):
    admin = login(small_demo, "admin")
    with small_demo.session() as s:
        staff_id = s.execute(text("SELECT id FROM staff WHERE id NOT IN "
                                  "(SELECT staff_id FROM account WHERE staff_id IS NOT NULL)")).scalar()
    if staff_id is None:
        staff_id = s.execute(text("SELECT staff_id FROM account WHERE login='teacher01'")).scalar()
    _, temporary = accounts.create_account(small_demo, admin, "new.teacher", {Role.teacher}, staff_id=staff_id)
    actor = login(small_demo, "new.teacher", temporary)
    assert actor.must_change_password
    with pytest.raises(ServiceError, match="не короче 8"):
        accounts.change_password(small_demo, actor, temporary, "short1")
    accounts.change_password(small_demo, actor, temporary, "Новый пароль 2026")
    assert not login(small_demo, "new.teacher", "Новый пароль 2026").must_change_password
    with pytest.raises(accounts.AuthError):
        login(small_demo, "new.teacher", temporary)


def test_staff_password_opens_the_database_through_its_slot(small_demo_path, monkeypatch):
    monkeypatch.delenv("EJOURNAL_DB_KEY")  # a staff PC: no key on it
    db, actor = accounts.sign_in(small_demo_path, "zavuch", "demo", NOW)
    accounts.change_password(db, actor, "demo", "Завуч2026пароль")
    db.close()
    with pytest.raises(accounts.AuthError, match="Неверный логин или пароль"):
        accounts.sign_in(small_demo_path, "zavuch", "demo", NOW)  # the slot was rewrapped
    db, actor = accounts.sign_in(small_demo_path, "zavuch", "Завуч2026пароль", NOW)
    assert actor.login == "zavuch"
    db.close()


def test_slot_guessing_locks_before_the_database_opens(small_demo_path, monkeypatch):
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    for _ in range(lockout.MAX_FAILED):
        with pytest.raises(accounts.AuthError):
            accounts.sign_in(small_demo_path, "teacher01", "guess", NOW)
    with pytest.raises(accounts.AuthError, match="заблокирован"):
        accounts.sign_in(small_demo_path, "teacher01", "demo", NOW)


def test_parents_and_pupils_have_no_slot(small_demo_path, small_demo, monkeypatch):
    _, class_id = a_class_teacher(small_demo)
    parent, pupil = parent_and_pupil_logins(small_demo, class_id)
    slots = json.loads(SlotFile.path_for(small_demo_path).read_text(encoding="utf-8"))["slots"]
    assert "zavuch" in slots and parent not in slots and pupil not in slots
    monkeypatch.delenv("EJOURNAL_DB_KEY")
    with pytest.raises(accounts.AuthError, match="только сотрудники"):
        accounts.sign_in(small_demo_path, parent, "demo", NOW)


def test_slot_file_holds_no_key_in_clear(small_demo_path, small_demo):
    text_ = SlotFile.path_for(small_demo_path).read_text(encoding="utf-8")
    assert small_demo.key.hex() not in text_
    assert keystore.key_from_env().hex() not in text_


def test_class_teacher_resets_only_own_class_pupils_and_parents(small_demo):
    ct, class_id = a_class_teacher(small_demo)
    parent, pupil = parent_and_pupil_logins(small_demo, class_id)
    other_parent, _ = parent_and_pupil_logins(small_demo, class_id, other=True)
    temporary = accounts.reset_password(small_demo, ct, parent)
    assert login(small_demo, parent, temporary).must_change_password
    accounts.reset_password(small_demo, ct, pupil)
    for target in (other_parent, "teacher01", "admin"):
        with pytest.raises(guard.Denied):
            accounts.reset_password(small_demo, ct, target)
    assert {r.login for r in accounts.list_accounts(small_demo, ct)} >= {parent, pupil}
    assert other_parent not in {r.login for r in accounts.list_accounts(small_demo, ct)}


@pytest.mark.parametrize("who", ["director", "zavuch", "secretary", "teacher01"])
def test_only_the_administrator_manages_accounts(small_demo, who):
    actor = login(small_demo, who)
    with pytest.raises(guard.Denied):
        accounts.create_account(small_demo, actor, "someone", {Role.secretary})
    with pytest.raises(guard.Denied):
        accounts.set_disabled(small_demo, actor, "admin", True)
    with small_demo.session() as s:
        denied = s.scalars(select(AuditEntry).where(AuditEntry.action == "denied")).all()
    assert len(denied) == 2 and all(d.account_id == actor.account_id for d in denied)


def test_account_changes_are_audited_without_passwords(small_demo):
    admin = login(small_demo, "admin")
    accounts.create_account(small_demo, admin, "librarian", {Role.secretary})
    accounts.update_account(small_demo, admin, "librarian", roles={Role.secretary, Role.director})
    with small_demo.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "account").order_by(AuditEntry.id)).all()
        assert audit.chain_problems(s) == []
    update = entries[-1]
    assert json.loads(update.old)["roles"] == ["secretary"]
    assert json.loads(update.new)["roles"] == ["director", "secretary"]
    assert not any("argon2" in (e.new or "") for e in entries)


def test_bad_account_input_names_the_problem(small_demo):
    admin = login(small_demo, "admin")
    with pytest.raises(ServiceError, match="уже занят"):
        accounts.create_account(small_demo, admin, "zavuch", {Role.deputy})
    with pytest.raises(ServiceError, match="Логин"):
        accounts.create_account(small_demo, admin, "Иван Петров", {Role.teacher})
    with pytest.raises(ServiceError, match="родитель"):
        accounts.create_account(small_demo, admin, "mama", {Role.guardian})
    with pytest.raises(ServiceError, match="самого себя"):
        accounts.update_account(small_demo, admin, "admin", roles={Role.secretary})


def test_class_slips_pdf_and_nothing_changes_when_it_cannot_be_written(small_demo, tmp_path):
    from pypdf import PdfReader
    ct, class_id = a_class_teacher(small_demo)
    parent, _ = parent_and_pupil_logins(small_demo, class_id)
    with small_demo.session() as s:
        before = s.scalar(select(Account.password_hash).where(Account.login == parent))
    with pytest.raises(ServiceError, match="Пароли не изменены"):
        accounts.write_class_slips(small_demo, ct, class_id, tmp_path / "missing" / "slips.pdf")
    with small_demo.session() as s:
        assert s.scalar(select(Account.password_hash).where(Account.login == parent)) == before
    result = accounts.write_class_slips(small_demo, ct, class_id, tmp_path / "slips.pdf")
    text_ = "".join(p.extract_text() for p in PdfReader(tmp_path / "slips.pdf").pages)
    assert parent in text_ and result.credentials[0].password in text_
    issued = {c.login: c.password for c in result.credentials}
    assert login(small_demo, parent, issued[parent]).must_change_password
