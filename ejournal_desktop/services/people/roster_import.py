"""Import of class lists (or the whole school) from .xlsx and .csv, as secretaries write them.

Two halves:

* Reading (pure, no database): `read_table` finds the heading row among the first rows of each sheet
  by its Russian headings in any order and case, `parse_file` turns each data row into a `Candidate`
  or into named `Problem`s (row numbers as the spreadsheet shows them), and `validate` adds the checks
  that need facts about the school (classes of the year, pupils already there) given as plain data.
* The use cases: `preview(db, actor, path)` reads and checks without writing; `import_roster(...)`
  writes the pupils, their arrival into the class (an `Enrollment` by order) and their guardians in
  one transaction with an audit entry for every created row, and writes nothing unless every row is
  good or the caller chose to skip the named bad rows.

Who may import: the administrator (`exchange`, import and export), the deputy (`edit_pupil_data` over
the whole school) and the secretary (`register_movement`: an import is a batch of arrivals by order).
A class teacher's right to edit pupils reaches only pupils already in the own class, so new pupils
are not theirs to create; teachers, parents and pupils are refused.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.names import fold, full_name
from ...domain.rights import Action
from ...paths import resource_dirs
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    AuditEntry,
    Enrollment,
    EnrollmentEvent,
    Guardian,
    Period,
    Pupil,
    PupilGuardian,
    SchoolClass,
    YearStatus,
    utcnow,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, permits_action, unit
from ..errors import ServiceError
from .list_numbers import number_new_stays
from .roster_layout import (  # noqa: F401 (re-exported)
    RosterFileError,
    classify_heading,
    clean,
    heading_norm,
    person_key,
    read_table,
)
from .roster_rows import (  # noqa: F401 (re-exported)
    Candidate,
    GuardianCandidate,
    ImportPreview,
    ImportResult,
    ParsedFile,
    Problem,
    RosterImportError,
    SchoolFacts,
    SheetInfo,
    parse_file,
    validate,
)
from .roster_values import (  # noqa: F401 (re-exported)
    ValueProblem,
    normalize_class_label,
    parse_date,
    parse_sex,
    split_full_name,
)

__all__ = ["ValueProblem", "classify_heading", "heading_norm", 
    "Candidate", "GuardianCandidate", "ImportPreview", "ImportResult", "ParsedFile", "Problem",
    "RosterFileError", "RosterImportError", "SchoolFacts", "SheetInfo", "blank_template",
    "import_roster", "normalize_class_label", "parse_date", "parse_file", "parse_sex", "preview",
    "read_table", "split_full_name", "template_path", "validate", "IMPORT_ACTIONS",
]

SUPPORTED = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".txt")

# --- messages and results ----------------------------------------------------------------------------




















# --- text helpers ---------------------------------------------------------------------------------------













# --- headings -------------------------------------------------------------------------------------------

















# --- reading the file ------------------------------------------------------------------------------------







# --- values -----------------------------------------------------------------------------------------------





























# --- rows -------------------------------------------------------------------------------------------------







# --- checks against the school ----------------------------------------------------------------------------







# --- the use cases ------------------------------------------------------------------------------------------

IMPORT_ACTIONS = (Action.exchange, Action.edit_pupil_data, Action.register_movement)


def _require_import(actor: Actor) -> None:
    if not any(permits_action(actor, a) for a in IMPORT_ACTIONS):
        raise Denied(Action.exchange, "импорт списков классов")


def _current_year(session: Session) -> AcademicYear:
    year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                          .order_by(AcademicYear.start_year.desc()).limit(1))
    if year is None:
        raise ServiceError("В журнале нет открытого учебного года: импортировать учеников некуда.")
    return year


def _year_bounds(session: Session, year: AcademicYear) -> tuple[dt.date, dt.date]:
    first, last = session.execute(select(func.min(Period.start), func.max(Period.end))
                                  .where(Period.academic_year_id == year.id)).one()
    return (first or dt.date(year.start_year, 9, 1)), (last or dt.date(year.start_year + 1, 8, 31))


def _facts(session: Session) -> SchoolFacts:
    year = _current_year(session)
    first, last = _year_bounds(session, year)
    classes = {f"{g}{ltr}": cid for cid, g, ltr in session.execute(
        select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)
        .where(SchoolClass.academic_year_id == year.id))}
    label_of = {cid: label for label, cid in classes.items()}
    current = dict(session.execute(
        select(Enrollment.pupil_id, Enrollment.school_class_id)
        .where(Enrollment.school_class_id.in_(list(label_of) or [-1]),
               Enrollment.departed_on.is_(None))).all())
    pupils = {}
    for pid, s, n, p, born in session.execute(select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic,
                                                     Pupil.birth_date)):
        where = f" ({label_of[current[pid]]})" if pid in current else ""
        pupils[person_key(s, n, p or "", born)] = full_name(s, n, p) + (
            f", {born:%d.%m.%Y} г. р." if born else "") + where
    return SchoolFacts(year.label, year.start_year, classes, pupils, first, last)


def _default_arrival(facts: SchoolFacts, today: dt.date) -> dt.date:
    """The year's first day when the school is being set up before or at its start; today during the year."""
    return facts.first_day if today <= facts.first_day or today > facts.last_day else today


