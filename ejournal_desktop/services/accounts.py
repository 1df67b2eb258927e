"""Accounts: password hashing (argon2id) and authentication of the acting user."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from ..domain.roles import Role
from ..storage.database import Database
from ..storage.models import Account, AccountRole, utcnow
from . import audit
from .errors import ServiceError

_hasher = PasswordHasher()  # argon2id with the library's current defaults


class AuthError(ServiceError):
    """Login refused; the message is for the user."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@dataclass(frozen=True)
class Actor:
    """The acting user, passed to every service call."""

    account_id: int
    login: str
    roles: frozenset[Role]
    staff_id: int | None = None
    pupil_id: int | None = None
    guardian_id: int | None = None

    def has(self, role: Role) -> bool:
        return role in self.roles


def authenticate(db: Database, login: str, password: str) -> Actor:
    with db.session() as session, session.begin():
        account = session.scalar(select(Account).where(Account.login == login))
        if account is None or not verify_password(account.password_hash, password):
            raise AuthError("Неверный логин или пароль.")
        if account.disabled:
            raise AuthError(f"Учётная запись «{login}» отключена. Обратитесь к администратору журнала.")
        roles = frozenset(Role(r) for r in session.scalars(
            select(AccountRole.role).where(AccountRole.account_id == account.id)))
        account.last_login_at = utcnow()
        audit.record(session, account.id, "login", "account", account.id)
        return Actor(account.id, account.login, roles, account.staff_id, account.pupil_id, account.guardian_id)
