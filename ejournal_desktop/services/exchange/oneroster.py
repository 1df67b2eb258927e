"""OneRoster 1.2 CSV (1EdTech): the school as the zip of CSV files that school systems exchange
(docs/oneroster.md; the tables follow «1EdTech OneRoster: CSV Binding 1.2.1», Final Release, 22.08.2023,
https://www.imsglobal.org/spec/oneroster/v1p2/bind/csv).

- `TABLES`: every file we write with its header in the specification's column order, and `ENUMS`: the
  values the specification allows in its enumerated columns; a test checks an export against both.
- `export_zip(db, actor, path)`: the administrator's `exchange` right, audited. The data come from the
  exchange exporter (`exchange.build_document`), so both formats say the same about the school:
  orgs (the school), academicSessions (years and their periods), courses (a subject in a year, and one
  «homeroom» course per year), classes (each class as `homeroom`, each journal page as `scheduled`),
  users + roles (pupils, guardians, staff), demographics (pupils' birth date and sex), enrollments
  (pupils in their class and in its journal pages, teachers), and the gradebook: categories (work types
  and the kinds of period marks), lineItems (lessons, period marks), results (marks).
- What the standard has no column for (a pupil's document, the order numbers of an arrival, a lesson's
  number, the journal's own mark code «5» / «зач» / «н/а») goes into extension columns `metadata.ejournal.*`
  after the standard ones, as the binding allows; a reader that does not know them ignores them.
  Attendance, the timetable, holidays and bells have no place in OneRoster and are not written.

Bulk files: `status` and `dateLastModified` are empty, as the binding asks of a bulk file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ... import __version__
from ...domain.grading import EXEMPT, NOT_ASSESSED
from ...domain.rights import Action
from ...storage.database import Database
from .. import exchange
from ..access import audit, guard
from ..access.actor import Actor
from ..errors import ServiceError

__all__ = [
    "ENUMS",
    "EXTENSIONS",
    "MANIFEST_FILES",
    "SCHOOL_ID",
    "TABLES",
    "OneRosterExport",
    "build_tables",
    "export_zip",
    "grade_code",
    "last_day",
    "session_end",
    "write_zip",
]

ONEROSTER_VERSION = "1.2"
SCHOOL_ID = "org-school"

TABLES: dict[str, tuple[str, ...]] = {
    "orgs": ("sourcedId", "status", "dateLastModified", "name", "type", "identifier", "parentSourcedId"),
    "academicSessions": ("sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate",
                         "parentSourcedId", "schoolYear"),
    "courses": ("sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode", "grades",
                "orgSourcedId", "subjects", "subjectCodes"),
    "classes": ("sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId", "classCode",
                "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects", "subjectCodes", "periods"),
    "users": ("sourcedId", "status", "dateLastModified", "enabledUser", "username", "userIds", "givenName",
              "familyName", "middleName", "identifier", "email", "sms", "phone", "agentSourcedIds", "grades",
              "password", "userMasterIdentifier", "preferredGivenName", "preferredMiddleName",
              "preferredFamilyName", "primaryOrgSourcedId", "pronouns"),  # 1.2.1 dropped resourceSourcedIds
    "roles": ("sourcedId", "status", "dateLastModified", "userSourcedId", "roleType", "role", "beginDate", "endDate",
              "orgSourcedId", "userProfileSourcedId"),
    "demographics": ("sourcedId", "status", "dateLastModified", "birthDate", "sex", "americanIndianOrAlaskaNative",
                     "asian", "blackOrAfricanAmerican", "nativeHawaiianOrOtherPacificIslander", "white",
                     "demographicRaceTwoOrMoreRaces", "hispanicOrLatinoEthnicity", "countryOfBirthCode",
                     "stateOfBirthAbbreviation", "cityOfBirth", "publicSchoolResidenceStatus"),
    "enrollments": ("sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId", "userSourcedId",
                    "role", "primary", "beginDate", "endDate"),
    "categories": ("sourcedId", "status", "dateLastModified", "title", "weight"),
    "lineItems": ("sourcedId", "status", "dateLastModified", "title", "description", "assignDate", "dueDate",
                  "classSourcedId", "categorySourcedId", "academicSessionSourcedId", "resultValueMin",
                  "resultValueMax", "schoolSourcedId"),
    "results": ("sourcedId", "status", "dateLastModified", "lineItemSourcedId", "studentSourcedId", "scoreStatus",
                "score", "scoreDate", "comment", "textScore", "classSourcedId", "inProgress", "incomplete", "late",
                "missing"),
    # 1.2 score scales: what a mark of a class means (its grading system), and which scale each line item uses
    "scoreScales": ("sourcedId", "status", "dateLastModified", "title", "type", "orgSourcedId", "courseSourcedId",
                    "classSourcedId", "scoreScaleValue"),
    "lineItemScoreScales": ("sourcedId", "status", "dateLastModified", "title", "lineItemSourcedId",
                            "scoreScaleSourcedId"),
}
# Our extension columns (after the standard ones, named metadata.* as the binding allows).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "orgs": ("metadata.ejournal.shortName", "metadata.ejournal.address", "metadata.ejournal.director"),
    "academicSessions": ("metadata.ejournal.kind", "metadata.ejournal.number", "metadata.ejournal.gradeFrom",
                         "metadata.ejournal.gradeTo"),
    "classes": ("metadata.ejournal.homeroom", "metadata.ejournal.subgroup", "metadata.ejournal.gradingSystem",
                "metadata.ejournal.hoursPerWeek", "metadata.ejournal.kind"),
    "users": ("metadata.ejournal.position", "metadata.ejournal.address", "metadata.ejournal.document"),
    "enrollments": ("metadata.ejournal.arrivalEvent", "metadata.ejournal.arrivalOrder", "metadata.ejournal.arrivedFrom",
                    "metadata.ejournal.departureEvent", "metadata.ejournal.departureOrder",
                    "metadata.ejournal.departedTo", "metadata.ejournal.relation"),
    "categories": ("metadata.ejournal.weight",),
    "lineItems": ("metadata.ejournal.lesson", "metadata.ejournal.number", "metadata.ejournal.kind"),
    "results": ("metadata.ejournal.value", "metadata.ejournal.suggested"),
}
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("orgs", "type"): ("department", "school", "district", "local", "state", "national"),
    ("academicSessions", "type"): ("gradingPeriod", "semester", "schoolYear", "term"),
    ("classes", "classType"): ("homeroom", "scheduled"),
    ("roles", "roleType"): ("primary", "secondary"),
    ("roles", "role"): ("aide", "counselor", "districtAdministrator", "guardian", "parent", "principal", "proctor",
                        "relative", "siteAdministrator", "student", "systemAdministrator", "teacher"),
    ("demographics", "sex"): ("male", "female", "unspecified", "other"),
    ("enrollments", "role"): ("administrator", "proctor", "student", "teacher"),
    ("enrollments", "primary"): ("true", "false"),
    ("users", "enabledUser"): ("true", "false"),
    ("results", "scoreStatus"): ("exempt", "fully graded", "not submitted", "partially graded", "submitted"),
}
#: Every data file the 1.2 manifest names, as `file.<name>` (bulk when we write it, absent otherwise).
MANIFEST_FILES = ("academicSessions", "categories", "classes", "classResources", "courses", "courseResources",
                  "demographics", "enrollments", "lineItemLearningObjectiveIds", "lineItems", "lineItemScoreScales",
                  "orgs", "resources", "resultLearningObjectiveIds", "results", "resultScoreScales", "roles",
                  "scoreScales", "userProfiles", "userResources", "users")
PERIOD_CATEGORIES = {"period": "Четвертная (полугодовая) отметка", "year": "Годовая отметка",
                     "exam": "Экзаменационная отметка", "final": "Итоговая отметка"}
_PRINCIPAL, _DEPUTY = ("директор",), ("заместитель", "завуч")


def session_end(day: str) -> str:
    """The binding's endDate of a session whose last day is `day`: the day after it, since the
    specification's academicSession.endDate «is excluded from the academic session» (startDate is included).
    Enrollments and roles need no shift: a departure or dismissal date is already the first day away."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def last_day(end_date: str) -> str:
    """The last day of a session whose binding endDate (excluded) is `end_date`: the inverse of session_end."""
    return (dt.date.fromisoformat(end_date) - dt.timedelta(days=1)).isoformat()


