"""Graduates' documents (issue 20): a pupil's СНИЛС and the certificate (аттестат) of a 9th or 11th
grader, and the upload table for ФИС ФРДО.

- `snils(db, actor, pupil_id)`: the number in full to those who may change the pupil's personal data
  (`edit_pupil_data`: the deputy, the pupil's class teacher) and to the administrator who uploads to
  ФИС ФРДО (`exchange`), each view written to the audit log; masked («***-***-*** 01») to everybody else.
- `set_snils`: checked by its check number (domain.snils), audited with masked values (the log is read
  by more people than may see the number).
- `save_certificate` / `certificates`: kind (basic — 9th grade, secondary — 11th), series, number,
  registration number, date of issue, with honours; only for a pupil of the 9th or 11th grade that year.
- `frdo_table(db, actor, year)`: the rows of ФИС ФРДО's template for general-education documents, in
  the column order of resources/frdo/general_education_columns.csv (a region whose template differs puts
  its own file in the data folder's frdo/ folder, which is read first); `export_frdo` writes it as .xlsx.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...domain import certificates as rules
from ...domain import snils as snils_rules
from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...paths import data_dir, resource_dirs
from ...printing.table_xlsx import write_table
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    CertificateKind,
    Enrollment,
    GraduationCertificate,
    Pupil,
    School,
    SchoolClass,
    Sex,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, own_class_ids, permits_action, unit
from ..errors import ServiceError
from .pupil_access import _may_edit_pupil, _pupil, _require_edit_pupil, _require_view_pupil, _teaches_class

__all__ = [
    "CERTIFICATE_NAMES",
    "Certificate",
    "FrdoTable",
    "GraduateStatus",
    "ClassGraduates",
    "GraduateRow",
    "certificates",
    "class_graduates",
    "columns_path",
    "export_frdo",
    "frdo_table",
    "graduate_status",
    "save_certificate",
    "set_snils",
    "snils",
]

CERTIFICATE_NAMES = {kind: rules.NAMES[kind.value] for kind in CertificateKind}
GRADE_OF = {kind: rules.GRADE[kind.value] for kind in CertificateKind}
COLUMNS_FILE = "general_education_columns.csv"


@dataclass(frozen=True)
class Certificate:
    pupil_id: int
    pupil: str
    class_label: str
    kind: CertificateKind
    series: str
    number: str
    registration_number: str
    issued_on: dt.date
    with_honours: bool


@dataclass(frozen=True)
class FrdoTable:
    year: int
    headers: list[str]
    rows: list[list[str]]


def _may_see(session, actor: Actor, pupil_id: int) -> bool:
    return _may_edit_pupil(session, actor, pupil_id) or permits_action(actor, Action.exchange)


def snils(db: Database, actor: Actor, pupil_id: int) -> str:
    """The pupil's СНИЛС: in full (and the view audited) or masked, by the actor's rights."""
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_view_pupil(session, actor, pupil)
        if not pupil.snils:
            return ""
        if not _may_see(session, actor, pupil_id):
            return snils_rules.mask(pupil.snils)
        audit.record(session, actor.account_id, "view", "pupil_snils", pupil_id)
        return pupil.snils


def set_snils(db: Database, actor: Actor, pupil_id: int, text: str) -> str:
    """Record (or clear, with "") the pupil's СНИЛС; returns it as stored («123-456-789 01»)."""
    value = _normalized_snils(text)
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        return _write_snils(session, actor, pupil, value)


def _normalized_snils(text: str) -> str:
    try:
        return snils_rules.normalize(text)
    except snils_rules.SnilsError as exc:
        raise ServiceError(f"СНИЛС не сохранён: {exc}.") from None


def _write_snils(session, actor: Actor, pupil: Pupil, value: str) -> str:
    """In the caller's unit: one СНИЛС per pupil of the school, the change audited (masked)."""
    if value:
        other = session.scalar(select(Pupil).where(Pupil.snils == value, Pupil.id != pupil.id))
        if other is not None:
            raise ServiceError(f"СНИЛС {value} уже указан в карточке другого ученика: "
                               f"{full_name(other.surname, other.name, other.patronymic)}.")
    if pupil.snils != value:
        old = pupil.snils
        pupil.snils = value
        session.flush()
        audit.record(session, actor.account_id, "update", "pupil", pupil.id,
                     old={"snils": snils_rules.mask(old)}, new={"snils": snils_rules.mask(value)})
    return value


