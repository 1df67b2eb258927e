"""Accounts: logins, passwords (argon2id), roles, links to people, and the staff key slots."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...domain import lockout, passwords
from ...domain.names import full_name
from ...domain.rights import Action
from ...domain.roles import Role
from ...storage import database, keystore, restore_intent, server
from ...storage.database import Database
from ...storage.errors import LoginRefused
from ...storage.keyslots import SlotFile
from ...storage.models import (
    Account,
    AccountRole,
    AuditEntry,
    Enrollment,
    Guardian,
    Pupil,
    PupilGuardian,
    School,
    Staff,
    utcnow,
)
from ..errors import ServiceError
from . import audit, guard
from .actor import Actor

__all__ = ["Actor", "AuthError", "authenticate", "sign_in", "change_password", "create_account",
           "update_account", "set_disabled", "reset_password", "list_accounts", "verify_unlock"]

_hasher = PasswordHasher()  # argon2id with the library's current defaults

STAFF_ROLES = frozenset({Role.administrator, Role.director, Role.deputy, Role.teacher,
                         Role.class_teacher, Role.secretary})


class AuthError(ServiceError):
    """Login refused; the message is for the user."""


class AccountError(ServiceError):
    """Bad input for an account; the message names the field."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or utcnow()


def _roles(session: Session, account_id: int) -> frozenset[Role]:
    return frozenset(Role(r) for r in session.scalars(
        select(AccountRole.role).where(AccountRole.account_id == account_id)))


def _person_name(session: Session, account: Account) -> str:
    for model, pid in ((Staff, account.staff_id), (Pupil, account.pupil_id), (Guardian, account.guardian_id)):
        if pid is not None:
            p = session.get(model, pid)
            return full_name(p.surname, p.name, p.patronymic)
    return account.login


def _actor(session: Session, account: Account) -> Actor:
    return Actor(account.id, account.login, _roles(session, account.id), account.staff_id,
                 account.pupil_id, account.guardian_id, _person_name(session, account),
                 account.must_change_password)


# --- logging in ------------------------------------------------------------------------------------

def authenticate(db: Database, login: str, password: str, now: dt.datetime | None = None) -> Actor:
    """Check a login against the account; wrong passwords count towards a lock.

    The password is checked (argon2, the slow part) before the write lock is taken, so that logins
    and other programs' saves do not queue behind each other's hashing."""
    now = _now(now)
    login = login.strip()
    with db.session() as session:  # a read: no lock
        found = session.execute(select(Account.id, Account.password_hash, Account.locked_until)
                                .where(Account.login == login)).first()
    if found is None:
        _unknown_login_failed(db, login, password, now)
    message = lockout.locked_message(found.locked_until, now)
    if message:
        raise AuthError(message)
    right = verify_password(found.password_hash, password)
    with db.write_session() as session, session.begin():
        account = session.get(Account, found.id)
        if account is None or account.password_hash != found.password_hash:
            raise AuthError("Неверный логин или пароль.")  # changed meanwhile: try again
        message = lockout.locked_message(account.locked_until, now)
        if message:
            raise AuthError(message)
        if not right:
            account.failed_logins, account.locked_until = lockout.after_failure(account.failed_logins, now)
            audit.record(session, account.id, "login_failed", "account", account.id, at=now)
            session.commit()
            raise AuthError(lockout.locked_message(account.locked_until, now) or "Неверный логин или пароль.")
        if account.disabled:
            raise AuthError(f"Учётная запись «{login}» отключена. Обратитесь к администратору журнала.")
        account.failed_logins, account.locked_until = 0, None
        account.last_login_at = now
        audit.record(session, account.id, "login", "account", account.id, at=now)
        return _actor(session, account)


# A hash of a password nobody has: an unknown login costs the same argon2 check as a known one.
_DUMMY_HASH: list[str] = []


