"""Closing the school year on a year-end demo school (today 2027-06-15: 2026/2027 is over, every
year mark is in).

The template is the small demo (2А, 5А, 10А) with 10А renamed 11А (a graduating class) and two
classes without courses added: 1А (two pupils) and 9Б (three pupils)."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from journal_testing import TEST_KEY_HEX, copy_journal, journal_on
from sqlalchemy import func, select, text

from ejournal_desktop.domain.calendar import PeriodKind
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts, audit
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.administration import year_closing
from ejournal_desktop.services.administration.year_closing import GapsRemain, YearClosingError
from ejournal_desktop.services.errors import ServiceError
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    AcademicYear,
    AuditEntry,
    Base,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentEvent,
    Holiday,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
    YearDecision,
    YearDecisionKind,
    YearStatus,
)

# Each test runs on the encrypted file and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_backends

MSK = dt.timezone(dt.timedelta(hours=3))
YEAR_END_TODAY = dt.date(2027, 6, 15)
NOW = dt.datetime(2027, 6, 20, 12, tzinfo=MSK)
ORDER_DATE = dt.date(2027, 6, 18)
SEPT_1 = dt.date(2027, 9, 1)


def _build_year_end(db) -> None:
    """The small demo school at the end of its year, with a 1st and a 9th class and 11th-graders."""
    from ejournal_desktop.services import demo
    demo.generate(db, "small", seed=1, today=YEAR_END_TODAY)
    with db.session() as s, s.begin():
        year = s.scalar(select(AcademicYear))
        s.execute(text("UPDATE school_class SET grade = 11 WHERE grade = 10"))
        teacher = s.scalar(select(Staff.id).where(Staff.position.like("учитель%")).order_by(Staff.id.desc()))
        for grade, letter, count in ((1, "А", 2), (9, "Б", 3)):
            cls = SchoolClass(academic_year_id=year.id, grade=grade, letter=letter,
                              class_teacher_id=teacher if grade == 9 else None)
            s.add(cls)
            s.flush()
            for i in range(count):
                p = Pupil(surname=["Абрамов", "Борисова", "Яковлев"][i], name="Пётр" if i != 1 else "Анна",
                          patronymic="Ильич" if i != 1 else "Ильинична")
                s.add(p)
                s.flush()
                s.add(Enrollment(pupil_id=p.id, school_class_id=cls.id, arrived_on=dt.date(2026, 9, 1),
                                 arrival_event=EnrollmentEvent.arrival, arrival_order_number="99-у"))


@pytest.fixture(scope="module")
def year_end_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("year_end") / "year_end.db"
    db = database.create(path, key=bytes.fromhex(TEST_KEY_HEX))
    _build_year_end(db)
    db.close()
    return path


@pytest.fixture
def db_path(year_end_template, tmp_path, db_key):
    return copy_journal(year_end_template, tmp_path / "school.db")


@pytest.fixture
def db(backend, request):
    yield from journal_on(backend, request, "year_end", _build_year_end, "db_path")


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


def class_id(db, label: str, start_year: int = 2026) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).join(AcademicYear).where(
            SchoolClass.grade == int(label[:-1]), SchoolClass.letter == label[-1],
            AcademicYear.start_year == start_year))


def roll(db, label: str, start_year: int = 2026, on: dt.date | None = None) -> set[int]:
    """Pupils in the class: on a date, or with a stay still open."""
    with db.session() as s:
        stmt = select(Enrollment.pupil_id).where(Enrollment.school_class_id == class_id(db, label, start_year))
        if on is None:
            stmt = stmt.where(Enrollment.departed_on.is_(None))
        else:
            stmt = stmt.where(Enrollment.arrived_on <= on, (Enrollment.departed_on.is_(None))
                              | (Enrollment.departed_on > on))
        return set(s.scalars(stmt))


def course_of(db, label: str, subject: str) -> int:
    with db.session() as s:
        return s.scalar(select(Course.id).join(Subject).where(
            Course.school_class_id == class_id(db, label), Subject.name == subject,
            Course.kind == CourseKind.lesson).order_by(Course.id).limit(1))


def table_hashes(db) -> dict[str, str]:
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return out


def failing_pupil(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(PeriodMark.pupil_id).join(Course).where(
            Course.school_class_id == class_id(db, label), PeriodMark.kind == PeriodMarkKind.year,
            PeriodMark.value == "2"))


def close(db, admin, **kw):
    return year_closing.close_year(db, admin, "45-у", ORDER_DATE, now=NOW, **kw)


# --- checks ------------------------------------------------------------------------------------------------

def test_year_end_demo_has_no_gaps(db):
    assert year_closing.check(db, login(db, "admin")) == []


def test_a_missing_year_mark_is_a_gap_naming_class_subject_teacher_and_pupil(db):
    deputy, admin = login(db, "zavuch"), login(db, "admin")
    course = course_of(db, "5А", "Математика")
    pupil = sorted(roll(db, "5А"))[3]
    journal.set_period_mark(db, deputy, course, pupil, "year", None, "", now=NOW)  # cleared
    [gap] = year_closing.check(db, admin)
    with db.session() as s:
        p = s.get(Pupil, pupil)
        teacher = s.get(Staff, s.get(Course, course).teacher_id)
    assert (gap.course_id, gap.class_label, gap.subject, gap.pupil_ids) == (course, "5А", "Математика", (pupil,))
    assert gap.pupils == (f"{p.surname} {p.name} {p.patronymic}",)
    assert gap.teacher.startswith(teacher.surname)
    assert "5А, Математика" in gap.text() and p.surname in gap.text()


def test_closing_refuses_listing_the_gaps_and_changes_nothing(db):
    deputy, admin = login(db, "zavuch"), login(db, "admin")
    course = course_of(db, "5А", "Русский язык")
    pupil = sorted(roll(db, "5А"))[0]
    journal.set_period_mark(db, deputy, course, pupil, "year", None, "", now=NOW)
    before = table_hashes(db)
    with pytest.raises(GapsRemain, match="5А, Русский язык") as info:
        close(db, admin)
    assert "Ничего не изменено" in str(info.value)
    assert [g.course_id for g in info.value.gaps] == [course]
    assert table_hashes(db) == before


def test_only_the_administrator_closes_the_year(db):
    for name in ("zavuch", "director", "teacher01"):
        with pytest.raises(Denied, match="закрытие учебного года"):
            close(db, login(db, name))


def test_a_running_year_is_not_closed(small_demo):
    admin = login(small_demo, "admin")
    with pytest.raises(YearClosingError, match="ещё не окончен"):
        year_closing.close_year(small_demo, admin, "1", dt.date(2026, 11, 27),
                                now=dt.datetime(2026, 11, 27, 12, tzinfo=MSK))


# --- decisions ---------------------------------------------------------------------------------------------

def test_default_decisions(db):
    admin = login(db, "admin")
    by_pupil = {d.pupil_id: d for d in year_closing.decisions(db, admin)}
    for pid in roll(db, "5А"):
        assert by_pupil[pid].decision is YearDecisionKind.promotion and by_pupil[pid].next_class == "6А"
    for pid in roll(db, "9Б"):
        assert by_pupil[pid].decision is YearDecisionKind.graduation and by_pupil[pid].next_class is None
    failing = failing_pupil(db, "2А")
    assert by_pupil[failing].decision is YearDecisionKind.repeat_year
    assert by_pupil[failing].failing and by_pupil[failing].next_class == "2А"
    graduates = roll(db, "11А") - {failing_pupil(db, "11А")}
    assert {by_pupil[p].decision for p in graduates} == {YearDecisionKind.graduation}


def test_decisions_are_checked_against_the_grade(db):
    admin = login(db, "admin")
    with pytest.raises(YearClosingError, match="5А класс: решение «выпуск» невозможно"):
        year_closing.set_decision(db, admin, sorted(roll(db, "5А"))[0], "graduation", now=NOW)
    with pytest.raises(YearClosingError, match="условный перевод"):
        year_closing.set_decision(db, admin, sorted(roll(db, "11А"))[0], "conditional_promotion", now=NOW)
    with pytest.raises(YearClosingError, match="Неизвестное решение"):
        year_closing.set_decision(db, admin, sorted(roll(db, "11А"))[0], "expelled", now=NOW)
    with pytest.raises(Denied):
        year_closing.set_decision(db, login(db, "zavuch"), sorted(roll(db, "5А"))[0], "repeat_year", now=NOW)


def test_a_decision_back_to_the_default_is_forgotten(db):
    admin = login(db, "admin")
    pupil = failing_pupil(db, "2А")
    d = year_closing.set_decision(db, admin, pupil, "conditional_promotion", "педсовет, протокол № 9", now=NOW)
    assert (d.decision, d.default, d.note, d.next_class) == (
        YearDecisionKind.conditional_promotion, YearDecisionKind.repeat_year, "педсовет, протокол № 9", "3А")
    year_closing.set_decision(db, admin, pupil, "repeat_year", now=NOW)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(YearDecision)) == 0
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "year_decision")
                            .order_by(AuditEntry.id)).all()
    assert actions == ["create", "delete"]


# --- the closing -------------------------------------------------------------------------------------------

@pytest.fixture
def closed(db):
    """The year closed with: a conditional promotion (2А, failing), a repeater (5А, a 2 put by the
    deputy), a 9th grader continuing, an 11th grader repeating (failing)."""
    deputy, admin = login(db, "zavuch"), login(db, "admin")
    repeater = sorted(roll(db, "5А"))[5]
    journal.set_period_mark(db, deputy, course_of(db, "5А", "Математика"), repeater, "year", None, "2", now=NOW)
    conditional = failing_pupil(db, "2А")
    year_closing.set_decision(db, admin, conditional, YearDecisionKind.conditional_promotion,
                              "решение педсовета, протокол № 9", now=NOW)
    continuing = sorted(roll(db, "9Б"))[0]
    year_closing.set_decision(db, admin, continuing, "promotion", "заявление родителей", now=NOW)
    before = {label: roll(db, label) for label in ("1А", "2А", "5А", "9Б", "11А")}
    with db.session() as s:
        teachers = {c.grade: c.class_teacher_id for c in s.scalars(select(SchoolClass))}
    report = close(db, admin)
    return {"report": report, "before": before, "repeater": repeater, "conditional": conditional,
            "continuing": continuing, "eleventh_repeater": failing_pupil(db, "11А"), "teachers": teachers,
            "admin": admin}


def stay(db, pupil: int, start_year: int) -> Enrollment:
    with db.session() as s:
        return s.scalar(select(Enrollment).join(SchoolClass).join(AcademicYear).where(
            Enrollment.pupil_id == pupil, AcademicYear.start_year == start_year)
            .order_by(Enrollment.arrived_on.desc()).limit(1))


def test_closing_moves_every_pupil(db, closed):
    before, report = closed["before"], closed["report"]
    promoted_5 = before["5А"] - {closed["repeater"]}
    assert roll(db, "6А", 2027) == promoted_5
    assert roll(db, "5А", 2027) == {closed["repeater"]}
    assert roll(db, "3А", 2027) == before["2А"] - {failing_pupil(db, "2А")} | {closed["conditional"]}
    assert roll(db, "2А", 2027) == before["1А"]
    assert roll(db, "1А", 2027) == set()
    assert roll(db, "10Б", 2027) == {closed["continuing"]}
    assert roll(db, "11А", 2027) == {closed["eleventh_repeater"]}
    for label in ("1А", "2А", "5А", "9Б", "11А"):
        assert roll(db, label) == set()  # every stay of the old year ended…
        assert roll(db, label, on=dt.date(2027, 8, 31)) == before[label]  # …after its last day

    old, new = stay(db, next(iter(promoted_5)), 2026), stay(db, next(iter(promoted_5)), 2027)
    assert (old.departed_on, old.departure_event, old.departure_order_number, old.departed_to) == (
        SEPT_1, EnrollmentEvent.promotion, "45-у", "6А класс")
    assert (new.arrived_on, new.arrival_event, new.arrival_order_number, new.arrived_from) == (
        SEPT_1, EnrollmentEvent.promotion, "45-у", "5А класс")
    assert stay(db, closed["conditional"], 2027).arrival_event is EnrollmentEvent.conditional_promotion
    assert stay(db, closed["conditional"], 2026).departure_event is EnrollmentEvent.conditional_promotion
    assert stay(db, closed["repeater"], 2027).arrival_event is EnrollmentEvent.repeat_year
    for pupil in before["11А"] - {closed["eleventh_repeater"]}:
        s = stay(db, pupil, 2026)
        assert (s.departed_on, s.departure_event, s.departed_to) == (SEPT_1, EnrollmentEvent.graduation, "выпуск")
    for pupil in before["9Б"] - {closed["continuing"]}:
        assert stay(db, pupil, 2026).departure_event is EnrollmentEvent.graduation
    with db.session() as s:  # nobody in two classes at once, nobody lost
        open_stays = s.execute(select(Enrollment.pupil_id, func.count()).where(Enrollment.departed_on.is_(None))
                               .group_by(Enrollment.pupil_id)).all()
    assert all(n == 1 for _, n in open_stays)
    graduates = len(before["11А"]) - 1 + len(before["9Б"]) - 1
    assert len(open_stays) == sum(len(v) for v in before.values()) - graduates
    assert (report.promoted, report.conditionally_promoted, report.repeating, report.graduated) == (
        len(open_stays) - 3, 1, 2, graduates)


def test_the_old_year_is_closed_and_the_new_one_set_up(db, closed):
    with db.session() as s:
        old, new = s.scalars(select(AcademicYear).order_by(AcademicYear.start_year)).all()
        assert (old.status, old.closing_order_number, old.closed_on) == (YearStatus.closed, "45-у", ORDER_DATE)
        assert (new.start_year, new.status) == (2027, YearStatus.open)
        periods = s.execute(select(Period.kind, Period.number, Period.start, Period.grade_from, Period.grade_to)
                            .where(Period.academic_year_id == new.id).order_by(Period.grade_from, Period.start)).all()
        assert [(p.kind.value, p.number, p.grade_from, p.grade_to) for p in periods] == [
            ("quarter", n, 1, 9) for n in (1, 2, 3, 4)] + [("half_year", n, 10, 11) for n in (1, 2)]
        assert periods[0].start == SEPT_1
        holidays = s.execute(select(Holiday.name, Holiday.grade_to).where(Holiday.academic_year_id == new.id)).all()
        assert ("летние каникулы", 11) in holidays and ("дополнительные каникулы для 1 класса", 1) in holidays
        classes = {c.label: c for c in s.scalars(select(SchoolClass).where(SchoolClass.academic_year_id == new.id))}
    assert sorted(classes) == ["10Б", "11А", "1А", "2А", "3А", "5А", "6А"]
    teachers = closed["teachers"]
    assert classes["6А"].class_teacher_id == teachers[5]
    assert classes["3А"].class_teacher_id == teachers[2]
    assert classes["10Б"].class_teacher_id == teachers[9]
    assert classes["1А"].class_teacher_id is None and classes["5А"].class_teacher_id is None
    assert closed["report"].classes_created == ["1А", "2А", "3А", "5А", "6А", "10Б", "11А"]
    assert any("5А" in w and "повторное обучение" in w for w in closed["report"].warnings)


def test_courses_are_copied_to_the_next_grade_for_review(db, closed):
    def courses(label, start_year):
        with db.session() as s:
            rows = s.execute(select(Course.subject_id, Course.teacher_id, Course.grading_system_id,
                                    Course.hours_per_week, Course.kind, Course.has_marks, Course.name,
                                    Subgroup.name).outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
                             .where(Course.school_class_id == class_id(db, label, start_year))).all()
        return sorted(map(tuple, rows), key=repr)

    assert courses("6А", 2027) == courses("5А", 2026)
    assert courses("3А", 2027) == courses("2А", 2026)
    assert courses("5А", 2027) == [] and courses("1А", 2027) == []
    with db.session() as s:  # subgroups keep the pupils who moved along
        old = {sg.name: {m for m in s.scalars(select(SubgroupMember.pupil_id).where(
            SubgroupMember.subgroup_id == sg.id))} for sg in s.scalars(select(Subgroup).where(
                Subgroup.school_class_id == class_id(db, "5А")))}
        new = {sg.name: {m for m in s.scalars(select(SubgroupMember.pupil_id).where(
            SubgroupMember.subgroup_id == sg.id))} for sg in s.scalars(select(Subgroup).where(
                Subgroup.school_class_id == class_id(db, "6А", 2027)))}
        club = s.scalar(select(func.count()).select_from(Course).join(AcademicYear).where(
            AcademicYear.start_year == 2027, Course.kind == CourseKind.club))
    assert old and new == {k: v - {closed["repeater"]} for k, v in old.items()}
    assert club == 1


def test_the_closing_is_in_the_audit_log(db, closed):
    with db.session() as s:
        assert audit.chain_problems(s) == []
        assert audit.mark_problems(s) == []
        entries = s.execute(select(AuditEntry.entity, AuditEntry.action, func.count())
                            .where(AuditEntry.account_id == closed["admin"].account_id, AuditEntry.at == NOW)
                            .group_by(AuditEntry.entity, AuditEntry.action)).all()
    counts = {(e, a): n for e, a, n in entries}
    assert counts[("academic_year", "close")] == 1 and counts[("academic_year", "create")] == 1
    assert counts[("enrollment", "update")] == sum(len(v) for v in closed["before"].values())
    assert counts[("course", "create")] == closed["report"].courses_copied
    assert counts[("school_class", "create")] == 7


def test_the_closed_year_is_read_only_for_everyone(db, closed):
    course = course_of(db, "5А", "Математика")
    with db.session() as s:
        teacher_login = s.scalar(text("SELECT login FROM account WHERE staff_id = :t"),
                                 {"t": s.get(Course, course).teacher_id})
        lesson = s.scalar(select(Lesson.id).where(Lesson.course_id == course).order_by(Lesson.date.desc()))
    pupil = sorted(closed["before"]["5А"])[0]
    teacher, deputy = login(db, teacher_login), login(db, "zavuch")
    with pytest.raises(journal.RuleViolation, match="Учебный год закрыт"):
        journal.put_marks(db, teacher, lesson, pupil, "5", now=NOW)
    with pytest.raises(journal.RuleViolation, match="Учебный год закрыт"):
        journal.set_period_mark(db, deputy, course, pupil, "year", None, "5", now=NOW)
    with pytest.raises(journal.RuleViolation, match="Учебный год закрыт"):
        journal.set_attendance(db, deputy, lesson, pupil, "Н", now=NOW)
    with pytest.raises(journal.RuleViolation, match="Учебный год закрыт"):
        journal.update_lesson(db, deputy, lesson, topic="Новая тема", now=NOW)
    with db.session() as s:
        old_year = s.scalar(select(AcademicYear.id).where(AcademicYear.start_year == 2026))
    pages = journal.courses_for(db, deputy, old_year)
    assert pages and not any(p.editable for p in pages)  # the grid greys what the service refuses
    grid = journal.load_grid(db, teacher, course, journal.periods_for(db, course)[-1].id, now=NOW)
    assert grid.course.editable is False and grid.rows  # still viewable
    with pytest.raises(YearClosingError, match="уже закрыт"):
        year_closing.close_year(db, closed["admin"], "46-у", ORDER_DATE, year_id=old_year, now=NOW)


def test_a_failure_midway_leaves_the_database_exactly_as_it_was(db, monkeypatch):
    admin = login(db, "admin")
    before = table_hashes(db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk pulled out while copying the courses")

    monkeypatch.setattr(year_closing, "_copy_courses", broken)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        close(db, admin)
    assert table_hashes(db) == before


def test_the_year_is_archived_before_it_is_closed(db, tmp_path, other_medium):
    drives = [tmp_path / "E", other_medium / "F"]  # two media: two devices
    for d in drives:
        d.mkdir()
    report = close(db, login(db, "admin"), archive_to=drives)
    assert [r.ok for r in report.archives] == [True, True]
    for d in drives:
        [file] = list(d.glob("*-year_archive.ejb"))
        assert file.stat().st_size > 0


def test_a_failed_archive_stops_the_closing(db, tmp_path):
    admin = login(db, "admin")
    good = tmp_path / "E"
    good.mkdir()
    with pytest.raises(YearClosingError, match="архив года не записан"):
        close(db, admin, archive_to=[good, tmp_path / "missing"])
    with db.session() as s:
        assert s.scalar(select(AcademicYear.status)) is YearStatus.open
        assert s.scalar(select(func.count()).select_from(AcademicYear)) == 1


def test_progress_is_reported(db):
    seen = []
    close(db, login(db, "admin"), progress=lambda done, total, what: seen.append((done, total, what)))
    assert seen[0][0] == 0 and seen[-1][:2] == (100, 100)


# --- journals older than five years ------------------------------------------------------------------------

def fabricate_old_year(db, start_year: int) -> dict[str, int]:
    """A closed year with a class, a pupil's stay, a course, a lesson with a mark and a year mark."""
    with db.session() as s, s.begin():
        year = AcademicYear(start_year=start_year, status=YearStatus.closed, closing_order_number="12-у",
                            closed_on=dt.date(start_year + 1, 6, 1))
        s.add(year)
        s.flush()
        s.add(Period(academic_year_id=year.id, kind=PeriodKind.half_year, number=1, start=dt.date(start_year, 9, 1), end=dt.date(start_year + 1, 5, 25)))
        cls = SchoolClass(academic_year_id=year.id, grade=5, letter="А")
        s.add(cls)
        s.flush()
        pupil = s.scalar(select(Pupil.id).order_by(Pupil.id).limit(1))
        s.add(Enrollment(pupil_id=pupil, school_class_id=cls.id, arrived_on=dt.date(start_year, 9, 1),
                         arrival_event=EnrollmentEvent.promotion, departed_on=dt.date(start_year + 1, 9, 1),
                         departure_event=EnrollmentEvent.promotion))
        template = s.scalar(select(Course).order_by(Course.id).limit(1))
        course = Course(academic_year_id=year.id, subject_id=template.subject_id, school_class_id=cls.id,
                        teacher_id=template.teacher_id, grading_system_id=template.grading_system_id)
        s.add(course)
        s.flush()
        lesson = Lesson(course_id=course.id, date=dt.date(start_year, 10, 1), number=1)
        s.add(lesson)
        s.flush()
        mark = Mark(lesson_id=lesson.id, pupil_id=pupil, value="5",
                    work_type_id=s.scalar(text("SELECT min(id) FROM work_type")), weight=1.0)
        s.add(mark)
        s.flush()
        audit.record(s, None, "create", "mark", mark.id, new={"lesson_id": lesson.id, "value": "5"})
        s.add(PeriodMark(course_id=course.id, pupil_id=pupil, kind=PeriodMarkKind.year, value="5"))
        return {"year": year.id, "mark": mark.id, "course": course.id}