def _year(session, start_year: int) -> AcademicYear:
    year = session.scalar(select(AcademicYear).where(AcademicYear.start_year == start_year))
    if year is None:
        raise ServiceError(f"Учебного года {start_year}/{start_year + 1} в журнале нет.")
    return year


def _grade_in(session, pupil_id: int, year: AcademicYear) -> tuple[int, str] | None:
    row = session.execute(select(SchoolClass.grade, SchoolClass.letter)
                          .join(Enrollment, Enrollment.school_class_id == SchoolClass.id)
                          .where(Enrollment.pupil_id == pupil_id, SchoolClass.academic_year_id == year.id)
                          .order_by(Enrollment.arrived_on.desc())).first()
    return (row.grade, f"{row.grade}{row.letter}") if row else None


def save_certificate(db: Database, actor: Actor, pupil_id: int, *, start_year: int, kind: CertificateKind | str,
                     series: str, number: str, registration_number: str, issued_on: dt.date,
                     with_honours: bool = False, snils: str | None = None) -> int:
    """Record (or correct) the certificate of a 9th or 11th grader of the year `start_year`/…, and with it
    the pupil's СНИЛС when given — both or neither, in one transaction; audited."""
    kind = CertificateKind(kind)
    snils_value = None if snils is None else _normalized_snils(snils)
    series, number, registration_number = series.strip(), number.strip(), registration_number.strip()
    problems = rules.form_problems(series, number, registration_number)
    if problems:
        raise ServiceError("Аттестат не сохранён: " + "; ".join(problems) + ".")
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_edit_pupil(session, actor, pupil)
        year = _year(session, start_year)
        grade = _grade_in(session, pupil_id, year)
        who = full_name(pupil.surname, pupil.name, pupil.patronymic)
        if grade is None or grade[0] != GRADE_OF[kind]:
            raise ServiceError(f"{CERTIFICATE_NAMES[kind]} выдаётся ученику {GRADE_OF[kind]} класса, а {who} в "
                               f"{start_year}/{start_year + 1} учебном году — "
                               f"{'в ' + grade[1] + ' классе' if grade else 'не в классе школы'}.")
        first, last = rules.issue_window(start_year)
        if not first <= issued_on <= last:
            raise ServiceError(f"Аттестат не сохранён: дата выдачи {issued_on:%d.%m.%Y} не в конце "
                               f"{start_year}/{start_year + 1} учебного года.")
        clash = session.scalar(select(GraduationCertificate).where(
            GraduationCertificate.series == series, GraduationCertificate.number == number,
            GraduationCertificate.pupil_id != pupil_id))
        if clash is not None:
            raise ServiceError(f"Бланк {series} № {number} уже записан другому ученику.")
        cert = session.scalar(select(GraduationCertificate).where(GraduationCertificate.pupil_id == pupil_id,
                                                                  GraduationCertificate.kind == kind))
        data = {"kind": kind.value, "series": series, "number": number, "registration_number": registration_number,
                "issued_on": issued_on, "with_honours": bool(with_honours), "academic_year_id": year.id}
        old = None
        if cert is None:
            cert = GraduationCertificate(pupil_id=pupil_id, recorded_by=actor.account_id)
            session.add(cert)
        else:
            old = {"series": cert.series, "number": cert.number, "registration_number": cert.registration_number,
                   "issued_on": cert.issued_on, "with_honours": cert.with_honours}
        for key, value in data.items():
            setattr(cert, key, kind if key == "kind" else value)
        session.flush()
        audit.record(session, actor.account_id, "update" if old else "create", "graduation_certificate", cert.id,
                     old=old, new=data | {"pupil_id": pupil_id})
        if snils_value is not None:
            _write_snils(session, actor, pupil, snils_value)
        return cert.id


def certificates(db: Database, actor: Actor, start_year: int) -> list[Certificate]:
    """The certificates of the year's graduates, by class and name (rights: personal data or exchange)."""
    with unit(db, actor) as session:
        if not (permits_action(actor, Action.edit_pupil_data) or permits_action(actor, Action.exchange)):
            raise Denied(Action.edit_pupil_data, "аттестаты выпускников")
        year = _year(session, start_year)
        out = []
        for cert, pupil in session.execute(select(GraduationCertificate, Pupil).join(
                Pupil, Pupil.id == GraduationCertificate.pupil_id).where(
                GraduationCertificate.academic_year_id == year.id)):
            if not _may_see(session, actor, pupil.id):
                continue
            grade = _grade_in(session, pupil.id, year)
            out.append(Certificate(pupil.id, full_name(pupil.surname, pupil.name, pupil.patronymic),
                                   grade[1] if grade else "", cert.kind, cert.series, cert.number,
                                   cert.registration_number, cert.issued_on, cert.with_honours))
        out.sort(key=lambda c: (c.class_label, person_sort_key(*(c.pupil.split(" ", 2) + ["", ""])[:3])))
        return out


