"""Courses beyond the class lesson (clubs, electives, ГПД, individual schooling) and subgroups, on the small
demo school (2А, 5А, 10А; today 2026-11-27): who the journal grid lists, marks refused on an
attendance-only club, and pupils moved between groups under the safe rule."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from journal_testing import DEMO_TODAY
from sqlalchemy import select

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.timetable import courses, subgroups
from ejournal_desktop.storage.models import (
    AuditEntry,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    Lesson,
    Mark,
    SchoolClass,
    Subgroup,
    SubgroupMember,
    Subject,
)

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


@pytest.fixture
def deputy(small_demo):
    return login(small_demo, "zavuch")


def class_id(db, label: str) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).where(SchoolClass.grade == int(label[:-1]),
                                                     SchoolClass.letter == label[-1]))


def subject_id(db, name: str) -> int:
    with db.session() as s:
        return s.scalar(select(Subject.id).where(Subject.name == name))


def pupils_in(db, label: str) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id(db, label), Enrollment.arrived_on <= DEMO_TODAY,
            (Enrollment.departed_on.is_(None)) | (Enrollment.departed_on > DEMO_TODAY)).order_by(Enrollment.pupil_id)))


def grid_pupils(db, actor, course: int) -> set[int]:
    period = next(p for p in journal.periods_for(db, course) if p.start <= DEMO_TODAY <= p.end)
    return {r.pupil_id for r in journal.load_grid(db, actor, course, period.id, now=NOW).rows}


def demo_course(db, kind: CourseKind) -> int:
    with db.session() as s:
        return s.scalar(select(Course.id).where(Course.kind == kind))


def add_lesson(db, course: int, day: dt.date, number: int = 8) -> int:
    with db.session() as s, s.begin():
        lesson = Lesson(course_id=course, date=day, number=number)
        s.add(lesson)
        s.flush()
        return lesson.id


# --- clubs, electives, ГПД ------------------------------------------------------------------------------------

def test_a_club_takes_pupils_from_several_classes_and_its_grid_lists_exactly_them(small_demo, deputy):
    members = pupils_in(small_demo, "2А")[:2] + pupils_in(small_demo, "5А")[:3] + pupils_in(small_demo, "10А")[-1:]
    teacher = login(small_demo, "teacher09").staff_id
    course = courses.create_course(
        small_demo, deputy, kind="club", subject_id=subject_id(small_demo, "Внеурочная деятельность"),
        teacher_id=teacher, hours_per_week=2, member_ids=members, has_marks=False, name="Шахматы", on=DEMO_TODAY)
    assert grid_pupils(small_demo, deputy, course) == set(members)
    card = courses.course_card(small_demo, deputy, course)
    assert card.kind_label == "кружок" and card.class_label == "" and not card.has_marks
    assert {m.class_label for m in card.members} == {"2А", "5А", "10А"}
    with small_demo.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "course", AuditEntry.entity_id == course)).one()
    assert json.loads(entry.new)["members"] == sorted(members)
    # the club's teacher sees the page as own
    assert grid_pupils(small_demo, login(small_demo, "teacher09"), course) == set(members)
    # the demo's own club and ГПД list their members, not a class
    for kind in (CourseKind.club, CourseKind.extended_day, CourseKind.elective):
        demo = demo_course(small_demo, kind)
        period = next(p for p in journal.periods_for(small_demo, demo) if p.start <= DEMO_TODAY <= p.end)
        with small_demo.session() as s:   # members who were at school during the period (one left in October)
            expected = set(s.scalars(select(CourseMember.pupil_id).join(
                Enrollment, Enrollment.pupil_id == CourseMember.pupil_id).where(
                CourseMember.course_id == demo, Enrollment.arrived_on <= period.end,
                (Enrollment.departed_on.is_(None)) | (Enrollment.departed_on > period.start))))
            everyone = set(s.scalars(select(CourseMember.pupil_id).where(CourseMember.course_id == demo)))
        assert grid_pupils(small_demo, deputy, demo) == expected and expected
        if kind is CourseKind.extended_day:
            assert everyone - expected   # the pupil who left is a member but not on this period's page


def test_an_attendance_only_club_refuses_a_mark_but_takes_attendance(small_demo, deputy):
    club = demo_course(small_demo, CourseKind.club)
    with small_demo.session() as s:
        lesson = s.execute(select(Lesson.id, Lesson.date).where(Lesson.course_id == club, Lesson.date <= DEMO_TODAY)
                           .order_by(Lesson.date.desc()).limit(1)).one()
        pupil = s.scalar(select(CourseMember.pupil_id).where(CourseMember.course_id == club).limit(1))
    when = dt.datetime.combine(lesson.date, dt.time(15), MSK)
    for actor in (deputy, login(small_demo, "teacher09")):
        with pytest.raises(journal.RuleViolation, match="отметки не ставятся"):
            journal.put_marks(small_demo, actor, lesson.id, pupil, "5", now=when)
    with small_demo.session() as s:
        assert s.scalar(select(Mark.id).where(Mark.lesson_id == lesson.id)) is None
    journal.set_attendance(small_demo, deputy, lesson.id, pupil, "Н", now=when)
    period = next(p for p in journal.periods_for(small_demo, club) if p.start <= lesson.date <= p.end)
    grid = journal.load_grid(small_demo, deputy, club, period.id, now=when)
    assert next(r for r in grid.rows if r.pupil_id == pupil).attendance[lesson.id] == "Н"
    assert not grid.course.has_marks


def test_a_course_with_marks_can_be_made_attendance_only_before_its_first_mark_only(small_demo, deputy):
    elective = demo_course(small_demo, CourseKind.elective)
    with pytest.raises(courses.CourseError, match="уже .* отметок: курс нельзя сделать «без отметок»"):
        courses.update_course(small_demo, deputy, elective, has_marks=False)
    new = courses.create_course(small_demo, deputy, kind="elective", subject_id=subject_id(small_demo, "Литература"),
                                teacher_id=login(small_demo, "teacher02").staff_id, member_ids=pupils_in(small_demo, "5А")[:4],
                                school_class_id=class_id(small_demo, "5А"), name="Читательский клуб", on=DEMO_TODAY)
    card = courses.update_course(small_demo, deputy, new, has_marks=False, hours_per_week=0.5)
    assert not card.has_marks and card.hours_per_week == 0.5


def test_bad_courses_are_refused_with_the_field_named_and_nothing_written(small_demo, deputy):
    subject = subject_id(small_demo, "Внеурочная деятельность")
    teacher = login(small_demo, "teacher09").staff_id
    with small_demo.session() as s:
        before = len(s.scalars(select(Course.id)).all())
    with pytest.raises(courses.CourseError, match="Название: у курса вида «кружок» должно быть своё название"):
        courses.create_course(small_demo, deputy, kind="club", subject_id=subject, teacher_id=teacher,
                              member_ids=pupils_in(small_demo, "5А")[:2])
    with pytest.raises(courses.CourseError, match="Участники: выберите учеников"):
        courses.create_course(small_demo, deputy, kind="club", subject_id=subject, teacher_id=teacher, name="Хор")
    with pytest.raises(courses.CourseError, match="не числятся в 5А классе"):
        courses.create_course(small_demo, deputy, kind="elective", subject_id=subject, teacher_id=teacher, name="Хор",
                              school_class_id=class_id(small_demo, "5А"), member_ids=pupils_in(small_demo, "2А")[:1],
                              on=DEMO_TODAY)
    with pytest.raises(courses.CourseError, match="Часов в неделю: 0 — нужно больше 0"):
        courses.create_course(small_demo, deputy, kind="club", subject_id=subject, teacher_id=teacher, name="Хор",
                              member_ids=pupils_in(small_demo, "5А")[:2], hours_per_week=0)
    with pytest.raises(courses.CourseError, match="Такой курс уже есть в нагрузке"):
        courses.create_course(small_demo, deputy, kind="lesson", subject_id=subject_id(small_demo, "Математика"),
                              teacher_id=teacher, school_class_id=class_id(small_demo, "5А"))
    with pytest.raises(Denied):
        courses.create_course(small_demo, login(small_demo, "teacher09"), kind="club", subject_id=subject,
                              teacher_id=teacher, name="Хор", member_ids=pupils_in(small_demo, "5А")[:2])
    with small_demo.session() as s:
        assert len(s.scalars(select(Course.id)).all()) == before


def test_a_member_with_entries_stays_in_the_club(small_demo, deputy):
    club = demo_course(small_demo, CourseKind.extended_day)
    card = courses.course_card(small_demo, deputy, club)
    ids = [m.pupil_id for m in card.members]
    with small_demo.session() as s:
        lesson = s.scalar(select(Lesson.id).where(Lesson.course_id == club, Lesson.date == dt.date(2026, 11, 26)))
    journal.set_attendance(small_demo, deputy, lesson, ids[0], "Б", now=NOW)
    with pytest.raises(courses.CourseError, match="в журнале курса есть записи ученика"):
        courses.update_course(small_demo, deputy, club, member_ids=ids[1:])
    newcomer = next(p for p in pupils_in(small_demo, "2А") if p not in ids)
    card = courses.update_course(small_demo, deputy, club, member_ids=ids + [newcomer], on=DEMO_TODAY)
    assert newcomer in {m.pupil_id for m in card.members}
    assert newcomer in grid_pupils(small_demo, deputy, club)


def test_individual_schooling_is_a_course_of_one_pupil_of_the_class(small_demo, deputy):
    pupil = pupils_in(small_demo, "5А")[3]
    course = courses.create_course(
        small_demo, deputy, kind="individual", subject_id=subject_id(small_demo, "Математика"),
        teacher_id=login(small_demo, "teacher03").staff_id, hours_per_week=2, member_ids=[pupil], on=DEMO_TODAY)
    card = courses.course_card(small_demo, deputy, course)
    assert (card.pupil_id, card.class_label, card.kind_label) == (pupil, "5А", "индивидуальное обучение")
    lesson = add_lesson(small_demo, course, DEMO_TODAY)
    journal.put_marks(small_demo, login(small_demo, "teacher03"), lesson, pupil, "4", now=NOW)
    assert grid_pupils(small_demo, deputy, course) == {pupil}
    other = pupils_in(small_demo, "5А")[4]
    with pytest.raises(journal.RuleViolation):
        journal.put_marks(small_demo, deputy, lesson, other, "5", now=NOW)


# --- subgroups -----------------------------------------------------------------------------------------------------

def english_5a(db) -> tuple[int, int]:
    return class_id(db, "5А"), subject_id(db, "Английский язык")


def test_a_subgroup_course_lists_its_members_only(small_demo, deputy):
    cls, subject = english_5a(small_demo)
    split = subgroups.subgroups(small_demo, deputy, cls, subject, DEMO_TODAY)
    assert [g.name for g in split.groups] == ["1 группа", "2 группа"] and not split.unassigned
    first, second = split.groups
    assert not set(m.pupil_id for m in first.members) & set(m.pupil_id for m in second.members)
    assert {m.pupil_id for m in first.members} | {m.pupil_id for m in second.members} == set(pupils_in(small_demo, "5А"))
    for group in split.groups:
        assert grid_pupils(small_demo, deputy, group.course_id) == {m.pupil_id for m in group.members}


def test_a_pupil_with_marks_in_the_group_is_not_moved_and_the_message_says_why(small_demo, deputy):
    cls, subject = english_5a(small_demo)
    first, second = subgroups.subgroups(small_demo, deputy, cls, subject, DEMO_TODAY).groups
    pupil = first.members[0]
    assert not pupil.movable
    with pytest.raises(courses.CourseError, match=r"не переведён\(а\) из «1 группа» в «2 группа».*отметок: \d+"):
        subgroups.move_pupils(small_demo, deputy, [pupil.pupil_id], second.subgroup_id, DEMO_TODAY)
    with small_demo.session() as s:
        assert s.scalar(select(SubgroupMember.subgroup_id).where(SubgroupMember.pupil_id == pupil.pupil_id,
                                                                 SubgroupMember.subgroup_id.in_(
                                                                     [first.subgroup_id, second.subgroup_id]))) \
            == first.subgroup_id


def test_split_a_class_into_new_groups_and_move_a_pupil(small_demo, deputy):
    cls, subject = class_id(small_demo, "5А"), subject_id(small_demo, "Технология")
    teachers = [login(small_demo, "teacher09").staff_id, login(small_demo, "teacher10").staff_id]
    split = subgroups.create_subgroups(small_demo, deputy, cls, subject, teachers, on=DEMO_TODAY)
    class_pupils = pupils_in(small_demo, "5А")
    assert [g.name for g in split.groups] == ["1 группа", "2 группа"] and not split.unassigned
    sizes = sorted(len(g.members) for g in split.groups)
    assert sizes[1] - sizes[0] <= 1 and sum(sizes) == len(class_pupils)
    assert split.class_course_id is not None   # the whole-class course stays, named for the user
    first, second = split.groups
    with small_demo.session() as s:
        hours = s.get(Course, split.class_course_id).hours_per_week
        assert s.get(Course, first.course_id).hours_per_week == hours
    moving = [first.members[0].pupil_id, first.members[1].pupil_id]
    after = subgroups.move_pupils(small_demo, deputy, moving, second.subgroup_id, DEMO_TODAY)
    first2, second2 = after.groups
    assert set(moving) <= {m.pupil_id for m in second2.members}
    assert not set(moving) & {m.pupil_id for m in first2.members}
    with small_demo.session() as s:   # exactly one group of the subject
        for pid in moving:
            assert s.scalars(select(SubgroupMember.subgroup_id).join(Subgroup).where(
                SubgroupMember.pupil_id == pid, Subgroup.subject_id == subject)).all() == [second.subgroup_id]
    assert grid_pupils(small_demo, deputy, second.course_id) == {m.pupil_id for m in second2.members}
    # a pupil of another class is not put into 5А's group
    with pytest.raises(courses.CourseError, match="не числится в 5А классе"):
        subgroups.move_pupils(small_demo, deputy, [pupils_in(small_demo, "2А")[0]], first.subgroup_id, DEMO_TODAY)
    with pytest.raises(Denied):
        subgroups.move_pupils(small_demo, login(small_demo, "teacher02"), moving, first.subgroup_id, DEMO_TODAY)
