"""Reading a OneRoster 1.2 CSV zip (or a 1.1 one: users.csv with its role column) written by another
system, into the journal: `preview`, `import_zip` (an existing database) and `import_zip_into_new`.

The zip is read and checked here — the manifest, each file's header (required columns, by name), the
enumerations, dates (YYYY-MM-DD), grades («01» … «12»), references between files — each problem named
by file, row and column («users.csv, строка 5, givenName»). What is good becomes an exchange document
(services/exchange.py) and goes through the exchange import: the same checks against the database and the
same rule, ONE transaction with its audit entries or nothing. A problem that check finds is named back by
the OneRoster file and row it came from.

Mapping (docs/oneroster.md): orgs → the school; academicSessions schoolYear → academic years, their
gradingPeriod / term / semester children → periods; classes homeroom → classes («5А» from classCode or
title, the grade from grades), scheduled → journal pages (a course: subject from its course's title, the
class from metadata.ejournal.homeroom or the same classCode, the teacher from its primary teacher
enrollment); users by role (roles.csv, or users.csv role in 1.1): student → pupils, parent / guardian /
relative → guardians (linked by agentSourcedIds), others → staff; demographics → birth date, sex;
enrollments of students in homerooms → arrivals; categories → work types; lineItems → lessons (or period
marks, categories periodmark.*); results → marks (metadata.ejournal.value, or the score in the course's
grading system).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import tempfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.grading import EXEMPT, NOT_ASSESSED
from ...storage.database import Database
from .. import exchange
from ..access.actor import Actor
from ..school import reference
from . import ExchangeError, Problem
from .oneroster import ENUMS, TABLES, last_day
from .spreadsheets import SpreadsheetError, decode_text

__all__ = ["OneRosterFile", "import_zip", "import_zip_into_new", "preview", "read_zip"]

REQUIRED: dict[str, tuple[str, ...]] = {
    "orgs": ("sourcedId", "name", "type"),
    "academicSessions": ("sourcedId", "title", "type", "startDate", "endDate", "schoolYear"),
    "courses": ("sourcedId", "title", "orgSourcedId"),
    "classes": ("sourcedId", "title", "courseSourcedId", "classType", "schoolSourcedId", "termSourcedIds"),
    "users": ("sourcedId", "enabledUser", "givenName", "familyName"),
    "roles": ("sourcedId", "userSourcedId", "roleType", "role", "orgSourcedId"),
    "demographics": ("sourcedId",),
    "enrollments": ("sourcedId", "classSourcedId", "schoolSourcedId", "userSourcedId", "role"),
    "categories": ("sourcedId", "title"),
    "lineItems": ("sourcedId", "title", "assignDate", "dueDate", "classSourcedId", "categorySourcedId"),
    "results": ("sourcedId", "lineItemSourcedId", "studentSourcedId", "scoreStatus"),
    "scoreScales": ("sourcedId", "title", "scoreScaleValue"),
    "lineItemScoreScales": ("sourcedId", "lineItemSourcedId", "scoreScaleSourcedId"),
}
ROSTER = ("orgs", "academicSessions", "courses", "classes", "users", "enrollments")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SCALE_ITEM = re.compile(r"^\{[^{}:]+:[^{}:]+\}$")
_CLASS = re.compile(r"^\s*(\d{1,2})\s*[-«\"]?\s*([А-ЯЁA-Z])[»\"]?\s*$", re.IGNORECASE)
_GUARDIAN_ROLES = ("parent", "guardian", "relative")
_POSITIONS = {"principal": "директор", "siteAdministrator": "заместитель директора",
              "districtAdministrator": "администрация", "systemAdministrator": "администратор ЭЖ",
              "counselor": "педагог-психолог", "aide": "помощник учителя", "proctor": "учитель", "teacher": "учитель"}


@dataclass
class OneRosterFile:
    """A zip read: its rows by file, the exchange document made of them, and every problem."""
    path: Path
    tables: dict[str, list[dict]] = field(default_factory=dict)
    rows: dict[str, list[int]] = field(default_factory=dict)       # file → the CSV line of each row
    doc: dict = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict)           # "$.pupils[3]" → "users.csv, строка 5"
    problems: list[Problem] = field(default_factory=list)
    version: str = ""


def _where(name: str, line: int, column: str = "") -> str:
    return f"{name}.csv, строка {line}" + (f", {column}" if column else "")


def read_zip(path: str | Path) -> OneRosterFile:
    path = Path(path)
    out = OneRosterFile(path)
    bad = out.problems.append
    try:
        z = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ExchangeError(f"Файл {path.name} — не архив zip с таблицами OneRoster: {exc}",
                            [Problem(path.name, "не архив zip")]) from None
    with z:
        names = {Path(n).name: n for n in z.namelist() if n.lower().endswith(".csv")}
        if "manifest.csv" not in names:
            bad(Problem("manifest.csv", "нет файла manifest.csv: по стандарту OneRoster он обязателен"))
        else:
            manifest = {r[0]: r[1] for r in _rows(z, names["manifest.csv"], "manifest", bad)[1:] if len(r) >= 2}
            out.version = manifest.get("oneroster.version", "")
            if out.version not in ("1.1", "1.2"):
                bad(Problem("manifest.csv, oneroster.version",
                            f"версия «{out.version}» не поддерживается: программа читает OneRoster 1.2 (и 1.1)"))
            for key, value in manifest.items():
                if key.startswith("file.") and value not in ("bulk", "delta", "absent"):
                    bad(Problem(f"manifest.csv, {key}", f"«{value}»: допустимы bulk, delta, absent"))
                elif key.startswith("file.") and value == "delta":
                    bad(Problem(f"manifest.csv, {key}", "файлы изменений (delta) не загружаются: нужна полная "
                                                        "выгрузка (bulk)"))
                elif key.startswith("file.") and value == "bulk" and Path(key[5:] + ".csv").name not in names:
                    bad(Problem(f"manifest.csv, {key}", f"файл {key[5:]}.csv указан, но его нет в архиве"))
        for name in TABLES:
            if f"{name}.csv" not in names:
                continue
            rows = _rows(z, names[f"{name}.csv"], name, bad)
            if not rows:
                continue
            header = [h.strip() for h in rows[0]]
            required = REQUIRED[name]
            if name == "users" and out.version == "1.1":
                required = (*required, "role")
            missing = [h for h in required if h not in header]
            if missing:
                bad(Problem(f"{name}.csv, строка 1", f"нет обязательных столбцов: {', '.join(missing)}"))
                continue
            records, lines = [], []
            for i, raw in enumerate(rows[1:], 2):
                if not any(c.strip() for c in raw):
                    continue
                rec = {h: (raw[j].strip() if j < len(raw) else "") for j, h in enumerate(header)}
                for col in required:
                    if not rec.get(col):
                        bad(Problem(_where(name, i, col), "пусто — обязательное поле"))
                for (file, col), allowed in ENUMS.items():
                    v = rec.get(col, "")
                    if file == name and v and v not in allowed and not v.startswith("ext:"):
                        bad(Problem(_where(name, i, col), f"«{v}»: допустимы {', '.join(allowed)}"))
                for col in ("startDate", "endDate", "beginDate", "birthDate", "assignDate", "dueDate", "scoreDate"):
                    v = rec.get(col, "")
                    if v and not _valid_date(v[:10] if col in ("assignDate", "dueDate", "scoreDate") else v):
                        bad(Problem(_where(name, i, col), f"«{v}» — не дата ГГГГ-ММ-ДД"))
                if (name == "academicSessions" and _valid_date(rec["startDate"]) and _valid_date(rec["endDate"])
                        and rec["endDate"] <= rec["startDate"]):
                    bad(Problem(_where(name, i, "endDate"), f"«{rec['endDate']}» не позже начала {rec['startDate']}: "
                                                            "день endDate в период уже не входит"))
                if name == "scoreScales":
                    for item in _split(rec["scoreScaleValue"]):
                        if not _SCALE_ITEM.match(item):
                            bad(Problem(_where(name, i, "scoreScaleValue"), f"«{item}» — не пара {{отметка:значение}}"))
                records.append(rec)
                lines.append(i)
            ids = {}
            for rec, line in zip(records, lines):
                key = rec.get("sourcedId")
                if key and key in ids:
                    bad(Problem(_where(name, line, "sourcedId"), f"«{key}» уже есть в строке {ids[key]}"))
                ids.setdefault(key, line)
            out.tables[name], out.rows[name] = records, lines
    for name in ROSTER:
        if name not in out.tables and name not in ("courses",):
            bad(Problem(f"{name}.csv", "нет файла: для загрузки состава школы он нужен"))
    if not out.problems:
        _Converter(out).run()
    return out


def _split(scale: str) -> list[str]:
    """The items of a scoreScaleValue list: «{5:5},{4:4}» → «{5:5}», «{4:4}» (commas inside braces kept)."""
    items, depth, start = [], 0, 0
    for i, ch in enumerate(scale + ","):
        depth += (ch == "{") - (ch == "}")
        if ch == "," and depth <= 0:
            items.append(scale[start:i].strip())
            start = i + 1
    return [x for x in items if x]


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _rows(z: zipfile.ZipFile, member: str, name: str, bad) -> list[list[str]]:
    try:
        text, _codec = decode_text(z.read(member), f"{name}.csv")
    except SpreadsheetError as exc:
        bad(Problem(f"{name}.csv", str(exc)))
        return []
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""))]


def _grades(text: str) -> list[int]:
    out = []
    for g in (text or "").split(","):
        g = g.strip()
        if g.isdigit() and 1 <= int(g) <= 11:
            out.append(int(g))
    return out


class _Converter:
    """The OneRoster rows as an exchange document (doc sections of the exchange format)."""

    def __init__(self, f: OneRosterFile):
        self.f = f
        self.t = f.tables

    def bad(self, name: str, index: int, column: str, message: str) -> None:
        self.f.problems.append(Problem(_where(name, self.f.rows[name][index], column), message))

    def add(self, section: str, record: dict, name: str, index: int) -> None:
        records = self.doc[section]
        self.f.origin[f"$.{section}[{len(records)}]"] = _where(name, self.f.rows[name][index])
        records.append(record)

    def run(self) -> None:
        t = self.t
        self.doc = doc = {"format": exchange.FORMAT, "version": exchange.VERSION, "generator": "OneRoster 1.2 CSV",
                          **{s.name: [] for s in exchange.SECTIONS}}
        self.f.doc = doc
        orgs = t.get("orgs", [])
        school = next((o for o in orgs if o.get("type") == "school"), orgs[0] if orgs else {})
        doc["school"] = {"name": school.get("name", ""), "short_name":
                         school.get("metadata.ejournal.shortName") or school.get("name", "")[:100],
                         "address": school.get("metadata.ejournal.address", ""),
                         "director_name": school.get("metadata.ejournal.director", "")}
        for code, (label, kind, system) in reference.GRADING_SYSTEMS.items():
            doc["grading_systems"].append({"code": code, "name": label, "kind": kind.value, "values": [
                {"code": v.code, "label": v.label, "points": v.points, "passing": v.passing, "quality": v.quality}
                for v in system.values]})
        # years and periods
        years: dict[str, int] = {}
        for i, s in enumerate(t.get("academicSessions", [])):
            if s["type"] == "schoolYear":
                if not s["schoolYear"].isdigit():
                    self.bad("academicSessions", i, "schoolYear", f"«{s['schoolYear']}» — не год ГГГГ")
                    continue
                years[s["sourcedId"]] = int(s["schoolYear"]) - 1
                self.add("academic_years", {"id": s["sourcedId"], "start_year": int(s["schoolYear"]) - 1},
                         "academicSessions", i)
        year_of_session = {}
        children: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        for i, s in enumerate(t.get("academicSessions", [])):
            if s["type"] == "schoolYear":
                year_of_session[s["sourcedId"]] = s["sourcedId"]
                continue
            parent = s.get("parentSourcedId") or next((k for k, y in years.items() if str(y + 1) == s["schoolYear"]), "")
            if parent not in years:
                self.bad("academicSessions", i, "parentSourcedId", "период не относится ни к одному учебному году "
                                                                   "(schoolYear)")
                continue
            year_of_session[s["sourcedId"]] = parent
            children[parent].append((i, s))
        for parent, own in children.items():
            own.sort(key=lambda p: p[1]["startDate"])
            for n, (i, s) in enumerate(own, 1):
                kind = s.get("metadata.ejournal.kind") or ("half_year" if s["type"] == "semester" or len(own) == 2
                                                           else "trimester" if len(own) == 3 else "quarter")
                number = int(s.get("metadata.ejournal.number") or n)
                rec = {"id": s["sourcedId"], "academic_year": parent, "kind": kind, "number": number,
                       "start": s["startDate"], "end": last_day(s["endDate"])}
                for key, col in (("grade_from", "metadata.ejournal.gradeFrom"), ("grade_to", "metadata.ejournal.gradeTo")):
                    if (s.get(col) or "").isdigit():
                        rec[key] = int(s[col])
                self.add("periods", rec, "academicSessions", i)
        # people
        roles: dict[str, list[str]] = defaultdict(list)
        for r in t.get("roles", []):
            (roles[r["userSourcedId"]].insert(0, r["role"]) if r["roleType"] == "primary"
             else roles[r["userSourcedId"]].append(r["role"]))
        demo = {d["sourcedId"]: d for d in t.get("demographics", [])}
        role_rows: dict[str, dict] = {}
        for r in t.get("roles", []):
            if r["roleType"] == "primary" or r["userSourcedId"] not in role_rows:
                role_rows[r["userSourcedId"]] = r
        kind_of: dict[str, str] = {}
        users = t.get("users", [])
        for i, u in enumerate(users):
            role = (roles.get(u["sourcedId"]) or [u.get("role", "")])[0]
            if not role:
                self.bad("users", i, "sourcedId", "у пользователя нет роли (roles.csv)")
                continue
            person = {"id": u["sourcedId"], "surname": u["familyName"], "name": u["givenName"],
                      "patronymic": u.get("middleName", "")}
            if role == "student":
                kind_of[u["sourcedId"]] = "pupils"
                d = demo.get(u["sourcedId"], {})
                person |= {"birth_date": d.get("birthDate") or None,
                           "sex": d.get("sex") if d.get("sex") in ("male", "female") else None,
                           "address": u.get("metadata.ejournal.address", ""),
                           "document": u.get("metadata.ejournal.document", ""), "phone": u.get("phone", ""),
                           "guardians": []}
            elif role in _GUARDIAN_ROLES:
                kind_of[u["sourcedId"]] = "guardians"
                person |= {"phone": u.get("phone", ""), "email": u.get("email", ""),
                           "address": u.get("metadata.ejournal.address", "")}
            else:
                kind_of[u["sourcedId"]] = "staff"
                role_row = role_rows.get(u["sourcedId"], {})
                person |= {"position": u.get("metadata.ejournal.position") or _POSITIONS.get(role, "сотрудник"),
                           "phone": u.get("phone", ""), "email": u.get("email", ""),
                           "hired_on": role_row.get("beginDate") or None, "dismissed_on": role_row.get("endDate") or None}
            self.add(kind_of[u["sourcedId"]], person, "users", i)
        pupils = {p["id"]: p for p in doc["pupils"]}
        links = set()
        for i, u in enumerate(users):
            for agent in filter(None, (a.strip() for a in u.get("agentSourcedIds", "").split(","))):
                kind = kind_of.get(agent)
                if agent not in kind_of:
                    self.bad("users", i, "agentSourcedIds", f"нет пользователя «{agent}»")
                elif kind_of.get(u["sourcedId"]) == "pupils" and kind == "guardians":
                    links.add((u["sourcedId"], agent))
                elif kind_of.get(u["sourcedId"]) == "guardians" and kind == "pupils":
                    links.add((agent, u["sourcedId"]))
        for pupil, guardian in sorted(links):
            pupils[pupil]["guardians"].append({"guardian": guardian})
        # subjects, classes, courses
        courses = {c["sourcedId"]: c for c in t.get("courses", [])}
        subject_ids: dict[str, str] = {}
        classes = t.get("classes", [])
        teacher_of: dict[str, list[str]] = defaultdict(list)
        students_of: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        for i, e in enumerate(t.get("enrollments", [])):
            if e["userSourcedId"] not in kind_of:
                self.bad("enrollments", i, "userSourcedId", f"нет пользователя «{e['userSourcedId']}»")
            elif e["role"] == "student":
                students_of[e["classSourcedId"]].append((i, e))
            elif e["role"] == "teacher" and kind_of[e["userSourcedId"]] == "staff":
                (teacher_of[e["classSourcedId"]].insert(0, e["userSourcedId"]) if e.get("primary") == "true"
                 else teacher_of[e["classSourcedId"]].append(e["userSourcedId"]))
        homeroom_of_code: dict[tuple[str, str], str] = {}
        class_ids = {c["sourcedId"] for c in classes}
        for e_list_key in list(students_of) + list(teacher_of):
            if e_list_key not in class_ids:
                idx = next((i for i, e in enumerate(t.get("enrollments", [])) if e["classSourcedId"] == e_list_key), 0)
                self.bad("enrollments", idx, "classSourcedId", f"нет класса «{e_list_key}» в classes.csv")
        year_of_class: dict[str, str] = {}
        for i, c in enumerate(classes):
            terms = [x.strip() for x in c["termSourcedIds"].split(",") if x.strip()]
            year = next((year_of_session[x] for x in terms if x in year_of_session), None)
            course = courses.get(c["courseSourcedId"], {})
            if year is None and course.get("schoolYearSourcedId") in years:
                year = course["schoolYearSourcedId"]
            if year is None:
                self.bad("classes", i, "termSourcedIds", "класс не относится ни к одному учебному году")
                continue
            year_of_class[c["sourcedId"]] = year
            if c["classType"] != "homeroom":
                continue
            m = _CLASS.match(c.get("classCode") or c["title"]) or _CLASS.match(c["title"])
            grades = _grades(c.get("grades", ""))
            if not m and not grades:
                self.bad("classes", i, "classCode", f"«{c.get('classCode') or c['title']}» — не класс вида 5А")
                continue
            grade = int(m.group(1)) if m else grades[0]
            letter = m.group(2).upper() if m else (c.get("classCode") or c["title"])[-1:].upper()
            rec = {"id": c["sourcedId"], "academic_year": year, "grade": grade, "letter": letter}
            if teacher_of.get(c["sourcedId"]):
                rec["class_teacher"] = teacher_of[c["sourcedId"]][0]
            homeroom_of_code[(year, f"{grade}{letter}")] = c["sourcedId"]
            self.add("classes", rec, "classes", i)
            for j, e in students_of.get(c["sourcedId"], []):
                if kind_of.get(e["userSourcedId"]) != "pupils":
                    self.bad("enrollments", j, "userSourcedId", f"«{e['userSourcedId']}» — не ученик")
                    continue
                self.add("enrollments", {
                    "pupil": e["userSourcedId"], "class": c["sourcedId"],
                    "arrived_on": e.get("beginDate") or self._year_start(year),
                    "arrival_event": e.get("metadata.ejournal.arrivalEvent") or "arrival",
                    "arrival_order_number": e.get("metadata.ejournal.arrivalOrder", ""),
                    "arrived_from": e.get("metadata.ejournal.arrivedFrom", ""),
                    "departed_on": e.get("endDate") or None,
                    "departure_event": e.get("metadata.ejournal.departureEvent") or
                    ("departure" if e.get("endDate") else None),
                    "departure_order_number": e.get("metadata.ejournal.departureOrder", ""),
                    "departed_to": e.get("metadata.ejournal.departedTo", "")}, "enrollments", j)
        class_pupils = defaultdict(set)
        for e in doc["enrollments"]:
            class_pupils[e["class"]].add(e["pupil"])
        self.course_system: dict[str, str] = {}
        for i, c in enumerate(classes):
            if c["classType"] == "homeroom" or c["sourcedId"] not in year_of_class:
                continue
            year = year_of_class[c["sourcedId"]]
            course = courses.get(c["courseSourcedId"])
            subject = (course or {}).get("title") or (c.get("subjects") or "").split(",")[0].strip() or c["title"]
            if subject not in subject_ids:
                subject_ids[subject] = f"subject-{len(subject_ids) + 1}"
                doc["subjects"].append({"id": subject_ids[subject], "name": subject[:100],
                                        "short_name": ((course or {}).get("courseCode") or "")[:30]})
            if not teacher_of.get(c["sourcedId"]):
                self.bad("classes", i, "sourcedId", "у класса нет учителя (enrollments.csv, role teacher)")
                continue
            homeroom = c.get("metadata.ejournal.homeroom") or homeroom_of_code.get((year, (c.get("classCode") or "")
                                                                                    .replace(" ", "").upper()))
            system = c.get("metadata.ejournal.gradingSystem") or "five_point"
            rec = {"id": c["sourcedId"], "academic_year": year, "subject": subject_ids[subject],
                   "teacher": teacher_of[c["sourcedId"]][0], "grading_system": system,
                   "kind": c.get("metadata.ejournal.kind") or "lesson"}
            if c.get("metadata.ejournal.hoursPerWeek"):
                rec["hours_per_week"] = float(c["metadata.ejournal.hoursPerWeek"])
            members = [e["userSourcedId"] for _j, e in students_of.get(c["sourcedId"], [])
                       if kind_of.get(e["userSourcedId"]) == "pupils"]
            if homeroom:
                rec["class"] = homeroom
                sg_name = c.get("metadata.ejournal.subgroup")
                ours = "metadata.ejournal.gradingSystem" in c   # a file this program wrote
                if rec["kind"] == "individual" and len(members) == 1:
                    rec["pupil"] = members[0]
                elif ours and not sg_name and members and set(members) < class_pupils[homeroom]:
                    rec["members"] = sorted(set(members))
                elif sg_name or (members and set(members) < class_pupils[homeroom]):
                    sg_id = f"subgroup-{c['sourcedId']}"
                    doc["subgroups"].append({"id": sg_id, "class": homeroom, "subject": subject_ids[subject],
                                             "name": (sg_name or c["title"])[:100], "members": sorted(set(members))})
                    rec["subgroup"] = sg_id
            elif members:
                rec["members"] = sorted(set(members))
            self.course_system[c["sourcedId"]] = system
            self.add("courses", rec, "classes", i)
        self._gradebook()
        self._scales()

    def _year_start(self, year: str) -> str:
        own = [p["start"] for p in self.doc["periods"] if p["academic_year"] == year]
        start = next(y["start_year"] for y in self.doc["academic_years"] if y["id"] == year)
        return min(own) if own else f"{start}-09-01"

    def _gradebook(self) -> None:
        t, doc = self.t, self.doc
        codes: dict[str, str] = {}
        self.weights: dict[str, float] = {}
        for i, c in enumerate(t.get("categories", [])):
            key = c["sourcedId"]
            if key.startswith("periodmark."):
                continue
            code = key.removeprefix("worktype.") if key.startswith("worktype.") else \
                "or_" + re.sub(r"[^0-9A-Za-z_]+", "_", key)[:40]
            codes[key] = code
            # Our work types carry their multiplier as metadata; another system's `weight` is a share of the
            # final score in per cent, which the journal's weighted average has no place for.
            weight = c.get("metadata.ejournal.weight") or "1"
            self.weights[code] = float(weight) if re.fullmatch(r"\d+(\.\d+)?", weight) else 1.0
            self.add("work_types", {"code": code, "name": c["title"][:100], "weight": self.weights[code]},
                     "categories", i)
        systems = {g["code"]: {v["code"]: v.get("points") for v in g["values"]} for g in doc["grading_systems"]}
        class_of_item: dict[str, str] = {}
        items: dict[str, tuple[str, str, str]] = {}   # lineItem → ("lesson", lesson id, work type) or ("period", …)
        lessons: dict[str, str] = {}
        numbers: dict[tuple[str, str], int] = defaultdict(int)
        for i, li in enumerate(t.get("lineItems", [])):
            course = li["classSourcedId"]
            if course not in self.course_system:
                self.bad("lineItems", i, "classSourcedId", f"«{course}» — не класс-предмет (scheduled) этого файла")
                continue
            cat = li["categorySourcedId"]
            if cat.startswith("periodmark."):
                class_of_item[li["sourcedId"]] = course
                items[li["sourcedId"]] = ("period", cat.removeprefix("periodmark."), li.get("academicSessionSourcedId") or li.get("gradingPeriodSourcedId", ""))
                continue
            if cat not in codes:
                self.bad("lineItems", i, "categorySourcedId", f"нет категории «{cat}» в categories.csv")
                continue
            lesson = li.get("metadata.ejournal.lesson") or li["sourcedId"]
            if lesson not in lessons:
                day = li["assignDate"][:10]
                number = li.get("metadata.ejournal.number")
                numbers[(course, day)] += 1
                lessons[lesson] = course
                topic = li["title"] if not li["title"].startswith("Урок ") else ""
                self.add("lessons", {"id": lesson, "course": course, "date": day,
                                     "number": int(number) if (number or "").isdigit() else numbers[(course, day)],
                                     "topic": topic, "homework": li.get("description", "")}, "lineItems", i)
            items[li["sourcedId"]] = ("lesson", lesson, codes[cat])
        pupils = {p["id"] for p in doc["pupils"]}
        for i, r in enumerate(t.get("results", [])):
            item = items.get(r["lineItemSourcedId"])
            if item is None:
                self.bad("results", i, "lineItemSourcedId", f"нет строки «{r['lineItemSourcedId']}» в lineItems.csv")
                continue
            if r["studentSourcedId"] not in pupils:
                self.bad("results", i, "studentSourcedId", f"«{r['studentSourcedId']}» — не ученик этого файла")
                continue
            course = lessons[item[1]] if item[0] == "lesson" else class_of_item[r["lineItemSourcedId"]]
            system = self.course_system[course]
            value = r.get("metadata.ejournal.value") or self._value(system, systems[system], r)
            if value is None:
                self.bad("results", i, "score", f"«{r.get('score', '')}» не переводится в систему оценивания "
                                                 f"«{system}» (ожидаются её баллы)")
                continue
            if item[0] == "lesson":
                self.add("marks", {"lesson": item[1], "pupil": r["studentSourcedId"], "value": value,
                                   "work_type": item[2], "weight": self.weights[item[2]],
                                   "comment": r.get("comment", ""),
                                   **({"entered_at": r["scoreDate"][:10] + "T00:00:00Z"} if r.get("scoreDate") else {})},
                         "results", i)
            else:
                kind, period = item[1], item[2]
                self.add("period_marks", {"course": course, "pupil": r["studentSourcedId"], "kind": kind,
                                          **({"period": period} if kind == "period" else {}), "value": value,
                                          "suggested_value": r.get("metadata.ejournal.suggested") or None},
                         "results", i)

    def _scales(self) -> None:
        """References of the score-scale files (their values are not mapped: marks come from results)."""
        t = self.t
        known = {n: {r["sourcedId"] for r in t.get(n, [])} for n in ("classes", "lineItems", "scoreScales")}
        for i, sc in enumerate(t.get("scoreScales", [])):
            if sc.get("classSourcedId") and sc["classSourcedId"] not in known["classes"]:
                self.bad("scoreScales", i, "classSourcedId", f"нет класса «{sc['classSourcedId']}» в classes.csv")
        for i, r in enumerate(t.get("lineItemScoreScales", [])):
            for col, name in (("lineItemSourcedId", "lineItems"), ("scoreScaleSourcedId", "scoreScales")):
                if r[col] not in known[name]:
                    self.bad("lineItemScoreScales", i, col, f"нет строки «{r[col]}» в {name}.csv")

    @staticmethod
    def _value(system: str, points: dict, r: dict) -> str | None:
        if r["scoreStatus"] == "exempt":
            return EXEMPT
        if r["scoreStatus"] == "not submitted":
            return NOT_ASSESSED
        try:
            score = float(r.get("score", ""))
        except ValueError:
            return None
        if all(p is None for p in points.values()):  # a pass/fail system: 1 passed, 0 not
            codes = list(points)
            return codes[0] if score >= 0.5 else codes[-1]
        return next((code for code, p in points.items() if p is not None and abs(p - score) < 1e-9), None)


# --- the use cases -------------------------------------------------------------------------------------------

def _checked(path: Path) -> OneRosterFile:
    f = read_zip(path)
    if f.problems:
        raise ExchangeError(f"Файл {path.name} не загружен: ошибок — {len(f.problems)}. Ничего не записано.",
                            f.problems)
    return f


def _named_back(f: OneRosterFile, problems: list[Problem]) -> list[Problem]:
    out = []
    for p in problems:
        m = re.match(r"^(\$\.\w+\[\d+\])(?:\.(.*))?$", p.path)
        where = f.origin.get(m.group(1)) if m else None
        out.append(Problem(f"{where}" + (f" ({m.group(2)})" if m.group(2) else ""), p.message) if where else p)
    return out


def _as_json(f: OneRosterFile, folder: Path) -> Path:
    target = folder / (f.path.stem + ".json")
    target.write_text(json.dumps(f.doc, ensure_ascii=False), encoding="utf-8")
    return target


def preview(db: Database | None, actor: Actor | None, path: str | Path) -> exchange.ExchangePreview:
    """Check a zip (against this database, or for a new one when db is None); writes nothing."""
    path = Path(path)
    f = read_zip(path)
    if f.problems:
        return exchange.ExchangePreview(path, path.stat().st_size, "", "", "", [], {}, f.problems, db is None)
    with tempfile.TemporaryDirectory(prefix="ejournal-oneroster-") as tmp:
        source = _as_json(f, Path(tmp))
        shown = exchange.preview_new(source) if db is None else exchange.preview(db, actor, source)
    shown.file = path
    shown.problems = _named_back(f, shown.problems)
    return shown


def import_zip(db: Database, actor: Actor, path: str | Path) -> exchange.ImportResult:
    """Load a OneRoster zip into this database: everything or nothing, as the exchange import."""
    path = Path(path)
    f = _checked(path)
    with tempfile.TemporaryDirectory(prefix="ejournal-oneroster-") as tmp:
        try:
            return exchange.import_file(db, actor, _as_json(f, Path(tmp)))
        except ExchangeError as exc:
            raise ExchangeError(str(exc).replace(f.path.stem + ".json", path.name), _named_back(f, exc.problems)) from None


def import_zip_into_new(db_path: str | Path, path: str | Path, *, admin_login: str,
                        admin_password: str) -> exchange.ImportResult:
    """A new school database made from a OneRoster zip (as exchange.import_into_new)."""
    path = Path(path)
    f = _checked(path)
    with tempfile.TemporaryDirectory(prefix="ejournal-oneroster-") as tmp:
        try:
            return exchange.import_into_new(db_path, _as_json(f, Path(tmp)), admin_login=admin_login,
                                            admin_password=admin_password)
        except ExchangeError as exc:
            raise ExchangeError(str(exc).replace(f.path.stem + ".json", path.name), _named_back(f, exc.problems)) from None