@dataclass(frozen=True)
class GraduateRow:
    """A pupil of the class as the certificate list shows them: the СНИЛС in full or masked, the certificate
    (None: none recorded, or `hidden` when the actor may not see personal data and one is recorded)."""
    pupil_id: int
    pupil: str
    snils: str
    certificate: Certificate | None
    hidden: bool = False

    def as_dict(self) -> dict:
        c = self.certificate
        return {"pupil_id": self.pupil_id, "pupil": self.pupil, "snils": self.snils, "recorded": bool(c) or self.hidden,
                "certificate": None if c is None else {
                    "kind": c.kind.value, "series": c.series, "number": c.number,
                    "registration_number": c.registration_number, "issued_on": c.issued_on.isoformat(),
                    "with_honours": c.with_honours}}


@dataclass(frozen=True)
class ClassGraduates:
    class_label: str
    start_year: int
    kind: CertificateKind | None       # the certificate due in this grade (None: not a 9th or 11th grade)
    rows: list[GraduateRow]


def class_graduates(db: Database, actor: Actor, class_id: int) -> ClassGraduates:
    """The class's pupils with their СНИЛС and certificate: in full to those who may see the pupil's personal
    data (each full СНИЛС shown is audited), masked and hidden to every other who may see the class list."""
    with unit(db, actor) as session:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise ServiceError(f"Класса с номером {class_id} нет.")
        year = session.get(AcademicYear, cls.academic_year_id)
        kind = {9: CertificateKind.basic, 11: CertificateKind.secondary}.get(cls.grade)
        label = f"{cls.grade}{cls.letter}"
        if not permits_action(actor, Action.view_class_list, own=_teaches_class(session, actor, class_id),
                              own_class=class_id in own_class_ids(session, actor)):
            raise Denied(Action.view_class_list, f"{label} класс")
        pupils = session.scalars(select(Pupil).join(Enrollment, Enrollment.pupil_id == Pupil.id).where(
            Enrollment.school_class_id == class_id, Enrollment.departed_on.is_(None)).distinct()).all()
        rows = []
        for pupil in sorted(pupils, key=lambda p: person_sort_key(p.surname, p.name, p.patronymic)):
            _require_view_pupil(session, actor, pupil)
            who = full_name(pupil.surname, pupil.name, pupil.patronymic)
            cert = None if kind is None else session.scalar(select(GraduationCertificate).where(
                GraduationCertificate.pupil_id == pupil.id, GraduationCertificate.kind == kind))
            if not _may_see(session, actor, pupil.id):
                rows.append(GraduateRow(pupil.id, who, snils_rules.mask(pupil.snils), None, hidden=cert is not None))
                continue
            if pupil.snils:
                audit.record(session, actor.account_id, "view", "pupil_snils", pupil.id)
            rows.append(GraduateRow(pupil.id, who, pupil.snils, None if cert is None else Certificate(
                pupil.id, who, label, cert.kind, cert.series, cert.number, cert.registration_number, cert.issued_on,
                cert.with_honours)))
        return ClassGraduates(label, year.start_year, kind, rows)


# --- ФИС ФРДО ------------------------------------------------------------------------------------------------

def columns_path() -> Path:
    """The column order of the upload table: the data folder's own file first, then the shipped one."""
    candidates = [data_dir() / "frdo" / COLUMNS_FILE] + [folder / COLUMNS_FILE for folder in resource_dirs("frdo")]
    return next((c for c in candidates if c.is_file()), candidates[-1])


def _columns() -> list[tuple[str, str, str]]:
    """(key, header, fixed value) per column, from the resource file (key;header;value, # comments)."""
    path = columns_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ServiceError(f"Не найден файл столбцов ФИС ФРДО {path}: {exc.strerror or exc}") from None
    out = []
    for row in csv.reader((line for line in text.splitlines() if line.strip() and not line.startswith("#")),
                          delimiter=";"):
        key, header, value = (row + ["", "", ""])[:3]
        out.append((key.strip(), header.strip(), value.strip()))
    return out


