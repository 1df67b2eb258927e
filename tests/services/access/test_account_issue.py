"""Accounts issued in bulk with password slips (issue 15): staff by the administrator, a class's pupils and
parents by its class teacher; one transaction with the PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from test_cli_setup import _fill

from ejournal_desktop.services.access import account_issue, accounts
from ejournal_desktop.services.access.accounts import AccountError
from ejournal_desktop.services.access.files import create_school
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.school import classes as school_classes
from ejournal_desktop.services.school import setup_import, setup_workbook
from ejournal_desktop.storage.models import Account

pytestmark = pytest.mark.file_only
PASSWORD = "Secret-pass-2026"


@pytest.fixture
def school(tmp_path):
    db = create_school(tmp_path / "new.db", school_name="МБОУ СОШ № 3", short_name="СОШ № 3",
                       admin_login="admin", admin_password=PASSWORD)
    admin = accounts.authenticate(db, "admin", PASSWORD)
    book = tmp_path / "setup.xlsx"
    setup_workbook.write_template(book)
    today = dt.date.today()
    _fill(book, today.year if today.month >= 9 else today.year - 1)
    assert setup_import.import_setup(db, admin, book).ok
    yield db, admin
    db.close()


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_administrator_issues_every_staff_account_with_slips(school, tmp_path):
    db, admin = school
    out = tmp_path / "staff.pdf"
    issued = account_issue.issue_staff_accounts(db, admin, out)
    assert [(a.login, a.person) for a in issued.accounts] == [("orlov.i", "Орлов Игорь"),
                                                             ("sokolova.ap", "Соколова Анна Петровна")]
    text = _text(out)
    assert "Соколова Анна Петровна" in text and issued.accounts[1].password in text.replace(" ", "")
    sokolova = accounts.authenticate(db, "sokolova.ap", issued.accounts[1].password)
    assert sokolova.must_change_password and {r.value for r in sokolova.roles} == {"teacher", "class_teacher"}
    assert account_issue.issue_staff_accounts(db, admin, tmp_path / "again.pdf").accounts == ()
    assert not (tmp_path / "again.pdf").exists()


def test_the_class_teacher_issues_the_class_accounts_and_a_bad_folder_changes_nothing(school, tmp_path):
    db, admin = school
    staff = {a.login: a.password for a in account_issue.issue_staff_accounts(db, admin, tmp_path / "staff.pdf").accounts}
    class_teacher = accounts.authenticate(db, "sokolova.ap", staff["sokolova.ap"])
    other = accounts.authenticate(db, "orlov.i", staff["orlov.i"])
    fivea = school_classes.class_list(db, admin)[0].id
    with pytest.raises(Denied):
        account_issue.issue_class_accounts(db, other, fivea, tmp_path / "5a.pdf")
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(Account))
    with pytest.raises(AccountError, match="Учётные записи не созданы"):
        account_issue.issue_class_accounts(db, class_teacher, fivea, tmp_path / "missing" / "5a.pdf")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == before
    out = tmp_path / "5a.pdf"
    issued = account_issue.issue_class_accounts(db, class_teacher, fivea, out)
    # three pupils and one mother of two: four accounts, four slips
    assert issued.created == 4 and len(issued.accounts) == 4
    assert sorted(a.role.value for a in issued.accounts) == ["guardian", "pupil", "pupil", "pupil"]
    assert "Белова Ольга Ивановна" in _text(out)
    mother = next(a for a in issued.accounts if a.role.value == "guardian")
    assert accounts.authenticate(db, mother.login, mother.password).must_change_password
