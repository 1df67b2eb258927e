"""Class lists, search, a pupil's card and its changes, consent (152-ФЗ) and the portfolio, on the small
demo school (2А — teacher01's class, 5А — teacher02's, 10А; today 2026-11-27)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from journal_testing import DEMO_TODAY
from sqlalchemy import select

from ejournal_desktop.domain.names import person_sort_key
from ejournal_desktop.services.access import accounts, settings
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.services.people import class_list
from ejournal_desktop.storage.models import Attachment, AuditEntry, Enrollment, Pupil, SchoolClass


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def deputy(small_demo):
    return login(small_demo, "zavuch")


def class_id(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).where(SchoolClass.grade == int(label[:-1]),
                                                     SchoolClass.letter == label[-1]))


def first_pupil(db, deputy, label: str):
    return class_list.class_pupils(db, deputy, class_id(db, label), DEMO_TODAY).rows[0]


def last_audit(db) -> AuditEntry:
    with db.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()


# --- lists and search ------------------------------------------------------------------------------------------

def test_class_list_on_a_date_numbered_for_the_year_with_guardians(small_demo, deputy):
    roster = class_list.class_pupils(small_demo, deputy, class_id(small_demo, "2А"), DEMO_TODAY)
    with small_demo.session() as s:
        expected = s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id(small_demo, "2А"), Enrollment.arrived_on <= DEMO_TODAY,
            (Enrollment.departed_on.is_(None)) | (Enrollment.departed_on > DEMO_TODAY))).all()
        gone = s.scalar(select(Enrollment.pupil_id).where(Enrollment.departed_on.is_not(None)))
    assert sorted(r.pupil_id for r in roster.present) == sorted(expected)
    # the list of 1 September is alphabetical, numbered 1…n, and the numbers run in order
    first = [r for r in roster.rows if r.arrived_on == dt.date(2026, 9, 1)]
    keys = [person_sort_key(r.surname, r.name, r.patronymic) for r in first]
    assert keys == sorted(keys) and [r.number for r in first] == list(range(1, len(first) + 1))
    assert [r.number for r in roster.rows] == sorted(r.number for r in roster.rows)
    assert any(r.guardians for r in roster.rows)
    # the demo's pupil who left 2А on 22.10.2026 is on the list of 01.10 as a pupil, on today's as departed
    october = class_list.class_pupils(small_demo, deputy, class_id(small_demo, "2А"), dt.date(2026, 10, 1))
    assert gone in {r.pupil_id for r in october.present}
    left = next(r for r in roster.rows if r.pupil_id == gone)
    assert left.departed_on == dt.date(2026, 10, 22) and gone not in {r.pupil_id for r in roster.present}
    assert left.number == next(r.number for r in october.rows if r.pupil_id == gone)
    assert gone not in {r.pupil_id for r in class_list.class_pupils(
        small_demo, deputy, class_id(small_demo, "2А"), DEMO_TODAY, with_departed=False).rows}


def test_classes_offered_by_role(small_demo):
    teacher01 = class_list.classes_for(small_demo, login(small_demo, "teacher01"))
    assert teacher01[0].label == "2А" and teacher01[0].own
    secretary = class_list.classes_for(small_demo, login(small_demo, "secretary"))
    assert [c.label for c in secretary] == ["2А", "5А", "10А"]
    with pytest.raises(Denied):
        class_list.classes_for(small_demo, login(small_demo, "pupil-5a-01"))


def test_a_class_teacher_reads_only_own_class(small_demo):
    teacher01 = login(small_demo, "teacher01")
    class_list.class_pupils(small_demo, teacher01, class_id(small_demo, "2А"), DEMO_TODAY)
    with pytest.raises(Denied):
        class_list.class_pupils(small_demo, teacher01, class_id(small_demo, "10А"), DEMO_TODAY)


def test_search_ignores_case_and_yo_and_follows_russian_order(small_demo, deputy):
    with small_demo.session() as s:
        yo = s.scalars(select(Pupil).where(Pupil.surname.startswith("Ё"))).first()
    assert yo is not None, "the demo school has a surname with Ё"
    hits = class_list.search_pupils(small_demo, deputy, yo.surname.lower().replace("ё", "е"), DEMO_TODAY)
    assert yo.id in [h.pupil_id for h in hits]
    both = class_list.search_pupils(small_demo, deputy, f"{yo.name.upper()} {yo.surname[:3]}", DEMO_TODAY)
    assert [h.pupil_id for h in both] == [yo.id]
    many = class_list.search_pupils(small_demo, deputy, "а", DEMO_TODAY)
    keys = [person_sort_key(*h.full_name.split(" ", 2)) for h in many]
    assert len(many) > 5 and keys == sorted(keys)
    assert class_list.search_pupils(small_demo, deputy, "   ", DEMO_TODAY) == []


def test_search_finds_a_departed_pupil_for_the_school_but_not_for_a_class_teacher(small_demo, deputy):
    with small_demo.session() as s:
        gone = s.get(Pupil, s.scalar(select(Enrollment.pupil_id).where(Enrollment.departed_on.is_not(None))))
    [hit] = [h for h in class_list.search_pupils(small_demo, deputy, gone.surname, DEMO_TODAY)
             if h.pupil_id == gone.id]
    assert hit.class_id is None and hit.where.startswith("выбыл 22.10.2026 из 2А")
    teacher02 = login(small_demo, "teacher02")  # class teacher of 5А
    found = class_list.search_pupils(small_demo, teacher02, "", DEMO_TODAY)
    assert found == []
    mine = class_list.search_pupils(small_demo, teacher02, "а", DEMO_TODAY)
    assert mine and {h.class_label for h in mine} <= {"5А"} | {
        c.label for c in class_list.classes_for(small_demo, teacher02)}


# --- editing ---------------------------------------------------------------------------------------------------

def test_class_teacher_edits_own_pupil_phone_audited(small_demo):
    teacher02 = login(small_demo, "teacher02")
    pupil = first_pupil(small_demo, login(small_demo, "zavuch"), "5А")
    changed = class_list.update_pupil(small_demo, teacher02, pupil.pupil_id, phone="+7 900 555-44-33",
                                      today=DEMO_TODAY)
    assert changed == {"phone": (pupil.phone, "+7 900 555-44-33")}
    card = class_list.pupil_card(small_demo, teacher02, pupil.pupil_id, DEMO_TODAY)
    assert card.phone == "+7 900 555-44-33" and card.editable
    entry = last_audit(small_demo)
    assert (entry.action, entry.entity, entry.entity_id) == ("update", "pupil", pupil.pupil_id)
    assert json.loads(entry.new) == {"phone": "+7 900 555-44-33"}
    other = first_pupil(small_demo, login(small_demo, "zavuch"), "10А")
    with pytest.raises(Denied):
        class_list.update_pupil(small_demo, teacher02, other.pupil_id, phone="+7 900 000-00-00", today=DEMO_TODAY)
    with pytest.raises(Denied):
        class_list.update_pupil(small_demo, login(small_demo, "secretary"), other.pupil_id, phone="89000000000",
                                today=DEMO_TODAY)


@pytest.mark.parametrize(("changes", "message"), [
    ({"surname": "  "}, "Фамилия: поле не может быть пустым"),
    ({"name": "Ив4н"}, "Имя: «Ив4н» — допустимы только буквы"),
    ({"birth_date": dt.date(2027, 1, 1)}, "Дата рождения: 01.01.2027 ещё не наступила"),
    ({"birth_date": dt.date(1960, 1, 1)}, "проверьте год"),
    ({"phone": "звонить маме"}, "Телефон: «звонить маме» не похоже на номер телефона"),
    ({"sex": "x"}, "Пол: «x»"),
])
def test_wrong_personal_data_is_refused_with_the_field_named(small_demo, deputy, changes, message):
    pupil = first_pupil(small_demo, deputy, "5А")
    with pytest.raises(ServiceError, match=message):
        class_list.update_pupil(small_demo, deputy, pupil.pupil_id, today=DEMO_TODAY, **changes)
    assert class_list.pupil_card(small_demo, deputy, pupil.pupil_id, DEMO_TODAY).surname == pupil.surname


def test_guardians_added_changed_and_removed(small_demo, deputy):
    pupil = first_pupil(small_demo, deputy, "5А")
    gid = class_list.add_guardian(small_demo, deputy, pupil.pupil_id, surname="Соколова", name="Анна",
                                  patronymic="Игоревна", phone="8 912 000-11-22", relation="бабушка")
    card = class_list.pupil_card(small_demo, deputy, pupil.pupil_id, DEMO_TODAY)
    assert ("бабушка", "Соколова Анна Игоревна") in [(g.relation, g.full_name) for g in card.guardians]
    class_list.update_guardian(small_demo, deputy, pupil.pupil_id, gid, phone="+7 912 000-11-23",
                               relation="опекун")
    card = class_list.pupil_card(small_demo, deputy, pupil.pupil_id, DEMO_TODAY)
    g = next(g for g in card.guardians if g.id == gid)
    assert (g.phone, g.relation) == ("+7 912 000-11-23", "опекун")
    with pytest.raises(ServiceError, match="Электронная почта родителя"):
        class_list.update_guardian(small_demo, deputy, pupil.pupil_id, gid, email="не почта")
    class_list.remove_guardian(small_demo, deputy, pupil.pupil_id, gid)
    card = class_list.pupil_card(small_demo, deputy, pupil.pupil_id, DEMO_TODAY)
    assert gid not in [g.id for g in card.guardians]


# --- consent ---------------------------------------------------------------------------------------------------

def test_consent_recorded_withdrawn_and_the_list_without_it(small_demo, deputy):
    pupil = first_pupil(small_demo, deputy, "5А")
    missing = class_list.without_consent(small_demo, deputy, DEMO_TODAY)
    assert pupil.pupil_id in [m.id for m in missing if m.kind == "pupil"]
    assert any(m.kind == "staff" for m in missing)
    with pytest.raises(ServiceError, match="даёт родитель"):
        class_list.record_consent(small_demo, deputy, pupil_id=pupil.pupil_id, given_on=dt.date(2026, 9, 1),
                                  document="заявление № 7", today=DEMO_TODAY)
    cid = class_list.record_consent(small_demo, deputy, pupil_id=pupil.pupil_id, given_by="Мать, Абрамова А. А.",
                                    given_on=dt.date(2026, 9, 1), document="заявление № 7", today=DEMO_TODAY)
    assert pupil.pupil_id not in [m.id for m in class_list.without_consent(small_demo, deputy, DEMO_TODAY)
                                  if m.kind == "pupil"]
    [consent] = class_list.pupil_card(small_demo, deputy, pupil.pupil_id, DEMO_TODAY).consents
    assert (consent.document, consent.given_on) == ("заявление № 7", dt.date(2026, 9, 1))
    class_list.withdraw_consent(small_demo, deputy, cid, dt.date(2026, 11, 20))
    assert pupil.pupil_id in [m.id for m in class_list.without_consent(small_demo, deputy, DEMO_TODAY)
                              if m.kind == "pupil"]
    staff_id = next(m.id for m in missing if m.kind == "staff")
    class_list.record_consent(small_demo, deputy, staff_id=staff_id, given_on=dt.date(2026, 9, 1),
                              document="согласие от 01.09.2026", today=DEMO_TODAY)
    assert staff_id not in [m.id for m in class_list.without_consent(small_demo, deputy, DEMO_TODAY)
                            if m.kind == "staff"]
    teacher01 = login(small_demo, "teacher01")
    assert {m.where for m in class_list.without_consent(small_demo, teacher01, DEMO_TODAY)} == {"2А"}


# --- portfolio -------------------------------------------------------------------------------------------------

def test_portfolio_attach_list_save_remove(small_demo, deputy, tmp_path):
    pupil = first_pupil(small_demo, deputy, "5А")
    scan = tmp_path / "Грамота.pdf"
    scan.write_bytes(b"%PDF-1.4 diploma" * 100)
    info = class_list.add_attachment(small_demo, deputy, pupil_id=pupil.pupil_id, path=scan)
    assert (info.file_name, info.size) == ("Грамота.pdf", scan.stat().st_size)
    assert [a.file_name for a in class_list.attachments(small_demo, deputy, pupil_id=pupil.pupil_id)] == [
        "Грамота.pdf"]
    out = class_list.save_attachment(small_demo, deputy, info.id, tmp_path / "out.pdf")
    assert out.read_bytes() == scan.read_bytes()
    with small_demo.engine.connect() as conn:  # kept in the database, not beside it
        assert conn.execute(select(Attachment.content).where(Attachment.id == info.id)).scalar() == scan.read_bytes()
    class_list.remove_attachment(small_demo, deputy, info.id)
    assert class_list.attachments(small_demo, deputy, pupil_id=pupil.pupil_id) == []
    assert last_audit(small_demo).action == "delete"


def test_portfolio_refuses_a_file_over_the_limit_with_a_clear_message(small_demo, deputy, tmp_path):
    admin = login(small_demo, "admin")
    settings.set(small_demo, admin, "portfolio_max_mb", 1)
    pupil = first_pupil(small_demo, deputy, "5А")
    big = tmp_path / "скан.jpg"
    big.write_bytes(b"\xff" * (2**20 + 1))
    with pytest.raises(ServiceError, match=r"«скан.jpg» \(1,0 МБ\) больше предела 1 МБ"):
        class_list.add_attachment(small_demo, deputy, pupil_id=pupil.pupil_id, path=big)
    assert class_list.attachments(small_demo, deputy, pupil_id=pupil.pupil_id) == []
    big.write_bytes(b"\xff" * 2**20)
    class_list.add_attachment(small_demo, deputy, pupil_id=pupil.pupil_id, path=big)
    with pytest.raises(Denied):
        class_list.add_attachment(small_demo, login(small_demo, "teacher01"), pupil_id=pupil.pupil_id,
                                  file_name="x.pdf", content=b"x")
