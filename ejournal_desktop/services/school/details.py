"""The school's own details (name, address, director) as the printouts and the title bar show them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import select

from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import School
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError


@dataclass(frozen=True)
class SchoolDetails:
    name: str = ""
    short_name: str = ""
    address: str = ""
    director_name: str = ""
    phone: str = ""


# field: (its name in messages, the longest it may be)
FIELDS = {"name": ("Полное наименование", 500), "short_name": ("Краткое наименование", 200),
          "address": ("Адрес", 500), "director_name": ("Директор", 200), "phone": ("Телефон", 100)}


def details(db: Database) -> SchoolDetails:
    """Not personal data: read without a right, as the login window shows the school's name."""
    with db.session() as session:
        row = session.scalar(select(School).limit(1))
        if row is None:
            return SchoolDetails()
        return SchoolDetails(**{f.name: getattr(row, f.name) or "" for f in fields(SchoolDetails)})


def update_details(db: Database, actor: Actor, **changes: str) -> SchoolDetails:
    """Change the school's details (administrator); returns them as stored."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown school fields: {sorted(unknown)}")
    cleaned = {key: " ".join(str(value).split()) for key, value in changes.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise ServiceError("Полное наименование школы не может быть пустым: оно печатается на каждом листе.")
    for key, value in cleaned.items():
        label, longest = FIELDS[key]
        if len(value) > longest:
            raise ServiceError(f"{label}: не длиннее {longest} знаков, а введено {len(value)}.")
    with unit(db, actor) as session:
        require(actor, Action.system_settings, detail="сведения о школе")
        row = session.scalar(select(School).limit(1))
        if row is None:
            row = School(name=cleaned.get("name", ""), short_name=cleaned.get("short_name", ""))
            session.add(row)
            session.flush()
        old = SchoolDetails(**{f.name: getattr(row, f.name) or "" for f in fields(SchoolDetails)})
        new = replace(old, **cleaned)
        if new != old:
            for key, value in asdict(new).items():
                setattr(row, key, value)
            audit.record(session, actor.account_id, "update", "school", row.id, old=asdict(old), new=asdict(new))
    return new
