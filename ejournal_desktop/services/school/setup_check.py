"""The checklist «Подготовка учебного года»: what a school still lacks before teachers can work.

`checklist(db, actor, today)` returns one `CheckItem` per piece, in the order the work is done: the year
and its periods, holidays, bells, subjects, staff, classes and their class teachers, pupils, the
curriculum and its teachers, the timetable, the lessons made from it, staff accounts, consents. Each
item says whether it is done, what is missing (naming the classes or courses), and which page fixes it
(`page`: a key the GUI maps to a section). `ready` is true when teachers can start work: a current
year with periods, classes with pupils, courses with teachers, lessons.

Rights: the deputy, the administrator and the director (who reads it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from ...domain.names import full_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Account,
    BellSchedule,
    Consent,
    Course,
    CourseKind,
    Enrollment,
    Holiday,
    Lesson,
    Period,
    SchoolClass,
    Staff,
    Subject,
    TimetableEntry,
    YearStatus,
)
from ..access.actor import Actor
from ..access.guard import Denied, permits_action, unit
from . import year_confirmation

__all__ = ["CheckItem", "Checklist", "checklist"]


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    done: bool
    blocking: bool     # teachers cannot start without it
    detail: str        # what is there, or what is missing
    page: str          # the section that fixes it

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Checklist:
    year: str
    items: tuple[CheckItem, ...]
    counts: dict

    @property
    def ready(self) -> bool:
        return all(i.done for i in self.items if i.blocking)

    @property
    def missing(self) -> list[CheckItem]:
        return [i for i in self.items if not i.done]

    def as_dict(self) -> dict:
        return {"year": self.year, "ready": self.ready, "counts": self.counts,
                "items": [i.as_dict() for i in self.items]}


def _names(labels: list[str], limit: int = 6) -> str:
    shown = ", ".join(labels[:limit])
    return shown + (f" и ещё {len(labels) - limit}" if len(labels) > limit else "")


def checklist(db: Database, actor: Actor, today: dt.date | None = None) -> Checklist:
    today = today or dt.date.today()
    with unit(db, actor) as session:
        if not any(permits_action(actor, a) for a in (Action.configure_grading, Action.system_settings,
                                                      Action.sign_journal)):
            raise Denied(Action.configure_grading, "подготовка учебного года")
        items: list[CheckItem] = []

        def add(key, label, done, blocking, detail, page):
            items.append(CheckItem(key, label, bool(done), blocking, detail, page))

        year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                              .order_by(AcademicYear.start_year.desc()).limit(1))
        counts = {"classes": 0, "pupils": 0, "staff": 0, "subjects": 0, "periods": 0, "courses": 0,
                  "holidays": 0, "timetable_entries": 0, "lessons": 0}
        counts["staff"] = session.scalar(select(func.count()).select_from(Staff).where(Staff.dismissed_on.is_(None)))
        counts["subjects"] = session.scalar(select(func.count()).select_from(Subject).where(Subject.retired.is_(False)))
        if year is None:
            add("year", "Учебный год создан", False, True, "Нет открытого учебного года: задайте его даты.", "year")
            add("periods", "Учебные периоды заданы", False, True, "Нет учебного года — нет и периодов.", "year")
        else:
            add("year", "Учебный год создан", True, True, f"{year.label} учебный год.", "year")
            periods = list(session.scalars(select(Period).where(Period.academic_year_id == year.id)))
            counts["periods"] = len(periods)
            grades = sorted(set(session.scalars(select(SchoolClass.grade).where(
                SchoolClass.academic_year_id == year.id))))
            uncovered = [g for g in grades if not any(p.grade_from <= g <= p.grade_to for p in periods)]
            if not periods:
                add("periods", "Учебные периоды заданы", False, True,
                    "Нет ни одного периода (четверти, триместры или полугодия).", "year")
            elif uncovered:
                add("periods", "Учебные периоды заданы", False, True,
                    "Нет периодов для параллелей: " + ", ".join(map(str, uncovered)) + ".", "year")
            else:
                add("periods", "Учебные периоды заданы", True, True, f"Периодов: {len(periods)}.", "year")
        holidays = session.scalar(select(func.count()).select_from(Holiday).where(
            Holiday.academic_year_id == year.id)) if year else 0
        counts["holidays"] = holidays
        add("holidays", "Каникулы и праздничные дни внесены", holidays > 0, False,
            f"Записей: {holidays}." if holidays else "Каникулы не внесены: уроки создадутся и в каникулы.", "year")
        waiting = year_confirmation.unconfirmed(session, year) if year else []
        if year is not None and year_confirmation.copied_from(session, year) is not None:
            by = {piece: f": {c.text()}" for piece, c in year_confirmation.confirmations(session, year).items()}
            add("periods_confirmed", "Даты периодов нового года подтверждены", "periods" not in waiting, True,
                f"Периоды {year.label} скопированы — проверьте даты." if "periods" in waiting
                else f"Даты периодов подтверждены{by.get('periods', '')}.", "year")
            add("holidays_confirmed", "Каникулы нового года подтверждены", "holidays" not in waiting, True,
                "Каникулы не подтверждены: даты взяты по умолчанию — проверьте их." if "holidays" in waiting
                else f"Даты каникул подтверждены{by.get('holidays', '')}.", "year")
        shifts = sorted(set(session.scalars(select(SchoolClass.shift).where(
            SchoolClass.academic_year_id == year.id)))) if year else []
        bell_shifts = set(session.scalars(select(BellSchedule.shift)))
        no_bells = [s for s in shifts if s not in bell_shifts]
        add("bells", "Расписание звонков задано", bool(bell_shifts) and not no_bells, False,
            ("Нет звонков для смены: " + ", ".join(map(str, no_bells)) + ".") if no_bells else
            ("Звонки заданы." if bell_shifts else "Звонки не заданы."), "year")
        add("subjects", "Список предметов", counts["subjects"] > 0, False,
            f"Предметов: {counts['subjects']}." if counts["subjects"] else "Список предметов пуст.", "subjects")
        add("staff", "Сотрудники внесены", counts["staff"] > 0, False,
            f"Сотрудников: {counts['staff']}." if counts["staff"] else "Нет ни одного сотрудника.", "staff")

        classes = list(session.scalars(select(SchoolClass).where(SchoolClass.academic_year_id == year.id)
                                       .order_by(SchoolClass.grade, SchoolClass.letter))) if year else []
        counts["classes"] = len(classes)
        add("classes", "Классы созданы", bool(classes), True,
            f"Классов: {len(classes)}." if classes else "Нет ни одного класса.", "classes")
        no_teacher = [c.label for c in classes if c.class_teacher_id is None]
        add("class_teachers", "У каждого класса есть классный руководитель", classes and not no_teacher, False,
            ("Без классного руководителя: " + _names(no_teacher) + ".") if no_teacher else
            ("Назначены." if classes else "Нет классов."), "classes")
        # the class lists on the day (before the year starts: on its first day)
        on = max(today, dt.date(year.start_year, 9, 1)) if year else today
        pupils = dict(session.execute(
            select(Enrollment.school_class_id, func.count(func.distinct(Enrollment.pupil_id)))
            .where(Enrollment.arrived_on <= on, (Enrollment.departed_on.is_(None)) | (Enrollment.departed_on > on))
            .group_by(Enrollment.school_class_id)).all()) if classes else {}
        counts["pupils"] = sum(pupils.get(c.id, 0) for c in classes)
        empty = [c.label for c in classes if not pupils.get(c.id)]
        add("pupils", "В классах есть ученики", classes and not empty, True,
            ("Нет учеников в классах: " + _names(empty) + ".") if empty else
            (f"Учеников: {counts['pupils']}." if classes else "Нет классов."), "pupils")

        lesson_courses = list(session.execute(
            select(Course.id, Course.school_class_id, Course.teacher_id, Staff.dismissed_on, Staff.surname,
                   Staff.name, Staff.patronymic, Subject.name.label("subject"))
            .join(Staff, Staff.id == Course.teacher_id).join(Subject, Subject.id == Course.subject_id)
            .where(Course.academic_year_id == year.id, Course.kind == CourseKind.lesson))) if year else []
        counts["courses"] = len(lesson_courses)
        label = {c.id: c.label for c in classes}
        with_courses = {r.school_class_id for r in lesson_courses}
        no_plan = [c.label for c in classes if c.id not in with_courses]
        add("curriculum", "Учебный план каждого класса", classes and not no_plan, True,
            ("Нет учебного плана: " + _names(no_plan) + ".") if no_plan else
            (f"Курсов: {len(lesson_courses)}." if classes else "Нет классов."), "curriculum")
        gone = [f"{label.get(r.school_class_id, '')} {r.subject} ({full_name(r.surname, r.name, r.patronymic)})"
                for r in lesson_courses if r.dismissed_on is not None and r.dismissed_on <= today]
        add("course_teachers", "У каждого курса есть учитель", lesson_courses and not gone, True,
            ("Учитель уволен: " + _names(gone) + ".") if gone else
            ("Учителя назначены." if lesson_courses else "Нет курсов."), "curriculum")

        course_ids = [r.id for r in lesson_courses]
        with_entries = set(session.scalars(select(Course.school_class_id).join(
            TimetableEntry, TimetableEntry.course_id == Course.id).where(Course.academic_year_id == year.id)
        )) if year else set()
        counts["timetable_entries"] = session.scalar(select(func.count()).select_from(TimetableEntry).where(
            TimetableEntry.course_id.in_(course_ids))) if course_ids else 0
        no_timetable = [c.label for c in classes if c.id not in with_entries]
        add("timetable", "Расписание каждого класса", classes and not no_timetable, False,
            ("Нет расписания: " + _names(no_timetable) + ".") if no_timetable else
            ("Составлено." if classes else "Нет классов."), "timetable")
        lessons = session.scalar(select(func.count()).select_from(Lesson).where(
            Lesson.course_id.in_(course_ids))) if course_ids else 0
        counts["lessons"] = lessons
        add("lessons", "Уроки созданы по расписанию", lessons > 0, True,
            f"Уроков: {lessons}." if lessons else "Уроки не созданы: учителям некуда ставить отметки.",
            "timetable")

        staff_ids = set(session.scalars(select(Staff.id).where(Staff.dismissed_on.is_(None))))
        with_account = set(session.scalars(select(Account.staff_id).where(Account.staff_id.is_not(None))))
        no_account = staff_ids - with_account
        add("staff_accounts", "У сотрудников есть учётные записи", staff_ids and not no_account, False,
            f"Без учётной записи: {len(no_account)} из {len(staff_ids)}." if no_account else
            ("Выданы." if staff_ids else "Нет сотрудников."), "accounts")
        enrolled = set(session.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id.in_(list(label)), Enrollment.departed_on.is_(None)))) if label else set()
        consented = set(session.scalars(select(Consent.pupil_id).where(
            Consent.pupil_id.is_not(None), Consent.withdrawn_on.is_(None))))
        no_consent = enrolled - consented
        add("consents", "Согласия на обработку данных учеников", enrolled and not no_consent, False,
            f"Согласие не записано: {len(no_consent)} из {len(enrolled)} учеников." if no_consent else
            ("Записаны." if enrolled else "Нет учеников."), "pupils")
        return Checklist(year.label if year else "", tuple(items), counts)