def _unknown_login_failed(db: Database, login: str, password: str, now: dt.datetime) -> None:
    """An unknown login behaves as a known one with a wrong password: the same argon2 time, the same
    lock after MAX_FAILED tries (counted in the audit log by a hash of the login, never the text)."""
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(hash_password(secrets.token_urlsafe(16)))
    tag = hashlib.sha256(("ejournal-login:" + login.casefold()).encode("utf-8")).hexdigest()[:32]
    since = now - dt.timedelta(minutes=lockout.LOCK_MINUTES)
    marker = audit.to_json({"login": tag})

    def tries(session) -> list[dt.datetime]:
        return list(session.scalars(select(AuditEntry.at).where(
            AuditEntry.action == "login_failed", AuditEntry.entity == "login", AuditEntry.at > since,
            AuditEntry.new == marker).order_by(AuditEntry.at)))

    def locked(found: list[dt.datetime]) -> str | None:
        until = found[lockout.MAX_FAILED - 1] + dt.timedelta(minutes=lockout.LOCK_MINUTES) \
            if len(found) >= lockout.MAX_FAILED else None
        return lockout.locked_message(until, now)

    with db.session() as session:
        message = locked(tries(session))
    if message:
        raise AuthError(message)
    verify_password(_DUMMY_HASH[0], password)
    with db.write_session() as session, session.begin():
        message = locked(tries(session))
        if message:
            raise AuthError(message)
        audit.record(session, None, "login_failed", "login", None, new={"login": tag}, at=now)
        count = len(tries(session))
    if count >= lockout.MAX_FAILED:
        raise AuthError(lockout.locked_message(now + dt.timedelta(minutes=lockout.LOCK_MINUTES), now)
                        or "Неверный логин или пароль.")
    raise AuthError("Неверный логин или пароль.")


def sign_in(path: Path, login: str, password: str, now: dt.datetime | None = None) -> tuple[Database, Actor]:
    """Open the database and log in: with the key this PC may hold, or from the login's slot; a
    school server (a URL) needs no key, only the journal's login."""
    now = _now(now)
    if server.is_url(path):
        db = database.open_url(path)
        try:
            return db, authenticate(db, login, password, now)
        except BaseException:
            db.close()
            raise
    restore_intent.recover(Path(path))  # a killed restore completed before its slots are read
    key = keystore.key_without_login(Path(path))
    if key is None:
        try:
            key = keystore.key_for_login(Path(path), login.strip(), password, now)
        except LoginRefused as exc:
            raise AuthError(str(exc)) from None
    db = database.open_file(Path(path), key=key)
    try:
        return db, authenticate(db, login, password, now)
    except BaseException:
        db.close()
        raise


def verify_unlock(db: Database, actor: Actor, password: str, now: dt.datetime | None = None) -> None:
    """Unlock an idle-locked session: the same user's password (counts towards a lock)."""
    authenticate(db, actor.login, password, now)


# --- passwords and key slots ---------------------------------------------------------------------

def _is_staff(account: Account, roles: frozenset[Role]) -> bool:
    return account.staff_id is not None or bool(roles & STAFF_ROLES)


def _rewrap(db: Database, login: str, password: str | None) -> None:
    """Put (or, with None, remove) the login's key slot beside the database file."""
    if db.path is None or db.key is None:
        return  # a server database has no key to wrap
    slots = SlotFile.load(db.path)
    if password is None:
        slots.remove(login)
    else:
        slots.put(login, password, db.key)
        slots.set_failures(login, 0, None)
    slots.save()


def write_staff_slots(db: Database, logins: list[str], password: str) -> None:
    """Slots for many staff accounts sharing one (demo) password."""
    if db.path is None or db.key is None:
        return
    slots = SlotFile.load(db.path)
    slots.put_many(logins, password, db.key)
    slots.save()


def change_password(db: Database, actor: Actor, old: str, new: str, now: dt.datetime | None = None) -> None:
    problem = passwords.password_problem(new, actor.login)
    if problem:
        raise AccountError(problem)
    if new == old:
        raise AccountError("Новый пароль должен отличаться от прежнего.")
    with guard.unit(db, actor) as session:
        account = session.get(Account, actor.account_id)
        if not verify_password(account.password_hash, old):
            raise AccountError("Текущий пароль введён неверно.")
        account.password_hash = hash_password(new)
        account.must_change_password = False
        audit.record(session, actor.account_id, "change_password", "account", account.id, at=_now(now))
        staff = _is_staff(account, _roles(session, account.id))
    # After the commit: a slot never holds a password the database does not know.
    if staff:
        _rewrap(db, actor.login, new)


# --- the administrator's and the class teacher's work ------------------------------------------

@dataclass(frozen=True)
class AccountRow:
    id: int
    login: str
    person: str
    roles: tuple[Role, ...]
    disabled: bool
    must_change_password: bool
    last_login_at: dt.datetime | None
    staff_id: int | None
    pupil_id: int | None
    guardian_id: int | None


