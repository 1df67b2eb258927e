"""A new school made by `init` (no year, no classes), with a deputy account: what issue 15 starts from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services import accounts
from ejournal_desktop.services.actor import Actor
from ejournal_desktop.services.files import create_school
from ejournal_desktop.storage.database import Database

ADMIN_PASSWORD = "Adm1n-pass-2026"


@dataclass
class NewSchool:
    path: Path
    db: Database
    admin: Actor
    deputy: Actor


def new_school(folder: Path) -> NewSchool:
    path = folder / "new-school.db"
    db = create_school(path, school_name="МБОУ «СОШ № 1 с. Заречное»", short_name="СОШ № 1",
                       admin_login="admin", admin_password=ADMIN_PASSWORD)
    admin = accounts.authenticate(db, "admin", ADMIN_PASSWORD)
    _id, temporary = accounts.create_account(db, admin, "zavuch", {Role.deputy})
    deputy = accounts.authenticate(db, "zavuch", temporary)
    return NewSchool(path, db, admin, deputy)
