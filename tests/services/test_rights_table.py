"""Every role × the administration's service actions: allowed or refused, as the regulation says.

(The journal's actions have their own table in test_journal.py.)"""

from __future__ import annotations

import datetime as dt

import pytest

from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services.access import accounts, files
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.administration import maintenance
from ejournal_desktop.services.reports import activity as reports

ACTIONS = ("list_accounts", "create_account", "disable", "reset_staff", "reset_5a_parent", "keyring",
           "db_info", "activity_report", "class_slips_5a")
Y, N = True, False
ROLES = {
    "admin":         (Y, Y, Y, Y, Y, Y, Y, Y, Y),
    "director":      (N, N, N, N, N, N, Y, Y, N),
    "zavuch":        (N, N, N, N, N, N, Y, Y, N),
    "secretary":     (N, N, N, N, N, N, Y, N, N),
    "teacher02":     (Y, N, N, N, Y, N, Y, N, Y),  # class teacher of 5А: own class's pupils and parents
    "teacher07":     (N, N, N, N, N, N, Y, N, N),
    "parent-5a-01":  (N, N, N, N, N, N, N, N, N),
    "pupil-5a-01":   (N, N, N, N, N, N, N, N, N),
}


def class_id(db, label):
    return next(cid for cid, lab in accounts.credential_classes(db, accounts.authenticate(db, "admin", "demo"))
                if lab == label)


@pytest.mark.parametrize("who", sorted(ROLES))
def test_each_role_may_do_exactly_its_administration_actions(small_demo, backend, tmp_path, memory_keyring, who):
    db = small_demo
    actor = accounts.authenticate(db, who, "demo")
    if who == "teacher02":
        assert Role.class_teacher in actor.roles
    five_a = class_id(db, "5А")
    calls = {
        "list_accounts": lambda: accounts.list_accounts(db, actor),
        "create_account": lambda: accounts.create_account(db, actor, "newcomer", {Role.secretary}),
        "disable": lambda: accounts.set_disabled(db, actor, "teacher07" if who != "teacher07" else "admin", True),
        "reset_staff": lambda: accounts.reset_password(db, actor, "secretary"),
        "reset_5a_parent": lambda: accounts.reset_password(db, actor, "parent-5a-02"),
        "keyring": lambda: files.set_keyring(db, actor, True),
        "db_info": lambda: maintenance.info(db, actor),
        "activity_report": lambda: reports.activity(db, actor, 2026, 11, tz=dt.timezone.utc),
        "class_slips_5a": lambda: accounts.write_class_slips(db, actor, five_a, tmp_path / "slips.pdf"),
    }
    actions = [a for a in ACTIONS if not (a == "keyring" and backend == "postgresql")]  # a server has no key
    allowed = {}
    for action in actions:
        try:
            calls[action]()
            allowed[action] = True
        except Denied:
            allowed[action] = False
    assert allowed == {a: may for a, may in zip(ACTIONS, ROLES[who], strict=True) if a in actions}