def preview(db: Database, actor: Actor, path: str | Path, *, default_class: str | None = None,
            today: dt.date | None = None) -> ImportPreview:
    """Read and check the file; nothing is written."""
    today = today or dt.date.today()
    with unit(db, actor) as session:
        _require_import(actor)
        parsed = parse_file(path, default_class=default_class, today=today)
        facts = _facts(session)
    problems = validate(parsed, facts)
    bad = {(p.sheet, p.row) for p in problems}
    good = [c for c in parsed.candidates if (c.sheet, c.row) not in bad]
    return ImportPreview(good, problems, parsed.sheets,
                         facts.academic_year, _default_arrival(facts, today), parsed.kind, parsed.encoding,
                         parsed.delimiter, parsed.rows_read)


class _AuditBatch:
    """Audit entries for many created rows, chained exactly as `audit.record` chains them, written at once."""

    def __init__(self, session: Session, account_id: int):
        self.session, self.account_id = session, account_id
        self.prev = audit.last_hash(session)
        self.at = utcnow()
        self.rows: list[dict] = []

    def add(self, action: str, entity: str, entity_id: int | None, new) -> None:
        new_s = audit.to_json(new)
        h = audit.entry_hash(self.prev, self.at, self.account_id, action, entity, entity_id, None, new_s)
        self.rows.append({"at": self.at, "account_id": self.account_id, "action": action, "entity": entity,
                          "entity_id": entity_id, "old": None, "new": new_s, "prev_hash": self.prev,
                          "hash": h})
        self.prev = h

    def write(self) -> None:
        if self.rows:
            self.session.execute(insert(AuditEntry), self.rows)


def _digits(phone: str) -> str:
    d = re.sub(r"\D", "", phone)
    return "7" + d[1:] if len(d) == 11 and d[0] in "78" else d