def _check_link(session: Session, roles: frozenset[Role], staff_id, pupil_id, guardian_id) -> None:
    links = [x for x in (staff_id, pupil_id, guardian_id) if x is not None]
    if len(links) > 1:
        raise AccountError("Учётная запись связывается не более чем с одним человеком.")
    if not roles:
        raise AccountError("Укажите хотя бы одну роль.")
    if Role.guardian in roles and (guardian_id is None or roles != {Role.guardian}):
        raise AccountError("Роль «родитель» — только у учётной записи, связанной с родителем.")
    if Role.pupil in roles and (pupil_id is None or roles != {Role.pupil}):
        raise AccountError("Роль «ученик» — только у учётной записи, связанной с учеником.")
    if roles & STAFF_ROLES and staff_id is None and roles & {Role.teacher, Role.class_teacher}:
        raise AccountError("Учителя и классного руководителя свяжите с сотрудником из списка.")
    for model, pid in ((Staff, staff_id), (Pupil, pupil_id), (Guardian, guardian_id)):
        if pid is not None and session.get(model, pid) is None:
            raise AccountError(f"Человек с номером {pid} не найден.")


def _account_by_login(session: Session, login: str) -> Account:
    account = session.scalar(select(Account).where(Account.login == login))
    if account is None:
        raise AccountError(f"Учётной записи «{login}» нет.")
    return account


def create_account(db: Database, actor: Actor, login: str, roles: set[Role], *, staff_id: int | None = None,
                   pupil_id: int | None = None, guardian_id: int | None = None,
                   now: dt.datetime | None = None) -> tuple[int, str]:
    """A new account with a temporary password to change at first login; returns (id, password)."""
    login = login.strip().lower()
    problem = passwords.login_problem(login)
    if problem:
        raise AccountError(problem)
    roles = frozenset(roles)
    temporary = passwords.temporary_password()
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.manage_accounts)
        if session.scalar(select(func.count()).where(Account.login == login)):
            raise AccountError(f"Логин «{login}» уже занят.")
        _check_link(session, roles, staff_id, pupil_id, guardian_id)
        account = Account(login=login, password_hash=hash_password(temporary), must_change_password=True,
                          staff_id=staff_id, pupil_id=pupil_id, guardian_id=guardian_id, created_at=_now(now))
        account.roles = [AccountRole(role=r.value) for r in sorted(roles, key=lambda r: r.value)]
        session.add(account)
        session.flush()
        audit.record(session, actor.account_id, "create", "account", account.id, at=_now(now),
                     new={"login": login, "roles": sorted(r.value for r in roles), "staff_id": staff_id,
                          "pupil_id": pupil_id, "guardian_id": guardian_id})
        staff = _is_staff(account, roles)
    if staff:
        _rewrap(db, login, temporary)
    return account.id, temporary


def update_account(db: Database, actor: Actor, login: str, *, roles: set[Role] | None = None,
                   staff_id: int | None = None, pupil_id: int | None = None, guardian_id: int | None = None,
                   now: dt.datetime | None = None) -> None:
    """Change an account's roles and link (the link is replaced as a whole)."""
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.manage_accounts)
        account = _account_by_login(session, login)
        old_roles = _roles(session, account.id)
        new_roles = frozenset(roles) if roles is not None else old_roles
        _check_link(session, new_roles, staff_id, pupil_id, guardian_id)
        if account.id == actor.account_id and Role.administrator not in new_roles:
            raise AccountError("Нельзя снять роль администратора с самого себя.")
        old = {"roles": sorted(r.value for r in old_roles), "staff_id": account.staff_id,
               "pupil_id": account.pupil_id, "guardian_id": account.guardian_id}
        session.execute(delete(AccountRole).where(AccountRole.account_id == account.id))
        session.add_all(AccountRole(account_id=account.id, role=r.value) for r in new_roles)
        account.staff_id, account.pupil_id, account.guardian_id = staff_id, pupil_id, guardian_id
        new = {"roles": sorted(r.value for r in new_roles), "staff_id": staff_id, "pupil_id": pupil_id,
               "guardian_id": guardian_id}
        audit.record(session, actor.account_id, "update", "account", account.id, old=old, new=new, at=_now(now))
        lost_staff = not _is_staff(account, new_roles)
    if lost_staff:
        _rewrap(db, login, None)


