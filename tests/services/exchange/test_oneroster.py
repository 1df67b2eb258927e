"""OneRoster 1.2 CSV (issue 20): the demo school exported as the 1EdTech CSV binding asks (headers in the
specification's order, its enumerations, dates and grade codes, references between the files), re-imported
into a new database as the same school, and a zip written by hand as another school system would write it
imported; a bad zip is refused naming the file, row and column, and nothing is written.

The small demo school: year 2026/2027, classes 2А, 5А, 10А."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from journal_testing import TEST_KEY_HEX
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.exchange import ExchangeError, oneroster, oneroster_import
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    Course,
    Enrollment,
    Guardian,
    Lesson,
    Mark,
    PeriodMark,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Staff,
    Subject,
)

PASSWORD = "OneRoster-2026-admin"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture
def admin(small_demo):
    return accounts.authenticate(small_demo, "admin", "demo")


def read(zip_path: Path) -> dict[str, list[list[str]]]:
    with zipfile.ZipFile(zip_path) as z:
        return {Path(n).stem: list(csv.reader(io.StringIO(z.read(n).decode("utf-8"), newline="")))
                for n in z.namelist()}


def school_of(db) -> dict[str, Counter]:
    """The school as a person reads it (names, class labels, subjects, dates), never by ids."""
    with db.session() as s:
        pupils = {p.id: (p.surname, p.name, p.patronymic, p.birth_date, p.sex) for p in s.scalars(select(Pupil))}
        classes = {c.id: f"{c.grade}{c.letter}" for c in s.scalars(select(SchoolClass))}
        subjects = dict(s.execute(select(Subject.id, Subject.name)).all())
        staff = {p.id: (p.surname, p.name) for p in s.scalars(select(Staff))}
        courses = {c.id: (classes.get(c.school_class_id), subjects[c.subject_id], staff[c.teacher_id])
                   for c in s.scalars(select(Course))}
        lessons = {ls.id: (courses[ls.course_id], ls.date) for ls in s.scalars(select(Lesson))}
        return {
            "pupils": Counter(pupils.values()),
            "staff": Counter(staff.values()),
            "guardians": Counter((g.surname, g.name, g.phone) for g in s.scalars(select(Guardian))),
            "links": Counter((pupils[x.pupil_id][:2], x.guardian_id is not None) for x in s.scalars(select(PupilGuardian))),
            "enrollments": Counter((pupils[e.pupil_id], classes[e.school_class_id], e.arrived_on, e.departed_on)
                                   for e in s.scalars(select(Enrollment))),
            "courses": Counter(courses.values()),
            "marks": Counter((lessons[m.lesson_id], pupils[m.pupil_id], m.value) for m in s.scalars(select(Mark))),
            "period_marks": Counter((courses[m.course_id], pupils[m.pupil_id], m.kind.value, m.value)
                                    for m in s.scalars(select(PeriodMark))),
        }


# From the 1EdTech OneRoster CSV Binding 1.2.1 (sections of lineItems.csv, results.csv, categories.csv,
# users.csv), written out here rather than taken from the module under test.
BINDING_HEADERS = {
    "lineItems": "sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,"
                 "categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,schoolSourcedId",
    "results": "sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,"
               "comment,textScore,classSourcedId,inProgress,incomplete,late,missing",
    "categories": "sourcedId,status,dateLastModified,title,weight",
    "users": "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,"
             "identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,preferredGivenName,"
             "preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns",
}


def test_the_gradebook_and_users_headers_are_the_bindings(small_demo, admin, tmp_path):
    out = tmp_path / "school.zip"
    oneroster.export_zip(small_demo, admin, out)
    files = read(out)
    for name, header in BINDING_HEADERS.items():
        columns = header.split(",")
        assert files[name][0][:len(columns)] == columns, name
        assert all(h.startswith("metadata.") for h in files[name][0][len(columns):]), name
    items = [dict(zip(files["lineItems"][0], r)) for r in files["lineItems"][1:]]
    assert all(i["schoolSourcedId"] and i["academicSessionSourcedId"] and i["assignDate"] for i in items)


def test_a_file_with_no_rows_is_absent_not_empty(db_key, tmp_path):
    # A school made from nothing has no marks yet: the binding permits no empty files.
    from ejournal_desktop.services.access.files import create_school
    path = tmp_path / "new.db"
    create_school(path, school_name="МБОУ СОШ № 3", short_name="СОШ № 3", admin_login="admin",
                  admin_password=PASSWORD).close()
    db = database.open_file(path, key=bytes.fromhex(TEST_KEY_HEX))
    try:
        out = tmp_path / "new.zip"
        oneroster.export_zip(db, accounts.authenticate(db, "admin", PASSWORD), out)
    finally:
        db.close()
    files = read(out)
    manifest = dict(files["manifest"][1:])
    for name in oneroster.TABLES:
        assert (name in files) == (manifest[f"file.{name}"] == "bulk"), name
        if name in files:
            assert len(files[name]) > 1, name
    assert manifest["file.results"] == "absent" and "results" not in files


def test_the_export_follows_the_csv_binding(small_demo, admin, tmp_path):
    out = tmp_path / "school.zip"
    result = oneroster.export_zip(small_demo, admin, out)
    files = read(out)
    manifest = dict(files["manifest"][1:])
    assert files["manifest"][0] == ["propertyName", "value"]
    assert manifest["oneroster.version"] == "1.2" and manifest["manifest.version"] == "1.0"
    for name in oneroster.MANIFEST_FILES:
        assert manifest[f"file.{name}"] == ("bulk" if name in oneroster.TABLES else "absent"), name
    assert set(files) == {"manifest", *oneroster.TABLES}
    ids: dict[str, set[str]] = {}
    for name, header in oneroster.TABLES.items():
        head, *rows = files[name]
        assert tuple(head[:len(header)]) == header, name          # the standard columns, in its order
        assert all(h.startswith("metadata.") for h in head[len(header):]), name
        assert rows and all(len(r) == len(head) for r in rows), name
        recs = [dict(zip(head, r)) for r in rows]
        assert all(r["status"] == "" and r["dateLastModified"] == "" for r in recs), name   # a bulk file
        for (file, column), allowed in oneroster.ENUMS.items():
            if file == name:
                assert {r[column] for r in recs} <= set(allowed), (name, column)
        for r in recs:
            for column in ("startDate", "endDate", "beginDate", "birthDate", "assignDate", "dueDate", "scoreDate"):
                assert r.get(column, "") == "" or DATE.match(r[column]), (name, column, r[column])
            for column in ("grades",):
                assert all(re.fullmatch(r"\d\d", g) for g in r.get(column, "").split(",") if g), (name, r[column])
        ids[name] = {r["sourcedId"] for r in recs}
        assert len(ids[name]) == len(recs), name
        files[name] = recs
    assert result.counts["users"] == len(ids["users"])
    # references between the files
    assert {r["classSourcedId"] for r in files["enrollments"]} <= ids["classes"]
    assert {r["userSourcedId"] for r in files["enrollments"]} <= ids["users"]
    assert {r["userSourcedId"] for r in files["roles"]} == ids["users"]
    assert {r["courseSourcedId"] for r in files["classes"]} <= ids["courses"]
    assert {t for r in files["classes"] for t in r["termSourcedIds"].split(",")} <= ids["academicSessions"]
    assert {r["lineItemSourcedId"] for r in files["results"]} <= ids["lineItems"]
    assert {r["categorySourcedId"] for r in files["lineItems"]} <= ids["categories"]
    assert {r["studentSourcedId"] for r in files["results"]} <= ids["users"]
    assert ids["demographics"] <= ids["users"]
    # what a school has: 73 pupils as students, their classes as homerooms, marks as results
    roles = Counter(r["role"] for r in files["roles"])
    with small_demo.session() as s:
        assert roles["student"] == s.scalar(select(func.count()).select_from(Pupil))
        assert sum(r["classType"] == "homeroom" for r in files["classes"]) == 3
        marks = s.scalar(select(func.count()).select_from(Mark))
        period = s.scalar(select(func.count()).select_from(PeriodMark))
    assert len(files["results"]) == marks + period
    assert {r["score"] for r in files["results"] if r["metadata.ejournal.value"] == "5"} == {"5"}


@pytest.mark.file_only
def test_the_export_reimported_into_a_new_database_is_the_same_school(small_demo, admin, tmp_path):
    out = tmp_path / "school.zip"
    oneroster.export_zip(small_demo, admin, out)
    shown = oneroster_import.preview(None, None, out)
    assert shown.ok, shown.problems[:5]
    result = oneroster_import.import_zip_into_new(tmp_path / "new.db", out, admin_login="admin2",
                                                  admin_password=PASSWORD)
    new = database.open_file(tmp_path / "new.db", key=bytes.fromhex(TEST_KEY_HEX))
    try:
        before, after = school_of(small_demo), school_of(new)
        for name in before:
            assert sum(before[name].values()) > 0, name
            assert after[name] == before[name], name
        assert result.created["marks"] == sum(before["marks"].values())
        # a sample: the first five marks of the first pupil, in date order
        query = (select(Pupil.surname, Subject.name, Lesson.date, Mark.value)
                 .join(Mark, Mark.pupil_id == Pupil.id).join(Lesson, Lesson.id == Mark.lesson_id)
                 .join(Course, Course.id == Lesson.course_id).join(Subject, Subject.id == Course.subject_id)
                 .order_by(Pupil.surname, Pupil.name, Lesson.date, Subject.name, Mark.value).limit(5))
        with new.session() as s, small_demo.session() as t:
            assert s.execute(query).all() == t.execute(query).all()
    finally:
        new.close()


def write_zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, text in files.items():
            z.writestr(f"{name}.csv", text.strip() + "\r\n")
    return path


# As another school system writes it: only standard columns, its own ids, scores instead of our codes.
HAND = {
    "manifest": """propertyName,value
