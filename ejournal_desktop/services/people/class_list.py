"""Classes (раздел «Классы»): who is in a class on a date, a pupil's card with personal data and
guardians, search across the school, consent to personal-data processing (152-ФЗ) and the portfolio.

Rights (domain/rights.py): reading a class list is `view_class_list` (the whole school for the
administration and the secretary, the own class for a class teacher, the classes a teacher teaches);
changing a pupil's data, guardians, consent and portfolio is `edit_pupil_data` (the deputy: every
pupil; a class teacher: pupils whose current, or last, class is the own one). Staff consent and a
teacher's portfolio are `manage_staff`. Every change is audited in its own transaction.

Movement of pupils (arrival, departure, transfer) is in services/people/movement.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from ...domain.names import fold, full_name, person_sort_key
from ...domain.rights import Action
from ...domain.sizes import file_size
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Account,
    Attachment,
    Consent,
    Course,
    Enrollment,
    Guardian,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Sex,
    Staff,
    YearStatus,
    utcnow,
)
from .. import text_rules
from ..access import audit, settings
from ..access.actor import Actor
from ..access.guard import Denied, own_class_ids, permits_action, pupil_shown, require, unit
from ..errors import ServiceError

__all__ = [
    "AttachmentInfo", "ClassInfo", "ClassRoster", "ConsentInfo", "GuardianInfo", "NoConsent", "PupilCard",
    "PupilRow", "SearchHit", "add_attachment", "add_guardian", "attachment_content", "class_pupils",
    "classes_for", "fold", "pupil_card", "record_consent", "remove_attachment", "remove_guardian",
    "save_attachment", "search_pupils", "update_guardian", "update_pupil", "withdraw_consent",
    "without_consent",
]


class PupilDataError(ServiceError):
    """A field of a pupil or guardian is wrong; the message names the field and the reason."""


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
                "consent": self.has_consent,
                "guardians": [{"relation": g.relation, "full_name": g.full_name, "phone": g.phone}
                              for g in self.guardians]}


@dataclass(frozen=True)
class ClassRoster:
    school_class: ClassInfo
    on: dt.date
    rows: tuple[PupilRow, ...]
    editable: bool           # the actor may edit these pupils' data


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


# --- checks and helpers ------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")
_NAME = re.compile(r"^[A-Za-zА-Яа-яЁё]+(?:[ '’-][A-Za-zА-Яа-яЁё]+)*$")
_PHONE_ALLOWED = re.compile(r"^[0-9+()\-\s.,;доб]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _text(value, label: str, limit: int) -> str:
    problem = text_rules.text_problem(str(value or ""))
    if problem:
        raise PupilDataError(f"{label}: {problem}.")
    text = unicodedata.normalize("NFC", _SPACES.sub(" ", str(value or "")).strip())
    if len(text) > limit:
        raise PupilDataError(f"{label}: не длиннее {limit} знаков (сейчас {len(text)}).")
    return text


def _name_part(value, label: str, *, required: bool) -> str:
    text = _text(value, label, 100)
    if not text:
        if required:
            raise PupilDataError(f"{label}: поле не может быть пустым.")
        return ""
    if not _NAME.match(text):  # letters only: no emoji, no stray combining marks
        raise PupilDataError(f"{label}: «{text}» — допустимы только буквы, пробел, дефис и апостроф.")
    return text


def _phone(value, label: str) -> str:
    text = _text(value, label, 100)
    if not text:
        return ""
    digits = re.sub(r"\D", "", text)
    if not _PHONE_ALLOWED.match(text) or len(digits) < 5 or len(digits) > 15:
        raise PupilDataError(f"{label}: «{text}» не похоже на номер телефона (нужно от 5 до 15 цифр, "
                             f"например +7 900 123-45-67).")
    return text


def _birth_date(value, today: dt.date) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise PupilDataError("Дата рождения: нужна дата.")
    if value > today:
        raise PupilDataError(f"Дата рождения: {value:%d.%m.%Y} ещё не наступила.")
    age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
    if age < 3 or age > 30:
        raise PupilDataError(f"Дата рождения: {value:%d.%m.%Y} — ученику было бы {age} лет; проверьте год.")
    return value


def _sex(value) -> Sex | None:
    if value in (None, ""):
        return None
    if isinstance(value, Sex):
        return value
    text = str(value).strip().casefold()
    if text in ("male", "м", "муж", "мужской"):
        return Sex.male
    if text in ("female", "ж", "жен", "женский"):
        return Sex.female
    raise PupilDataError(f"Пол: «{value}» — укажите «м» или «ж».")


PUPIL_FIELDS = ("surname", "name", "patronymic", "birth_date", "sex", "address", "phone", "document")
GUARDIAN_FIELDS = ("surname", "name", "patronymic", "phone", "email", "address", "relation")


def clean_pupil(data: dict, today: dt.date, *, partial: bool = False) -> dict:
    """The pupil's fields checked and tidied; a PupilDataError names the first wrong field."""
    unknown = set(data) - set(PUPIL_FIELDS)
    if unknown:
        raise PupilDataError(f"Неизвестные поля ученика: {', '.join(sorted(unknown))}.")
    out = {}
    for key, value in data.items():
        if key in ("surname", "name", "patronymic"):
            label = {"surname": "Фамилия", "name": "Имя", "patronymic": "Отчество"}[key]
            out[key] = _name_part(value, label, required=key != "patronymic")
        elif key == "birth_date":
            out[key] = _birth_date(value, today)
        elif key == "sex":
            out[key] = _sex(value)
        elif key == "phone":
            out[key] = _phone(value, "Телефон")
        elif key == "address":
            out[key] = _text(value, "Адрес", 500)
        elif key == "document":
            out[key] = _text(value, "Документ", 200)
    if not partial:
        for key in ("surname", "name"):
            if not out.get(key):
                raise PupilDataError(f"{'Фамилия' if key == 'surname' else 'Имя'}: поле не может быть пустым.")
    return out