def import_roster(db: Database, actor: Actor, path: str | Path, *, skip_bad_rows: bool = False,
                  arrived_on: dt.date | None = None, order_number: str = "",
                  default_class: str | None = None, today: dt.date | None = None) -> ImportResult:
    """Write the file's pupils, each with an arrival into the class on `arrived_on` by the order, and
    their guardians, in one transaction with an audit entry for every created row.

    Nothing is written when any row is bad, unless `skip_bad_rows`: then the good rows are written and
    the bad ones are returned in `skipped`. A guardian already in the school with the same full name and
    phone (a sibling's parent) is linked, not created again; so is one named twice in the file.
    """
    path = Path(path)
    today = today or dt.date.today()
    order_number = clean(order_number)
    with unit(db, actor) as session:
        _require_import(actor)
        parsed = parse_file(path, default_class=default_class, today=today)
        facts = _facts(session)
        problems = validate(parsed, facts)
        bad = {(p.sheet, p.row) for p in problems}
        if problems and not skip_bad_rows:
            rows = len(bad)
            raise RosterImportError(
                f"Ничего не записано: в файле {path.name} ошибки в {rows} "
                f"{'строке' if rows % 10 == 1 and rows % 100 != 11 else 'строках'}. Исправьте их "
                f"или пропустите эти строки.", problems)
        good = [c for c in parsed.candidates if (c.sheet, c.row) not in bad]
        if not good:
            raise RosterImportError(f"Ничего не записано: в файле {path.name} нет ни одной верной строки "
                                    f"с учеником.", problems)
        arrived_on = arrived_on or _default_arrival(facts, today)
        if not facts.first_day <= arrived_on <= facts.last_day:
            raise ServiceError(f"Дата прибытия {arrived_on:%d.%m.%Y} вне {facts.academic_year} учебного года "
                               f"({facts.first_day:%d.%m.%Y} — {facts.last_day:%d.%m.%Y}).")
        if len(order_number) > 50:
            raise ServiceError("Номер приказа длиннее 50 знаков.")

        log = _AuditBatch(session, actor.account_id)
        pupils = [Pupil(surname=c.surname[:100], name=c.name[:100], patronymic=c.patronymic[:100],
                        birth_date=c.birth_date, sex=c.sex, address=c.address[:500], phone=c.phone[:100],
                        document=c.document[:200]) for c in good]
        session.add_all(pupils)
        session.flush()

        # Guardians: reuse one already in the school (same full name and phone) or named earlier in the file.
        wanted_names = {fold(g.full_name) for c in good for g in c.guardians}
        known: dict[tuple[str, str], int] = {}
        if wanted_names:
            for gid, s, n, p, phone in session.execute(
                    select(Guardian.id, Guardian.surname, Guardian.name, Guardian.patronymic, Guardian.phone)
                    .where(Guardian.surname.in_({g.surname for c in good for g in c.guardians}))):
                if phone and fold(full_name(s, n, p)) in wanted_names:
                    known.setdefault((fold(full_name(s, n, p)), _digits(phone)), gid)
        reused = set()
        new_guardians: list[tuple[Guardian, GuardianCandidate, str]] = []
        in_file: dict[tuple[str, str], Guardian] = {}
        links: list[tuple[Pupil, object, str]] = []
        for c, pupil in zip(good, pupils, strict=True):
            for g in c.guardians:
                key = (fold(g.full_name), _digits(g.phone))
                if g.phone and key in known:
                    links.append((pupil, known[key], g.relation))
                    reused.add(known[key])
                elif key in in_file and (g.phone or in_file[key].address == c.address):
                    links.append((pupil, in_file[key], g.relation))
                else:
                    row = Guardian(surname=g.surname[:100], name=g.name[:100], patronymic=g.patronymic[:100],
                                   phone=g.phone[:100], address=c.address[:500])
                    in_file[key] = row
                    new_guardians.append((row, g, c.address))
                    links.append((pupil, row, g.relation))
        session.add_all(row for row, _g, _a in new_guardians)
        session.flush()

        enrollments = []
        counts: Counter[str] = Counter()
        for c, pupil in zip(good, pupils, strict=True):
            enrollments.append({"pupil_id": pupil.id, "school_class_id": facts.classes[c.class_label],
                                "arrived_on": arrived_on, "arrival_event": EnrollmentEvent.arrival,
                                "arrival_order_number": order_number, "arrived_from": "",
                                "departure_order_number": "", "departed_to": ""})
            counts[c.class_label] += 1
        session.execute(insert(Enrollment), enrollments)
        number_new_stays(session.connection(), {e["school_class_id"] for e in enrollments})
        link_rows, seen_links = [], set()
        for pupil, guardian, relation in links:
            gid = guardian if isinstance(guardian, int) else guardian.id
            if (pupil.id, gid) not in seen_links:
                seen_links.add((pupil.id, gid))
                link_rows.append({"pupil_id": pupil.id, "guardian_id": gid, "relation": relation})
        if link_rows:
            session.execute(insert(PupilGuardian), link_rows)
        enrollment_ids = dict(session.execute(
            select(Enrollment.pupil_id, Enrollment.id)
            .where(Enrollment.pupil_id.in_([p.id for p in pupils]))).all())

        source = {"file": path.name, "sha256": parsed.sha256}
        log.add("import", "roster", None, {**source, "pupils": len(pupils), "guardians": len(new_guardians),
                                            "skipped_rows": len(bad), "order_number": order_number,
                                            "arrived_on": arrived_on})
        for c, pupil in zip(good, pupils, strict=True):
            log.add("create", "pupil", pupil.id, {
                "surname": pupil.surname, "name": pupil.name, "patronymic": pupil.patronymic,
                "birth_date": pupil.birth_date, "sex": pupil.sex.value if pupil.sex else None,
                "address": pupil.address, "phone": pupil.phone, "document": pupil.document,
                "source": f"{path.name}: {c.sheet + ', ' if c.sheet else ''}строка {c.row}"})
            log.add("create", "enrollment", enrollment_ids[pupil.id], {
                "pupil_id": pupil.id, "school_class_id": facts.classes[c.class_label],
                "arrived_on": arrived_on,
                "arrival_event": EnrollmentEvent.arrival.value, "arrival_order_number": order_number})
        for row, _g, _address in new_guardians:
            log.add("create", "guardian", row.id, {"surname": row.surname, "name": row.name,
                                                   "patronymic": row.patronymic, "phone": row.phone,
                                                   "address": row.address})
        for link in link_rows:
            log.add("create", "pupil_guardian", link["pupil_id"], link)
        log.write()
        return ImportResult(len(pupils), len(new_guardians), len(reused), dict(sorted(counts.items())),
                            [p for p in problems], [p.id for p in pupils], arrived_on, order_number,
                            facts.academic_year)


# --- the templates ------------------------------------------------------------------------------------------

TEMPLATE_NAMES = {"xlsx": "class_list_template.xlsx", "csv": "class_list_template.csv"}


def template_path(kind: str = "xlsx") -> Path:
    """The shipped blank template of a class list (.xlsx or .csv) for the «save blank template» button."""
    if kind not in TEMPLATE_NAMES:
        raise ValueError(f"unknown template kind {kind!r}")
    candidates = [folder / TEMPLATE_NAMES[kind] for folder in resource_dirs("templates")]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"Шаблон {TEMPLATE_NAMES[kind]} не найден; искали: "
                            + "; ".join(str(c) for c in candidates))


def blank_template(kind: str = "xlsx") -> bytes:
    return template_path(kind).read_bytes()


def headings_of(parsed: Iterable[SheetInfo]) -> dict[str, str]:
    out: dict[str, str] = {}
    for sheet in parsed:
        out.update(sheet.columns)
    return out