manifest.version,1.0
oneroster.version,1.2
file.academicSessions,bulk
file.categories,bulk
file.classes,bulk
file.courses,bulk
file.demographics,bulk
file.enrollments,bulk
file.lineItems,bulk
file.orgs,bulk
file.results,bulk
file.roles,bulk
file.users,bulk
source.systemName,SIS Example""",
    "orgs": """sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
S1,,,Гимназия № 3,school,,""",
    "academicSessions": """sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear
Y2025,,,2025-2026,schoolYear,2025-09-01,2026-05-31,,2026
T1,,,Полугодие 1,semester,2025-09-01,2025-12-28,Y2025,2026
T2,,,Полугодие 2,semester,2026-01-09,2026-05-31,Y2025,2026""",
    "courses": """sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes
C-HR,,,Y2025,Homeroom,,07,S1,,
C-MATH,,,Y2025,Алгебра,АЛГ,07,S1,Алгебра,""",
    "classes": """sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods
K7B,,,7 «Б»,07,C-HR,7Б,homeroom,,S1,Y2025,,,
K7B-ALG,,,Алгебра 7Б,07,C-MATH,7Б,scheduled,204,S1,"T1,T2",Алгебра,,""",
    "users": """sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,preferredGivenName,preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns
U1,,,true,ivanova,,Мария,Иванова,Петровна,,ivanova@school.example,,,,,,,,,,S1,
U2,,,true,st2,,Артём,Ёлкин,Игоревич,,,,,U4,07,,,,,,S1,
U3,,,true,st3,,Дарья,Соловьёва,,,,,,,07,,,,,,S1,
U4,,,true,p4,,Ирина,Ёлкина,Сергеевна,,,,+7 900 000-00-04,U2,,,,,,,S1,""",
    "roles": """sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId
