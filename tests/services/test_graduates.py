"""Graduates' documents (issue 20): СНИЛС checked by its check number, shown in full only to those who may
see personal data (each view audited) and masked to others; certificates of 9th and 11th graders; the ФИС
ФРДО table of a class of 11th graders in the column order of the shipped resource file.

The small demo school: year 2026/2027; an 11th class «11Б» with two pupils is added here."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from ejournal_desktop.domain import snils as snils_rules
from ejournal_desktop.services import accounts, graduates
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.guard import Denied
from ejournal_desktop.storage.models import (
    AcademicYear,
    AuditEntry,
    CertificateKind,
    Enrollment,
    EnrollmentEvent,
    Pupil,
    SchoolClass,
    Sex,
)

ISSUED = dt.date(2027, 6, 25)


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def graduates_11(small_demo):
    """Two pupils of a new 11Б: (id of Ёлкина, id of Артемьев)."""
    with small_demo.session() as s, s.begin():
        year = s.scalar(select(AcademicYear))
        cls = SchoolClass(academic_year_id=year.id, grade=11, letter="Б")
        a = Pupil(surname="Ёлкина", name="Алёна", patronymic="Игоревна", birth_date=dt.date(2009, 3, 2), sex=Sex.female)
        b = Pupil(surname="Артемьев", name="Пётр", patronymic="", birth_date=dt.date(2009, 7, 30), sex=Sex.male)
        s.add_all([cls, a, b])
        s.flush()
        for p in (a, b):
            s.add(Enrollment(pupil_id=p.id, school_class_id=cls.id, arrived_on=dt.date(2026, 9, 1),
                             arrival_event=EnrollmentEvent.promotion))
        return a.id, b.id


@pytest.mark.parametrize("text, stored", [("112-233-445 95", "112-233-445 95"), ("11223344595", "112-233-445 95"),
                                          ("001-001-998 00", "001-001-998 00"), ("", "")])
def test_snils_forms_that_are_accepted(text, stored):
    assert snils_rules.normalize(text) == stored


@pytest.mark.parametrize("text, words", [("112-233-445 96", "контрольное число"), ("112-233-44", "11 цифр")])
def test_a_wrong_snils_is_refused_saying_why(small_demo, graduates_11, text, words):
    with pytest.raises(ServiceError, match=words):
        graduates.set_snils(small_demo, login(small_demo, "zavuch"), graduates_11[0], text)


def test_snils_is_masked_for_those_without_personal_data_and_each_view_is_audited(small_demo, graduates_11):
    pupil = graduates_11[0]
    assert graduates.set_snils(small_demo, login(small_demo, "zavuch"), pupil, "11223344595") == "112-233-445 95"
    assert graduates.snils(small_demo, login(small_demo, "zavuch"), pupil) == "112-233-445 95"
    assert graduates.snils(small_demo, login(small_demo, "admin"), pupil) == "112-233-445 95"
    assert graduates.snils(small_demo, login(small_demo, "director"), pupil) == "***-***-*** 95"
    with small_demo.session() as s:
        views = s.scalars(select(AuditEntry).where(AuditEntry.entity == "pupil_snils")).all()
        change = s.scalars(select(AuditEntry).where(AuditEntry.entity == "pupil", AuditEntry.entity_id == pupil)).one()
    assert len(views) == 2 and {v.action for v in views} == {"view"}
    assert json.loads(change.new) == {"snils": "***-***-*** 95"}           # the log never holds the number
    with pytest.raises(Denied):
        graduates.set_snils(small_demo, login(small_demo, "director"), pupil, "")


def test_a_certificate_only_for_a_9th_or_11th_grader(small_demo, graduates_11):
    deputy = login(small_demo, "zavuch")
    with small_demo.session() as s:
        tenth = s.scalar(select(Enrollment.pupil_id).join(SchoolClass).where(SchoolClass.grade == 10))
    with pytest.raises(ServiceError, match="выдаётся ученику 11 класса.*в 10А классе"):
        graduates.save_certificate(small_demo, deputy, tenth, start_year=2026, kind="secondary", series="",
                                   number="07724000123", registration_number="15", issued_on=ISSUED)
    with pytest.raises(ServiceError, match="номер бланка «07-72» — нужны только цифры"):
        graduates.save_certificate(small_demo, deputy, graduates_11[0], start_year=2026, kind="secondary",
                                   series="", number="07-72", registration_number="15", issued_on=ISSUED)


def test_the_frdo_table_of_a_class_of_11th_graders(small_demo, graduates_11, tmp_path):
    deputy = login(small_demo, "zavuch")
    a, b = graduates_11
    graduates.set_snils(small_demo, deputy, a, "112-233-445 95")
    graduates.save_certificate(small_demo, deputy, a, start_year=2026, kind=CertificateKind.secondary, series="",
                               number="07724000123", registration_number="15", issued_on=ISSUED, with_honours=True)
    graduates.save_certificate(small_demo, deputy, b, start_year=2026, kind="secondary", series="",
                               number="07724000124", registration_number="16", issued_on=ISSUED)
    out = tmp_path / "frdo.xlsx"
    table = graduates.export_frdo(small_demo, login(small_demo, "admin"), 2027, out)
    lines = [ln for ln in graduates.columns_path().read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    headers = [row[1] for row in csv.reader(lines, delimiter=";")]
    ws = load_workbook(out).active
    rows = [[c if c is not None else "" for c in r] for r in ws.iter_rows(values_only=True)]
    assert rows[0] == headers == table.headers
    got = [dict(zip(headers, r)) for r in rows[1:]]
    assert [(r["Фамилия получателя"], r["Номер документа"], r["Регистрационный номер"]) for r in got] == [
        ("Артемьев", "07724000124", "16"), ("Ёлкина", "07724000123", "15")]
    yolkina = got[1]
    assert yolkina["Вид документа"] == "Аттестат о среднем общем образовании с отличием"
    assert yolkina["Название документа"] == "Аттестат о среднем общем образовании"
    assert (yolkina["Дата выдачи"], yolkina["Дата рождения получателя"], yolkina["Пол получателя"]) == \
        ("25.06.2027", "02.03.2009", "Жен")
    assert yolkina["СНИЛС"] == "112-233-445 95" and yolkina["Год окончания"] == "2027"
    assert yolkina["Статус документа"] == "Оригинал" and got[0]["СНИЛС"] == ""
    # the director (no personal data, no exchange) may not take the table
    with pytest.raises(Denied):
        graduates.frdo_table(small_demo, login(small_demo, "director"), 2027)
