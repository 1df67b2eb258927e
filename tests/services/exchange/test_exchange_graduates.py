"""Graduates' documents in the exchange JSON (issue 20 leftovers): the certificates (аттестаты) and СНИЛС
go out and come back the same, the schema knows the section, and what a schema cannot say — a СНИЛС's check
number, a blank given twice, a certificate of a pupil not in the 9th or 11th grade or dated outside the end
of the year — is named by its JSON path, in Russian.

The small demo school: year 2026/2027; 11Б and its two graduates are added by graduates_testing."""

from __future__ import annotations

import json

import pytest
from graduates_testing import SNILS, add_graduates
from sqlalchemy import select
from test_exchange import ADMIN_PASSWORD, exported, open_db, write

from ejournal_desktop.services import exchange
from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import GraduationCertificate, Pupil


@pytest.fixture
def admin(small_demo):
    return accounts.authenticate(small_demo, "admin", "demo")


def certificates(db) -> set[tuple]:
    with db.session() as s:
        return {(p.surname, p.name, p.snils, c.kind.value, c.series, c.number, c.registration_number, c.issued_on,
                 c.with_honours) for c, p in s.execute(select(GraduationCertificate, Pupil)
                                                       .join(Pupil, Pupil.id == GraduationCertificate.pupil_id))}


@pytest.mark.file_only
def test_certificates_and_snils_go_out_and_come_back(small_demo, admin, tmp_path):
    add_graduates(small_demo)
    path, doc = exported(small_demo, admin, tmp_path)
    assert [(c["kind"], c["number"], c.get("with_honours", False)) for c in doc["graduation_certificates"]] == [
        ("secondary", "07724000123", True), ("secondary", "07724000124", False)]
    assert [p["snils"] for p in doc["pupils"] if p.get("snils")] == [SNILS]
    schema = json.loads(exchange.schema_text())
    assert set(schema["$defs"]["graduation_certificates"]["required"]) == {
        "pupil", "academic_year", "kind", "number", "registration_number", "issued_on"}
    before = certificates(small_demo)
    assert len(before) == 2
    exchange.import_into_new(tmp_path / "new.db", path, admin_login="admin2", admin_password=ADMIN_PASSWORD)
    new = open_db(tmp_path / "new.db")
    try:
        assert certificates(new) == before
    finally:
        new.close()


def test_what_a_schema_cannot_say_about_graduates_is_named(small_demo, admin, tmp_path):
    add_graduates(small_demo)
    _path, doc = exported(small_demo, admin, tmp_path)
    pupil = next(i for i, p in enumerate(doc["pupils"]) if p.get("snils"))
    doc["pupils"][pupil]["snils"] = "112-233-445 96"
    first, second = doc["graduation_certificates"]
    second["number"] = first["number"]
    first["issued_on"] = "2027-03-01"
    a_fifth_grader = next(e["pupil"] for e in doc["enrollments"]
                          if next(c for c in doc["classes"] if c["id"] == e["class"])["grade"] == 5)
    doc["graduation_certificates"].append(dict(second, pupil=a_fifth_grader, number="07724000999",
                                               registration_number="999"))
    doc["graduation_certificates"].append(dict(second, number="12-А", registration_number="998",
                                               pupil=doc["pupils"][0]["id"], kind="basic"))
    found = {p.path: p.message for p in exchange.validate(json.loads(json.dumps(doc)))}   # it converts in place
    assert found[f"$.pupils[{pupil}].snils"] == ("«112-233-445 96»: контрольное число СНИЛС не сходится: для "
                                                 "112-233-445 оно 95, а указано 96 — проверьте цифры")
    assert found["$.graduation_certificates[1]"].startswith("бланк с этими серией и номером уже есть в "
                                                            "$.graduation_certificates[0]")
    assert found["$.graduation_certificates[0].issued_on"] == ("дата выдачи 01.03.2027 не в конце 2026/2027 "
                                                               "учебного года (май — декабрь)")
    assert found["$.graduation_certificates[2].kind"].startswith("Аттестат о среднем общем образовании выдаётся "
                                                                 "ученику 11 класса")
    assert found["$.graduation_certificates[3]"] == "номер бланка «12-А» — нужны только цифры"
    # and nothing is written from such a file
    bad = write(tmp_path / "bad.json", doc)
    with pytest.raises(exchange.ExchangeError):
        exchange.import_into_new(tmp_path / "n.db", bad, admin_login="admin", admin_password=ADMIN_PASSWORD)
    assert not list(tmp_path.glob("n.db*"))


def test_a_blank_another_pupil_holds_in_the_database_is_refused(small_demo, admin, tmp_path):
    # a file of the next year from another system: a new 11th grader given the number of Алёна's blank
    add_graduates(small_demo)
    doc = {"format": "ejournal-exchange", "version": 1, "school": {"name": "Школа", "short_name": "Школа"},
           "academic_years": [{"id": "y", "start_year": 2027}],
           "classes": [{"id": "c", "academic_year": "y", "grade": 11, "letter": "В"}],
           "pupils": [{"id": "p", "surname": "Юрьев", "name": "Глеб", "birth_date": "2010-02-03"}],
           "enrollments": [{"pupil": "p", "class": "c", "arrived_on": "2027-09-01", "arrival_event": "arrival"}],
           "graduation_certificates": [{"pupil": "p", "academic_year": "y", "kind": "secondary",
                                        "number": "07724000123", "registration_number": "1",
                                        "issued_on": "2028-06-25"}]}
    path = write(tmp_path / "next.json", doc)
    assert exchange.preview(small_demo, admin, path).ok
    with pytest.raises(exchange.ExchangeError) as err:
        exchange.import_file(small_demo, admin, path)
    assert [str(p) for p in err.value.problems] == [
        "$.graduation_certificates[0]: бланк № 07724000123 уже записан в этой базе другому ученику"]
    with small_demo.session() as s:
        assert s.scalar(select(Pupil.id).where(Pupil.surname == "Юрьев")) is None