R1,,,U1,primary,teacher,,,S1,
R2,,,U2,primary,student,,,S1,
R3,,,U3,primary,student,,,S1,
R4,,,U4,primary,parent,,,S1,""",
    "demographics": """sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus
U2,,,2012-04-01,male,,,,,,,,,,,
U3,,,2012-11-20,female,,,,,,,,,,,""",
    "enrollments": """sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate
E1,,,K7B,S1,U1,teacher,true,,
E2,,,K7B,S1,U2,student,false,2025-09-01,
E3,,,K7B,S1,U3,student,false,2025-09-01,
E4,,,K7B-ALG,S1,U1,teacher,true,,
E5,,,K7B-ALG,S1,U2,student,false,,
E6,,,K7B-ALG,S1,U3,student,false,,""",
    "categories": """sourcedId,status,dateLastModified,title,weight
CAT-T,,,Контрольная работа,2""",
    "lineItems": """sourcedId,status,dateLastModified,title,description,assignDate,dueDate,classSourcedId,categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,schoolSourcedId
L1,,,Контрольная № 1,,2025-10-10,2025-10-10,K7B-ALG,CAT-T,T1,1,5,S1""",
    "results": """sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,scoreStatus,score,scoreDate,comment,textScore,classSourcedId,inProgress,incomplete,late,missing
