"""The exchange format: the whole school journal as one JSON file, for moving it between installations and
to other systems (issue 7). docs/exchange-format.md describes it for people; the JSON Schema in
resources/exchange/ is generated from `SECTIONS` below (`json_schema()`), and a test keeps the two equal.

* `export_file(db, actor, path)` writes the school structure, people, classes, courses, timetable,
  lessons, marks, attendance, period marks, thematic plans, consents and journal remarks.
* `read_document(path)` + `validate(doc)` check a file without any database: every problem is named by
  its JSON path (`$.marks[12].pupil`) with a Russian reason.
* `preview(db, actor, path)` adds the checks against the target database and says what would be
  written; `import_file(db, actor, path)` writes it in ONE transaction with its audit entries, or nothing.
* `import_into_new(db_path, path, admin_login, admin_password)` creates a new school database from the
  file (no login: its administrator is created with it).

Ids in the file are the exchange's own keys (strings, unique within their section; this exporter writes
"pupil-17"): an importer maps them to its own ids. Reference data are keyed by their codes (grading
systems, work types) or names (subjects).

Into an existing database (the administrator's `exchange` right) the rule is "add years, merge people":
an academic year the database already has is refused (nothing written); staff, pupils and guardians who
are already in the database (same full name, and birth date for a pupil, phone for a guardian) are
linked, not created again, and their data there are kept; grading systems, work types, subjects and
bells already there are kept as they are; the school's own name and address are kept.

The file holds personal data (names, birth dates, addresses, phones, documents): the export needs the
`exchange` right and is audited; the file must be kept and sent as personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import __version__
from ...domain.names import fold
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    CourseMember,
    GradeValue,
    GradingSystem,
    Guardian,
    Pupil,
    PupilGuardian,
    School,
    Staff,
    SubgroupMember,
    WorkType,
    utcnow,
)
from ..access import audit, guard
from ..access.actor import Actor
from ..errors import Cancelled, ServiceError
from .sections import (
    FORMAT,
    MAX_PROBLEMS,
    SCHOOL_FIELDS,
    SECTION_BY_NAME,
    SECTIONS,
    VERSION,
    ExchangeError,
    ExchangePreview,
    ExportResult,
    Field,
    ImportResult,
    Problem,
    Progress,
    json_schema,
    schema_path,
    schema_text,  # noqa: F401 (re-exported)
)
from .validation import _counts, _ok, parse_document, read_document, validate  # noqa: F401 (re-exported)
from .writer import _column, _Plan, _write  # noqa: F401 (re-exported)

__all__ = [
    "FORMAT", "VERSION", "SECTIONS", "ExchangeError", "Problem", "ExportResult", "ExchangePreview",
    "ImportResult", "export_file", "build_document", "read_document", "validate", "preview",
    "preview_new", "import_file", "import_into_new", "json_schema", "schema_path",
]




# --- problems and results ------------------------------------------------------------------------------











# --- the format: sections and fields ---------------------------------------------------------------------






























# --- reading and validating a file (no database) -----------------------------------------------------





















# --- the JSON Schema ------------------------------------------------------------------------------------











# --- export ---------------------------------------------------------------------------------------------

def _to_json_value(f: Field, value):
    if value is None:
        return None
    if f.kind == "enum":
        return value.name if f.by_name else value.value
    if f.kind == "date":
        return value.isoformat()
    if f.kind == "datetime":
        return value.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    if f.kind == "time":
        return value.strftime("%H:%M") if value.second == 0 else value.strftime("%H:%M:%S")
    return value




def build_document(session: Session, *, progress: Progress | None = None,
                   cancel: Callable[[], bool] | None = None) -> dict:
    """The whole school as the exchange document (plain JSON values)."""
    conn = session.connection()
    prefix = {s.name: s.prefix for s in SECTIONS}
    codes = {"grading_systems": dict(conn.execute(select(GradingSystem.id, GradingSystem.code)).all()),
             "work_types": dict(conn.execute(select(WorkType.id, WorkType.code)).all())}
    school = conn.execute(select(School.__table__).order_by(School.id).limit(1)).mappings().first() or {}
    doc: dict[str, Any] = {
        "format": FORMAT, "version": VERSION,
        "exported_at": _to_json_value(Field("datetime"), utcnow()),
        "generator": f"ejournal-desktop {__version__}",
        "school": {n: school.get(n) or "" for n in SCHOOL_FIELDS},
    }
    subgroup_members: dict[int, list[int]] = defaultdict(list)
    for sg, pupil in conn.execute(select(SubgroupMember.subgroup_id, SubgroupMember.pupil_id)
                                  .order_by(SubgroupMember.subgroup_id, SubgroupMember.pupil_id)):
        subgroup_members[sg].append(pupil)
    course_members: dict[int, list[int]] = defaultdict(list)
    for c, pupil in conn.execute(select(CourseMember.course_id, CourseMember.pupil_id)
                                 .order_by(CourseMember.course_id, CourseMember.pupil_id)):
        course_members[c].append(pupil)
    pupil_guardians: dict[int, list[dict]] = defaultdict(list)
    for pupil, guardian, relation in conn.execute(
            select(PupilGuardian.pupil_id, PupilGuardian.guardian_id, PupilGuardian.relation)
            .order_by(PupilGuardian.pupil_id, PupilGuardian.guardian_id)):
        link = {"guardian": f"{prefix['guardians']}{guardian}"}
        if relation:
            link["relation"] = relation
        pupil_guardians[pupil].append(link)
    values: dict[int, list[dict]] = defaultdict(list)
    value_fields = SECTION_BY_NAME["grading_systems"].fields["values"].item
    for v in conn.execute(select(GradeValue.__table__).order_by(GradeValue.grading_system_id,
                                                                GradeValue.sort_order, GradeValue.id)).mappings():
        values[v["grading_system_id"]].append(
            {n: v[n] for n, f in value_fields.items() if v[n] is not None and v[n] != f.default})

    for number, s in enumerate(SECTIONS):
        if cancel is not None and cancel():
            raise Cancelled("Выгрузка отменена; файл не записан.")
        if progress is not None:
            progress(number, len(SECTIONS) + 1, f"Выгрузка: {s.label.lower()}…")
        table = s.model.__table__
        order = [table.c.sort_order] if "sort_order" in table.c else []
        if s.name == "bells":
            order = [table.c.shift, table.c.lesson_number]
        stmt = select(table).order_by(*order, *table.primary_key.columns)
        # (name, column index, converter, default to omit)
        plan = []
        cols = list(table.columns.keys())
        for name, f in s.fields.items():
            if f.kind in ("refs", "objects"):
                continue
            plan.append((name, cols.index(_column(name, f)), f))
        out = []
        enum_kinds = ("enum", "date", "datetime", "time")
        for row in conn.execute(stmt):
            rec = {}
            for name, i, f in plan:
                v = row[i]
                if v is None or (v == f.default and not f.required):
                    continue
                k = f.kind
                if k == "key":
                    v = f"{s.prefix}{v}" if s.prefix else v  # grading systems and work types: their code
                elif k == "ref":
                    v = f"{prefix[f.ref]}{v}"
                elif k == "code":
                    v = codes[f.ref][v]
                elif k in enum_kinds:
                    v = _to_json_value(f, v)
                elif v == "" and not f.required:
                    continue
                rec[name] = v
            if s.name == "grading_systems":
                rec["values"] = values.get(row.id, [])
            elif s.name == "pupils" and row.id in pupil_guardians:
                rec["guardians"] = pupil_guardians[row.id]
            elif s.name == "subgroups" and row.id in subgroup_members:
                rec["members"] = [f"{prefix['pupils']}{p}" for p in subgroup_members[row.id]]
            elif s.name == "courses" and row.id in course_members:
                rec["members"] = [f"{prefix['pupils']}{p}" for p in course_members[row.id]]
            out.append(rec)
        doc[s.name] = out
    return doc


def _write_json(doc: dict, path: Path, cancel: Callable[[], bool] | None) -> int:
    """One record a line (readable, diffable), written to a temporary file and renamed: a cancelled or
    failed export leaves no file."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    tmp = path.with_name(path.name + ".part")
    try:
        with tmp.open("w", encoding="utf-8", newline="\n") as out:
            out.write("{\n")
            keys = list(doc)
            for n, key in enumerate(keys):
                value = doc[key]
                end = ",\n" if n < len(keys) - 1 else "\n"
                if isinstance(value, list):
                    if cancel is not None and cancel():
                        raise Cancelled("Выгрузка отменена; файл не записан.")
                    if not value:
                        out.write(f"  {encode(key)}: []{end}")
                        continue
                    out.write(f"  {encode(key)}: [\n    ")
                    out.write(",\n    ".join(map(encode, value)))
                    out.write(f"\n  ]{end}")
                else:
                    out.write(f"  {encode(key)}: {encode(value)}{end}")
            out.write("}\n")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path.stat().st_size