def frdo_table(db: Database, actor: Actor, graduation_year: int) -> FrdoTable:
    """The certificates issued to the graduates of `graduation_year` (the year the school year ends) as
    ФИС ФРДО's rows; the actor needs the administrator's `exchange` right or the deputy's personal data."""
    start = graduation_year - 1
    with unit(db, actor) as session:
        if not (permits_action(actor, Action.exchange) or permits_action(actor, Action.edit_pupil_data)):
            raise Denied(Action.exchange, "выгрузка для ФИС ФРДО")
        year = _year(session, start)
        school = session.scalar(select(School))
        columns = _columns()
        rows = []
        found = session.execute(select(GraduationCertificate, Pupil).join(
            Pupil, Pupil.id == GraduationCertificate.pupil_id).where(GraduationCertificate.academic_year_id == year.id))
        for cert, pupil in sorted(found, key=lambda r: (r[0].kind.value, person_sort_key(
                r[1].surname, r[1].name, r[1].patronymic))):
            name = CERTIFICATE_NAMES[cert.kind]
            values = {
                "document_name": name, "document_kind": name + (" с отличием" if cert.with_honours else ""),
                "series": cert.series, "number": cert.number, "issued_on": f"{cert.issued_on:%d.%m.%Y}",
                "registration_number": cert.registration_number, "surname": pupil.surname, "name": pupil.name,
                "patronymic": pupil.patronymic,
                "birth_date": f"{pupil.birth_date:%d.%m.%Y}" if pupil.birth_date else "",
                "sex": {Sex.male: "Муж", Sex.female: "Жен"}.get(pupil.sex, ""), "snils": pupil.snils,
                "graduation_year": str(graduation_year), "with_honours": "Да" if cert.with_honours else "Нет",
                "school": school.name if school else "",
            }
            rows.append([fixed or values.get(key, "") for key, _header, fixed in columns])
        audit.record(session, actor.account_id, "export", "frdo", None,
                     new={"year": graduation_year, "rows": len(rows), "columns": columns_path().name})
        return FrdoTable(graduation_year, [h for _k, h, _v in columns], rows)


def export_frdo(db: Database, actor: Actor, graduation_year: int, path: str | Path) -> FrdoTable:
    """The ФИС ФРДО upload table as an .xlsx book of one sheet (as the template: headers in row 1)."""
    table = frdo_table(db, actor, graduation_year)
    write_table(Path(path), "Шаблон", table.headers, table.rows)
    return table


@dataclass(frozen=True)
class GraduateStatus:
    """What the pupil card shows of the certificate: the kind due this year (None: not a 9th / 11th
    grader now), the year, the certificate recorded (None: none yet)."""
    kind: CertificateKind | None
    start_year: int | None
    certificate: Certificate | None


def graduate_status(db: Database, actor: Actor, pupil_id: int, on: dt.date | None = None) -> GraduateStatus:
    on = on or dt.date.today()
    with unit(db, actor) as session:
        pupil = _pupil(session, pupil_id)
        _require_view_pupil(session, actor, pupil)
        row = session.execute(select(SchoolClass.grade, SchoolClass.letter, AcademicYear.start_year, AcademicYear.id)
                              .join(Enrollment, Enrollment.school_class_id == SchoolClass.id)
                              .join(AcademicYear, AcademicYear.id == SchoolClass.academic_year_id)
                              .where(Enrollment.pupil_id == pupil_id, Enrollment.arrived_on <= on)
                              .order_by(Enrollment.arrived_on.desc())).first()
        kind = {9: CertificateKind.basic, 11: CertificateKind.secondary}.get(row.grade) if row else None
        if kind is None:
            return GraduateStatus(None, row.start_year if row else None, None)
        cert = session.scalar(select(GraduationCertificate).where(GraduationCertificate.pupil_id == pupil_id,
                                                                  GraduationCertificate.kind == kind))
        found = None if cert is None or not _may_see(session, actor, pupil_id) else Certificate(
            pupil_id, full_name(pupil.surname, pupil.name, pupil.patronymic), f"{row.grade}{row.letter}", cert.kind,
            cert.series, cert.number, cert.registration_number, cert.issued_on, cert.with_honours)
        return GraduateStatus(kind, row.start_year, found)