def clean_guardian(data: dict, *, partial: bool = False) -> dict:
    unknown = set(data) - set(GUARDIAN_FIELDS)
    if unknown:
        raise PupilDataError(f"Неизвестные поля родителя: {', '.join(sorted(unknown))}.")
    out = {}
    for key, value in data.items():
        if key in ("surname", "name", "patronymic"):
            label = {"surname": "Фамилия родителя", "name": "Имя родителя",
                     "patronymic": "Отчество родителя"}[key]
            out[key] = _name_part(value, label, required=key != "patronymic")
        elif key == "phone":
            out[key] = _phone(value, "Телефон родителя")
        elif key == "email":
            text = _text(value, "Электронная почта родителя", 200)
            if text and not _EMAIL.match(text):
                raise PupilDataError(f"Электронная почта родителя: «{text}» — нужен адрес вида name@example.ru.")
            out[key] = text
        elif key == "address":
            out[key] = _text(value, "Адрес родителя", 500)
        elif key == "relation":
            out[key] = _text(value, "Кем приходится", 50)
    if not partial:
        for key in ("surname", "name"):
            if not out.get(key):
                raise PupilDataError(f"{'Фамилия' if key == 'surname' else 'Имя'} родителя: поле не может "
                                     f"быть пустым.")
    return out


def _year_bounds(start_year: int) -> tuple[dt.date, dt.date]:
    return dt.date(start_year, 9, 1), dt.date(start_year + 1, 8, 31)


def _pupil(session: Session, pupil_id: int) -> Pupil:
    pupil = session.get(Pupil, pupil_id)
    if pupil is None:
        raise ServiceError(f"Ученика с номером {pupil_id} в журнале нет.")
    return pupil


def _latest_class(session: Session, pupil_id: int) -> int | None:
    """The class of the pupil's latest stay (current, or the last one left)."""
    return session.scalar(select(Enrollment.school_class_id).where(Enrollment.pupil_id == pupil_id)
                          .order_by(Enrollment.arrived_on.desc(), Enrollment.id.desc()).limit(1))


def _teaches_class(session: Session, actor: Actor, class_id: int | None) -> bool:
    return actor.staff_id is not None and class_id is not None and bool(session.scalar(select(exists().where(
        Course.school_class_id == class_id, Course.teacher_id == actor.staff_id))))


def _may_edit_pupil(session: Session, actor: Actor, pupil_id: int) -> bool:
    return permits_action(actor, Action.edit_pupil_data,
                          own_class=_latest_class(session, pupil_id) in own_class_ids(session, actor))


def _require_edit_pupil(session: Session, actor: Actor, pupil: Pupil) -> None:
    if not _may_edit_pupil(session, actor, pupil.id):
        raise Denied(Action.edit_pupil_data, full_name(pupil.surname, pupil.name, pupil.patronymic),
                     shown=pupil_shown(pupil.id))