def export_file(db: Database, actor: Actor, path: str | Path, *, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the whole school to `path` as an exchange file (the administrator's `exchange` right)."""
    path = Path(path)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.exchange, detail="выгрузка файла обмена")
        doc = build_document(session, progress=progress, cancel=cancel)
        if progress is not None:
            progress(len(SECTIONS), len(SECTIONS) + 1, "Запись файла…")
        try:
            size = _write_json(doc, path, cancel)
        except OSError as exc:
            raise ServiceError(f"Не удалось записать {path}: {exc.strerror or exc}") from None
        counts = _counts(doc)
        audit.record(session, actor.account_id, "export", "exchange", None,
                     new={"file": path.name, "size": size, "format": FORMAT, "version": VERSION, "counts": counts})
    if progress is not None:
        progress(len(SECTIONS) + 1, len(SECTIONS) + 1, "Готово")
    return ExportResult(path, size, counts)


# --- import: planning against the database --------------------------------------------------------------

def _digits(phone: str | None) -> str:
    d = re.sub(r"\D", "", phone or "")
    return "7" + d[1:] if len(d) == 11 and d[0] in "78" else d


def _person_key(section: str, r) -> tuple:
    base = (fold(r["surname"]), fold(r["name"]), fold(r["patronymic"]))
    if section == "pupils":
        return base + (r["birth_date"],)
    if section == "guardians":
        return base + (_digits(r["phone"]),)
    return base




def _plan(session: Session, doc: dict, *, new_database: bool) -> _Plan:
    """Checks that need the target database; which people are already there."""
    plan = _Plan(new_database)
    if new_database:
        return plan
    conn = session.connection()
    years = set(conn.scalars(select(AcademicYear.start_year)))
    for r in _ok(doc["academic_years"]):
        if r["start_year"] in years:
            y = r["start_year"]
            plan.problems.append(Problem(
                f"{r['_path']}.start_year", f"{y}/{y + 1} учебный год уже есть в этой базе: год загружается только в "
                                           f"базу, где его ещё нет (журналы одного года не объединяются)"))
    systems: dict[str, set[str]] = defaultdict(set)
    for code, value in conn.execute(select(GradingSystem.code, GradeValue.code).join(
            GradeValue, GradeValue.grading_system_id == GradingSystem.id)):
        systems[code].add(value)
    for r in _ok(doc["grading_systems"]):
        if r["code"] in systems:
            for i, v in enumerate(r["values"]):
                if isinstance(v, dict) and v.get("code") not in systems[r["code"]]:
                    plan.problems.append(Problem(
                        f"{r['_path']}.values[{i}].code",
                        f"в системе оценивания «{r['code']}» этой базы нет значения «{v.get('code')}»; "
                        f"системы оценивания при загрузке не меняются"))
    for section, model in (("staff", Staff), ("guardians", Guardian), ("pupils", Pupil)):
        cols = [model.id, model.surname, model.name, model.patronymic]
        if section == "pupils":
            cols.append(Pupil.birth_date)
        if section == "guardians":
            cols.append(Guardian.phone)
        existing: dict[tuple, list[int]] = defaultdict(list)
        for row in conn.execute(select(*cols)):
            existing[_person_key(section, row._mapping)].append(row.id)
        found: dict[str, int] = {}
        for r in _ok(doc[section]):
            ids = existing.get(_person_key(section, r))
            if not ids:
                continue
            if len(ids) > 1:
                plan.problems.append(Problem(r["_path"], f"в базе {len(ids)} человека с теми же ФИО"
                                                         + (" и датой рождения" if section == "pupils" else "")
                                                         + ": неясно, с кем связать; уточните данные в базе"))
                continue
            found[r["id"]] = ids[0]
        plan.people[section] = found
        plan.matched[section] = len(found)
    return plan


def _prepare(path: Path, progress: Progress | None) -> tuple[dict, list[Problem], int, str]:
    if progress is not None:
        progress(0, 100, "Чтение файла…")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"Не удалось прочитать {path}: {exc.strerror or exc}") from None
    sha, size = hashlib.sha256(data).hexdigest(), len(data)
    doc = parse_document(data, path.name)
    del data
    if progress is not None:
        progress(10, 100, "Проверка файла…")
    return doc, validate(doc), size, sha


