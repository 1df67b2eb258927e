"""Writing a checked exchange document into the database: rows in dependency order with their ids
mapped, in the import's one transaction, with the audit entries."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Boolean, Date, Time, delete, func, insert, select
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from ...storage.models import (
    AuditEntry,
    BellSchedule,
    Consent,
    CourseMember,
    GraduationCertificate,
    GradeValue,
    GradingSystem,
    PupilGuardian,
    School,
    SubgroupMember,
    Subject,
    UTCDateTime,
    WorkType,
    utcnow,
)
from ..access import audit
from ..access.actor import Actor
from ..errors import Cancelled
from ..people.list_numbers import number_new_stays
from .sections import SCHOOL_FIELDS, SECTIONS, ExchangeError, Field, Problem, Progress, Section
from .validation import _ok


def _column(name: str, f: Field) -> str:
    if f.column:
        return f.column
    return f"{name}_id" if f.kind in ("ref", "code") else name


@dataclass
class _Plan:
    new_database: bool
    problems: list[Problem] = field(default_factory=list)
    people: dict[str, dict[str, int]] = field(default_factory=dict)   # section → file key → existing id
    matched: dict[str, int] = field(default_factory=dict)


def _sqlite_datetime(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.timezone.utc).isoformat(" ", "microseconds")[:26]


class _Writer:
    """Rows go in with ids given here (the tables' max id + 1), through the driver's executemany on SQLite
    (SQLAlchemy's per-row processing would cost more than SQLite itself for 300 000 marks)."""

    def __init__(self, session: Session, actor: Actor, cancel: Callable[[], bool] | None):
        self.session, self.actor, self.cancel = session, actor, cancel
        self.conn = session.connection()
        self.sqlite = self.conn.dialect.name == "sqlite"
        self.now = utcnow()
        self.audit: list[tuple[str, list[str], list[tuple]]] = []  # (table, columns, stored values)
        self.next_ids: dict[str, int] = {}

    def ids(self, model, count: int) -> int:
        table = model.__tablename__
        if table not in self.next_ids:
            self.next_ids[table] = (self.conn.scalar(select(func.max(model.id))) or 0) + 1
        first = self.next_ids[table]
        self.next_ids[table] += count
        return first

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel():
            raise Cancelled("Загрузка отменена; база не изменена.")

    @staticmethod
    def _stored(table, rows: list[dict]) -> tuple[list[str], list[tuple]]:
        """The rows as SQLAlchemy stores them in SQLite: enums as values, dates as ISO text, booleans as 0/1."""
        names, convert = [], []
        for c in table.columns:
            names.append(c.name)
            if isinstance(c.type, UTCDateTime):
                convert.append(_sqlite_datetime)
            elif isinstance(c.type, SAEnum):
                convert.append(lambda v: None if v is None else v.value)
            elif isinstance(c.type, Date):
                convert.append(lambda v: None if v is None else v.isoformat())
            elif isinstance(c.type, Boolean):
                convert.append(lambda v: None if v is None else int(v))
            else:
                convert.append(None)
        conv = [(i, f) for i, f in enumerate(convert) if f is not None]
        # A column the file's format does not carry (added by a later schema: a class's shift, a holiday's
        # kind) takes its declared default, not NULL.
        defaults = [c.default.arg if c.default is not None and c.default.is_scalar else None for c in table.columns]
        data = []
        for r in rows:
            values = [r[n] if n in r else d for n, d in zip(names, defaults)]
            for i, f in conv:
                values[i] = f(values[i])
            data.append(tuple(values))
        return names, data

    def insert(self, model, rows: list[dict], *, audited: bool = True) -> None:
        if not rows:
            return
        table = model.__table__
        has_time = any(isinstance(c.type, Time) for c in table.columns)
        names, data = self._stored(table, rows) if not has_time else ([], [])
        if self.sqlite and not has_time:
            sql = (f"INSERT INTO {table.name} ({', '.join(chr(34) + n + chr(34) for n in names)}) "
                   f"VALUES ({', '.join('?' for _ in names)})")
            self.conn.exec_driver_sql(sql, data)
        else:
            for i in range(0, len(rows), 10000):
                self.conn.execute(insert(table), rows[i:i + 10000])
        if audited and "id" in table.c and names:
            self.audit.append((str(table.name), names, data))

    _NOT_AUDITED = frozenset({"id", "created_by", "created_at", "decided_by", "decided_at", "recorded_by",
                              "recorded_at", "fixed_by", "updated_at"})

    def write_audit(self, summary: dict) -> int:
        """The import's own entry, then one `import` entry per created row (its stored values), chained as
        `audit.record` chains them (the first is checked against `audit.entry_hash` itself)."""
        audit.record(self.session, self.actor.account_id, "import", "exchange", None, new=summary, at=self.now)
        prev = audit.last_hash(self.session)
        total = sum(len(data) for _t, _n, data in self.audit)
        first = self.ids(AuditEntry, total)
        to_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode
        quote = json.encoder.encode_basestring  # json.dumps(..., ensure_ascii=False) of one string
        sha256 = hashlib.sha256
        at = self.now
        at_utc = at.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")
        at_stored = _sqlite_datetime(at) if self.sqlite else at
        account = self.actor.account_id
        head = f'", "{at_utc}", {json.dumps(account)}, "import", '
        rows = []
        n = first
        for entity, names, data in self.audit:
            keep = sorted((name, i) for i, name in enumerate(names) if name not in self._NOT_AUDITED)
            id_at = names.index("id")
            prefix = head + f'"{entity}", '
            for t in data:
                new_s = to_json({name: t[i] for name, i in keep if t[i] is not None and t[i] != ""})
                entity_id = t[id_at]
                h = sha256(f'["{prev}{prefix}{entity_id}, null, {quote(new_s)}]'.encode("utf-8")).hexdigest()
                rows.append((n, at_stored, account, "import", entity, entity_id, None, new_s, prev, h))
                prev = h
                n += 1
        if rows:
            r = rows[0]
            assert r[9] == audit.entry_hash(r[8], at, account, "import", r[4], r[5], None, r[7]), \
                "the import's audit chain differs from audit.record's"
        columns = ["id", "at", "account_id", "action", "entity", "entity_id", "old", "new", "prev_hash", "hash"]
        if self.sqlite:
            self.conn.exec_driver_sql(
                f"INSERT INTO audit_log ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})", rows)
        else:
            for i in range(0, len(rows), 10000):
                self.conn.execute(insert(AuditEntry.__table__), [dict(zip(columns, r)) for r in rows[i:i + 10000]])
        if self.conn.dialect.name == "postgresql":  # ids were given here: move the server's sequences past them
            for table in self.next_ids:
                self.conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                          f"(SELECT coalesce(max(id), 1) FROM {table}))")
        return len(rows) + 1


def _row(section: Section, rec: dict, ids: dict[str, dict[str, int]], codes: dict[str, dict[str, int]]) -> dict:
    row = {}
    for name, f in section.fields.items():
        if f.kind in ("key", "refs", "objects"):
            continue
        v = rec[name]
        if f.kind == "ref":
            v = None if v is None else ids[f.ref][v]
        elif f.kind == "code":
            v = codes[f.ref][v]
        elif v is None and f.default is not None:
            v = f.default
        row[_column(name, f)] = v
    return row


def _write(session: Session, actor: Actor, doc: dict, plan: _Plan, *, progress: Progress | None,
           cancel: Callable[[], bool] | None, source: dict) -> tuple[dict[str, int], int]:
    w = _Writer(session, actor, cancel)
    conn = w.conn
    ids: dict[str, dict[str, int]] = {s.name: {} for s in SECTIONS}
    codes: dict[str, dict[str, int]] = {}
    created: Counter[str] = Counter()
    new_db = plan.new_database
    total = len(SECTIONS) + 2

    def step(n: int, text: str) -> None:
        w.check_cancel()
        if progress is not None:
            progress(20 + 75 * n // total, 100, text)

    # the school: a new database takes the file's; an existing one keeps its own
    if new_db:
        school = doc["school"]
        sid = conn.scalar(select(School.id).order_by(School.id).limit(1))
        values = {n: school[n] if school[n] is not None else "" for n in SCHOOL_FIELDS}
        if sid is None:
            session.add(School(**values))
        else:
            row = session.get(School, sid)
            for n, v in values.items():
                setattr(row, n, v)
        session.flush()

    # reference data: by code (grading systems, work types), by name (subjects), by number (bells)
    step(0, "Запись: справочники…")
    existing = {gs.code: gs for gs in session.scalars(select(GradingSystem))}
    for r in _ok(doc["grading_systems"]):
        gs = existing.get(r["code"])
        values = [GradeValue(code=v["code"], label=v["label"], points=v["points"], passing=v["passing"],
                             quality=v["quality"], sort_order=i) for i, v in enumerate(r["values"])]
        if gs is None:
            gs = GradingSystem(code=r["code"], name=r["name"], kind=r["kind"])
            gs.values = values
            session.add(gs)
            created["grading_systems"] += 1
        elif new_db:
            gs.name, gs.kind = r["name"], r["kind"]
            gs.values.clear()
            session.flush()
            gs.values.extend(values)
    session.flush()
    codes["grading_systems"] = dict(conn.execute(select(GradingSystem.code, GradingSystem.id)).all())

    existing_wt = {wt.code: wt for wt in session.scalars(select(WorkType))}
    for order, r in enumerate(_ok(doc["work_types"])):
        values = {"name": r["name"], "weight": r["weight"], "color": r["color"], "entry_days": r["entry_days"],
                  "is_default": r["is_default"], "sort_order": order}
        wt = existing_wt.get(r["code"])
        if wt is None:
            session.add(WorkType(code=r["code"], **values))
            created["work_types"] += 1
        elif new_db:
            for k, v in values.items():
                setattr(wt, k, v)
    session.flush()
    codes["work_types"] = dict(conn.execute(select(WorkType.code, WorkType.id)).all())

    existing_subjects = {s.name: s for s in session.scalars(select(Subject))}
    for order, r in enumerate(_ok(doc["subjects"]), start=1):
        subject = existing_subjects.get(r["name"])
        if subject is None:
            subject = Subject(name=r["name"], short_name=r["short_name"] or r["name"][:50], sort_order=order * 10)
            session.add(subject)
            session.flush()
            created["subjects"] += 1
        elif new_db:
            subject.short_name, subject.sort_order = r["short_name"] or subject.short_name, order * 10
        ids["subjects"][r["id"]] = subject.id

    bells = list(_ok(doc["bells"]))
    if new_db and bells:
        conn.execute(delete(BellSchedule))
    have = set() if new_db else set(conn.execute(select(BellSchedule.shift, BellSchedule.lesson_number)).all())
    bell_rows = [{"shift": r["shift"], "lesson_number": r["lesson_number"], "starts_at": r["starts_at"],
                  "ends_at": r["ends_at"]} for r in bells if (r["shift"], r["lesson_number"]) not in have]
    if bell_rows:
        conn.execute(insert(BellSchedule), bell_rows)
    created["bells"] = len(bell_rows)

    # people, years and the journal: ids given here
    for n, s in enumerate(SECTIONS[4:], start=1):
        step(n, f"Запись: {s.label.lower()}…")
        records = list(_ok(doc[s.name]))
        matched = plan.people.get(s.name, {})
        if matched:
            ids[s.name].update(matched)
            records = [r for r in records if r["id"] not in matched]
        if s.name == "consents" and not new_db:  # a consent of a linked person may be there already
            have = set(conn.execute(select(Consent.pupil_id, Consent.guardian_id, Consent.staff_id,
                                           Consent.given_on, Consent.document)).all())
            records = [r for r in records if tuple(
                None if r[n] is None else ids[sec][r[n]] for n, sec in
                (("pupil", "pupils"), ("guardian", "guardians"), ("staff", "staff"))) + (r["given_on"], r["document"])
                not in have]
        if s.name == "graduation_certificates" and not new_db:  # a linked pupil may have it already
            have = set(conn.execute(select(GraduationCertificate.pupil_id, GraduationCertificate.kind)).all())
            records = [r for r in records if (ids["pupils"][r["pupil"]], r["kind"]) not in have]
            blanks = set(conn.execute(select(GraduationCertificate.series, GraduationCertificate.number)).all())
            taken = [r for r in records if (r["series"] or "", r["number"]) in blanks]
            if taken:
                raise ExchangeError("Ничего не записано.", [Problem(taken[0]["_path"], (
                    f"бланк {taken[0]['series'] or ''} № {taken[0]['number']} уже записан в этой базе другому ученику"
                ).replace("  ", " "))])
        first = w.ids(s.model, len(records)) if "id" in s.model.__table__.c else 0
        rows = []
        key = s.key
        for i, r in enumerate(records):
            row = _row(s, r, ids, codes)
            if first:
                row["id"] = first + i
                if key is not None:
                    ids[s.name][r[key]] = first + i
            rows.append(row)
        _complete(s.name, rows, records, w)
        w.insert(s.model, rows)
        created[s.name] = len(rows)
        # the lists inside records
        if s.name == "pupils":
            have_links = set()
            if matched:
                have_links = set(conn.execute(select(PupilGuardian.pupil_id, PupilGuardian.guardian_id)
                                              .where(PupilGuardian.pupil_id.in_(list(matched.values())))).all())
            links = []
            for r in _ok(doc["pupils"]):
                pid = ids["pupils"][r["id"]]
                for g in r["guardians"]:
                    pair = (pid, ids["guardians"][g["guardian"]])
                    if pair not in have_links:
                        have_links.add(pair)
                        links.append({"pupil_id": pair[0], "guardian_id": pair[1], "relation": g["relation"] or ""})
            w.insert(PupilGuardian, links)
        elif s.name == "subgroups":
            w.insert(SubgroupMember, [{"subgroup_id": ids["subgroups"][r["id"]], "pupil_id": ids["pupils"][p]}
                                      for r in records for p in r["members"]])
        elif s.name == "courses":
            w.insert(CourseMember, [{"course_id": ids["courses"][r["id"]], "pupil_id": ids["pupils"][p]}
                                    for r in records for p in r["members"]])
        elif s.name == "enrollments":
            # № по журналу by the one rule (services/people/list_numbers.py): the file carries no numbers
            number_new_stays(conn, {row["school_class_id"] for row in rows})
    step(total - 1, "Запись журнала действий…")
    counts = {k: v for k, v in created.items()}
    entries = w.write_audit({**source, "created": counts, "matched": plan.matched,
                             "new_database": new_db})
    w.check_cancel()
    return counts, entries


def _complete(section: str, rows: list[dict], records: list[dict], w: _Writer) -> None:
    """Columns the file does not carry: who entered a row (the importing administrator) and when."""
    account, now = w.actor.account_id, w.now
    if section in ("marks", "attendance", "period_marks"):
        for row in rows:
            row["created_by"] = account
            if row.get("created_at") is None:
                row["created_at"] = now
            if section == "marks":
                row["updated_at"] = None
    elif section in ("consents", "graduation_certificates"):
        for row in rows:
            row["recorded_by"], row["recorded_at"] = account, now
    elif section == "year_decisions":
        for row in rows:
            row["decided_by"], row["decided_at"] = account, now
    elif section == "journal_remarks":
        for row in rows:
            row["created_by"], row["created_at"] = account, now
            row["fixed_by"] = account if row.get("fixed_at") is not None else None