def _require_view_pupil(session: Session, actor: Actor, pupil: Pupil) -> None:
    classes = set(session.scalars(select(Enrollment.school_class_id).where(Enrollment.pupil_id == pupil.id)))
    own_class = bool(classes & own_class_ids(session, actor))
    latest = _latest_class(session, pupil.id)
    if not permits_action(actor, Action.view_class_list, own=_teaches_class(session, actor, latest),
                          own_class=own_class):
        raise Denied(Action.view_class_list, full_name(pupil.surname, pupil.name, pupil.patronymic),
                     shown=pupil_shown(pupil.id))


def _staff_short(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    s = session.get(Staff, staff_id)
    if s is None:
        return ""
    from ...domain.names import short_name
    return short_name(s.surname, s.name, s.patronymic)


def _class_info(session: Session, cls: SchoolClass, year: AcademicYear, own: set[int]) -> ClassInfo:
    return ClassInfo(cls.id, cls.label, cls.grade, cls.letter, year.label, year.status is YearStatus.open,
                     _staff_short(session, cls.class_teacher_id), cls.id in own)


def _current_year(session: Session) -> AcademicYear | None:
    year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                          .order_by(AcademicYear.start_year.desc()).limit(1))
    return year or session.scalar(select(AcademicYear).order_by(AcademicYear.start_year.desc()).limit(1))


def _active_consent(day: dt.date):
    return and_(Consent.given_on <= day, or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > day))


# --- classes and lists --------------------------------------------------------------------------------------

def classes_for(db: Database, actor: Actor, academic_year_id: int | None = None) -> list[ClassInfo]:
    """The classes of the year (default: the open one) whose lists the actor may read: the own class
    first, then by grade and letter."""
    with unit(db, actor, read=True) as session:
        require(actor, Action.view_class_list, own=True, own_class=True)
        year = (session.get(AcademicYear, academic_year_id) if academic_year_id is not None
                else _current_year(session))
        if year is None:
            return []
        own = own_class_ids(session, actor)
        taught = set()
        if actor.staff_id is not None:
            taught = set(session.scalars(select(Course.school_class_id).where(
                Course.teacher_id == actor.staff_id, Course.school_class_id.is_not(None))))
        out = []
        for cls in session.scalars(select(SchoolClass).where(SchoolClass.academic_year_id == year.id)):
            if permits_action(actor, Action.view_class_list, own=cls.id in taught, own_class=cls.id in own):
                out.append(_class_info(session, cls, year, own))
        return sorted(out, key=lambda c: (not c.own, c.grade, c.letter))


def _guardians_of(session: Session, pupil_ids: list[int], on: dt.date) -> dict[int, list[GuardianInfo]]:
    if not pupil_ids:
        return {}
    consented = set(session.scalars(select(Consent.guardian_id).where(
        Consent.guardian_id.is_not(None), _active_consent(on))))
    out: dict[int, list[GuardianInfo]] = {}
    order = {"мать": 0, "отец": 1}
    for link, g in session.execute(
            select(PupilGuardian, Guardian).join(Guardian, Guardian.id == PupilGuardian.guardian_id)
            .where(PupilGuardian.pupil_id.in_(pupil_ids))):
        out.setdefault(link.pupil_id, []).append(GuardianInfo(
            g.id, link.relation, g.surname, g.name, g.patronymic, g.phone, g.email, g.address, g.id in consented))
    for items in out.values():
        items.sort(key=lambda g: (order.get(g.relation, 2), person_sort_key(g.surname, g.name, g.patronymic)))
    return out


def _default_day(year: AcademicYear, today: dt.date | None) -> dt.date:
    first, last = _year_bounds(year.start_year)
    return min(max(today or dt.date.today(), first), last)