X1,,,L1,U2,fully graded,5,2025-10-10,,,K7B-ALG,,,,
X2,,,L1,U3,fully graded,4.0,2025-10-11,без ошибок,,K7B-ALG,,,,""",
}


@pytest.mark.file_only
def test_a_zip_written_by_another_system_is_imported(db_key, tmp_path):
    path = write_zip(tmp_path / "sis.zip", HAND)
    shown = oneroster_import.preview(None, None, path)
    assert shown.ok, [str(p) for p in shown.problems]
    oneroster_import.import_zip_into_new(tmp_path / "sis.db", path, admin_login="admin", admin_password=PASSWORD)
    db = database.open_file(tmp_path / "sis.db", key=bytes.fromhex(TEST_KEY_HEX))
    try:
        school = school_of(db)
        import datetime as dt

        from ejournal_desktop.storage.models import Sex
        assert set(school["enrollments"]) == {
            (("Ёлкин", "Артём", "Игоревич", dt.date(2012, 4, 1), Sex.male), "7Б", dt.date(2025, 9, 1), None),
            (("Соловьёва", "Дарья", "", dt.date(2012, 11, 20), Sex.female), "7Б", dt.date(2025, 9, 1), None)}
        assert set(school["courses"]) == {("7Б", "Алгебра", ("Иванова", "Мария"))}
        assert sorted((p[0], v) for (_lesson, p, v) in school["marks"]) == [("Ёлкин", "5"), ("Соловьёва", "4")]
        assert set(school["links"]) == {(("Ёлкин", "Артём"), True)}
        with db.session() as s:
            cls = s.scalar(select(SchoolClass))
            assert s.get(Staff, cls.class_teacher_id).surname == "Иванова"
    finally:
        db.close()


def test_a_bad_zip_is_refused_naming_file_row_and_column(small_demo, admin, tmp_path):
    files = dict(HAND)
    files["users"] = files["users"].replace("U3,,,true,st3,,Дарья,Соловьёва", "U3,,,maybe,st3,,Дарья,")
    files["enrollments"] = files["enrollments"].replace("E6,,,K7B-ALG", "E6,,,K9Z")
    files["roles"] = files["roles"].replace("R4,,,U4,primary,parent", "R4,,,U4,primary,mother")
    files["demographics"] = files["demographics"].replace("2012-11-20", "20.11.2012")
    files["categories"] = "sourcedId,status,dateLastModified\nCAT-T,,"
    path = write_zip(tmp_path / "bad.zip", files)
    found = {p.path: p.message for p in oneroster_import.read_zip(path).problems}
    assert found["users.csv, строка 4, enabledUser"] == "«maybe»: допустимы true, false"
    assert found["users.csv, строка 4, familyName"] == "пусто — обязательное поле"
    assert found["roles.csv, строка 5, role"].startswith("«mother»: допустимы aide, counselor")
    assert found["demographics.csv, строка 3, birthDate"] == "«20.11.2012» — не дата ГГГГ-ММ-ДД"
    assert found["categories.csv, строка 1"] == "нет обязательных столбцов: title"
    with small_demo.session() as s:
        pupils = s.scalar(select(func.count()).select_from(Pupil))
    with pytest.raises(ExchangeError) as err:
        oneroster_import.import_zip(small_demo, admin, path)
    assert "Ничего не записано" in str(err.value)
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Pupil)) == pupils
    # once the rows are right, a reference the exchange check finds is named by its OneRoster row too
    files = dict(HAND)
    files["enrollments"] = files["enrollments"].replace("E6,,,K7B-ALG", "E6,,,K9Z")
    found = {p.path: p.message for p in oneroster_import.read_zip(write_zip(tmp_path / "b2.zip", files)).problems}
    assert found == {"enrollments.csv, строка 7, classSourcedId": "нет класса «K9Z» в classes.csv"}


def test_a_oneroster_1_1_zip_with_roles_in_users_is_read(tmp_path):
    files = {k: v for k, v in HAND.items() if k != "roles"}
    files["manifest"] = files["manifest"].replace("oneroster.version,1.2", "oneroster.version,1.1") \
        .replace("file.roles,bulk", "file.roles,absent")
    role = {"U1": "teacher", "U2": "student", "U3": "student", "U4": "parent"}
    lines = files["users"].splitlines()
    head = lines[0].split(",")
    out = [",".join(head[:4] + ["orgSourcedIds", "role"] + head[4:])]
    for line in lines[1:]:
        cells = next(csv.reader([line]))
        out.append(",".join(cells[:4] + ["S1", role[cells[0]]] + cells[4:]))
    files["users"] = "\n".join(out)
    f = oneroster_import.read_zip(write_zip(tmp_path / "v11.zip", files))
    assert f.problems == [] and f.version == "1.1"
    assert [p["surname"] for p in f.doc["pupils"]] == ["Ёлкин", "Соловьёва"]
    assert [g["surname"] for g in f.doc["guardians"]] == ["Ёлкина"]
    assert f.doc["courses"][0]["teacher"] == "U1"