def _scale_part(text: str) -> str:
    # a scoreScaleValue item is «{left:right}» inside a comma-separated list: those characters cannot be in it
    return re.sub(r"[{}:,]", " ", text).strip()


def grade_code(grade: int) -> str:
    """The grade as the specification codes it (CEDS): «01» … «12»."""
    return f"{grade:02d}"


def _list(values) -> str:
    return ",".join(v for v in values if v)


def _staff_role(position: str) -> str:
    text = (position or "").casefold()
    if text.startswith(_PRINCIPAL):
        return "principal"
    if text.startswith(_DEPUTY):
        return "siteAdministrator"
    return "teacher"


def _guardian_role(relation: str) -> str:
    text = (relation or "").casefold()
    if text in ("мать", "отец", "мама", "папа"):
        return "parent"
    if text in ("бабушка", "дедушка", "тётя", "дядя", "брат", "сестра"):
        return "relative"
    return "guardian"


def _num(value) -> str:
    if value is None:
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() else f"{value:g}"


def build_tables(doc: dict) -> dict[str, list[dict]]:
    """The OneRoster tables (file → rows as dicts by header) of an exchange document (as exported)."""
    t: dict[str, list[dict]] = defaultdict(list)
    school = doc["school"]
    t["orgs"].append({"sourcedId": SCHOOL_ID, "name": school["name"], "type": "school",
                      "metadata.ejournal.shortName": school.get("short_name", ""),
                      "metadata.ejournal.address": school.get("address", ""),
                      "metadata.ejournal.director": school.get("director_name", "")})
    years = {y["id"]: y for y in doc["academic_years"]}
    periods_of: dict[str, list[dict]] = defaultdict(list)
    for p in doc["periods"]:
        periods_of[p["academic_year"]].append(p)
    for key, y in years.items():
        start = y["start_year"]
        own = periods_of[key]
        t["academicSessions"].append({
            "sourcedId": key, "title": f"{start}/{start + 1}", "type": "schoolYear",
            "startDate": min([p["start"] for p in own] or [f"{start}-09-01"]),
            "endDate": session_end(max([p["end"] for p in own] or [f"{start + 1}-08-31"])),
            "schoolYear": str(start + 1)})
        for p in own:
            kind = p["kind"]
            word = {"quarter": "четверть", "trimester": "триместр", "half_year": "полугодие"}[kind]
            grades = f"{p.get('grade_from', 1)}–{p.get('grade_to', 11)} кл."
            t["academicSessions"].append({
                "sourcedId": p["id"], "title": f"{p['number']} {word} ({grades})",
                "type": "semester" if kind == "half_year" else "gradingPeriod", "startDate": p["start"],
                "endDate": session_end(p["end"]), "parentSourcedId": key, "schoolYear": str(start + 1),
                "metadata.ejournal.kind": kind, "metadata.ejournal.number": str(p["number"]),
                "metadata.ejournal.gradeFrom": str(p.get("grade_from", 1)),
                "metadata.ejournal.gradeTo": str(p.get("grade_to", 11))})
    subjects = {s["id"]: s for s in doc["subjects"]}
    classes = {c["id"]: c for c in doc["classes"]}
    label = {k: f"{c['grade']}{c['letter']}" for k, c in classes.items()}
    subgroups = {s["id"]: s for s in doc["subgroups"]}
    pupils_of: dict[str, list[dict]] = defaultdict(list)
    for e in doc["enrollments"]:
        pupils_of[e["class"]].append(e)

    def terms(year: str, grade: int | None) -> str:
        return _list([p["id"] for p in periods_of[year]
                      if grade is None or p.get("grade_from", 1) <= grade <= p.get("grade_to", 11)] or [year])

    # courses: a subject in a year (with the grades it is taught in), and the homerooms
    course_grades: dict[tuple[str, str], set[int]] = defaultdict(set)
    for c in doc["courses"]:
        if c.get("class"):
            course_grades[(c["academic_year"], c["subject"])].add(classes[c["class"]]["grade"])
        else:
            course_grades.setdefault((c["academic_year"], c["subject"]), set())
    for (year, subject), grades in sorted(course_grades.items()):
        s = subjects[subject]
        t["courses"].append({"sourcedId": f"{year}.{subject}", "schoolYearSourcedId": year, "title": s["name"],
                             "courseCode": s.get("short_name", ""), "grades": _list(map(grade_code, sorted(grades))),
                             "orgSourcedId": SCHOOL_ID, "subjects": s["name"]})
    for year in years:
        t["courses"].append({"sourcedId": f"{year}.homeroom", "schoolYearSourcedId": year,
                             "title": "Класс (классное руководство)", "orgSourcedId": SCHOOL_ID,
                             "grades": _list(grade_code(g) for g in sorted({c["grade"] for c in classes.values()
                                                                           if c["academic_year"] == year}))})
    # classes and enrollments
    n = 0

    def enroll(cls: str, user: str, role: str, primary: bool, begin: str = "", end: str = "", **extra) -> None:
        nonlocal n
        n += 1
        t["enrollments"].append({"sourcedId": f"enrollment-{n}", "classSourcedId": cls, "schoolSourcedId": SCHOOL_ID,
                                 "userSourcedId": user, "role": role, "primary": "true" if primary else "false",
                                 "beginDate": begin or "", "endDate": end or "", **extra})

    for key, c in classes.items():
        t["classes"].append({"sourcedId": key, "title": label[key], "grades": grade_code(c["grade"]),
                             "courseSourcedId": f"{c['academic_year']}.homeroom", "classCode": label[key],
                             "classType": "homeroom", "schoolSourcedId": SCHOOL_ID,
                             "termSourcedIds": c["academic_year"]})
        if c.get("class_teacher"):
            enroll(key, c["class_teacher"], "teacher", True)
        for e in pupils_of[key]:
            enroll(key, e["pupil"], "student", False, e["arrived_on"], e.get("departed_on") or "", **{
                "metadata.ejournal.arrivalEvent": e.get("arrival_event") or "",
                "metadata.ejournal.arrivalOrder": e.get("arrival_order_number") or "",
                "metadata.ejournal.arrivedFrom": e.get("arrived_from") or "",
                "metadata.ejournal.departureEvent": e.get("departure_event") or "",
                "metadata.ejournal.departureOrder": e.get("departure_order_number") or "",
                "metadata.ejournal.departedTo": e.get("departed_to") or ""})
    for c in doc["courses"]:
        s = subjects[c["subject"]]
        cls = c.get("class")
        sg = subgroups.get(c.get("subgroup") or "")
        title = c.get("name") or s["name"]
        if cls:
            title += f", {label[cls]}" + (f" ({sg['name']})" if sg else "")
        grade = classes[cls]["grade"] if cls else None
        t["classes"].append({"sourcedId": c["id"], "title": title, "grades": grade_code(grade) if grade else "",
                             "courseSourcedId": f"{c['academic_year']}.{c['subject']}",
                             "classCode": label.get(cls, ""), "classType": "scheduled", "schoolSourcedId": SCHOOL_ID,
                             "termSourcedIds": terms(c["academic_year"], grade), "subjects": s["name"],
                             "metadata.ejournal.homeroom": cls or "",
                             "metadata.ejournal.subgroup": sg["name"] if sg else "",
                             "metadata.ejournal.gradingSystem": c["grading_system"],
                             "metadata.ejournal.hoursPerWeek": _num(c.get("hours_per_week", 1.0)),
                             "metadata.ejournal.kind": c.get("kind", "lesson")})
        enroll(c["id"], c["teacher"], "teacher", True)
        if sg:
            members = [(p, "", "") for p in sg.get("members", [])]
        elif c.get("members"):
            members = [(p, "", "") for p in c["members"]]
        elif c.get("pupil"):
            members = [(c["pupil"], "", "")]
        else:
            members = [(e["pupil"], e["arrived_on"], e.get("departed_on") or "") for e in pupils_of.get(cls, [])]
        for pupil, begin, end in members:
            enroll(c["id"], pupil, "student", False, begin, end)
    # users, roles, demographics
    grade_of: dict[str, int] = {}
    for e in doc["enrollments"]:
        if not e.get("departed_on"):
            grade_of[e["pupil"]] = classes[e["class"]]["grade"]
    children: dict[str, list[str]] = defaultdict(list)
    relation: dict[str, str] = {}
    for p in doc["pupils"]:
        for link in p.get("guardians", []):
            children[link["guardian"]].append(p["id"])
            relation.setdefault(link["guardian"], link.get("relation") or "")

    def user(r: dict, role: str, **extra) -> None:
        t["users"].append({"sourcedId": r["id"], "enabledUser": "true", "username": r["id"], "givenName": r["name"],
                           "familyName": r["surname"], "middleName": r.get("patronymic", ""),
                           "email": r.get("email", ""), "phone": r.get("phone", ""),
                           "primaryOrgSourcedId": SCHOOL_ID, **extra})
        t["roles"].append({"sourcedId": f"role-{r['id']}", "userSourcedId": r["id"], "roleType": "primary",
                           "role": role, "orgSourcedId": SCHOOL_ID, "beginDate": r.get("hired_on") or "",
                           "endDate": r.get("dismissed_on") or ""})

    for r in doc["staff"]:
        user(r, _staff_role(r.get("position", "")), **{"metadata.ejournal.position": r.get("position", "")})
    for r in doc["guardians"]:
        user(r, _guardian_role(relation.get(r["id"], "")), agentSourcedIds=_list(children[r["id"]]),
             **{"metadata.ejournal.address": r.get("address", "")})
    for r in doc["pupils"]:
        user(r, "student", agentSourcedIds=_list(g["guardian"] for g in r.get("guardians", [])),
             grades=grade_code(grade_of[r["id"]]) if r["id"] in grade_of else "",
             **{"metadata.ejournal.address": r.get("address", ""), "metadata.ejournal.document": r.get("document", "")})
        t["demographics"].append({"sourcedId": r["id"], "birthDate": r.get("birth_date") or "",
                                  "sex": r.get("sex") or "unspecified"})
    # the gradebook
    for w in doc["work_types"]:
        # The binding's `weight` is a share of the final score in per cent; a work type's weight is a
        # multiplier of its marks in the average, so it travels as our extension.
        t["categories"].append({"sourcedId": f"worktype.{w['code']}", "title": w["name"],
                                "metadata.ejournal.weight": _num(w["weight"])})
    for kind, title in PERIOD_CATEGORIES.items():
        t["categories"].append({"sourcedId": f"periodmark.{kind}", "title": title})
    systems = {g["code"]: g for g in doc["grading_systems"]}
    points = {g: {v["code"]: v.get("points") for v in s["values"]} for g, s in systems.items()}
    scale = {g: (min((p for p in pts.values() if p is not None), default=0.0),
                 max((p for p in pts.values() if p is not None), default=1.0)) for g, pts in points.items()}
    courses = {c["id"]: c for c in doc["courses"]}
    lessons = {ls["id"]: ls for ls in doc["lessons"]}
    default_type = next((w["code"] for w in doc["work_types"] if w.get("is_default")), doc["work_types"][0]["code"]
                        if doc["work_types"] else "answer")

    def grading_period(course: dict, day: str) -> str:
        grade = classes[course["class"]]["grade"] if course.get("class") else None
        for p in periods_of[course["academic_year"]]:
            if p["start"] <= day <= p["end"] and (grade is None or p.get("grade_from", 1) <= grade <= p.get("grade_to", 11)):
                return p["id"]
        return course["academic_year"]

    def last_period(course: dict) -> str:
        # a year, exam or final mark's line item: the grade's last period (a line item's session is a grading
        # period or term — 1.1 named the column gradingPeriodSourcedId —, not the school year)
        grade = classes[course["class"]]["grade"] if course.get("class") else None
        own = [p for p in periods_of[course["academic_year"]]
               if grade is None or p.get("grade_from", 1) <= grade <= p.get("grade_to", 11)]
        return max(own, key=lambda p: p["end"])["id"] if own else course["academic_year"]

    types_of: dict[str, list[str]] = defaultdict(list)
    for m in doc["marks"]:
        if m["work_type"] not in types_of[m["lesson"]]:
            types_of[m["lesson"]].append(m["work_type"])
    for ls in doc["lessons"]:
        c = courses[ls["course"]]
        low, high = scale.get(c["grading_system"], (0.0, 1.0))
        for w in types_of.get(ls["id"]) or [default_type]:
            t["lineItems"].append({
                "sourcedId": f"{ls['id']}.{w}", "title": ls.get("topic") or f"Урок {ls['date']}",
                "description": ls.get("homework", ""), "assignDate": ls["date"], "dueDate": ls["date"],
                "classSourcedId": c["id"], "categorySourcedId": f"worktype.{w}",
                "academicSessionSourcedId": grading_period(c, ls["date"]), "resultValueMin": _num(low),
                "resultValueMax": _num(high), "schoolSourcedId": SCHOOL_ID, "metadata.ejournal.lesson": ls["id"],
                "metadata.ejournal.number": str(ls.get("number", 0))})
    for i, m in enumerate(doc["marks"], 1):
        ls = lessons[m["lesson"]]
        system = courses[ls["course"]]["grading_system"]
        t["results"].append({
            "sourcedId": f"mark-{i}", "lineItemSourcedId": f"{m['lesson']}.{m['work_type']}",
            "studentSourcedId": m["pupil"], "scoreStatus": "fully graded",
            "score": _num(points.get(system, {}).get(m["value"])),
            "scoreDate": (m.get("entered_at") or ls["date"])[:10], "comment": m.get("comment", ""),
            "textScore": m["value"], "classSourcedId": ls["course"], "metadata.ejournal.value": m["value"]})
    period_items: dict[str, str] = {}
    for i, pm in enumerate(doc["period_marks"], 1):
        c = courses[pm["course"]]
        kind, period = pm["kind"], pm.get("period")
        item = f"{c['id']}.{kind}" + (f".{period}" if period else "")
        if item not in period_items:
            low, high = scale.get(c["grading_system"], (0.0, 1.0))
            session = period or last_period(c)
            own = next((p for p in periods_of[c["academic_year"]] if p["id"] == period), None)
            day = own["end"] if own else max([p["end"] for p in periods_of[c["academic_year"]]]
                                             or [f"{years[c['academic_year']]['start_year'] + 1}-08-31"])
            period_items[item] = day
            t["lineItems"].append({
                "sourcedId": item, "title": PERIOD_CATEGORIES[kind] + (f" за {own['number']} период" if own else ""),
                "assignDate": day, "dueDate": day, "classSourcedId": c["id"],
                "categorySourcedId": f"periodmark.{kind}", "academicSessionSourcedId": session,
                "resultValueMin": _num(low), "resultValueMax": _num(high), "schoolSourcedId": SCHOOL_ID,
                "metadata.ejournal.kind": kind})
        value = pm["value"]
        status = "exempt" if value == EXEMPT else "not submitted" if value == NOT_ASSESSED else "fully graded"
        t["results"].append({
            "sourcedId": f"periodmark-{i}", "lineItemSourcedId": item, "studentSourcedId": pm["pupil"],
            "scoreStatus": status, "score": _num(points.get(c["grading_system"], {}).get(value)),
            "scoreDate": period_items[item], "textScore": value, "classSourcedId": c["id"],
            "metadata.ejournal.value": value,
            "metadata.ejournal.suggested": pm.get("suggested_value") or ""})
    _score_scales(t, doc, systems)
    return dict(t)


