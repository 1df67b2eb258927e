"""`ejournal certificate …` (issue 20 leftovers) as a deputy or a script would use it, on the small demo
school with an 11Б of two pupils added (graduates_testing): list a class, record a certificate and a СНИЛС
(audited), and a teacher without the right to personal data sees the СНИЛС masked; bad input is refused in
Russian naming what is wrong, and nothing is written."""

from __future__ import annotations

import json

import pytest
from graduates_testing import add_graduates
from journal_testing import ejournal
from sqlalchemy import select

from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    Account,
    AuditEntry,
    Course,
    Enrollment,
    GraduationCertificate,
    Pupil,
    SchoolClass,
)


@pytest.fixture
def school(small_demo_path):
    db = database.open_file(small_demo_path)
    try:
        ids = add_graduates(db, documents=False)
        with db.session() as s:
            eleven = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 11))
            ten = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 10))
            tenth = s.scalar(select(Pupil.id).join(Enrollment, Enrollment.pupil_id == Pupil.id)
                             .where(Enrollment.school_class_id == ten).order_by(Pupil.surname).limit(1))
            teacher = s.scalar(select(Account.login).join(Course, Course.teacher_id == Account.staff_id)
                               .where(Course.school_class_id == ten).order_by(Account.login).limit(1))
    finally:
        db.close()
    return {"path": str(small_demo_path), "pupils": ids, "eleven": eleven, "ten": ten, "tenth": tenth,
            "teacher": teacher}


def run(school, user: str, *args: str):
    return ejournal("--db", school["path"], "--user", user, "certificate", *args, password="demo")


def test_a_deputy_records_a_certificate_and_a_snils_and_lists_the_class(school):
    alena, pyotr = school["pupils"]
    r = run(school, "zavuch", "list", "--class", str(school["eleven"]))
    assert r.returncode == 0, r.stderr
    assert "11Б класс, 2026/2027 учебный год: аттестат о среднем общем образовании" in r.stdout
    assert r.stdout.count("— нет аттестата") == 2
    r = run(school, "zavuch", "set", "--pupil", str(alena), "--kind", "secondary", "--number", "07724000123",
            "--reg-number", "123", "--issued", "2027-06-25", "--honours", "--snils", "11223344595")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "Аттестат о среднем общем образовании № 07724000123 от 25.06.2027 записан."
    r = run(school, "zavuch", "list", "--class", str(school["eleven"]), "--json")
    rows = {p["pupil_id"]: p for p in json.loads(r.stdout)["pupils"]}
    assert rows[alena]["snils"] == "112-233-445 95"
    assert rows[alena]["certificate"] == {"kind": "secondary", "series": "", "number": "07724000123",
                                          "registration_number": "123", "issued_on": "2027-06-25",
                                          "with_honours": True}
    assert rows[pyotr]["certificate"] is None and rows[pyotr]["snils"] == ""
    text = run(school, "zavuch", "list", "--class", str(school["eleven"])).stdout
    assert "№ 07724000123, рег. № 123 от 25.06.2027, с отличием" in text and text.count("— нет аттестата") == 1
    db = database.open_file(school["path"])
    try:
        with db.session() as s:
            assert s.scalar(select(GraduationCertificate.number).where(GraduationCertificate.pupil_id == alena)) \
                == "07724000123"
            entries = s.execute(select(AuditEntry.action, AuditEntry.entity).where(
                AuditEntry.entity.in_(("graduation_certificate", "pupil", "pupil_snils")))).all()
        assert ("create", "graduation_certificate") in entries and ("update", "pupil") in entries
        assert ("view", "pupil_snils") in entries        # the full СНИЛС the list showed
    finally:
        db.close()


def test_a_teacher_sees_the_snils_masked(school):
    assert run(school, "zavuch", "snils", "--pupil", str(school["tenth"]), "--set", "112-233-445 95").returncode == 0
    r = run(school, school["teacher"], "list", "--class", str(school["ten"]), "--json")
    assert r.returncode == 0, r.stderr
    shown = {p["pupil_id"]: p["snils"] for p in json.loads(r.stdout)["pupils"]}
    assert shown[school["tenth"]] == "***-***-*** 95"
    assert run(school, school["teacher"], "snils", "--pupil", str(school["tenth"])).stdout.strip() == "***-***-*** 95"
    assert run(school, "zavuch", "snils", "--pupil", str(school["tenth"])).stdout.strip() == "112-233-445 95"
    r = run(school, school["teacher"], "snils", "--pupil", str(school["tenth"]), "--set", "")
    assert r.returncode == 1 and "изменение личных данных" in r.stderr
    r = run(school, school["teacher"], "list", "--class", str(school["eleven"]))   # a class not taught
    assert r.returncode == 1 and "просмотр списков классов — 11Б класс" in r.stderr


@pytest.mark.parametrize("args, code, message", [
    (("--number", "12-А"), 1, "Аттестат не сохранён: номер бланка «12-А» — нужны только цифры."),
    (("--issued", "25.06.2027"), 2, "дата задаётся как ГГГГ-ММ-ДД, а не «25.06.2027»"),
    (("--kind", "basic"), 1, "Аттестат об основном общем образовании выдаётся ученику 9 класса, а Ёлкина Алёна "
                             "Игоревна в 2026/2027 учебном году — в 11Б классе."),
    (("--snils", "112-233-445 96"), 1, "СНИЛС не сохранён: контрольное число СНИЛС не сходится"),
])
def test_bad_input_is_refused_in_russian_and_nothing_is_written(school, args, code, message):
    base = {"--pupil": str(school["pupils"][0]), "--kind": "secondary", "--number": "07724000123",
            "--reg-number": "123", "--issued": "2027-06-25"}
    extra = dict(zip(args[::2], args[1::2]))
    argv = [x for k, v in (base | extra).items() for x in (k, v)]
    r = run(school, "zavuch", "set", *argv)
    assert r.returncode == code
    assert message in r.stderr and "Traceback" not in r.stderr
    db = database.open_file(school["path"])
    try:
        with db.session() as s:
            assert s.scalar(select(GraduationCertificate.id)) is None
            assert s.scalar(select(Pupil.snils).where(Pupil.id == school["pupils"][0])) == ""
    finally:
        db.close()


def test_a_snils_of_another_pupil_refuses_the_certificate_too(school):
    """`set --snils` writes the certificate and the СНИЛС in one transaction: a СНИЛС already given to
    another pupil leaves the certificate unwritten as well."""
    assert run(school, "zavuch", "snils", "--pupil", str(school["tenth"]), "--set", "112-233-445 95").returncode == 0
    r = run(school, "zavuch", "set", "--pupil", str(school["pupils"][0]), "--kind", "secondary", "--number",
            "07724000123", "--reg-number", "123", "--issued", "2027-06-25", "--snils", "112-233-445 95")
    assert r.returncode == 1 and "уже указан в карточке другого ученика" in r.stderr and "Traceback" not in r.stderr
    db = database.open_file(school["path"])
    try:
        with db.session() as s:
            assert s.scalar(select(GraduationCertificate.id)) is None
            assert s.scalar(select(Pupil.snils).where(Pupil.id == school["pupils"][0])) == ""
    finally:
        db.close()
