"""The plain data of the class lists, the pupil's card, consents and the portfolio."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


from ...domain.names import full_name


# --- plain data ---------------------------------------------------------------------------------------

SEX_LABELS = {"male": "м", "female": "ж"}


@dataclass(frozen=True)
class ClassInfo:
    id: int
    label: str              # «5А»
    grade: int
    letter: str
    academic_year: str      # «2026/2027»
    year_open: bool
    class_teacher: str      # «Романова Е. А.» or ""
    own: bool               # the actor's own class (class teacher)


@dataclass(frozen=True)
class GuardianInfo:
    id: int
    relation: str           # мать, отец, опекун…
    surname: str
    name: str
    patronymic: str
    phone: str
    email: str
    address: str
    has_consent: bool = False

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.name, self.patronymic)


@dataclass(frozen=True)
class PupilRow:
    number: int
    pupil_id: int
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date | None
    sex: str | None          # "male", "female" or None
    arrived_on: dt.date      # in the class since
    arrival_event: str       # EnrollmentEvent value
    phone: str
    address: str
    document: str
    guardians: tuple[GuardianInfo, ...]
    has_consent: bool
    departed_on: dt.date | None = None   # left the class on that day (keeps the number, shown greyed)

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.name, self.patronymic)

    @property
    def sex_label(self) -> str:
        return SEX_LABELS.get(self.sex or "", "")

    def as_dict(self) -> dict:
        return {"number": self.number, "pupil_id": self.pupil_id, "full_name": self.full_name,
                "birth_date": self.birth_date, "sex": self.sex_label, "arrived_on": self.arrived_on,
                "phone": self.phone, "address": self.address, "document": self.document,
                "consent": self.has_consent, "departed_on": self.departed_on,
                "guardians": [{"relation": g.relation, "full_name": g.full_name, "phone": g.phone}
                              for g in self.guardians]}


@dataclass(frozen=True)
class ClassRoster:
    school_class: ClassInfo
    on: dt.date
    rows: tuple[PupilRow, ...]
    editable: bool           # the actor may edit these pupils' data

    @property
    def present(self) -> tuple[PupilRow, ...]:
        """The pupils in the class on the date (not those who left)."""
        return tuple(r for r in self.rows if r.departed_on is None)


@dataclass(frozen=True)
class SearchHit:
    pupil_id: int
    full_name: str
    birth_date: dt.date | None
    class_id: int | None     # the class on the date (None: not in a class then)
    class_label: str
    where: str               # «5А», «выбыл 22.10.2026 из 2А», «прибудет 01.12.2026 в 5А»


@dataclass(frozen=True)
class ConsentInfo:
    id: int
    whose: str               # «ученик», «родитель: Иванова М. П.», «сотрудник»
    given_by: str
    given_on: dt.date
    document: str
    withdrawn_on: dt.date | None
    of_pupil: bool = False   # the pupil's own consent (signed by a parent), not a guardian's or staff's

    def active_on(self, day: dt.date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    size: int
    added_at: dt.datetime


@dataclass(frozen=True)
class PupilCard:
    pupil_id: int
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date | None
    sex: str | None
    address: str
    phone: str
    document: str
    class_label: str         # the class today («» when none)
    guardians: tuple[GuardianInfo, ...]
    consents: tuple[ConsentInfo, ...]
    attachments: tuple[AttachmentInfo, ...]
    editable: bool

    @property
    def full_name(self) -> str:
        return full_name(self.surname, self.name, self.patronymic)


@dataclass(frozen=True)
class NoConsent:
    kind: str                # "pupil" or "staff"
    id: int
    full_name: str
    where: str               # the class, or the position