def class_pupils(db: Database, actor: Actor, class_id: int, on: dt.date | None = None) -> ClassRoster:
    """The pupils in the class on the date (default: today, kept inside the class's year), in Russian
    alphabetical order, with personal data, guardians and whether consent is recorded."""
    with unit(db, actor, read=True) as session:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise ServiceError("Такого класса нет.")
        own = own_class_ids(session, actor)
        require(actor, Action.view_class_list, own=_teaches_class(session, actor, class_id),
                own_class=class_id in own, detail=f"список {cls.label} класса")
        year = session.get(AcademicYear, cls.academic_year_id)
        on = on or _default_day(year, None)
        found = session.execute(
            select(Pupil, Enrollment.arrived_on, Enrollment.arrival_event)
            .join(Enrollment, Enrollment.pupil_id == Pupil.id)
            .where(Enrollment.school_class_id == class_id, Enrollment.arrived_on <= on,
                   or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on))).all()
        ids = [p.id for p, _a, _e in found]
        guardians = _guardians_of(session, ids, on)
        consented = set(session.scalars(select(Consent.pupil_id).where(
            Consent.pupil_id.in_(ids or [-1]), _active_consent(on))))
        found.sort(key=lambda r: person_sort_key(r[0].surname, r[0].name, r[0].patronymic))
        rows = tuple(
            PupilRow(n, p.id, p.surname, p.name, p.patronymic, p.birth_date, p.sex.value if p.sex else None,
                     arrived, event.value, p.phone, p.address, p.document, tuple(guardians.get(p.id, ())),
                     p.id in consented)
            for n, (p, arrived, event) in enumerate(found, start=1))
        editable = permits_action(actor, Action.edit_pupil_data, own_class=class_id in own)
        return ClassRoster(_class_info(session, cls, year, own), on, rows, editable)


def search_pupils(db: Database, actor: Actor, text: str, on: dt.date | None = None,
                  limit: int = 200) -> list[SearchHit]:
    """Pupils of the school whose name has every word of `text` at the start of a part of the name
    (surname, name, patronymic; «ё» and «е» alike, any case), in Russian alphabetical order. A
    class teacher or teacher finds only pupils of the classes whose lists they may read."""
    words = fold(text).split()
    if not words:
        return []
    on = on or dt.date.today()
    with unit(db, actor, read=True) as session:
        require(actor, Action.view_class_list, own=True, own_class=True)
        school_wide = permits_action(actor, Action.view_class_list)
        visible: set[int] | None = None
        if not school_wide:
            visible = set(own_class_ids(session, actor))
            if actor.staff_id is not None:
                visible |= set(session.scalars(select(Course.school_class_id).where(
                    Course.teacher_id == actor.staff_id, Course.school_class_id.is_not(None))))
        labels = {cid: f"{g}{ltr}" for cid, g, ltr in session.execute(
            select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter))}
        stays: dict[int, list] = {}
        for pid, cid, arrived, departed in session.execute(
                select(Enrollment.pupil_id, Enrollment.school_class_id, Enrollment.arrived_on,
                       Enrollment.departed_on).order_by(Enrollment.arrived_on, Enrollment.id)):
            stays.setdefault(pid, []).append((cid, arrived, departed))
        hits = []
        for pid, s, n, p, born in session.execute(select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic,
                                                         Pupil.birth_date)):
            parts = fold(f"{s} {n} {p or ''}").replace("-", " ").split()
            if not all(any(part.startswith(w) for part in parts) for w in words):
                continue
            mine = stays.get(pid, [])
            now = next((st for st in mine if st[1] <= on and (st[2] is None or st[2] > on)), None)
            if now is not None:
                cid, where = now[0], labels[now[0]]
            elif mine and mine[-1][1] > on:
                cid, where = None, f"прибудет {mine[-1][1]:%d.%m.%Y} в {labels[mine[-1][0]]}"
            elif mine:
                last = mine[-1]
                cid, where = None, f"выбыл {last[2]:%d.%m.%Y} из {labels[last[0]]}"
            else:
                cid, where = None, "не зачислен ни в один класс"
            if visible is not None:
                if now is None or now[0] not in visible:
                    continue
            hits.append(SearchHit(pid, full_name(s, n, p), born, cid, labels.get(cid, "") if cid else "",
                                  where))
        hits.sort(key=lambda h: person_sort_key(*(h.full_name.split(" ", 2) + ["", ""])[:3]))
        return hits[:limit]


# --- the pupil's card --------------------------------------------------------------------------------------

def pupil_card(db: Database, actor: Actor, pupil_id: int, on: dt.date | None = None) -> PupilCard:
    on = on or dt.date.today()
    with unit(db, actor, read=True) as session:
        pupil = _pupil(session, pupil_id)
        _require_view_pupil(session, actor, pupil)
        guardians = tuple(_guardians_of(session, [pupil_id], on).get(pupil_id, ()))
        return PupilCard(pupil.id, pupil.surname, pupil.name, pupil.patronymic, pupil.birth_date,
                         pupil.sex.value if pupil.sex else None, pupil.address, pupil.phone, pupil.document,
                         _class_on(session, pupil_id, on), guardians,
                         tuple(_consents(session, pupil_id, [g.id for g in guardians])),
                         tuple(_attachments(session, pupil_id=pupil_id)), _may_edit_pupil(session, actor, pupil_id))