def test_old_journals_are_removed_only_after_the_summary_sheets_were_printed(db):
    admin = login(db, "admin")
    old = fabricate_old_year(db, 2019)      # ended 31.08.2020: kept until 31.08.2025
    recent = fabricate_old_year(db, 2022)   # ended 31.08.2023: kept until 31.08.2028
    assert year_closing.removable_years(db, admin, now=NOW) == ["2019/2020"]
    before = table_hashes(db)
    with pytest.raises(YearClosingError, match="сначала распечатайте их сводные ведомости") as info:
        year_closing.remove_old_years(db, admin, summary_sheets_printed=False, now=NOW)
    assert "2019/2020" in str(info.value)
    assert table_hashes(db) == before
    with pytest.raises(Denied):
        year_closing.remove_old_years(db, login(db, "zavuch"), summary_sheets_printed=True, now=NOW)

    report = year_closing.remove_old_years(db, admin, summary_sheets_printed=True, now=NOW)
    assert report.years == ["2019/2020"] and report.counts["отметок"] == 1 and report.counts["классов"] == 1
    with db.session() as s:
        assert s.get(AcademicYear, old["year"]) is None and s.get(Course, old["course"]) is None
        assert s.get(Mark, old["mark"]) is None
        assert s.get(AcademicYear, recent["year"]) is not None and s.get(Mark, recent["mark"]) is not None
        assert s.scalar(select(AcademicYear.status).where(AcademicYear.start_year == 2026)) is YearStatus.open
        assert audit.chain_problems(s) == [] and audit.mark_problems(s) == []
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "academic_year", AuditEntry.action == "remove")) == 1
    again = year_closing.remove_old_years(db, admin, summary_sheets_printed=False, now=NOW)
    assert again.years == [] and "ничего не удалено" in again.summary()


def test_errors_are_service_errors_with_russian_messages(db):
    admin = login(db, "admin")
    with pytest.raises(ServiceError, match="номер приказа"):
        year_closing.close_year(db, admin, "  ", ORDER_DATE, now=NOW)


def test_db_check_finds_a_mark_changed_by_raw_sql_in_a_closed_year(db, closed):
    from ejournal_desktop.services.administration import maintenance
    assert maintenance.check(db).ok
    with db.session() as s:
        mark_id, value = s.execute(
            select(Mark.id, Mark.value).join(Lesson, Lesson.id == Mark.lesson_id)
            .join(Course, Course.id == Lesson.course_id).join(AcademicYear)
            .where(AcademicYear.start_year == 2026).order_by(Mark.id).limit(1)).one()
        changed = "2" if value != "2" else "5"
        s.execute(text("UPDATE mark SET value = :v WHERE id = :i"), {"v": changed, "i": mark_id})
        s.commit()
    problems = maintenance.check(db).problems
    assert any(f"Отметка {mark_id}: в базе «{changed}»" in p for p in problems), problems
