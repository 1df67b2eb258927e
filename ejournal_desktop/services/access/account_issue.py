"""Accounts issued in bulk with password slips (regulation 3.2 and the administrator's job description).

`issue_staff_accounts` (the administrator): an account for every working staff member who has none, the
role from the position (директор, заместитель, секретарь; otherwise учитель; classes' class teachers also
классный руководитель), a first password each, and the slips (PDF) to hand out.
`issue_class_accounts` (the class teacher of the class, or the administrator): accounts for the pupils and
parents of a class who have none, first passwords for them and for accounts of the class not yet used,
and the class's slips.

All in one transaction: when the PDF cannot be written, no account is created and no password changes.
Staff accounts get their key slot after the commit (as `accounts.create_account` does).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...domain import passwords
from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...domain.roles import Role
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Account,
    AccountRole,
    Enrollment,
    Pupil,
    School,
    SchoolClass,
    Staff,
    YearStatus,
)
from ..demo.data import translit
from . import audit, guard
from .accounts import AccountError, _rewrap, hash_password
from .actor import Actor

__all__ = ["Issued", "IssuedAccount", "issue_class_accounts", "issue_staff_accounts", "login_for"]

_LATIN = {"А": "a", "Б": "b", "В": "v", "Г": "g", "Д": "d", "Е": "e", "Ж": "zh", "З": "z", "И": "i", "К": "k"}


@dataclass(frozen=True)
class IssuedAccount:
    login: str
    password: str
    person: str
    about: str        # the position (staff) or the pupil it concerns
    role: Role
    created: bool     # a new account (else a first password for an unused one)


@dataclass(frozen=True)
class Issued:
    title: str        # «Сотрудники» or the class label
    accounts: tuple[IssuedAccount, ...]

    @property
    def created(self) -> int:
        return sum(a.created for a in self.accounts)

    def as_dict(self) -> dict:
        return {"title": self.title, "created": self.created, "issued": len(self.accounts),
                "accounts": [{"login": a.login, "person": a.person, "role": a.role.value, "created": a.created}
                             for a in self.accounts]}


def login_for(taken: set[str], *parts: str) -> str:
    """A free login from name parts: «ivanova.ap», then «ivanova.ap2»…"""
    surname, *rest = [p for p in parts if p]
    base = re.sub(r"[^a-z0-9-]", "", translit(surname))[:30] or "user"
    initials = "".join(re.sub(r"[^a-z]", "", translit(p))[:1] for p in rest)
    login = f"{base}.{initials}" if initials else base
    candidate, n = login, 1
    while candidate in taken:
        n += 1
        candidate = f"{login}{n}"
    taken.add(candidate)
    return candidate


def _staff_roles(position: str, class_teacher: bool) -> set[Role]:
    text = position.casefold()
    roles = {Role.director} if "директор" in text and "заместитель" not in text else \
        {Role.deputy} if "заместитель" in text or "завуч" in text else \
        {Role.secretary} if "секретар" in text else {Role.teacher}
    if class_teacher:
        roles |= {Role.class_teacher, Role.teacher}
    return roles


def _write(path: Path, school: str, title: str, issued: list[IssuedAccount], on: dt.date) -> None:
    from ...printing.document import write_bytes_atomic
    from ...printing.slips import Slip, login_slips
    slips = [Slip(a.person, a.about, a.login, a.password, a.role.label.capitalize(),
                  kind="staff" if a.role not in (Role.pupil, Role.guardian) else
                  "pupil" if a.role is Role.pupil else "guardian") for a in issued]
    data = login_slips(school, title, slips, on)
    try:
        write_bytes_atomic(Path(path), data)
    except OSError as exc:
        raise AccountError(f"Не удалось сохранить листок с паролями в {path}: {exc.strerror or exc}. "
                           f"Учётные записи не созданы, пароли не изменены.") from exc


def _new_account(session, actor: Actor, login: str, roles: set[Role], now: dt.datetime, **link) -> str:
    temporary = passwords.temporary_password()
    account = Account(login=login, password_hash=hash_password(temporary), must_change_password=True,
                      created_at=now, **link)
    account.roles = [AccountRole(role=r.value) for r in sorted(roles, key=lambda r: r.value)]
    session.add(account)
    session.flush()
    audit.record(session, actor.account_id, "create", "account", account.id, at=now,
                 new={"login": login, "roles": sorted(r.value for r in roles), **link})
    return temporary


def issue_staff_accounts(db: Database, actor: Actor, path: Path, *, now: dt.datetime | None = None) -> Issued:
    """Accounts for the working staff who have none, and their slips (an empty result writes no file)."""
    now = now or dt.datetime.now(dt.UTC)
    today = now.astimezone().date()
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.manage_accounts, detail="учётные записи сотрудников")
        have = set(session.scalars(select(Account.staff_id).where(Account.staff_id.is_not(None))))
        class_teachers = set(session.scalars(select(SchoolClass.class_teacher_id).join(
            AcademicYear, AcademicYear.id == SchoolClass.academic_year_id).where(AcademicYear.status == YearStatus.open)))
        taken = set(session.scalars(select(Account.login)))
        people = [s for s in session.scalars(select(Staff)) if s.id not in have
                  and (s.dismissed_on is None or s.dismissed_on > today)]
        people.sort(key=lambda s: person_sort_key(s.surname, s.name, s.patronymic))
        issued = []
        for s in people:
            roles = _staff_roles(s.position or "", s.id in class_teachers)
            login = login_for(taken, s.surname, s.name, s.patronymic)
            password = _new_account(session, actor, login, roles, now, staff_id=s.id)
            main = next(r for r in (Role.director, Role.deputy, Role.secretary, Role.class_teacher, Role.teacher)
                        if r in roles)
            issued.append(IssuedAccount(login, password, full_name(s.surname, s.name, s.patronymic),
                                        s.position or "", main, True))
        if issued:
            school = session.scalar(select(School.name).limit(1)) or ""
            _write(path, school, "сотрудники", issued, today)
    for a in issued:  # after the commit: a slot never holds a password the database does not know
        _rewrap(db, a.login, a.password)
    return Issued("сотрудники", tuple(issued))


def issue_class_accounts(db: Database, actor: Actor, class_id: int, path: Path, *,
                         now: dt.datetime | None = None) -> Issued:
    """Accounts for the class's pupils and parents who have none, first passwords for the class's accounts
    not yet used, and the class's slips: pupils in class-list order, each pupil's parents after them."""
    now = now or dt.datetime.now(dt.UTC)
    today = now.astimezone().date()
    with guard.unit(db, actor) as session:
        c = session.get(SchoolClass, class_id)
        if c is None:
            raise AccountError("Такого класса нет.")
        guard.require(actor, Action.reset_password, own_class=class_id in guard.own_class_ids(session, actor),
                      detail=f"класс {c.label}")
        pupils = list(session.scalars(select(Pupil).join(Enrollment, Enrollment.pupil_id == Pupil.id).where(
            Enrollment.school_class_id == class_id, Enrollment.departed_on.is_(None))))
        pupils.sort(key=lambda p: person_sort_key(p.surname, p.name, p.patronymic))
        taken = set(session.scalars(select(Account.login)))
        prefix = f"{c.grade}{_LATIN.get(c.letter, translit(c.letter))}"
        issued: list[IssuedAccount] = []
        seen: set[str] = set()
        for p in pupils:
            pupil_name = full_name(p.surname, p.name, p.patronymic)
            targets = [(Role.pupil, {"pupil_id": p.id}, pupil_name, p)]
            targets += [(Role.guardian, {"guardian_id": link.guardian_id},
                         full_name(link.guardian.surname, link.guardian.name, link.guardian.patronymic), link.guardian)
                        for link in p.guardians]
            for role, link, person, who in targets:
                column = Account.pupil_id if role is Role.pupil else Account.guardian_id
                account = session.scalar(select(Account).where(column == next(iter(link.values()))))
                if account is None:
                    login = login_for(taken, f"{prefix}-{'p' if role is Role.guardian else 'u'}-{translit(who.surname)}",
                                      who.name, who.patronymic)
                    password = _new_account(session, actor, login, {role}, now, **link)
                    issued.append(IssuedAccount(login, password, person, pupil_name, role, True))
                    seen.add(login)
                    continue
                if account.disabled or account.login in seen or (
                        not account.must_change_password and account.last_login_at is not None):
                    continue  # in use: the parent changes it; a parent of two children gets one slip
                password = passwords.temporary_password()
                account.password_hash = hash_password(password)
                account.must_change_password = True
                audit.record(session, actor.account_id, "reset_password", "account", account.id, at=now)
                issued.append(IssuedAccount(account.login, password, person, pupil_name, role, False))
                seen.add(account.login)
        if issued:
            school = session.scalar(select(School.name).limit(1)) or ""
            _write(path, school, c.label, issued, today)
        return Issued(c.label, tuple(issued))