def _class_on(session: Session, pupil_id: int, on: dt.date) -> str:
    row = session.execute(select(SchoolClass.grade, SchoolClass.letter)
                          .join(Enrollment, Enrollment.school_class_id == SchoolClass.id)
                          .where(Enrollment.pupil_id == pupil_id, Enrollment.arrived_on <= on,
                                 or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on))).first()
    return f"{row.grade}{row.letter}" if row else ""


def _pupil_payload(pupil: Pupil) -> dict:
    return {"surname": pupil.surname, "name": pupil.name, "patronymic": pupil.patronymic,
            "birth_date": pupil.birth_date, "sex": pupil.sex.value if pupil.sex else None,
            "address": pupil.address, "phone": pupil.phone, "document": pupil.document}


def update_pupil(db: Database, actor: Actor, pupil_id: int, *, today: dt.date | None = None,
                 **changes) -> dict:
    """Change a pupil's personal data; returns the fields that changed ({field: (old, new)}), audited
    with the old and new values."""
    today = today or dt.date.today()
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        clean = clean_pupil(changes, today, partial=True)
        before = _pupil_payload(pupil)
        for key, value in clean.items():
            setattr(pupil, key, value)
        after = _pupil_payload(pupil)
        changed = {k: (before[k], after[k]) for k in after if before[k] != after[k]}
        if changed:
            session.flush()
            audit.record(session, actor.account_id, "update", "pupil", pupil.id,
                         old={k: v[0] for k, v in changed.items()}, new={k: v[1] for k, v in changed.items()})
        return changed


def add_guardian(db: Database, actor: Actor, pupil_id: int, **data) -> int:
    """A new guardian of the pupil (or, when `guardian_id` is given, an existing one linked: a
    sibling's parent); returns the guardian's id."""
    guardian_id = data.pop("guardian_id", None)
    relation = data.pop("relation", "") if guardian_id is not None else None
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        if guardian_id is not None:
            guardian = session.get(Guardian, guardian_id)
            if guardian is None:
                raise ServiceError(f"Родителя с номером {guardian_id} в журнале нет.")
            relation = _text(relation, "Кем приходится", 50)
        else:
            clean = clean_guardian(data)
            relation = clean.pop("relation", "")
            guardian = Guardian(**clean)
            session.add(guardian)
            session.flush()
            audit.record(session, actor.account_id, "create", "guardian", guardian.id, new=clean)
        if session.get(PupilGuardian, (pupil_id, guardian.id)) is not None:
            raise ServiceError(f"{full_name(guardian.surname, guardian.name, guardian.patronymic)} уже указан "
                               f"родителем этого ученика.")
        session.add(PupilGuardian(pupil_id=pupil_id, guardian_id=guardian.id, relation=relation))
        session.flush()
        audit.record(session, actor.account_id, "create", "pupil_guardian", pupil_id,
                     new={"pupil_id": pupil_id, "guardian_id": guardian.id, "relation": relation})
        return guardian.id


def _link(session: Session, pupil_id: int, guardian_id: int) -> PupilGuardian:
    link = session.get(PupilGuardian, (pupil_id, guardian_id))
    if link is None:
        raise ServiceError("Этот человек не указан родителем ученика.")
    return link


def update_guardian(db: Database, actor: Actor, pupil_id: int, guardian_id: int, **changes) -> dict:
    """Change a guardian's data (and how they are related to this pupil); returns what changed."""
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        link = _link(session, pupil_id, guardian_id)
        clean = clean_guardian(changes, partial=True)
        guardian = session.get(Guardian, guardian_id)
        changed = {}
        for key, value in clean.items():
            obj = link if key == "relation" else guardian
            if getattr(obj, key) != value:
                changed[key] = (getattr(obj, key), value)
                setattr(obj, key, value)
        if changed:
            session.flush()
            audit.record(session, actor.account_id, "update", "guardian", guardian_id,
                         old={k: v[0] for k, v in changed.items()} | {"pupil_id": pupil_id},
                         new={k: v[1] for k, v in changed.items()} | {"pupil_id": pupil_id})
        return changed