def set_disabled(db: Database, actor: Actor, login: str, disabled: bool, now: dt.datetime | None = None) -> None:
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.manage_accounts)
        account = _account_by_login(session, login)
        if account.id == actor.account_id and disabled:
            raise AccountError("Нельзя отключить собственную учётную запись.")
        old = account.disabled
        account.disabled = disabled
        audit.record(session, actor.account_id, "disable" if disabled else "enable", "account", account.id,
                     old={"disabled": old}, new={"disabled": disabled}, at=_now(now))
    if disabled:
        _rewrap(db, login, None)  # a disabled login no longer opens the database


def _may_reset(session: Session, actor: Actor, account: Account) -> bool:
    """The administrator resets anyone; a class teacher the pupils and parents of own class."""
    own_class = False
    pupil_ids: list[int] = []
    if account.pupil_id is not None:
        pupil_ids = [account.pupil_id]
    elif account.guardian_id is not None:
        pupil_ids = list(session.scalars(select(PupilGuardian.pupil_id)
                                         .where(PupilGuardian.guardian_id == account.guardian_id)))
    classes = guard.own_class_ids(session, actor)
    if classes and pupil_ids:
        own_class = bool(session.scalar(select(func.count()).select_from(Enrollment).where(
            Enrollment.pupil_id.in_(pupil_ids), Enrollment.school_class_id.in_(classes),
            Enrollment.departed_on.is_(None))))
    return guard.permits_action(actor, Action.reset_password, own_class=own_class)


def reset_password(db: Database, actor: Actor, login: str, now: dt.datetime | None = None) -> str:
    """A new temporary password, to change at the next login."""
    temporary = passwords.temporary_password()
    with guard.unit(db, actor) as session:
        account = _account_by_login(session, login)
        if not _may_reset(session, actor, account):
            raise guard.Denied(Action.reset_password, f"учётная запись «{login}»")
        account.password_hash = hash_password(temporary)
        account.must_change_password = True
        account.failed_logins, account.locked_until = 0, None
        audit.record(session, actor.account_id, "reset_password", "account", account.id, at=_now(now))
        staff = _is_staff(account, _roles(session, account.id)) and not account.disabled
    if staff:
        _rewrap(db, login, temporary)
    return temporary


def _own_class_people(session: Session, actor: Actor) -> tuple[set[int], set[int]]:
    """Pupils now in the actor's own classes, and their guardians."""
    classes = guard.own_class_ids(session, actor)
    pupils = set(session.scalars(select(Enrollment.pupil_id).where(
        Enrollment.school_class_id.in_(classes), Enrollment.departed_on.is_(None)))) if classes else set()
    guardians = set(session.scalars(select(PupilGuardian.guardian_id).where(
        PupilGuardian.pupil_id.in_(pupils)))) if pupils else set()
    return pupils, guardians


def list_accounts(db: Database, actor: Actor) -> list[AccountRow]:
    """Every account for the administrator; a class teacher's own pupils and parents for them."""
    with guard.unit(db, actor) as session:
        query = select(Account).order_by(Account.login)
        if not guard.permits_action(actor, Action.manage_accounts):
            guard.require(actor, Action.reset_password, own_class=True)
            pupils, guardians = _own_class_people(session, actor)
            query = query.where(Account.pupil_id.in_(pupils) | Account.guardian_id.in_(guardians))
        rows = []
        for account in session.scalars(query):
            rows.append(AccountRow(account.id, account.login, _person_name(session, account),
                                   tuple(sorted(_roles(session, account.id), key=lambda r: list(Role).index(r))),
                                   account.disabled, account.must_change_password, account.last_login_at,
                                   account.staff_id, account.pupil_id, account.guardian_id))
        return rows


PERSON_KINDS = {"staff": Staff, "pupil": Pupil, "guardian": Guardian}


def linkable_people(db: Database, actor: Actor, kind: str) -> list[tuple[int, str]]:
    """People of a kind ("staff", "pupil", "guardian") for the account dialog, sorted by name."""
    from ...domain.names import person_sort_key
    model = PERSON_KINDS[kind]
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.manage_accounts)
        people = session.execute(select(model.id, model.surname, model.name, model.patronymic)).all()
    people.sort(key=lambda p: person_sort_key(p.surname, p.name, p.patronymic))
    return [(p.id, full_name(p.surname, p.name, p.patronymic)) for p in people]


