"""Finding a class or a member of staff by what a person types on the command line («5А», «Иванова»)."""

from __future__ import annotations

from sqlalchemy import select

from ...domain.names import short_name
from ...storage.database import Database
from ...storage.models import SchoolClass, Staff
from .model import TimetableError
from .weeks import find_year


def class_id_by_label(db: Database, label: str, academic_year_id: int | None = None) -> int:
    """The class «5А» (or «5 А», «5а») of the year (default: the latest)."""
    text = label.replace(" ", "").upper()
    digits = "".join(ch for ch in text if ch.isdigit())
    letter = text[len(digits):]
    with db.session() as session:
        year = find_year(session, academic_year_id)
        found = session.scalar(select(SchoolClass.id).where(
            SchoolClass.academic_year_id == year.id, SchoolClass.grade == int(digits or 0),
            SchoolClass.letter == letter)) if digits else None
    if found is None:
        raise TimetableError(f"Класса «{label}» в этом учебном году нет.")
    return found


def staff_id_by_name(db: Database, text: str) -> int:
    """A member of staff by surname (or «Фамилия И. О.», or the full name), any case; one match only."""
    wanted = " ".join(text.replace(".", ". ").split()).casefold()
    with db.session() as session:
        rows = session.execute(select(Staff.id, Staff.surname, Staff.name, Staff.patronymic)).all()
    found = [r.id for r in rows if wanted in {
        r.surname.casefold(), " ".join(short_name(r.surname, r.name, r.patronymic).split()).casefold(),
        " ".join(p for p in (r.surname, r.name, r.patronymic) if p).casefold()}]
    if not found:
        raise TimetableError(f"Сотрудника «{text}» нет.")
    if len(found) > 1:
        raise TimetableError(f"Сотрудников «{text}» несколько: укажите фамилию с инициалами.")
    return found[0]