def remove_guardian(db: Database, actor: Actor, pupil_id: int, guardian_id: int) -> None:
    """Unlink a guardian from the pupil; the guardian's record goes too when nothing else refers to it
    (another child, a login, a consent)."""
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        link = _link(session, pupil_id, guardian_id)
        old = {"pupil_id": pupil_id, "guardian_id": guardian_id, "relation": link.relation}
        session.delete(link)
        session.flush()
        audit.record(session, actor.account_id, "delete", "pupil_guardian", pupil_id, old=old)
        still_used = session.scalar(select(exists().where(PupilGuardian.guardian_id == guardian_id))) or \
            session.scalar(select(exists().where(Account.guardian_id == guardian_id))) or \
            session.scalar(select(exists().where(Consent.guardian_id == guardian_id)))
        if not still_used:
            guardian = session.get(Guardian, guardian_id)
            payload = {"surname": guardian.surname, "name": guardian.name, "patronymic": guardian.patronymic,
                       "phone": guardian.phone}
            session.delete(guardian)
            session.flush()
            audit.record(session, actor.account_id, "delete", "guardian", guardian_id, old=payload)


# --- consent to personal-data processing --------------------------------------------------------------------

def _consents(session: Session, pupil_id: int, guardian_ids: list[int]) -> list[ConsentInfo]:
    names = {g.id: full_name(g.surname, g.name, g.patronymic) for g in session.scalars(
        select(Guardian).where(Guardian.id.in_(guardian_ids or [-1])))}
    rows = session.scalars(select(Consent).where(or_(Consent.pupil_id == pupil_id,
                                                     Consent.guardian_id.in_(guardian_ids or [-1])))
                           .order_by(Consent.given_on, Consent.id))
    return [ConsentInfo(c.id, "ученик" if c.pupil_id else f"родитель: {names.get(c.guardian_id, '')}",
                        c.given_by, c.given_on, c.document, c.withdrawn_on, of_pupil=c.pupil_id is not None)
            for c in rows]


def _consent_subject(session: Session, actor: Actor, pupil_id, guardian_id, staff_id) -> str:
    """Check the right to record a consent of this person; returns a label for messages."""
    if sum(x is not None for x in (pupil_id, guardian_id, staff_id)) != 1:
        raise ServiceError("Согласие записывается для одного человека: ученика, родителя или сотрудника.")
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise ServiceError(f"Сотрудника с номером {staff_id} в журнале нет.")
        require(actor, Action.manage_staff, detail="согласие сотрудника")
        return full_name(staff.surname, staff.name, staff.patronymic)
    if guardian_id is not None:
        guardian = session.get(Guardian, guardian_id)
        if guardian is None:
            raise ServiceError(f"Родителя с номером {guardian_id} в журнале нет.")
        children = list(session.scalars(select(PupilGuardian.pupil_id).where(
            PupilGuardian.guardian_id == guardian_id)))
        if not any(_may_edit_pupil(session, actor, p) for p in children) and not permits_action(
                actor, Action.edit_pupil_data):
            raise Denied(Action.edit_pupil_data, "согласие родителя")
        return full_name(guardian.surname, guardian.name, guardian.patronymic)
    pupil = _pupil(session, pupil_id)
    _require_edit_pupil(session, actor, pupil)
    return full_name(pupil.surname, pupil.name, pupil.patronymic)


def record_consent(db: Database, actor: Actor, *, pupil_id: int | None = None, guardian_id: int | None = None,
                   staff_id: int | None = None, given_by: str = "", given_on: dt.date,
                   document: str = "", today: dt.date | None = None) -> int:
    """Record a consent to personal-data processing: who signed it, when and on what document."""
    today = today or dt.date.today()
    given_by = _text(given_by, "Кто дал согласие", 300)
    document = _text(document, "Документ согласия", 300)
    if not isinstance(given_on, dt.date):
        raise ServiceError("Дата согласия: нужна дата.")
    if given_on > today:
        raise ServiceError(f"Дата согласия {given_on:%d.%m.%Y} ещё не наступила.")
    if not document:
        raise ServiceError("Укажите документ согласия (например, «заявление № 15 от 01.09.2026»).")
    with unit(db, actor) as session:
        who = _consent_subject(session, actor, pupil_id, guardian_id, staff_id)
        if pupil_id is not None and not given_by:
            raise ServiceError(f"Согласие за ученика ({who}) даёт родитель: укажите, кто его подписал.")
        row = Consent(pupil_id=pupil_id, guardian_id=guardian_id, staff_id=staff_id, given_by=given_by or who,
                      given_on=given_on, document=document, recorded_by=actor.account_id, recorded_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "consent", row.id,
                     new={"pupil_id": pupil_id, "guardian_id": guardian_id, "staff_id": staff_id,
                          "given_by": row.given_by, "given_on": given_on, "document": document})
        return row.id


