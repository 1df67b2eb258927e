"""The exchange format (issue 7): export then import into an empty database gives the same journal; a broken
file, a wrong format or version, a mark of an unknown pupil are named by their JSON path and nothing is
written; into an existing database a year it has is refused and people already there are linked."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from journal_testing import TEST_KEY_HEX
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from ejournal_desktop.services import exchange
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.administration import maintenance
from ejournal_desktop.services.errors import Cancelled
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    AcademicYear,
    Attendance,
    AuditEntry,
    Base,
    Consent,
    Course,
    Enrollment,
    Holiday,
    JournalRemark,
    Lesson,
    Mark,
    MovedDay,
    Period,
    PeriodMark,
    Pupil,
    SchoolClass,
    ShortDay,
    Staff,
    Subject,
    ThematicPlanItem,
    TimetableEntry,
    WorkType,
    YearDecision,
    YearDecisionKind,
)

ADMIN_PASSWORD = "Exchange-2026-admin"


@pytest.fixture
def admin(small_demo):
    return accounts.authenticate(small_demo, "admin", "demo")


def add_rare_rows(db) -> None:
    """What the demo school lacks but the file carries: consents, a thematic plan, a remark, a decision."""
    with db.session() as s, s.begin():
        pupil = s.scalar(select(Pupil).order_by(Pupil.id).limit(1))
        teacher = s.scalar(select(Staff).order_by(Staff.id).limit(1))
        course = s.scalar(select(Course).order_by(Course.id).limit(1))
        year = s.scalar(select(AcademicYear).limit(1))
        s.add_all([
            Consent(pupil_id=pupil.id, given_by="Павлова Ольга Ивановна", given_on=dt.date(2026, 9, 1),
                    document="заявление № 17"),
            Consent(staff_id=teacher.id, given_on=dt.date(2025, 8, 30), withdrawn_on=dt.date(2026, 10, 1)),
            ThematicPlanItem(course_id=course.id, position=1, topic="Повторение: правописание ё", hours=2.0),
            ThematicPlanItem(course_id=course.id, position=2, topic="Имя существительное", hours=1.0),
            JournalRemark(course_id=course.id, inspected_on=dt.date(2026, 10, 15), text="Не записаны темы уроков",
                          due_on=dt.date(2026, 10, 22),
                          fixed_at=dt.datetime(2026, 10, 20, 9, 0, tzinfo=dt.timezone.utc)),
            YearDecision(academic_year_id=year.id, pupil_id=pupil.id, decision=YearDecisionKind.repeat_year,
                         note="решение педсовета № 3"),
            # the year's set-up (issue 15): its dates, a day off, a moved working day, a short day
            MovedDay(academic_year_id=year.id, day_off=dt.date(2027, 5, 10), working_day=dt.date(2027, 5, 15),
                     works_as=0, decree="постановление № 1234"),
            ShortDay(academic_year_id=year.id, date=dt.date(2027, 3, 6), lesson_minutes=30, reason="предпраздничный"),
        ])
        year.start, year.end = dt.date(2026, 9, 1), dt.date(2027, 6, 30)
        s.scalars(select(Holiday).where(Holiday.name == "День Победы")).one().kind = "day_off"


def open_db(path: Path):
    return database.open_file(path, key=bytes.fromhex(TEST_KEY_HEX))


def who(p) -> tuple:
    return (p.surname, p.name, p.patronymic, p.birth_date)


def journal(db) -> dict[str, Counter]:
    """The journal by what a person reads in it (names, class labels, subjects, dates), never by ids."""
    with db.session() as s:
        pupils = {p.id: who(p) for p in s.scalars(select(Pupil))}
        subjects = dict(s.execute(select(Subject.id, Subject.name)).all())
        classes = {c.id: f"{c.grade}{c.letter}" for c in s.scalars(select(SchoolClass))}
        staff = {p.id: (p.surname, p.name, p.patronymic) for p in s.scalars(select(Staff))}
        work = dict(s.execute(select(WorkType.id, WorkType.code)).all())
        courses = {c.id: (classes.get(c.school_class_id), subjects[c.subject_id], staff[c.teacher_id], c.kind.value,
                          c.hours_per_week, c.name) for c in s.scalars(select(Course))}
        lessons = {l.id: (courses[l.course_id], l.date, l.number) for l in s.scalars(select(Lesson))}
        periods = {p.id: (p.kind.value, p.number, p.grade_from) for p in s.scalars(select(Period))}
        out = {
            "year_setup": Counter([(y.start_year, y.start, y.end) for y in s.scalars(select(AcademicYear))]
                                  + [(h.name, h.start, h.kind) for h in s.scalars(select(Holiday))]
                                  + [(m.day_off, m.working_day, m.works_as, m.decree) for m in s.scalars(select(MovedDay))]
                                  + [(d.date, d.lesson_minutes, d.reason) for d in s.scalars(select(ShortDay))]),
            "courses": Counter(courses.values()),
            "lessons": Counter((lessons[l.id], l.topic, l.homework, l.work_kind, staff.get(l.substitute_teacher_id))
                               for l in s.scalars(select(Lesson))),
            "marks": Counter((lessons[m.lesson_id], pupils[m.pupil_id], m.value, work[m.work_type_id], m.weight,
                              m.created_at) for m in s.scalars(select(Mark))),
            "attendance": Counter((lessons[a.lesson_id], pupils[a.pupil_id], a.code.value, a.reason_note)
                                  for a in s.scalars(select(Attendance))),
            "period_marks": Counter((courses[m.course_id], pupils[m.pupil_id], m.kind.value, periods.get(m.period_id),
                                     m.value, m.suggested_value) for m in s.scalars(select(PeriodMark))),
            "enrollments": Counter((pupils[e.pupil_id], classes[e.school_class_id], e.arrived_on, e.arrival_event.value,
                                    e.arrival_order_number, e.arrived_from, e.departed_on,
                                    e.departure_event.value if e.departure_event else None, e.departure_order_number,
                                    e.departed_to) for e in s.scalars(select(Enrollment))),
            "timetable": Counter((courses[t.course_id], t.weekday, t.lesson_number, t.room, t.valid_from)
                                 for t in s.scalars(select(TimetableEntry))),
            "consents": Counter((pupils.get(c.pupil_id), staff.get(c.staff_id), c.given_by, c.given_on, c.document,
                                 c.withdrawn_on) for c in s.scalars(select(Consent))),
            "plans": Counter((courses[t.course_id], t.position, t.topic, t.hours)
                             for t in s.scalars(select(ThematicPlanItem))),
            "remarks": Counter((courses[r.course_id], r.inspected_on, r.text, r.due_on, r.fixed_at)
                               for r in s.scalars(select(JournalRemark))),
            "decisions": Counter((pupils[d.pupil_id], d.decision.value, d.note)
                                 for d in s.scalars(select(YearDecision))),
            "pupils": Counter((who(p), p.sex, p.address, p.phone, p.document) for p in s.scalars(select(Pupil))),
        }
    return out


def table_hashes(db) -> dict[str, str]:
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


def exported(small_demo, admin, tmp_path) -> tuple[Path, dict]:
    path = tmp_path / "school.json"
    exchange.export_file(small_demo, admin, path)
    return path, json.loads(path.read_text(encoding="utf-8"))


def write(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


# --- the round trip --------------------------------------------------------------------------------------

def list_numbers(db) -> dict[tuple, int | None]:
    with db.session() as s:
        return {(r.grade, r.letter, r.surname, r.name, r.patronymic, r.arrived_on): r.list_number
                for r in s.execute(select(SchoolClass.grade, SchoolClass.letter, Pupil.surname, Pupil.name,
                                          Pupil.patronymic, Enrollment.arrived_on, Enrollment.list_number)
                                   .join(Enrollment, Enrollment.school_class_id == SchoolClass.id)
                                   .join(Pupil, Pupil.id == Enrollment.pupil_id))}


@pytest.mark.file_only  # into a new encrypted file
def test_exchange_round_trip_gives_the_same_journal(small_demo, admin, tmp_path):
    add_rare_rows(small_demo)
    path, doc = exported(small_demo, admin, tmp_path)
    assert doc["format"] == "ejournal-exchange" and doc["version"] == 1
    assert len(doc["marks"]) > 1000 and doc["consents"] and doc["thematic_plans"] and doc["journal_remarks"]

    result = exchange.import_into_new(tmp_path / "new.db", path, admin_login="admin2", admin_password=ADMIN_PASSWORD)
    assert result.created["marks"] == len(doc["marks"])
    new = open_db(tmp_path / "new.db")
    try:
        before, after = journal(small_demo), journal(new)
        for name in before:
            assert after[name] == before[name], name
            assert sum(before[name].values()) > 0, name
        # a sample as a teacher would read it: one pupil's marks in one subject, with weights
        with new.session() as s:
            some = s.execute(select(Pupil.surname, Subject.name, Mark.value, WorkType.code, Mark.weight)
                             .join(Mark, Mark.pupil_id == Pupil.id).join(Lesson, Lesson.id == Mark.lesson_id)
                             .join(Course, Course.id == Lesson.course_id).join(Subject, Subject.id == Course.subject_id)
                             .join(WorkType, WorkType.id == Mark.work_type_id)
                             .where(WorkType.code == "control").order_by(Lesson.date, Pupil.surname).limit(5)).all()
        with small_demo.session() as s:
            same = s.execute(select(Pupil.surname, Subject.name, Mark.value, WorkType.code, Mark.weight)
                             .join(Mark, Mark.pupil_id == Pupil.id).join(Lesson, Lesson.id == Mark.lesson_id)
                             .join(Course, Course.id == Lesson.course_id).join(Subject, Subject.id == Course.subject_id)
                             .join(WorkType, WorkType.id == Mark.work_type_id)
                             .where(WorkType.code == "control").order_by(Lesson.date, Pupil.surname).limit(5)).all()
        assert some == same and len(some) == 5 and all(r.weight == 2.0 for r in some)
        # the class lists keep their numbers (№ по журналу: the file has none, the one rule gives the same)
        assert list_numbers(new) == list_numbers(small_demo) and None not in list_numbers(new).values()
        # the new database is sound, every mark has its audit entry, and its administrator logs in
        assert maintenance.check(new).problems == []
        actor = accounts.authenticate(new, "admin2", ADMIN_PASSWORD)
        assert "administrator" in {r.value for r in actor.roles}
        with new.session() as s:
            assert s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.action == "import", AuditEntry.entity == "mark")) == len(doc["marks"])
        # exported again, the file says the same (but for when it was written)
        again = tmp_path / "again.json"
        exchange.export_file(new, actor, again)
        second = json.loads(again.read_text(encoding="utf-8"))
        for d in (doc, second):
            d.pop("exported_at")
        assert second == doc
    finally:
        new.close()


def test_export_needs_the_exchange_right_and_is_audited(small_demo, admin, tmp_path):
    teacher = accounts.authenticate(small_demo, "teacher01", "demo")
    with pytest.raises(Denied, match="импорт и экспорт данных"):
        exchange.export_file(small_demo, teacher, tmp_path / "t.json")
    assert not (tmp_path / "t.json").exists()
    result = exchange.export_file(small_demo, admin, tmp_path / "a.json")
    assert result.size == (tmp_path / "a.json").stat().st_size
    assert "персональные данные" in result.summary()
    with small_demo.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert json.loads(entry.new)["file"] == "a.json"


def test_a_cancelled_export_leaves_no_file(small_demo, admin, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        exchange.export_file(small_demo, admin, out / "c.json", cancel=lambda: True)
    assert list(out.iterdir()) == []


# --- faults: named by their JSON path, nothing written ---------------------------------------------------

def test_broken_json_is_refused_with_its_line(small_demo, admin, tmp_path):
    path, _doc = exported(small_demo, admin, tmp_path)
    text = path.read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(text[: len(text) // 2], encoding="utf-8")
    before = table_hashes(small_demo)
    with pytest.raises(exchange.ExchangeError) as err:
        exchange.import_file(small_demo, admin, broken)
    assert "повреждён или не является JSON" in str(err.value) and "строка" in str(err.value)
    assert err.value.problems[0].path == "$"
    assert table_hashes(small_demo) == before
    with pytest.raises(exchange.ExchangeError):
        exchange.import_into_new(tmp_path / "n.db", broken, admin_login="admin", admin_password=ADMIN_PASSWORD)
    assert not list(tmp_path.glob("n.db*"))


@pytest.mark.parametrize("change, path, words", [
    ({"format": "other-journal"}, "$.format", "не файл обмена"),
    ({"version": 2}, "$.version", "версия формата 2 не поддерживается"),
    ({"version": "1"}, "$.version", "целое число"),
])
def test_wrong_format_or_version_is_refused(small_demo, admin, tmp_path, change, path, words):
    _path, doc = exported(small_demo, admin, tmp_path)
    doc.update(change)
    problems = exchange.validate(doc)
    assert [p.path for p in problems] == [path]
    assert words in problems[0].message


@pytest.mark.both_backends  # the import writes ids itself: a server's sequences must follow
def test_a_mark_of_an_unknown_pupil_is_named_and_nothing_is_written(small_demo, admin, tmp_path):
    _path, doc = exported(small_demo, admin, tmp_path)
    doc["marks"][12]["pupil"] = "pupil-999999"
    doc["marks"][20]["value"] = "6"
    doc["lessons"][3]["date"] = "2026-02-30"
    doc["pupils"][0]["nickname"] = "Ариша"
    del doc["pupils"][1]["surname"]
    bad = write(tmp_path / "bad.json", doc)
    before = table_hashes(small_demo)
    with pytest.raises(exchange.ExchangeError) as err:
        exchange.import_file(small_demo, admin, bad)
    assert "Ничего не записано" in str(err.value)
    found = {p.path: p.message for p in err.value.problems}
    assert "нет записи с id «pupil-999999» в разделе pupils" in found["$.marks[12].pupil"]
    assert "«6» нет в системе оценивания «five_point»" in found["$.marks[20].value"]
    assert "нет такой даты" in found["$.lessons[3].date"]
    assert found["$.pupils[0].nickname"] == "неизвестное поле"
    assert found["$.pupils[1].surname"] == "обязательное поле отсутствует"
    assert table_hashes(small_demo) == before
    # the preview shows the same before anything is tried
    shown = exchange.preview(small_demo, admin, bad)
    assert not shown.ok and {p.path for p in shown.problems} == set(found)
    assert shown.counts["marks"] == len(doc["marks"]) and "Ничего не будет записано" in shown.summary()
    # and no new database is made from it
    with pytest.raises(exchange.ExchangeError):
        exchange.import_into_new(tmp_path / "n.db", bad, admin_login="admin", admin_password=ADMIN_PASSWORD)
    assert not list(tmp_path.glob("n.db*"))


def test_cross_record_rules(small_demo, admin, tmp_path):
    _path, doc = exported(small_demo, admin, tmp_path)
    doc["attendance"].append(dict(doc["attendance"][0]))
    pm = next(i for i, m in enumerate(doc["period_marks"]) if m["kind"] == "period")
    del doc["period_marks"][pm]["period"]
    doc["enrollments"][0]["departed_on"] = "2020-01-01"
    doc["consents"] = [{"given_on": "2026-09-01"}]
    found = {p.path: p.message for p in exchange.validate(doc)}
    assert f"$.attendance[{len(doc['attendance']) - 1}]" in found
    assert "нужен период" in found[f"$.period_marks[{pm}].period"]
    assert "раньше arrived_on" in found["$.enrollments[0].departed_on"]
    assert "ровно одно из pupil, guardian, staff" in found["$.consents[0]"]


# --- into an existing database ---------------------------------------------------------------------------

@pytest.mark.both_backends  # the import writes ids itself: a server's sequences must follow
def test_a_year_the_database_has_is_refused(small_demo, admin, tmp_path):
    path, _doc = exported(small_demo, admin, tmp_path)
    before = table_hashes(small_demo)
    with pytest.raises(exchange.ExchangeError) as err:
        exchange.import_file(small_demo, admin, path)
    assert err.value.problems[0].path == "$.academic_years[0].start_year"
    assert "уже есть в этой базе" in err.value.problems[0].message
    after = table_hashes(small_demo)
    assert {k for k in before if before[k] != after[k]} <= {"audit_log"}  # only the login and refusal


@pytest.mark.both_backends  # the import writes ids itself: a server's sequences must follow
def test_another_year_is_added_and_people_already_there_are_linked(small_demo, admin, tmp_path):
    _path, doc = exported(small_demo, admin, tmp_path)
    for y in doc["academic_years"]:
        y["start_year"] += 1
    shift = lambda d: (dt.date.fromisoformat(d) + dt.timedelta(days=364)).isoformat()  # noqa: E731
    for section, names in (("periods", ("start", "end")), ("holidays", ("start", "end")), ("lessons", ("date",)),
                           ("enrollments", ("arrived_on", "departed_on")), ("timetable", ("valid_from", "valid_to"))):
        for r in doc[section]:
            for n in names:
                if r.get(n):
                    r[n] = shift(r[n])
    path = write(tmp_path / "next.json", doc)
    with small_demo.session() as s:
        pupils_before = s.scalar(select(func.count()).select_from(Pupil))
        marks_before = s.scalar(select(func.count()).select_from(Mark))
    shown = exchange.preview(small_demo, admin, path)
    assert shown.ok, shown.problems[:3]
    assert shown.matched["pupils"] == len(doc["pupils"]) and shown.matched["staff"] == len(doc["staff"])
    result = exchange.import_file(small_demo, admin, path)
    assert result.created["pupils"] == 0 and result.matched["pupils"] == len(doc["pupils"])
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(Pupil)) == pupils_before
        assert s.scalar(select(func.count()).select_from(Mark)) == 2 * marks_before
        assert sorted(s.scalars(select(AcademicYear.start_year))) == [2026, 2027]
        # the same pupil carries marks of both years
        cls = aliased(SchoolClass)
        years = s.execute(select(Enrollment.pupil_id, func.count(func.distinct(cls.academic_year_id)))
                          .join(cls, cls.id == Enrollment.school_class_id).group_by(Enrollment.pupil_id)).all()
    assert years and all(n == 2 for _pid, n in years)
    assert maintenance.check(small_demo).problems == []
    # The next write after an import (ids given by the import) gets a fresh id on a server too.
    from ejournal_desktop.services.access import settings
    assert settings.set(small_demo, admin, "idle_lock_minutes", 11) == 11


def test_a_cancelled_import_writes_nothing(small_demo, admin, tmp_path):
    _path, doc = exported(small_demo, admin, tmp_path)
    for y in doc["academic_years"]:
        y["start_year"] += 5
    for r in doc["periods"] + doc["lessons"]:
        for n in ("start", "end", "date"):
            if r.get(n):
                r[n] = (dt.date.fromisoformat(r[n]) + dt.timedelta(days=5 * 365 + 1)).isoformat()
    path = write(tmp_path / "later.json", doc)
    before = table_hashes(small_demo)
    seen = []

    def cancel() -> bool:
        seen.append(1)
        return len(seen) > 10  # part-way through the writing

    with pytest.raises(Cancelled, match="база не изменена"):
        exchange.import_file(small_demo, admin, path, cancel=cancel)
    after = table_hashes(small_demo)
    assert {k for k in before if before[k] != after[k]} <= {"audit_log"}
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")) == 0


# --- the schema ------------------------------------------------------------------------------------------

def test_the_shipped_schema_is_the_one_the_program_checks_by(small_demo, admin, tmp_path):
    shipped = exchange.schema_path()
    assert shipped.read_text(encoding="utf-8") == exchange.schema_text(), \
        "resources/exchange schema is stale: python -c 'from ejournal_desktop.services import exchange; " \
        "print(exchange.schema_text(), end=\"\")' > resources/exchange/ejournal-exchange.schema.json"
    schema = json.loads(shipped.read_text(encoding="utf-8"))
    assert schema["$schema"].endswith("2020-12/schema") and schema["properties"]["version"] == {"const": 1}
    _path, doc = exported(small_demo, admin, tmp_path)
    assert set(doc) <= set(schema["properties"]) and set(schema["required"]) <= set(doc)
    for section in exchange.SECTIONS:
        props = schema["$defs"][section.name]["properties"]
        required = set(schema["$defs"][section.name]["required"])
        for record in doc[section.name]:
            assert set(record) <= set(props), section.name
            assert required <= set(record), section.name


def test_the_documented_example_is_a_valid_file(tmp_path):
    import re
    docs = Path(__file__).resolve().parents[3] / "docs" / "exchange-format.md"
    example = re.search(r"## Example\n\n```json\n(.*?)```", docs.read_text(encoding="utf-8"), re.S).group(1)
    doc = exchange.parse_document(example.encode("utf-8"))
    assert exchange.validate(doc) == []
    assert doc["marks"][0]["value"] == "5" and doc["classes"][0]["letter"] == "А"
    # and a new database is made from it
    path = tmp_path / "example.json"
    path.write_text(example, encoding="utf-8")
    result = exchange.import_into_new(tmp_path / "ex.db", path, admin_login="admin", admin_password=ADMIN_PASSWORD)
    assert result.created["marks"] == 1 and result.years == ["2026/2027"]


def test_structural_faults_are_found_by_the_schema_and_named_in_russian(small_demo, admin, tmp_path):
    """Types, required fields, lengths, enumerations and date formats come from the shipped JSON Schema
    (checked by jsonschema); each is named by section, record and field with the journal's own wording."""
    import jsonschema
    _path, doc = exported(small_demo, admin, tmp_path)
    doc["pupils"][2]["surname"] = "   "
    doc["pupils"][3]["birth_date"] = "01.09.2015"
    doc["pupils"][4]["sex"] = "x"
    doc["pupils"][5]["guardians"] = [{"guardian": doc["guardians"][0]["id"], "kin": "мать"}]
    doc["classes"][0]["grade"] = 12
    doc["classes"][1]["letter"] = "А" * 300
    doc["lessons"][0]["number"] = "2"
    doc["bells"][0]["starts_at"] = "8.30"
    doc["courses"][0]["members"] = ["pupil-1", "pupil-1"]
    doc["work_types"][0]["weight"] = -1
    doc["attendance"][0] = "absent"
    doc["school"]["name"] = None
    doc["extra"] = []
    schema = json.loads(exchange.schema_path().read_text(encoding="utf-8"))
    assert not jsonschema.Draft202012Validator(schema).is_valid(doc)
    found = {p.path: p.message for p in exchange.validate(doc)}
    assert found["$.pupils[2].surname"] == "пустая строка в обязательном поле"
    assert found["$.pupils[3].birth_date"] == "ожидается дата ГГГГ-ММ-ДД, а не «01.09.2015»"
    assert found["$.pupils[4].sex"].startswith("недопустимое значение «x»: допустимы")
    assert found["$.pupils[5].guardians[0].kin"] == "неизвестное поле"
    assert found["$.classes[0].grade"] == "значение 12 больше допустимого 11"
    assert found["$.classes[1].letter"].startswith("строка длиннее")
    assert found["$.lessons[0].number"] == "ожидается целое число, а не «2»"
    assert found["$.bells[0].starts_at"] == "ожидается время ЧЧ:ММ, а не «8.30»"
    assert found["$.courses[0].members[1]"] == "«pupil-1» указан дважды"
    assert found["$.work_types[0].weight"] == "значение -1.0 меньше допустимого 0"
    assert found["$.attendance[0]"] == "ожидается объект, а не строка"
    assert found["$.school.name"] == "обязательное поле равно null"
    assert found["$.extra"] == "неизвестный раздел"
    # the unchanged export is valid by the same schema
    (tmp_path / "again").mkdir()
    _path, clean = exported(small_demo, admin, tmp_path / "again")
    assert jsonschema.Draft202012Validator(schema).is_valid(clean) and exchange.validate(clean) == []
