"""The staff list and the teaching load, on the small demo school (today 2026-11-27)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from ejournal_desktop.domain.names import person_sort_key
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.people import staff
from ejournal_desktop.storage.models import AuditEntry, Course, Staff


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def deputy(small_demo):
    return login(small_demo, "zavuch")


def last_audit(db) -> AuditEntry:
    with db.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()


def test_staff_list_in_russian_order_with_subjects_and_contacts(small_demo, deputy):
    rows = staff.staff_list(small_demo, deputy)
    with small_demo.session() as s:
        assert len(rows) == s.scalar(select(func.count()).select_from(Staff))
    keys = [person_sort_key(r.surname, r.name, r.patronymic) for r in rows]
    assert keys == sorted(keys)
    # teacher02 teaches Russian and Literature in 5А and 10А
    teacher02 = login(small_demo, "teacher02").staff_id
    row = next(r for r in rows if r.id == teacher02)
    assert {"Русский язык", "Литература"} <= set(row.subjects)
    assert row.phone and "@" in row.email and row.hired_on is not None
    with small_demo.session() as s:
        hours = s.scalar(select(func.sum(Course.hours_per_week)).where(Course.teacher_id == teacher02))
    assert row.hours == hours
    director = next(r for r in rows if r.position == "директор")
    assert director.subjects == () and director.hours == 0


def test_only_the_deputy_keeps_the_staff_list(small_demo):
    for name in ("teacher01", "secretary", "director"):
        with pytest.raises(Denied, match="ведение списка сотрудников"):
            staff.staff_list(small_demo, login(small_demo, name))


def test_add_a_teacher_checks_every_field_and_is_audited(small_demo, deputy):
    with pytest.raises(staff.StaffDataError, match="Фамилия: поле не может быть пустым"):
        staff.add_staff(small_demo, deputy, surname=" ", name="Анна", position="учитель")
    with pytest.raises(staff.StaffDataError, match="Эл. почта: «anna.mail.ru» не похоже на адрес"):
        staff.add_staff(small_demo, deputy, surname="Котова", name="Анна", email="anna.mail.ru")
    with pytest.raises(staff.StaffDataError, match="Телефон: «позвонить»"):
        staff.add_staff(small_demo, deputy, surname="Котова", name="Анна", phone="позвонить")
    with pytest.raises(staff.StaffDataError, match="Дата увольнения 01.09.2020 раньше даты приёма 01.09.2026"):
        staff.add_staff(small_demo, deputy, surname="Котова", name="Анна", hired_on=dt.date(2026, 9, 1),
                        dismissed_on=dt.date(2020, 9, 1))
    with small_demo.session() as s:
        before = s.scalar(select(func.count()).select_from(Staff))
    sid = staff.add_staff(small_demo, deputy, surname="  Котова ", name="Анна", patronymic="Сергеевна",
                          position="учитель химии", phone="+7 900 555-66-77", email="kotova@school.ru",
                          hired_on=dt.date(2026, 11, 2))
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Staff)) == before + 1
        assert s.get(Staff, sid).surname == "Котова"
    entry = last_audit(small_demo)
    assert (entry.action, entry.entity, entry.entity_id) == ("create", "staff", sid)
    assert json.loads(entry.new)["position"] == "учитель химии"
    with pytest.raises(staff.StaffDataError, match="Котова Анна Сергеевна уже есть в списке"):
        staff.add_staff(small_demo, deputy, surname="котова", name="Анна", patronymic="Сергеевна")
    card = staff.update_staff(small_demo, deputy, sid, phone="8 (912) 000-11-22")
    assert card.phone == "8 (912) 000-11-22"
    entry = last_audit(small_demo)
    assert json.loads(entry.old) == {"phone": "+7 900 555-66-77"}


def test_dismissal_refused_while_the_teacher_still_has_lessons(small_demo, deputy):
    teacher = login(small_demo, "teacher05").staff_id
    with pytest.raises(staff.StaffDataError, match="ведёт уроки после 01.12.2026.*вкладке «Нагрузка»"):
        staff.update_staff(small_demo, deputy, teacher, dismissed_on=dt.date(2026, 12, 1))
    with small_demo.session() as s:
        assert s.get(Staff, teacher).dismissed_on is None
    # the secretary teaches nothing: dismissed at once, and the list can leave her out
    secretary = login(small_demo, "secretary").staff_id
    staff.update_staff(small_demo, deputy, secretary, dismissed_on=dt.date(2026, 12, 1))
    assert secretary not in {r.id for r in staff.staff_list(small_demo, deputy, include_dismissed=False)}
    assert secretary in {r.id for r in staff.staff_list(small_demo, deputy)}


def test_load_lists_each_teachers_courses_and_total(small_demo, deputy):
    loads = staff.load(small_demo, deputy)
    with small_demo.session() as s:
        courses = s.execute(select(Course.id, Course.teacher_id, Course.hours_per_week)).all()
    by_teacher = {t.staff_id: t for t in loads}
    assert {c.course_id for t in loads for c in t.courses} == {c.id for c in courses}
    for t in loads:
        mine = [c for c in courses if c.teacher_id == t.staff_id]
        assert t.total_hours == sum(c.hours_per_week for c in mine)
    # teacher09 (music, arts, technology) runs the robotics club; the GPD teacher has 5 hours of ГПД
    club = next(c for t in loads for c in t.courses if c.kind == "club")
    assert club.kind_label == "кружок" and club.class_label == "" and club.members == 14 and not club.has_marks
    assert club.title == "Кружок «Робототехника»"
    gpd = next(t for t in loads if any(c.kind == "extended_day" for c in t.courses))
    assert gpd.position == "воспитатель группы продлённого дня" and gpd.total_hours == 5
    english = [c for c in by_teacher[login(small_demo, "teacher05").staff_id].courses if c.subgroup]
    assert english and all(c.title.endswith("группа)") for c in english)
    assert all(t.position != "директор" for t in loads)