def withdraw_consent(db: Database, actor: Actor, consent_id: int, on: dt.date) -> None:
    """The person withdrew the consent on the date (the record stays, with the date of withdrawal)."""
    with unit(db, actor) as session:
        row = session.get(Consent, consent_id)
        if row is None:
            raise ServiceError("Такого согласия нет.")
        _consent_subject(session, actor, row.pupil_id, row.guardian_id, row.staff_id)
        if row.withdrawn_on is not None:
            raise ServiceError(f"Согласие уже отозвано {row.withdrawn_on:%d.%m.%Y}.")
        if on < row.given_on:
            raise ServiceError(f"Дата отзыва {on:%d.%m.%Y} раньше даты согласия {row.given_on:%d.%m.%Y}.")
        row.withdrawn_on = on
        session.flush()
        audit.record(session, actor.account_id, "update", "consent", row.id, old={"withdrawn_on": None},
                     new={"withdrawn_on": on})


def staff_consents(db: Database, actor: Actor, staff_id: int) -> list[ConsentInfo]:
    """A member of staff's consents, oldest first (those who keep the staff list)."""
    with unit(db, actor) as session:
        _consent_subject(session, actor, None, None, staff_id)
        rows = session.scalars(select(Consent).where(Consent.staff_id == staff_id)
                               .order_by(Consent.given_on, Consent.id))
        return [ConsentInfo(c.id, "сотрудник", c.given_by, c.given_on, c.document, c.withdrawn_on) for c in rows]


def without_consent(db: Database, actor: Actor, on: dt.date | None = None) -> list[NoConsent]:
    """Pupils in a class on the date with no consent in force (their own, given by a parent), and —
    for those who keep the staff list or read the whole school — staff still working with none."""
    on = on or dt.date.today()
    with unit(db, actor) as session:
        require(actor, Action.view_class_list, own=True, own_class=True)
        own = own_class_ids(session, actor)
        taught = set()
        if actor.staff_id is not None:
            taught = set(session.scalars(select(Course.school_class_id).where(Course.teacher_id == actor.staff_id)))
        consented = set(session.scalars(select(Consent.pupil_id).where(Consent.pupil_id.is_not(None),
                                                                         _active_consent(on))))
        out = []
        for pid, s, n, p, cid, grade, letter in session.execute(
                select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic, SchoolClass.id, SchoolClass.grade,
                       SchoolClass.letter)
                .join(Enrollment, Enrollment.pupil_id == Pupil.id)
                .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
                .where(Enrollment.arrived_on <= on,
                       or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on))):
            if pid in consented or not permits_action(actor, Action.view_class_list, own=cid in taught,
                                                      own_class=cid in own):
                continue
            out.append((grade, letter, person_sort_key(s, n, p), NoConsent("pupil", pid, full_name(s, n, p),
                                                                           f"{grade}{letter}")))
        out.sort(key=lambda t: t[:3])
        rows = [t[3] for t in out]
        if permits_action(actor, Action.manage_staff) or permits_action(actor, Action.view_class_list):
            staff_ok = set(session.scalars(select(Consent.staff_id).where(Consent.staff_id.is_not(None),
                                                                          _active_consent(on))))
            staff = [s for s in session.scalars(select(Staff).where(
                or_(Staff.dismissed_on.is_(None), Staff.dismissed_on > on))) if s.id not in staff_ok]
            staff.sort(key=lambda s: person_sort_key(s.surname, s.name, s.patronymic))
            rows += [NoConsent("staff", s.id, full_name(s.surname, s.name, s.patronymic), s.position) for s in staff]
        return rows


# --- portfolio -------------------------------------------------------------------------------------------------

def _attachments(session: Session, *, pupil_id: int | None = None,
                 staff_id: int | None = None) -> list[AttachmentInfo]:
    where = Attachment.pupil_id == pupil_id if pupil_id is not None else Attachment.staff_id == staff_id
    return [AttachmentInfo(r.id, r.file_name, r.size or 0, r.added_at) for r in session.execute(
        select(Attachment.id, Attachment.file_name, func.length(Attachment.content).label("size"),
               Attachment.added_at).where(where).order_by(Attachment.added_at, Attachment.id))]