@dataclass(frozen=True)
class Credential:
    login: str
    password: str
    person: str         # whose account
    pupil: str          # the pupil it concerns
    role: Role


def credential_classes(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Classes whose parents' and pupils' passwords the actor may issue (id, label)."""
    from ...storage.models import AcademicYear, SchoolClass
    with guard.unit(db, actor) as session:
        query = (select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
                 .join(AcademicYear, AcademicYear.id == SchoolClass.academic_year_id)
                 .where(AcademicYear.status == "open").order_by(SchoolClass.grade, SchoolClass.letter))
        if not guard.permits_action(actor, Action.reset_password):
            guard.require(actor, Action.reset_password, own_class=True)
            query = query.where(SchoolClass.id.in_(guard.own_class_ids(session, actor)))
        return [(r.id, f"{r.grade}{r.letter}") for r in session.execute(query)]


@dataclass(frozen=True)
class ClassCredentials:
    school: str
    class_label: str
    issued_on: dt.date
    credentials: list[Credential]


def issue_class_credentials(db: Database, actor: Actor, class_id: int, *, only_new: bool = True,
                            deliver: Callable[[ClassCredentials], None] | None = None,
                            now: dt.datetime | None = None) -> ClassCredentials:
    """New first passwords for the parents and pupils of a class, for the slips to hand out.

    With `only_new`, accounts already in use (the password was changed) are left alone. Returns the
    class label and the credentials, pupils in class-list order, each pupil's parents after them.
    """
    from ...domain.names import person_sort_key
    from ...storage.models import SchoolClass
    now = _now(now)
    with guard.unit(db, actor) as session:
        school_class = session.get(SchoolClass, class_id)
        if school_class is None:
            raise AccountError("Такого класса нет.")
        guard.require(actor, Action.reset_password, own_class=class_id in guard.own_class_ids(session, actor),
                      detail=f"класс {school_class.label}")
        pupils = session.execute(
            select(Pupil).join(Enrollment, Enrollment.pupil_id == Pupil.id)
            .where(Enrollment.school_class_id == class_id, Enrollment.departed_on.is_(None))).scalars().all()
        pupils.sort(key=lambda p: person_sort_key(p.surname, p.name, p.patronymic))
        issued: list[Credential] = []
        for pupil in pupils:
            pupil_name = full_name(pupil.surname, pupil.name, pupil.patronymic)
            targets = [(session.scalar(select(Account).where(Account.pupil_id == pupil.id)), pupil_name,
                        Role.pupil)]
            for link in pupil.guardians:
                g = link.guardian
                targets.append((session.scalar(select(Account).where(Account.guardian_id == g.id)),
                                full_name(g.surname, g.name, g.patronymic), Role.guardian))
            for account, person, role in targets:
                if account is None or account.disabled or (only_new and not account.must_change_password
                                                           and account.last_login_at is not None):
                    continue
                if any(c.login == account.login for c in issued):
                    continue  # a parent of two children in the class gets one slip
                temporary = passwords.temporary_password()
                account.password_hash = hash_password(temporary)
                account.must_change_password = True
                audit.record(session, actor.account_id, "reset_password", "account", account.id, at=now)
                issued.append(Credential(account.login, temporary, person, pupil_name, role))
        school = session.scalar(select(School.name).limit(1)) or ""
        result = ClassCredentials(school, school_class.label, now.astimezone().date(), issued)
        if deliver is not None and issued:
            deliver(result)
        return result


def write_class_slips(db: Database, actor: Actor, class_id: int, path: Path, *,
                      now: dt.datetime | None = None) -> ClassCredentials:
    """Issue a class's first passwords and write the slips to hand out (PDF). If the file cannot be
    written, no password changes."""
    from ...printing.document import write_bytes_atomic
    from ...printing.slips import Slip, login_slips

    def deliver(result: ClassCredentials) -> None:
        slips = [Slip(c.person, c.pupil, c.login, c.password, c.role.label.capitalize(),
                      kind="pupil" if c.role is Role.pupil else "guardian") for c in result.credentials]
        data = login_slips(result.school, result.class_label, slips, result.issued_on)
        try:
            write_bytes_atomic(path, data)
        except OSError as exc:
            raise AccountError(f"Не удалось сохранить листок с паролями в {path}: {exc.strerror or exc}. "
                               f"Пароли не изменены.") from exc

    return issue_class_credentials(db, actor, class_id, deliver=deliver, now=now)