def _preview_of(path: Path, doc: dict, problems: list[Problem], size: int, plan: _Plan | None,
                new_database: bool) -> ExchangePreview:
    school = doc.get("school") if isinstance(doc.get("school"), dict) else {}
    years = sorted(f"{r['start_year']}/{r['start_year'] + 1}" for r in _ok(doc.get("academic_years") or [])
                   if isinstance(r.get("start_year"), int))
    if plan is not None:
        problems = problems + plan.problems
    return ExchangePreview(path, size, str(school.get("name") or ""), str(doc.get("exported_at") or ""),
                           str(doc.get("generator") or ""), years, _counts(doc), problems[:MAX_PROBLEMS],
                           new_database, plan.matched if plan else {})


def preview(db: Database, actor: Actor, path: str | Path, *, progress: Progress | None = None) -> ExchangePreview:
    """Read and check a file against this database; writes nothing (but the audit's refusal)."""
    path = Path(path)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.exchange, detail="загрузка файла обмена")
        try:
            doc, problems, size, _sha = _prepare(path, progress)
        except ExchangeError as exc:
            return ExchangePreview(path, _size(path), "", "", "", [], {}, exc.problems or [Problem("$", str(exc))])
        plan = _plan(session, doc, new_database=False) if not problems else None
        return _preview_of(path, doc, problems, size, plan, False)