def _portfolio_owner(session: Session, actor: Actor, pupil_id: int | None, staff_id: int | None,
                     *, edit: bool) -> str:
    if (pupil_id is None) == (staff_id is None):
        raise ServiceError("Портфолио принадлежит одному ученику или одному сотруднику.")
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise ServiceError(f"Сотрудника с номером {staff_id} в журнале нет.")
        if not (actor.staff_id == staff_id or permits_action(actor, Action.manage_staff)):
            raise Denied(Action.manage_staff, "портфолио сотрудника")
        return full_name(staff.surname, staff.name, staff.patronymic)
    pupil = _pupil(session, pupil_id)
    (_require_edit_pupil if edit else _require_view_pupil)(session, actor, pupil)
    return full_name(pupil.surname, pupil.name, pupil.patronymic)


def portfolio_limit(db: Database) -> int:
    """The largest file a portfolio takes, in bytes (setting portfolio_max_mb)."""
    return settings.read(db, "portfolio_max_mb") * 2**20


def add_attachment(db: Database, actor: Actor, *, pupil_id: int | None = None, staff_id: int | None = None,
                   path: str | Path | None = None, file_name: str = "", content: bytes | None = None
                   ) -> AttachmentInfo:
    """Put a document (a scan, a diploma) into a pupil's (or teacher's) portfolio, inside the
    encrypted database. A file above the size limit is refused before it is read whole."""
    if path is not None:
        path = Path(path)
        file_name = file_name or path.name
    file_name = _text(Path(file_name).name, "Имя файла", 300)
    if not file_name:
        raise ServiceError("У файла нет имени.")
    with unit(db, actor) as session:
        who = _portfolio_owner(session, actor, pupil_id, staff_id, edit=True)
        limit_mb = settings.get(session, "portfolio_max_mb")
        limit = limit_mb * 2**20
        size = path.stat().st_size if path is not None else len(content or b"")
        if size > limit:
            raise ServiceError(
                f"Файл «{file_name}» ({file_size(size)}) больше предела {limit_mb} МБ для одного документа "
                f"портфолио. Уменьшите скан (меньшее разрешение, PDF вместо фотографии) или разделите его "
                f"на части.")
        if path is not None:
            content = path.read_bytes()
            if len(content) > limit:
                raise ServiceError(f"Файл «{file_name}» вырос во время чтения и больше {limit_mb} МБ.")
        if not content:
            raise ServiceError(f"Файл «{file_name}» пуст: прикладывать нечего.")
        row = Attachment(pupil_id=pupil_id, staff_id=staff_id, file_name=file_name, content=content,
                         added_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "attachment", row.id,
                     new={"pupil_id": pupil_id, "staff_id": staff_id, "owner": who, "file_name": file_name,
                          "size": len(content), "sha256": hashlib.sha256(content).hexdigest()})
        return AttachmentInfo(row.id, file_name, len(content), row.added_at)


def attachments(db: Database, actor: Actor, *, pupil_id: int | None = None,
                staff_id: int | None = None) -> list[AttachmentInfo]:
    with unit(db, actor) as session:
        _portfolio_owner(session, actor, pupil_id, staff_id, edit=False)
        return _attachments(session, pupil_id=pupil_id, staff_id=staff_id)


def attachment_content(db: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    with unit(db, actor) as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise ServiceError("Такого документа в портфолио нет.")
        _portfolio_owner(session, actor, row.pupil_id, row.staff_id, edit=False)
        return row.file_name, row.content


def save_attachment(db: Database, actor: Actor, attachment_id: int, path: str | Path) -> Path:
    """Write a portfolio document out to a file (whole or not at all)."""
    _name, content = attachment_content(db, actor, attachment_id)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(content)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def remove_attachment(db: Database, actor: Actor, attachment_id: int) -> None:
    with unit(db, actor) as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise ServiceError("Такого документа в портфолио нет.")
        _portfolio_owner(session, actor, row.pupil_id, row.staff_id, edit=True)
        old = {"pupil_id": row.pupil_id, "staff_id": row.staff_id, "file_name": row.file_name,
               "size": len(row.content), "sha256": hashlib.sha256(row.content).hexdigest()}
        session.delete(row)
        session.flush()
        audit.record(session, actor.account_id, "delete", "attachment", attachment_id, old=old)
