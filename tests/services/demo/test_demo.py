"""The demo school: complete, realistic, lawful (no marks in advance) and reproducible."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict

import pytest
from sqlalchemy import select

from ejournal_desktop.domain.averages import suggest_period_mark, weighted_average
from ejournal_desktop.domain.grading import FIVE_POINT
from ejournal_desktop.domain.roles import Role
from ejournal_desktop.services import demo
from ejournal_desktop.services.access import accounts, audit
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    Account,
    AccountRole,
    Attendance,
    AuditEntry,
    Base,
    Course,
    CourseKind,
    Enrollment,
    GradeValue,
    Holiday,
    Lesson,
    Mark,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Sex,
    Subject,
    TimetableEntry,
)

KEY_HEX = "6d" * 32
TODAY = dt.date(2026, 11, 27)  # a Friday of the 2nd quarter of 2026/2027


def _create(path):
    return database.create(path, key=bytes.fromhex(KEY_HEX))


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    db = _create(tmp_path_factory.mktemp("demo") / "small.db")
    report = demo.generate(db, "small", seed=1, today=TODAY)
    yield db, report
    db.close()


@pytest.fixture
def session(small):
    db, _ = small
    with db.session() as s:
        yield s


def _class_of_course(session) -> dict[int, int | None]:
    rows = session.execute(select(Course.id, SchoolClass.grade).join(
        SchoolClass, Course.school_class_id == SchoolClass.id, isouter=True))
    return dict(rows.all())


def test_small_school_has_its_classes_pupils_and_guardians(small, session):
    _, report = small
    classes = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter)).all()
    assert sorted(f"{g}{letter}" for _, g, letter in classes) == ["10А", "2А", "5А"]
    assert report.classes == 3 and report.pupils == session.query(Pupil).count()
    for class_id, grade, letter in classes:
        on_roll = session.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id, Enrollment.arrived_on <= TODAY,
            (Enrollment.departed_on.is_(None)) | (Enrollment.departed_on > TODAY))).all()
        assert 20 <= len(on_roll) <= 30, f"{grade}{letter}: {len(on_roll)}"
    guardians_per_pupil = Counter(session.scalars(select(PupilGuardian.pupil_id)))
    pupil_ids = session.scalars(select(Pupil.id)).all()
    assert all(1 <= guardians_per_pupil[p] <= 2 for p in pupil_ids)
    assert any(guardians_per_pupil[p] == 2 for p in pupil_ids)
    # Gender forms agree: a girl is Иванова Анна Сергеевна, a boy Иванов Иван Сергеевич.
    for p in session.scalars(select(Pupil)):
        if p.sex is Sex.female:
            assert p.patronymic.endswith(("вна", "чна")), p.patronymic
            assert not p.surname.endswith(("ов", "ев", "ёв", "ин", "ский")), p.surname
        else:
            assert p.patronymic.endswith(("вич", "ич")), p.patronymic
        assert p.birth_date is not None and p.address


def test_birth_dates_match_the_grade(session):
    rows = session.execute(select(Pupil.birth_date, SchoolClass.grade)
                           .join(Enrollment, Enrollment.pupil_id == Pupil.id)
                           .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)).all()
    for birth, grade in rows:
        age = (dt.date(2026, 9, 1) - birth).days / 365.25
        assert grade + 5 <= age <= grade + 7.5, (birth, grade)


@pytest.mark.parametrize("login, roles", [
    ("admin", {Role.administrator}),
    ("director", {Role.director}),
    ("zavuch", {Role.deputy}),
    ("secretary", {Role.secretary}),
    ("teacher01", {Role.teacher, Role.class_teacher}),  # the 2А primary teacher
    ("pupil-2a-01", {Role.pupil}),
    ("pupil-10a-03", {Role.pupil}),
    ("parent-5a-01", {Role.guardian}),
])
def test_demo_accounts_log_in_with_demo(small, login, roles):
    db, report = small
    actor = accounts.authenticate(db, login, "demo")
    assert actor.roles == frozenset(roles)
    assert login in dict(report.account_list)
    with pytest.raises(accounts.AuthError):
        accounts.authenticate(db, login, "wrong")


def test_accounts_link_to_their_people(session):
    for account in session.scalars(select(Account)):
        assert not account.must_change_password
        roles = set(session.scalars(select(AccountRole.role).where(AccountRole.account_id == account.id)))
        assert roles
        if account.login.startswith("pupil-"):
            assert account.pupil_id is not None
        elif account.login.startswith("parent-"):
            assert account.guardian_id is not None
        else:
            assert account.staff_id is not None
    # The first pupil of 5А in Russian alphabetical order is pupil-5a-01.
    pupil_5a = session.execute(
        select(Pupil.surname, Pupil.name, Account.login).join(Account, Account.pupil_id == Pupil.id)
        .where(Account.login.like("pupil-5a-%")).order_by(Account.login)).all()
    from ejournal_desktop.domain.names import person_sort_key
    assert [r.login for r in sorted(pupil_5a, key=lambda r: person_sort_key(r.surname, r.name))] == \
        [r.login for r in pupil_5a]


def test_no_marks_or_attendance_after_today(session):
    assert session.scalar(select(Lesson.date).order_by(Lesson.date.desc()).limit(1)) > TODAY
    late_marks = session.scalar(select(Mark.id).join(Lesson).where(Lesson.date > TODAY).limit(1))
    late_absences = session.scalar(select(Attendance.id).join(Lesson).where(Lesson.date > TODAY).limit(1))
    assert late_marks is None and late_absences is None
    assert session.scalar(select(Lesson.id).where(Lesson.date > TODAY, Lesson.topic != "").limit(1)) is None
    assert session.query(Mark).count() > 1000 and session.query(Attendance).count() > 100


def test_no_lesson_in_a_holiday(session):
    grade_of = _class_of_course(session)
    holidays = session.execute(select(Holiday.start, Holiday.end, Holiday.grade_from, Holiday.grade_to)).all()
    assert any(h.end - h.start > dt.timedelta(days=5) for h in holidays)
    for course_id, day in session.execute(select(Lesson.course_id, Lesson.date)):
        grade = grade_of[course_id] or 5
        assert day.weekday() != 6
        for h in holidays:
            assert not (h.start <= day <= h.end and h.grade_from <= grade <= h.grade_to), (course_id, day)


def test_every_mark_belongs_to_its_grading_system(session):
    allowed = defaultdict(set)
    for system_id, code in session.execute(select(GradeValue.grading_system_id, GradeValue.code)):
        allowed[system_id].add(code)
    rows = session.execute(select(Mark.value, Course.grading_system_id, Course.has_marks)
                           .join(Lesson, Lesson.id == Mark.lesson_id).join(Course, Course.id == Lesson.course_id))
    seen = set()
    for value, system_id, has_marks in rows:
        assert has_marks and value in allowed[system_id]
        seen.add(value)
    assert {"5", "4", "3", "2", "зач"} <= seen


def test_marks_have_a_realistic_spread(session):
    values = Counter(session.scalars(select(Mark.value)))
    five_point = sum(values[v] for v in "12345")
    assert 0.15 < values["5"] / five_point < 0.45
    assert 0.25 < values["4"] / five_point < 0.5
    assert values["2"] / five_point < 0.12
    # Control works: a mark for everyone present, weight 2.
    control = session.execute(select(Mark.lesson_id, Mark.weight).join(Lesson).where(
        Lesson.work_kind == "Контрольная работа")).all()
    assert control and all(w == 2.0 for _, w in control)


def test_departed_pupils_have_no_marks_after_departure(session):
    departures = session.execute(select(Enrollment.pupil_id, Enrollment.school_class_id, Enrollment.arrived_on,
                                        Enrollment.departed_on)).all()
    assert any(d.departed_on for d in departures), "the small school has a departure"
    assert any(d.arrived_on > dt.date(2026, 9, 1) for d in departures), "and an arrival"
    stays = defaultdict(list)
    for d in departures:
        stays[d.pupil_id].append(d)
    rows = session.execute(select(Mark.pupil_id, Lesson.date, Course.school_class_id, Course.kind)
                           .join(Lesson, Lesson.id == Mark.lesson_id).join(Course, Course.id == Lesson.course_id))
    for pupil_id, day, class_id, kind in rows:
        if kind is not CourseKind.lesson:
            continue
        assert any(s.school_class_id == class_id and s.arrived_on <= day
                   and (s.departed_on is None or day < s.departed_on) for s in stays[pupil_id]), (pupil_id, day)
    departed = {d.pupil_id for d in departures if d.departed_on}
    assert not session.scalars(select(Account.id).where(Account.pupil_id.in_(departed))).all() or \
        all(len(stays[p]) > 1 for p in departed)  # transferred pupils keep their account


def test_first_grade_and_unmarked_courses_have_no_marks(tmp_path):
    db = _create(tmp_path / "school.db")
    try:
        demo.generate(db, "school", seed=3, today=dt.date(2025, 12, 10))
        with db.session() as s:
            grade1 = s.scalars(select(Course.id).join(SchoolClass).where(SchoolClass.grade == 1)).all()
            assert grade1
            assert not s.scalars(select(Course.id).where(Course.id.in_(grade1), Course.has_marks)).all()
            assert s.scalar(select(Mark.id).join(Lesson).where(Lesson.course_id.in_(grade1)).limit(1)) is None
            kinds = set(s.scalars(select(Course.kind)))
            assert {CourseKind.lesson, CourseKind.elective, CourseKind.club, CourseKind.extended_day} <= kinds
            assert audit.chain_problems(s) == []
    finally:
        db.close()


def test_timetable_has_no_teacher_in_two_places(session):
    rows = session.execute(select(Course.teacher_id, TimetableEntry.weekday, TimetableEntry.lesson_number)
                           .join(Course, Course.id == TimetableEntry.course_id)).all()
    assert len(rows) == len(set(rows))
    hours = Counter(session.scalars(select(TimetableEntry.course_id)))
    for course in session.scalars(select(Course)):
        assert hours[course.id] == course.hours_per_week, course.id
    # Subgroups: English split into two groups taught at the same time by two teachers.
    english = session.scalar(select(Subject.id).where(Subject.name == "Английский язык"))
    split = session.execute(select(Course.teacher_id, TimetableEntry.weekday, TimetableEntry.lesson_number)
                            .join(TimetableEntry).where(Course.subject_id == english,
                                                        Course.subgroup_id.is_not(None))).all()
    assert split and len({t for t, _, _ in split}) >= 2


def test_period_marks_follow_the_weighted_average(session):
    q1 = session.scalar(select(Period).where(Period.number == 1, Period.grade_to == 9))
    assert q1.end < TODAY
    marks = defaultdict(list)
    for course_id, pupil_id, value, weight in session.execute(
            select(Lesson.course_id, Mark.pupil_id, Mark.value, Mark.weight).join(Lesson)
            .where(Lesson.date >= q1.start, Lesson.date <= q1.end)):
        marks[(course_id, pupil_id)].append((value, weight))
    period_marks = session.scalars(select(PeriodMark).where(PeriodMark.period_id == q1.id)).all()
    assert len(period_marks) > 100
    for pm in period_marks:
        assert pm.kind is PeriodMarkKind.period
        if pm.value in ("зач", "незач"):
            continue
        assert pm.value == suggest_period_mark(weighted_average(marks[(pm.course_id, pm.pupil_id)], FIVE_POINT))
    # No mark for a period that has not ended yet.
    open_periods = session.scalars(select(Period.id).where(Period.end >= TODAY)).all()
    assert not session.scalars(select(PeriodMark.id).where(PeriodMark.period_id.in_(open_periods))).all()


def test_audit_chain_is_intact_and_covers_entries(small, session):
    assert audit.chain_problems(session) == []
    counts = Counter(session.scalars(select(AuditEntry.entity).where(AuditEntry.action != "login")))
    assert counts["mark"] == session.query(Mark).count()
    assert counts["attendance"] == session.query(Attendance).count()
    assert counts["period_mark"] == session.query(PeriodMark).count()
    assert counts["enrollment"] >= session.query(Enrollment).count()
    assert counts["lesson"] == session.query(Lesson).filter(Lesson.date <= TODAY).count()
    # Each mark's entry is by the teacher who put it, on the lesson's afternoon, never before the lesson.
    rows = session.execute(select(Mark.created_by, Mark.created_at, AuditEntry.account_id, AuditEntry.at,
                                  Lesson.date)
                           .join(AuditEntry, (AuditEntry.entity == "mark") & (AuditEntry.entity_id == Mark.id))
                           .join(Lesson, Lesson.id == Mark.lesson_id).limit(3000)).all()
    for created_by, created_at, account_id, at, day in rows:
        assert created_by == account_id and created_at == at
        assert at.tzinfo is not None and day <= at.date() <= TODAY
    times = session.scalars(select(AuditEntry.at).where(AuditEntry.action != "login").order_by(AuditEntry.id)).all()
    assert times == sorted(times)


def _digest(db, raw: bool = False) -> str:
    """All rows of all tables (raw: as stored text), except the salted password hashes."""
    h = hashlib.sha256()
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if not (table.name == "account" and c.name == "password_hash")]
            if raw:
                names = ", ".join(f'"{c.name}"' for c in cols)
                keys = ", ".join(f'"{c.name}"' for c in table.primary_key.columns)
                result = conn.exec_driver_sql(f'SELECT {names} FROM "{table.name}" ORDER BY {keys}')
            else:
                result = conn.execute(select(*cols).order_by(*table.primary_key.columns))
            for row in result:
                h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_same_seed_and_today_give_identical_schools(small, tmp_path):
    # The argon2 password hash has a random salt by design; every other column must match.
    first, second = _create(tmp_path / "a.db"), _create(tmp_path / "b.db")
    other = _create(tmp_path / "c.db")
    try:
        r1 = demo.generate(first, "small", seed=7, today=TODAY)
        r2 = demo.generate(second, "small", seed=7, today=TODAY)
        demo.generate(other, "small", seed=8, today=TODAY)
        assert r1 == r2
        assert _digest(first) == _digest(second)
        assert _digest(first) != _digest(other)
    finally:
        for db in (first, second, other):
            db.close()


def test_fast_sqlite_insert_stores_what_sqlalchemy_stores(tmp_path, monkeypatch):
    # The big tables bypass SQLAlchemy's parameter processing; the stored text must not differ.
    fast = _create(tmp_path / "fast.db")
    demo.generate(fast, "small", seed=5, today=TODAY)
    monkeypatch.setattr(demo._Builder, "_insert_raw", lambda self, model, rows: self.conn.execute(
        demo.insert(model.__table__), rows))
    core = _create(tmp_path / "core.db")
    demo.generate(core, "small", seed=5, today=TODAY)
    try:
        assert _digest(fast, raw=True) == _digest(core, raw=True)
    finally:
        fast.close()
        core.close()


def test_summer_today_is_the_year_that_just_ended(tmp_path):
    db = _create(tmp_path / "summer.db")
    try:
        report = demo.generate(db, "small", seed=2, today=dt.date(2026, 7, 20))
        assert report.academic_year == "2025/2026"
        with db.session() as s:
            year_marks = s.scalars(select(PeriodMark.id).where(PeriodMark.kind == PeriodMarkKind.year)).all()
            assert year_marks
            assert s.scalar(select(Lesson.date).order_by(Lesson.date.desc()).limit(1)) < dt.date(2026, 6, 1)
    finally:
        db.close()


def test_generate_refuses_a_database_with_a_school(small):
    db, _ = small
    with pytest.raises(ValueError, match="уже есть школа"):
        demo.generate(db, "small", seed=1, today=TODAY)
    with pytest.raises(ValueError, match="Неизвестный размер"):
        demo.generate(db, "huge")


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    db = _create(tmp_path_factory.mktemp("demo") / "large.db")
    report = demo.generate(db, "large", seed=1, today=dt.date(2026, 3, 2))
    yield db, report
    db.close()


@pytest.mark.slow
def test_large_school_sizes(large):
    db, report = large
    assert report.classes == 44
    assert 1000 <= report.pupils <= 1250
    assert 50 <= report.teachers <= 90
    with db.session() as s:
        grades = Counter(s.scalars(select(SchoolClass.grade)))
        assert grades == dict.fromkeys(range(1, 12), 4)
        assert s.query(Pupil).count() == report.pupils
        assert s.query(Lesson).count() == report.lessons > 35000
        assert s.query(Mark).count() == report.marks > 100000
        rows = s.execute(select(Course.teacher_id, TimetableEntry.weekday, TimetableEntry.lesson_number)
                         .join(Course, Course.id == TimetableEntry.course_id)).all()
        assert len(rows) == len(set(rows))
        # A guardian of two children has one account, named after the first child.
        shared = [g for g, n in Counter(s.scalars(select(PupilGuardian.guardian_id))).items() if n > 1]
        assert shared
        assert s.query(Account).filter(Account.guardian_id.in_(shared)).count() <= len(shared)
