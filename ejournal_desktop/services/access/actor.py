"""The acting user, passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.roles import Role


@dataclass(frozen=True)
class Actor:
    account_id: int
    login: str
    roles: frozenset[Role]
    staff_id: int | None = None
    pupil_id: int | None = None
    guardian_id: int | None = None
    display_name: str = ""
    must_change_password: bool = False

    def has(self, role: Role) -> bool:
        return role in self.roles
