"""OneRoster 1.2 CSV against the specification's own lists (issue 20 leftovers): every file's header and
every enumeration, written out here from «1EdTech OneRoster: CSV Binding 1.2.1» (and, for the 1.2 score
scale files, cross-checked with an independent validator of the binding) rather than taken from the module
under test; sessions' endDate as the specification defines it (the day after the last one: «the end date is
excluded from the academic session»), the same both ways; grading systems as score scales.

The small demo school: year 2026/2027, classes 2А, 5А, 10А, quarters for 1–9 and half-years for 10–11."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from journal_testing import TEST_KEY_HEX
from sqlalchemy import select
from test_oneroster import HAND, PASSWORD, read, write_zip

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.exchange import oneroster, oneroster_import
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    Course,
    Enrollment,
    Period,
    PeriodMark,
    PeriodMarkKind,
    SchoolClass,
)

SPEC_HEADERS = {
    "orgs": "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
    "academicSessions": "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
    "courses": "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,"
               "subjectCodes",
    "classes": "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,"
               "schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
    "users": "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,"
             "identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,preferredGivenName,"
             "preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns",
    "roles": "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,"
             "userProfileSourcedId",
    "demographics": "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
                    "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,"
                    "hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,"
                    "publicSchoolResidenceStatus",
    "enrollments": "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,"
                   "beginDate,endDate",
    "categories": "sourcedId,status,dateLastModified,title,weight",
    "lineItems": "sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,"
                 "categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,schoolSourcedId",
    "results": "sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,"
               "comment,textScore,classSourcedId,inProgress,incomplete,late,missing",
    "scoreScales": "sourcedId,status,dateLastModified,title,type,orgSourcedId,courseSourcedId,classSourcedId,"
                   "scoreScaleValue",
    "lineItemScoreScales": "sourcedId,status,dateLastModified,title,lineItemSourcedId,scoreScaleSourcedId",
}
SPEC_ENUMS = {
    ("orgs", "type"): "department school district local state national",
    ("academicSessions", "type"): "gradingPeriod semester schoolYear term",
    ("classes", "classType"): "homeroom scheduled",
    ("roles", "roleType"): "primary secondary",
    ("roles", "role"): "aide counselor districtAdministrator guardian parent principal proctor relative "
                       "siteAdministrator student systemAdministrator teacher",
    ("demographics", "sex"): "male female unspecified other",
    ("enrollments", "role"): "administrator proctor student teacher",
    ("enrollments", "primary"): "true false",
    ("users", "enabledUser"): "true false",
    ("results", "scoreStatus"): "exempt|fully graded|not submitted|partially graded|submitted",
}
# The 1.2 manifest: every data file of the binding is named, bulk or absent.
SPEC_FILES = ("academicSessions categories classes classResources courses courseResources demographics enrollments "
              "lineItemLearningObjectiveIds lineItems lineItemScoreScales orgs resources resultLearningObjectiveIds "
              "results resultScoreScales roles scoreScales userProfiles userResources users").split()
SCALE_ITEM = re.compile(r"^\{[^{}:,]+:[^{}:,]+\}$")


@pytest.fixture
def exported(small_demo, tmp_path):
    out = tmp_path / "school.zip"
    oneroster.export_zip(small_demo, accounts.authenticate(small_demo, "admin", "demo"), out)
    files = read(out)
    return out, {name: [dict(zip(rows[0], r)) for r in rows[1:]] for name, rows in files.items()}, files


def test_every_file_has_the_specifications_header_and_enumerations(exported):
    _out, recs, files = exported
    assert set(files) - {"manifest"} == set(SPEC_HEADERS)            # every file we write is the binding's
    for name, header in SPEC_HEADERS.items():
        columns = header.split(",")
        assert files[name][0][:len(columns)] == columns, name
        assert all(h.startswith("metadata.ejournal.") for h in files[name][0][len(columns):]), name
    for (name, column), allowed in SPEC_ENUMS.items():
        values = set(allowed.split("|" if "|" in allowed else " "))
        assert {r[column] for r in recs[name]} <= values, (name, column)
    manifest = dict(files["manifest"][1:])
    assert sorted(k[5:] for k in manifest if k.startswith("file.")) == sorted(SPEC_FILES)
    assert {k[5:] for k, v in manifest.items() if v == "bulk"} == set(SPEC_HEADERS)


def test_a_sessions_end_date_is_the_day_after_its_last_day(small_demo, exported):
    _out, recs, _files = exported
    sessions = {s["sourcedId"]: s for s in recs["academicSessions"]}
    with small_demo.session() as s:
        periods = s.scalars(select(Period)).all()
        assert periods
        for p in periods:
            row = sessions[f"period-{p.id}"]
            assert (row["startDate"], row["endDate"]) == (p.start.isoformat(), (p.end + dt.timedelta(days=1)).isoformat())
    year = next(r for r in recs["academicSessions"] if r["type"] == "schoolYear")
    assert year["endDate"] == (max(p.end for p in periods) + dt.timedelta(days=1)).isoformat()
    # a departure is already the first day away: no shift for enrollments
    assert all(not r["endDate"] or r["endDate"] > r["beginDate"] for r in recs["enrollments"] if r["beginDate"])


@pytest.mark.file_only
def test_periods_come_back_with_their_own_last_days(small_demo, exported, tmp_path):
    out, _recs, _files = exported
    oneroster_import.import_zip_into_new(tmp_path / "new.db", out, admin_login="admin2", admin_password=PASSWORD)
    new = database.open_file(tmp_path / "new.db", key=bytes.fromhex(TEST_KEY_HEX))
    try:
        def periods(db):
            with db.session() as s:
                return sorted((p.kind.value, p.number, p.grade_from, p.start, p.end) for p in s.scalars(select(Period)))
        assert periods(new) == periods(small_demo)
    finally:
        new.close()


def test_another_systems_session_ends_the_day_before_its_end_date(tmp_path):
    f = oneroster_import.read_zip(write_zip(tmp_path / "sis.zip", HAND))
    assert f.problems == []
    assert [(p["start"], p["end"]) for p in f.doc["periods"]] == [("2025-09-01", "2025-12-27"),
                                                                  ("2026-01-09", "2026-05-30")]


def test_a_session_that_ends_where_it_starts_is_refused(tmp_path):
    files = dict(HAND)
    files["academicSessions"] = files["academicSessions"].replace("T2,,,Полугодие 2,semester,2026-01-09,2026-05-31",
                                                                  "T2,,,Полугодие 2,semester,2026-01-09,2026-01-09")
    found = {p.path: p.message for p in oneroster_import.read_zip(write_zip(tmp_path / "bad.zip", files)).problems}
    assert found["academicSessions.csv, строка 4, endDate"].startswith("«2026-01-09» не позже начала 2026-01-09")


def test_a_line_item_belongs_to_a_grading_period_not_to_the_school_year(small_demo, tmp_path):
    # a year mark of a 10th grader (half-years) and of a 5th grader (quarters): the grade's last period
    with small_demo.session() as s, s.begin():
        for grade in (5, 10):
            course, pupil = s.execute(select(Course.id, Enrollment.pupil_id).join(
                SchoolClass, SchoolClass.id == Course.school_class_id).join(
                Enrollment, Enrollment.school_class_id == SchoolClass.id).where(SchoolClass.grade == grade)
                .order_by(Course.id, Enrollment.pupil_id).limit(1)).one()
            s.add(PeriodMark(course_id=course, pupil_id=pupil, kind=PeriodMarkKind.year, value="5"))
    out = tmp_path / "school.zip"
    oneroster.export_zip(small_demo, accounts.authenticate(small_demo, "admin", "demo"), out)
    recs = {name: [dict(zip(rows[0], r)) for r in rows[1:]] for name, rows in read(out).items()}
    sessions = {s["sourcedId"]: s for s in recs["academicSessions"]}
    assert {sessions[i["academicSessionSourcedId"]]["type"] for i in recs["lineItems"]} <= {
        "gradingPeriod", "semester", "term"}
    year_marks = [sessions[i["academicSessionSourcedId"]] for i in recs["lineItems"]
                  if i["categorySourcedId"] == "periodmark.year"]
    assert sorted((s["metadata.ejournal.kind"], s["metadata.ejournal.number"]) for s in year_marks) == [
        ("half_year", "2"), ("quarter", "4")]


def test_each_journal_page_has_its_grading_system_as_score_scale(exported):
    _out, recs, _files = exported
    scales = {s["sourcedId"]: s for s in recs["scoreScales"]}
    classes = {c["sourcedId"]: c for c in recs["classes"]}
    courses = {c["sourcedId"] for c in recs["courses"]}
    for s in scales.values():
        assert classes[s["classSourcedId"]]["classType"] == "scheduled"
        assert s["courseSourcedId"] in courses and s["orgSourcedId"] == oneroster.SCHOOL_ID
        items = re.split(r"(?<=\}),(?=\{)", s["scoreScaleValue"])
        assert all(SCALE_ITEM.match(i) for i in items), s["scoreScaleValue"]
    five = next(s for s in scales.values() if s["type"] == "five_point")
    assert five["title"] == "Пятибалльная" and five["scoreScaleValue"].startswith("{5:5},{4:4},{3:3},{2:2}")
    # every line item names the scale of its own page
    links = {r["lineItemSourcedId"]: r["scoreScaleSourcedId"] for r in recs["lineItemScoreScales"]}
    assert set(links) == {i["sourcedId"] for i in recs["lineItems"]}
    for item in recs["lineItems"]:
        assert scales[links[item["sourcedId"]]]["classSourcedId"] == item["classSourcedId"]


def test_a_score_scale_that_is_no_list_of_pairs_is_refused(tmp_path):
    files = dict(HAND)
    files["manifest"] += "\nfile.scoreScales,bulk"
    files["scoreScales"] = ("sourcedId,status,dateLastModified,title,type,orgSourcedId,courseSourcedId,classSourcedId,"
                            "scoreScaleValue\nSC1,,,Пятибалльная,five,S1,C-MATH,K7B-ALG,\"{5:5},4-хорошо\"")
    found = {p.path: p.message for p in oneroster_import.read_zip(write_zip(tmp_path / "bad.zip", files)).problems}
    assert found == {"scoreScales.csv, строка 2, scoreScaleValue": "«4-хорошо» — не пара {отметка:значение}"}
    files["scoreScales"] = files["scoreScales"].replace("4-хорошо", "{4:4}")
    assert oneroster_import.read_zip(write_zip(tmp_path / "good.zip", files)).problems == []
    # and what the scale files name must be in the zip
    files["manifest"] += "\nfile.lineItemScoreScales,bulk"
    files["scoreScales"] = files["scoreScales"].replace("K7B-ALG", "K9Z")
    files["lineItemScoreScales"] = ("sourcedId,status,dateLastModified,title,lineItemSourcedId,scoreScaleSourcedId\n"
                                    "LS1,,,,L1,SC1\nLS2,,,,L9,SC9")
    found = {p.path: p.message for p in oneroster_import.read_zip(write_zip(tmp_path / "refs.zip", files)).problems}
    assert found == {"scoreScales.csv, строка 2, classSourcedId": "нет класса «K9Z» в classes.csv",
                     "lineItemScoreScales.csv, строка 3, lineItemSourcedId": "нет строки «L9» в lineItems.csv",
                     "lineItemScoreScales.csv, строка 3, scoreScaleSourcedId": "нет строки «SC9» в scoreScales.csv"}