def preview_new(path: str | Path, *, progress: Progress | None = None) -> ExchangePreview:
    """Check a file for a new database (no database, no login)."""
    path = Path(path)
    try:
        doc, problems, size, _sha = _prepare(path, progress)
    except ExchangeError as exc:
        return ExchangePreview(path, _size(path), "", "", "", [], {}, exc.problems or [Problem("$", str(exc))], True)
    return _preview_of(path, doc, problems, size, None, True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _refuse(path: Path, problems: list[Problem]) -> ExchangeError:
    n = len(problems)
    more = " (показаны первые)" if n >= MAX_PROBLEMS else ""
    return ExchangeError(f"Ничего не записано: в файле {path.name} ошибок: {n}{more}.", problems)


# --- import: writing --------------------------------------------------------------------------------------











def import_file(db: Database, actor: Actor, path: str | Path, *, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Load an exchange file into this database (the administrator's `exchange` right): everything is
    checked first, then written in one transaction with its audit entries; ExchangeError lists the problems
    when anything is wrong, and nothing is written."""
    path = Path(path)
    started = time.perf_counter()
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.exchange, detail="загрузка файла обмена")
        doc, problems, _size_, sha = _prepare(path, progress)
        if problems:
            raise _refuse(path, problems)
        plan = _plan(session, doc, new_database=False)
        if plan.problems:
            raise _refuse(path, plan.problems)
        created, entries = _write(session, actor, doc, plan, progress=progress, cancel=cancel,
                                  source={"file": path.name, "sha256": sha})
    if progress is not None:
        progress(100, 100, "Готово")
    return ImportResult(path, _years(doc), created, plan.matched, entries, seconds=time.perf_counter() - started)


def _years(doc: dict) -> list[str]:
    return sorted(f"{r['start_year']}/{r['start_year'] + 1}" for r in _ok(doc["academic_years"]))


def import_into_new(db_path: str | Path, path: str | Path, *, admin_login: str, admin_password: str,
                    progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Create a new school database at `db_path` from an exchange file, with its administrator's account
    (no login is needed: there is nobody yet). The file is checked before the database is created; when
    anything fails afterwards, the new file is removed."""
    from ..access import accounts, files
    db_path, path = Path(db_path), Path(path)
    started = time.perf_counter()
    if db_path.exists():
        raise ServiceError(f"Файл {db_path} уже существует: новая база создаётся только в новом файле.")
    doc, problems, _size_, sha = _prepare(path, progress)
    if problems:
        raise _refuse(path, problems)
    school = doc["school"]
    db = files.create_school(db_path, school_name=school["name"], short_name=school["short_name"],
                             admin_login=admin_login, admin_password=admin_password)
    try:
        actor = accounts.authenticate(db, admin_login, admin_password)
        with guard.unit(db, actor) as session:
            guard.require(actor, Action.exchange, detail="загрузка файла обмена")
            plan = _plan(session, doc, new_database=True)
            created, entries = _write(session, actor, doc, plan, progress=progress, cancel=cancel,
                                      source={"file": path.name, "sha256": sha})
    except BaseException:
        db.close()
        for leftover in db_path.parent.glob(db_path.name + "*"):
            leftover.unlink()
        raise
    db.close()
    if progress is not None:
        progress(100, 100, "Готово")
    return ImportResult(path, _years(doc), created, {}, entries, database=db_path,
                        seconds=time.perf_counter() - started)