def _score_scales(t: dict[str, list[dict]], doc: dict, systems: dict[str, dict]) -> None:
    """scoreScales: each journal page's grading system as the page's score scale (the binding ties a scale
    to a class), `{mark:points}` per value («{5:5}», «{зач:зачёт}»: a value without points, its name); and
    lineItemScoreScales: the scale of every line item, so a reader finds it from the item as well."""
    used = {item["classSourcedId"] for item in t["lineItems"]}
    for c in doc["courses"]:
        if c["id"] not in used:
            continue
        system = systems.get(c["grading_system"], {"name": c["grading_system"], "values": []})
        pairs = [f"{{{_scale_part(v['code'])}:{_num(v['points']) if v.get('points') is not None else _scale_part(v['label'])}}}"
                 for v in system["values"]]
        t["scoreScales"].append({
            "sourcedId": f"scale.{c['id']}", "title": system["name"], "type": c["grading_system"],
            "orgSourcedId": SCHOOL_ID, "courseSourcedId": f"{c['academic_year']}.{c['subject']}",
            "classSourcedId": c["id"], "scoreScaleValue": ",".join(pairs)})
    for item in t["lineItems"]:
        t["lineItemScoreScales"].append({"sourcedId": f"{item['sourcedId']}.scale",
                                         "lineItemSourcedId": item["sourcedId"],
                                         "scoreScaleSourcedId": f"scale.{item['classSourcedId']}"})


def _csv(name: str, rows: list[dict]) -> bytes:
    header = list(TABLES[name]) + list(EXTENSIONS.get(name, ()))
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for r in rows:
        writer.writerow([r.get(h, "") if r.get(h) is not None else "" for h in header])
    return buf.getvalue().encode("utf-8")


def manifest_rows(tables: dict[str, list[dict]] | None = None) -> list[tuple[str, str]]:
    """manifest.csv: the versions, every file of the 1.2 binding (bulk, or absent when we write none or it
    would hold no rows — the binding permits no empty files), the source system."""
    written = set(TABLES) if tables is None else {n for n in TABLES if tables.get(n)}
    rows = [("manifest.version", "1.0"), ("oneroster.version", ONEROSTER_VERSION)]
    rows += [(f"file.{n}", "bulk" if n in written else "absent") for n in MANIFEST_FILES]
    return rows + [("source.systemName", "ejournal-desktop"), ("source.systemCode", __version__)]


def write_zip(tables: dict[str, list[dict]], path: Path) -> int:
    """The zip with manifest.csv first; written beside `path` and moved in place (no half-written file)."""
    tmp = path.with_name(path.name + ".part")
    manifest = manifest_rows(tables)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
            buf = io.StringIO(newline="")
            writer = csv.writer(buf, lineterminator="\r\n")
            writer.writerow(["propertyName", "value"])
            writer.writerows(manifest)
            z.writestr("manifest.csv", buf.getvalue().encode("utf-8"))
            for name in TABLES:
                if tables.get(name):
                    z.writestr(f"{name}.csv", _csv(name, tables[name]))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ServiceError(f"Не удалось записать {path}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path.stat().st_size


@dataclass
class OneRosterExport:
    path: Path
    size: int
    counts: dict[str, int]

    def summary(self) -> str:
        lines = [f"Выгружено в OneRoster 1.2 (CSV): {self.path} ({self.size // 1024 or 1} КБ)."]
        lines += [f"  {name}.csv: {count}" for name, count in self.counts.items()]
        lines.append("Файл содержит персональные данные: храните и передавайте его как персональные данные.")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"file": str(self.path), "size": self.size, "counts": self.counts}


def export_zip(db: Database, actor: Actor, path: str | Path) -> OneRosterExport:
    """Write the whole school as a OneRoster 1.2 CSV zip (the administrator's `exchange` right, audited)."""
    path = Path(path)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.exchange, detail="выгрузка OneRoster")
        tables = build_tables(exchange.build_document(session))
        size = write_zip(tables, path)
        counts = {name: len(tables.get(name, [])) for name in TABLES}
        audit.record(session, actor.account_id, "export", "exchange", None,
                     new={"file": path.name, "size": size, "format": "oneroster", "version": ONEROSTER_VERSION,
                          "counts": counts})
    return OneRosterExport(path, size, counts)
