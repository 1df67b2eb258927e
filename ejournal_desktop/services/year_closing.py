"""Closing the school year by the director's order (issue 7, «Закрытие года»; the job description of
the administrator 2.6 and 3.1 в; regulation 7.5–7.7).

The steps, as the administrator takes them:

1. `check` — every curriculum course (kind «урок» or individual schooling, with marks) has a year
   mark («н/а» and «осв.» count) for every pupil on its list on the last day of the year's periods.
   Electives, clubs and the extended-day group need none. Each gap names the class, the subject, the
   teacher and the pupils, with the course id for a link to the journal page.
2. `decisions` / `set_decision` — each pupil on roll gets a decision for the year. The default:
   promotion to the next grade; graduation in the 9th grade (unless set to continue: promotion to the
   10th) and in the 11th; a repeat year after a failing year mark (a non-passing value of the course's
   grading system — «2», «1», «незач» — or «н/а»), unless set to conditional promotion. Only the
   decisions that differ from the default are stored (table ``year_decision``), each with a note.
3. `close_year` — refuses, listing the gaps and changing nothing, while a gap remains, while the
   year's classes are not over, or when the next year already exists. Otherwise archives the year
   (`backup.make_backup(kind="year_archive")`, regulation 7.5–7.6) to every ``archive_to`` folder,
   refusing if any archive failed; then, in ONE transaction with its audit entries:

   - the year is closed, with the order number and date (``closed_on`` is the order's date);
   - the next year is created with the default periods of the same structure (e.g. quarters for 1–9,
     half-years for 10–11) and the default holidays (with the February week of the 1st grade);
   - next year's classes: class (g, L) becomes (g+1, L) with the same class teacher for g = 1…8 and 10;
     a 9th class continues as a 10th only when at least one of its pupils continues; the 11th is not
     continued; the 1st-grade letters of the old year are created again empty (no teacher, no courses)
     for the new intake; a class a repeater needs that nothing else created (5Б when there was no 4Б)
     is created without a class teacher or courses, and the report says so;
   - every enrollment still open in the old year ends on the first day of the next year (1 September:
     ``departed_on`` is the first day no longer in the class, so the pupil belongs to the old class up
     to 31 August, the last day of the old year) with the decision as its departure event and the
     order's number; promoted and conditionally promoted pupils arrive on the same day in the next
     grade's class (arrival event «promotion» / «conditional_promotion»), repeaters in the same grade's
     new class («repeat_year»); graduates leave with «graduation»;
   - the courses of each continued class are copied to its successor for review: subject, teacher,
     grading system, hours, kind, name, marks or not, subgroups with the members who moved along,
     and an elective's members who moved along; classless courses (clubs, extended day) are copied
     with their members still at school. The timetable is not copied: it is made anew for a new year.

   Any failure rolls the whole transaction back: the database is as it was (the archive files and
   their records stay: they are a valid archive of the year).
4. A closed year is read-only for everyone (`journal._require_open_year`), and stays viewable and
   printable.
5. `remove_old_years` — journals of years closed more than five years ago (counted from the year's
   last day, 31 August; regulation 7.7) are removed only by this explicit administrator action, and
   only after the confirmation that their summary sheets were printed (kept on paper 75 years).
   The audit log keeps a record of every removed mark, so that `ejournal db check` still agrees.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..domain.calendar import PeriodKind, default_holidays, default_periods
from ..domain.grading import NOT_ASSESSED
from ..domain.names import full_name, person_sort_key, short_name
from ..domain.rights import Action
from ..storage.database import Database
from ..storage.models import (
    AcademicYear,
    Attendance,
    AuditEntry,
    Course,
    CourseKind,
    CourseMember,
    Enrollment,
    EnrollmentEvent,
    GradeValue,
    Holiday,
    Lesson,
    Mark,
    MarkCorrection,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
    TimetableEntry,
    YearDecision,
    YearDecisionKind,
    YearStatus,
    utcnow,
)
from . import audit
from .actor import Actor
from .errors import ServiceError
from .guard import require, unit

__all__ = [
    "ClassDecisionResult", "ClosingReport", "ClosingState", "Decision", "DECISION_LABELS", "Gap", "GapsRemain",
    "MAX_ARCHIVES", "RemovalReport", "YearClosingError", "YearInfo", "academic_years", "allowed_decisions", "check",
    "close_year", "closing_state", "decisions", "remove_old_years", "removable_years", "set_class_decision",
    "set_decision", "YearDecisionKind",
]

Progress = Callable[[int, int, str], None]

DECISION_LABELS = {
    YearDecisionKind.promotion: "перевод в следующий класс",
    YearDecisionKind.conditional_promotion: "условный перевод",
    YearDecisionKind.repeat_year: "оставлен на повторное обучение",
    YearDecisionKind.graduation: "выпуск",
}
# Courses whose year marks decide the year: the curriculum, not electives, clubs or extended day.
CURRICULUM_KINDS = (CourseKind.lesson, CourseKind.individual)
KEEP_YEARS = 5  # regulation 7.7: journals on electronic media
MAX_ARCHIVES = 3  # regulation 7.6: the archive is kept on three media


class YearClosingError(ServiceError):
    """Closing (or removing) a year could not be done; nothing was changed."""


class GapsRemain(YearClosingError):
    """Year marks are missing: the year cannot be closed."""

    def __init__(self, gaps: list[Gap]):
        self.gaps = gaps
        pupils = sum(len(g.pupils) for g in gaps)
        lines = [f"Год не закрыт: нет годовых отметок в {len(gaps)} журналах (учеников без отметки: {pupils}). "
                 f"Ничего не изменено."]
        lines += [f"  {g.text()}" for g in gaps]
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class Gap:
    """A course lacking year marks: the pupils on its list at the year's end without one."""

    course_id: int
    class_label: str
    subject: str
    teacher: str
    pupil_ids: tuple[int, ...]
    pupils: tuple[str, ...]

    def text(self) -> str:
        where = f"{self.class_label}, {self.subject}" if self.class_label else self.subject
        return f"{where} ({self.teacher}): {', '.join(self.pupils)}"

    def as_dict(self) -> dict:
        return {"course_id": self.course_id, "class": self.class_label, "subject": self.subject,
                "teacher": self.teacher, "pupil_ids": list(self.pupil_ids), "pupils": list(self.pupils)}


@dataclass(frozen=True)
class Decision:
    pupil_id: int
    pupil: str
    class_label: str
    grade: int
    decision: YearDecisionKind
    default: YearDecisionKind
    note: str
    failing: tuple[str, ...]  # subjects with a failing year mark, «Алгебра: 2»
    next_class: str | None    # «6А»; None for a graduate
    class_id: int | None = None
    allowed: tuple[YearDecisionKind, ...] = ()  # the decisions possible in the pupil's grade

    @property
    def overridden(self) -> bool:
        return self.decision is not self.default

    def as_dict(self) -> dict:
        return {"pupil_id": self.pupil_id, "pupil": self.pupil, "class": self.class_label,
                "decision": self.decision.value, "default": self.default.value, "note": self.note,
                "failing": list(self.failing), "next_class": self.next_class}


@dataclass(frozen=True)
class ClassDecisionResult:
    """What a decision for a whole class changed, and whom it left alone (pupils with a failing year
    mark are decided one by one)."""

    class_label: str
    decision: YearDecisionKind
    changed: tuple[Decision, ...]
    skipped: tuple[Decision, ...]

    def summary(self) -> str:
        text = (f"{self.class_label}: «{DECISION_LABELS[self.decision]}» — изменено решений: {len(self.changed)}.")
        if self.skipped:
            text += (" Не изменены (неудовлетворительные годовые отметки, решение по каждому отдельно): "
                     + ", ".join(d.pupil for d in self.skipped) + ".")
        return text


@dataclass(frozen=True)
class ClosingState:
    """The open year the closing would close, and what (besides gaps) stops it today."""

    year_id: int
    label: str
    classes_end: dt.date
    refusal: str | None  # None: nothing but gaps can stop the closing


@dataclass(frozen=True)
class YearInfo:
    id: int
    label: str
    closed: bool
    order_number: str | None
    closed_on: dt.date | None


@dataclass
class ClosingReport:
    year: str
    next_year: str
    order_number: str
    order_date: dt.date
    promoted: int = 0
    conditionally_promoted: int = 0
    repeating: int = 0
    graduated: int = 0
    classes_created: list[str] = field(default_factory=list)
    courses_copied: int = 0
    archives: list = field(default_factory=list)  # backup.BackupResult
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"Учебный год {self.year} закрыт (приказ № {self.order_number} от {self.order_date:%d.%m.%Y}).",
                 f"Переведены: {self.promoted}, условно переведены: {self.conditionally_promoted}, "
                 f"оставлены на повторное обучение: {self.repeating}, выпущены: {self.graduated}.",
                 f"Создан учебный год {self.next_year}: классы {', '.join(self.classes_created) or 'нет'}; "
                 f"учебная нагрузка скопирована для проверки ({self.courses_copied}).",
                 "Расписание на новый год составляется заново."]
        lines += [f"Архив года: {r.file}" for r in self.archives if r.ok]
        lines += [f"Внимание: {w}" for w in self.warnings]
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"year": self.year, "next_year": self.next_year, "order_number": self.order_number,
                "order_date": self.order_date.isoformat(), "promoted": self.promoted,
                "conditionally_promoted": self.conditionally_promoted, "repeating": self.repeating,
                "graduated": self.graduated, "classes_created": self.classes_created,
                "courses_copied": self.courses_copied, "archives": [r.as_dict() for r in self.archives],
                "warnings": self.warnings}


@dataclass
class RemovalReport:
    years: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        if not self.years:
            return f"Журналов старше {KEEP_YEARS} лет нет: ничего не удалено."
        what = ", ".join(f"{k}: {v}" for k, v in self.counts.items())
        return f"Удалены журналы учебных лет {', '.join(self.years)} ({what})."

    def as_dict(self) -> dict:
        return {"years": self.years, "counts": self.counts}


# --- helpers ---------------------------------------------------------------------------------------------

def _clock(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now


def _label(grade: int, letter: str) -> str:
    return f"{grade}{letter}"


def _year(session: Session, year_id: int | None, *, open_only: bool = True) -> AcademicYear:
    if year_id is None:
        year = session.scalar(select(AcademicYear).where(AcademicYear.status == YearStatus.open)
                              .order_by(AcademicYear.start_year).limit(1))
        if year is None:
            raise YearClosingError("Открытого учебного года нет: закрывать нечего.")
        return year
    year = session.get(AcademicYear, year_id)
    if year is None:
        raise YearClosingError("Такого учебного года нет.")
    if open_only and year.status is YearStatus.closed:
        raise YearClosingError(f"Учебный год {year.label} уже закрыт (приказ № {year.closing_order_number}).")
    return year


def _year_end(session: Session, year: AcademicYear) -> dt.date:
    """The last day of the year's periods (classes end); 31 May when the year has no periods."""
    end = session.scalar(select(func.max(Period.end)).where(Period.academic_year_id == year.id))
    return end or dt.date(year.start_year + 1, 5, 31)


def _boundary(year: AcademicYear) -> dt.date:
    """The first day of the next year: the departure date of the old year's stays."""
    return dt.date(year.start_year + 1, 9, 1)


@dataclass
class _OnRoll:
    enrollment_id: int
    pupil_id: int
    class_id: int
    grade: int
    letter: str
    arrived_on: dt.date
    name: str
    sort_key: tuple


def _roll(session: Session, year: AcademicYear) -> list[_OnRoll]:
    """Pupils whose stay in a class of the year is still open: whom the closing moves."""
    rows = session.execute(
        select(Enrollment.id, Enrollment.pupil_id, Enrollment.school_class_id, Enrollment.arrived_on,
               SchoolClass.grade, SchoolClass.letter, Pupil.surname, Pupil.name, Pupil.patronymic)
        .join(SchoolClass, SchoolClass.id == Enrollment.school_class_id)
        .join(Pupil, Pupil.id == Enrollment.pupil_id)
        .where(SchoolClass.academic_year_id == year.id, Enrollment.departed_on.is_(None))).all()
    out = [_OnRoll(r.id, r.pupil_id, r.school_class_id, r.grade, r.letter, r.arrived_on,
                   full_name(r.surname, r.name, r.patronymic), person_sort_key(r.surname, r.name, r.patronymic))
           for r in rows]
    out.sort(key=lambda p: (p.grade, p.letter, p.sort_key))
    return out


def _gaps(session: Session, year: AcademicYear) -> list[Gap]:
    from . import journal  # the journal's own rules of who belongs to a course when
    courses = session.execute(
        select(Course.id, Subject.name.label("subject"), Course.name, SchoolClass.grade, SchoolClass.letter,
               Subgroup.name.label("subgroup"), Staff.surname, Staff.name.label("t_name"), Staff.patronymic)
        .join(Subject, Subject.id == Course.subject_id).join(Staff, Staff.id == Course.teacher_id)
        .outerjoin(SchoolClass, SchoolClass.id == Course.school_class_id)
        .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
        .where(Course.academic_year_id == year.id, Course.has_marks.is_(True), Course.kind.in_(CURRICULUM_KINDS))
    ).all()
    marked: dict[int, set[int]] = defaultdict(set)
    for course_id, pupil_id in session.execute(
            select(PeriodMark.course_id, PeriodMark.pupil_id).join(Course, Course.id == PeriodMark.course_id)
            .where(Course.academic_year_id == year.id, PeriodMark.kind == PeriodMarkKind.year)):
        marked[course_id].add(pupil_id)
    periods_by_grade: dict[int | None, list] = {}
    missing: list[tuple] = []
    all_missing: set[int] = set()
    for c in courses:
        info = journal._load_course(session, c.id)
        if c.grade not in periods_by_grade:
            periods_by_grade[c.grade] = journal._periods(session, info, c.grade)
        periods = periods_by_grade[c.grade] if c.grade is not None else journal._periods(session, info)
        if not periods:
            continue
        last = periods[-1].end
        lacking = set(journal._stays(session, info, last, last)) - marked[c.id]
        if lacking:
            missing.append((c, lacking))
            all_missing |= lacking
    names = {r.id: r for r in session.execute(
        select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic).where(Pupil.id.in_(all_missing)))}
    gaps = []
    for c, lacking in missing:
        people = sorted(lacking, key=lambda pid: person_sort_key(names[pid].surname, names[pid].name,
                                                                 names[pid].patronymic))
        subject = c.name or c.subject
        if c.subgroup:
            subject = f"{subject} ({c.subgroup})"
        gaps.append(((c.grade or 99, c.letter or "", subject), Gap(
            c.id, _label(c.grade, c.letter) if c.grade is not None else "", subject,
            short_name(c.surname, c.t_name, c.patronymic), tuple(people),
            tuple(full_name(names[p].surname, names[p].name, names[p].patronymic) for p in people))))
    gaps.sort(key=lambda g: g[0])
    return [g for _, g in gaps]


def _failing(session: Session, year: AcademicYear) -> dict[int, list[str]]:
    """Pupil → «subject: value» of every failing year mark of the year's curriculum courses."""
    rows = session.execute(
        select(PeriodMark.pupil_id, PeriodMark.value, Subject.name, Course.name.label("course_name"),
               GradeValue.passing)
        .join(Course, Course.id == PeriodMark.course_id).join(Subject, Subject.id == Course.subject_id)
        .outerjoin(GradeValue, (GradeValue.grading_system_id == Course.grading_system_id)
                   & (GradeValue.code == PeriodMark.value))
        .where(Course.academic_year_id == year.id, PeriodMark.kind == PeriodMarkKind.year,
               Course.kind.in_(CURRICULUM_KINDS))).all()
    out: dict[int, list[str]] = defaultdict(list)
    for r in rows:
        if r.value == NOT_ASSESSED or r.passing is False:
            out[r.pupil_id].append(f"{r.course_name or r.name}: {r.value}")
    return out


def _default(grade: int, failing: bool) -> YearDecisionKind:
    if failing:
        return YearDecisionKind.repeat_year
    if grade in (9, 11):
        return YearDecisionKind.graduation
    return YearDecisionKind.promotion


def _allowed(grade: int) -> tuple[YearDecisionKind, ...]:
    D = YearDecisionKind
    if grade == 11:
        return (D.graduation, D.repeat_year)
    if grade == 9:
        return (D.graduation, D.promotion, D.conditional_promotion, D.repeat_year)
    return (D.promotion, D.conditional_promotion, D.repeat_year)


def _next_label(p: _OnRoll, decision: YearDecisionKind) -> str | None:
    if decision is YearDecisionKind.graduation:
        return None
    if decision is YearDecisionKind.repeat_year:
        return _label(p.grade, p.letter)
    return _label(p.grade + 1, p.letter)


def _decisions(session: Session, year: AcademicYear, roll: list[_OnRoll] | None = None) -> list[Decision]:
    roll = _roll(session, year) if roll is None else roll
    failing = _failing(session, year)
    chosen = {r.pupil_id: r for r in session.scalars(
        select(YearDecision).where(YearDecision.academic_year_id == year.id))}
    out = []
    for p in roll:
        default = _default(p.grade, bool(failing.get(p.pupil_id)))
        row = chosen.get(p.pupil_id)
        decision = row.decision if row is not None else default
        if decision not in _allowed(p.grade):  # a decision set before a transfer to another grade
            decision = default
        out.append(Decision(p.pupil_id, p.name, _label(p.grade, p.letter), p.grade, decision, default,
                            row.note if row is not None else "", tuple(sorted(failing.get(p.pupil_id, ()))),
                            _next_label(p, decision), p.class_id, _allowed(p.grade)))
    return out


# --- the use cases ---------------------------------------------------------------------------------------

def check(db: Database, actor: Actor, year_id: int | None = None) -> list[Gap]:
    """The courses still lacking year marks (empty: the year may be closed as far as marks go)."""
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="проверка годовых отметок")
        return _gaps(session, _year(session, year_id))


def decisions(db: Database, actor: Actor, year_id: int | None = None) -> list[Decision]:
    """Every pupil on roll with the decision the closing will carry out (default or set)."""
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="решения по итогам года")
        return _decisions(session, _year(session, year_id))


def _parse_decision(decision: YearDecisionKind | str) -> YearDecisionKind:
    try:
        return YearDecisionKind(decision if isinstance(decision, str) else decision.value)
    except ValueError:
        allowed = ", ".join(d.value for d in YearDecisionKind)
        raise YearClosingError(f"Неизвестное решение «{decision}»: допустимы {allowed}.") from None


def _refuse_not_allowed(who: str, grade: int, decision: YearDecisionKind) -> None:
    if decision not in _allowed(grade):
        allowed = "; ".join(DECISION_LABELS[d] for d in _allowed(grade))
        raise YearClosingError(f"{who}: решение «{DECISION_LABELS[decision]}» невозможно. "
                               f"Возможные решения: {allowed}.")


def _apply(session: Session, actor: Actor, year: AcademicYear, current: Decision, decision: YearDecisionKind,
           note: str, now: dt.datetime) -> bool:
    """Store (or forget) one pupil's decision with its audit entry; True when something changed."""
    pupil_id = current.pupil_id
    row = session.scalar(select(YearDecision).where(YearDecision.academic_year_id == year.id,
                                                    YearDecision.pupil_id == pupil_id))
    old = {"decision": row.decision.value, "note": row.note} if row is not None else None
    if decision is current.default and not note:
        if row is None:
            return False
        audit.record(session, actor.account_id, "delete", "year_decision", row.id, old=old,
                     new={"pupil_id": pupil_id, "academic_year_id": year.id}, at=now)
        session.delete(row)
    elif row is None:
        row = YearDecision(academic_year_id=year.id, pupil_id=pupil_id, decision=decision, note=note,
                           decided_by=actor.account_id, decided_at=now)
        session.add(row)
        session.flush()
        audit.record(session, actor.account_id, "create", "year_decision", row.id,
                     new={"pupil_id": pupil_id, "academic_year_id": year.id, "decision": decision.value,
                          "note": note}, at=now)
    elif (row.decision, row.note) != (decision, note):
        row.decision, row.note, row.decided_by, row.decided_at = decision, note, actor.account_id, now
        audit.record(session, actor.account_id, "update", "year_decision", row.id, old=old,
                     new={"pupil_id": pupil_id, "decision": decision.value, "note": note}, at=now)
    else:
        return False
    session.flush()
    return True


def set_decision(db: Database, actor: Actor, pupil_id: int, decision: YearDecisionKind | str, note: str = "",
                 *, year_id: int | None = None, now: dt.datetime | None = None) -> Decision:
    """Set a pupil's decision for the year (by the pedagogical council's decision: say so in the note).
    Setting the default without a note removes the stored decision."""
    now = _clock(now)
    decision = _parse_decision(decision)
    note = (note or "").strip()
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="решения по итогам года")
        year = _year(session, year_id)
        roll = [p for p in _roll(session, year) if p.pupil_id == pupil_id]
        if not roll:
            raise YearClosingError(f"Ученик не числится ни в одном классе {year.label} учебного года.")
        p = roll[0]
        _refuse_not_allowed(f"{p.name}, {_label(p.grade, p.letter)} класс", p.grade, decision)
        _apply(session, actor, year, _decisions(session, year, roll)[0], decision, note, now)
        return _decisions(session, year, roll)[0]


def set_class_decision(db: Database, actor: Actor, class_id: int, decision: YearDecisionKind | str,
                       note: str = "", *, year_id: int | None = None,
                       now: dt.datetime | None = None) -> ClassDecisionResult:
    """One decision for every pupil on roll in a class, in one transaction («9А: все продолжают
    обучение в 10 классе»). Pupils with a failing year mark keep their own decision (the council
    decides on each of them) unless the decision is a repeat year; setting the class back to its
    default without a note forgets the stored decisions."""
    now = _clock(now)
    decision = _parse_decision(decision)
    note = (note or "").strip()
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="решения по итогам года")
        year = _year(session, year_id)
        cls = session.get(SchoolClass, class_id)
        if cls is None or cls.academic_year_id != year.id:
            raise YearClosingError(f"Такого класса нет в {year.label} учебном году.")
        label = _label(cls.grade, cls.letter)
        roll = [p for p in _roll(session, year) if p.class_id == class_id]
        if not roll:
            raise YearClosingError(f"В классе {label} нет учеников: решать не о ком.")
        _refuse_not_allowed(f"{label} класс", cls.grade, decision)
        changed, skipped = [], []
        for current in _decisions(session, year, roll):
            if current.failing and decision is not YearDecisionKind.repeat_year:
                skipped.append(current)
            elif _apply(session, actor, year, current, decision, note, now):
                changed.append(current.pupil_id)
        after = {d.pupil_id: d for d in _decisions(session, year, roll)}
        return ClassDecisionResult(label, decision, tuple(after[p] for p in changed), tuple(skipped))


def allowed_decisions(grade: int) -> tuple[YearDecisionKind, ...]:
    """The decisions possible for a pupil (or a whole class) of the grade, the default first."""
    return _allowed(grade)


def closing_state(db: Database, actor: Actor, now: dt.datetime | None = None) -> ClosingState:
    """The open year, when its classes end, and the reason the closing would be refused today
    besides missing year marks (the year not over yet, the next year already made, late arrivals)."""
    today = _clock(now).astimezone().date()
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="закрытие учебного года")
        year = _year(session, None)
        try:
            _refusals(session, year, today)
        except YearClosingError as exc:  # said before anything is tried: «nothing changed» goes
            refusal = re.sub(r"[.;]?\s*[Нн]ичего не изменено\.?$", ".", str(exc))
        else:
            refusal = None
        return ClosingState(year.id, year.label, _year_end(session, year), refusal)


def academic_years(db: Database, actor: Actor) -> list[YearInfo]:
    """Every academic year in the database, the latest first: the open one and the closed ones that
    stay viewable and printable (regulation 7.5)."""
    with unit(db, actor) as session:
        rows = session.scalars(select(AcademicYear).order_by(AcademicYear.start_year.desc())).all()
        return [YearInfo(y.id, y.label, y.status is YearStatus.closed, y.closing_order_number, y.closed_on)
                for y in rows]


class _AuditBatch:
    """Audit entries of one large transaction, chained in memory and written at once (the same hashes
    `audit.record` would give, without a query per entry)."""

    def __init__(self, session: Session, account_id: int | None, at: dt.datetime):
        self.session, self.account_id, self.at = session, account_id, at
        self.prev = audit.last_hash(session)
        self.rows: list[dict] = []

    def add(self, action: str, entity: str, entity_id: int | None, old=None, new=None) -> None:
        old_s, new_s = audit.to_json(old), audit.to_json(new)
        h = audit.entry_hash(self.prev, self.at, self.account_id, action, entity, entity_id, old_s, new_s)
        self.rows.append({"at": self.at, "account_id": self.account_id, "action": action, "entity": entity,
                          "entity_id": entity_id, "old": old_s, "new": new_s, "prev_hash": self.prev, "hash": h})
        self.prev = h

    def write(self) -> None:
        if self.rows:
            self.session.execute(insert(AuditEntry), self.rows)
            self.rows = []


def _refusals(session: Session, year: AcademicYear, today: dt.date) -> None:
    """What stops a closing besides gaps (checked before the archive and again in the transaction)."""
    end = _year_end(session, year)
    if today < end:
        raise YearClosingError(f"Учебный год {year.label} ещё не окончен: занятия идут до {end:%d.%m.%Y}. "
                               f"Ничего не изменено.")
    following = session.scalar(select(AcademicYear.id).where(AcademicYear.start_year == year.start_year + 1))
    if following is not None:
        raise YearClosingError(f"Учебный год {year.start_year + 1}/{year.start_year + 2} уже создан: "
                               f"перевод учеников в него делается только закрытием года. Ничего не изменено.")
    boundary = _boundary(year)
    late = [p for p in _roll(session, year) if p.arrived_on >= boundary]
    if late:
        names = ", ".join(f"{p.name} ({_label(p.grade, p.letter)})" for p in late)
        raise YearClosingError(f"Ученики зачислены в классы {year.label} учебного года после его окончания "
                               f"({boundary:%d.%m.%Y}): {names}. Исправьте зачисление; ничего не изменено.")


def close_year(db: Database, actor: Actor, order_number: str, order_date: dt.date, *,
               year_id: int | None = None, archive_to: Iterable[Path] = (), now: dt.datetime | None = None,
               progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> ClosingReport:
    """Close the year by the director's order and open the next one (see the module's docstring).
    `cancel()` turning true before the pupils are moved stops it with nothing changed (an archive
    already written stays: it is a valid archive of the year)."""
    now = _clock(now)
    today = now.astimezone().date()
    order_number = (order_number or "").strip()
    if not order_number:
        raise YearClosingError("Укажите номер приказа директора о переводе учащихся.")
    if len(order_number) > 50:
        raise YearClosingError("Номер приказа: не длиннее 50 знаков.")
    if not isinstance(order_date, dt.date) or isinstance(order_date, dt.datetime):
        raise YearClosingError("Укажите дату приказа.")
    archive_to = [Path(p) for p in archive_to]
    if len(archive_to) > MAX_ARCHIVES:
        raise YearClosingError(f"Архив года записывается не более чем на {MAX_ARCHIVES} носителя (п. 7.6 "
                               f"Положения), выбрано {len(archive_to)}. Ничего не изменено.")

    def cancelled() -> None:
        if cancel is not None and cancel():
            raise YearClosingError("Закрытие года отменено: ничего не изменено.")

    def step(done: int, text: str) -> None:
        if progress is not None:
            progress(done, 100, text)

    step(0, "Проверка годовых отметок…")
    with unit(db, actor) as session:
        require(actor, Action.close_year)
        year = _year(session, year_id)
        year_id = year.id
        _refusals(session, year, today)
        gaps = _gaps(session, year)
    if gaps:
        raise GapsRemain(gaps)

    archives = []
    if archive_to:
        from . import backup
        step(10, "Архивация учебного года…")

        def archive_progress(done: int, total: int, text: str) -> None:
            step(10 + (40 * done // total if total else 0), f"Архив года: {text}")

        try:
            archives = backup.make_backup(db, actor, archive_to, kind="year_archive", now=now,
                                          progress=archive_progress, cancel=cancel)
        except backup.BackupCancelled:
            raise YearClosingError("Закрытие года отменено: ничего не изменено, архив не записан.") from None
        failed = [r for r in archives if not r.ok]
        if failed:
            raise YearClosingError("Год не закрыт: архив года не записан — "
                                   + "; ".join(r.message for r in failed) + ". Ничего не изменено.")

    cancelled()
    step(50, "Перевод учащихся и создание нового учебного года…")
    with unit(db, actor) as session:
        year = _year(session, year_id)
        _refusals(session, year, today)
        gaps = _gaps(session, year)
        if gaps:
            raise GapsRemain(gaps)
        report = _carry_out(session, actor, year, order_number, order_date, now)
    report.archives = archives
    step(100, "Готово")
    return report


def _carry_out(session: Session, actor: Actor, year: AcademicYear, order_number: str, order_date: dt.date,
               now: dt.datetime) -> ClosingReport:
    log = _AuditBatch(session, actor.account_id, now)
    boundary = _boundary(year)
    new_start = year.start_year + 1
    report = ClosingReport(year.label, f"{new_start}/{new_start + 1}", order_number, order_date)
    roll = _roll(session, year)
    chosen = {d.pupil_id: d for d in _decisions(session, year, roll)}

    # The year.
    old = {"status": year.status.value, "closing_order_number": year.closing_order_number,
           "closed_on": year.closed_on}
    year.status, year.closing_order_number, year.closed_on = YearStatus.closed, order_number, order_date
    log.add("close", "academic_year", year.id, old=old,
            new={"status": "closed", "closing_order_number": order_number, "closed_on": order_date})

    # The next year, its periods and holidays.
    new_year = AcademicYear(start_year=new_start, status=YearStatus.open)
    session.add(new_year)
    session.flush()
    log.add("create", "academic_year", new_year.id, new={"start_year": new_start, "after": year.id})
    structures = session.execute(select(Period.kind, Period.grade_from, Period.grade_to)
                                 .where(Period.academic_year_id == year.id).distinct()).all()
    if not structures:
        structures = [(PeriodKind.quarter, 1, 11)]
    new_rows: list = []
    for kind, g_from, g_to in sorted(structures, key=lambda s: s[1]):
        for p in default_periods(new_start, kind):
            new_rows.append(Period(academic_year_id=new_year.id, kind=kind, number=p.number, start=p.start,
                                   end=p.end, grade_from=g_from, grade_to=g_to))
    common = default_holidays(new_start)
    for h in common:
        new_rows.append(Holiday(academic_year_id=new_year.id, name=h.name, start=h.start, end=h.end,
                                grade_from=1, grade_to=11))
    for h in default_holidays(new_start, first_grade=True):
        if h not in common:
            new_rows.append(Holiday(academic_year_id=new_year.id, name=h.name, start=h.start, end=h.end,
                                    grade_from=1, grade_to=1))
    session.add_all(new_rows)
    session.flush()
    for r in new_rows:
        entity = "period" if isinstance(r, Period) else "holiday"
        new = {"academic_year_id": new_year.id, "start": r.start, "end": r.end, "grade_from": r.grade_from,
               "grade_to": r.grade_to}
        new.update({"kind": r.kind.value, "number": r.number} if entity == "period" else {"name": r.name})
        log.add("create", entity, r.id, new=new)

    # Next year's classes.
    old_classes = session.execute(select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter,
                                         SchoolClass.class_teacher_id, SchoolClass.shift)
                                  .where(SchoolClass.academic_year_id == year.id)).all()
    continuing_nine = {p.class_id for p in roll if p.grade == 9 and chosen[p.pupil_id].decision in (
        YearDecisionKind.promotion, YearDecisionKind.conditional_promotion)}
    new_classes: dict[tuple[int, str], SchoolClass] = {}
    successor: dict[int, SchoolClass] = {}  # old class id → its class of the next grade
    for c in sorted(old_classes, key=lambda c: (c.grade, c.letter)):
        if c.grade <= 10 and (c.grade != 9 or c.id in continuing_nine):
            new = new_classes.setdefault((c.grade + 1, c.letter), SchoolClass(
                academic_year_id=new_year.id, grade=c.grade + 1, letter=c.letter, class_teacher_id=c.class_teacher_id,
                shift=c.shift))  # the class keeps its shift
            successor[c.id] = new
        if c.grade == 1:
            new_classes.setdefault((1, c.letter), SchoolClass(academic_year_id=new_year.id, grade=1,
                                                              letter=c.letter, class_teacher_id=None))
    for p in roll:
        if chosen[p.pupil_id].decision is YearDecisionKind.repeat_year and (p.grade, p.letter) not in new_classes:
            new_classes[(p.grade, p.letter)] = SchoolClass(academic_year_id=new_year.id, grade=p.grade,
                                                           letter=p.letter, class_teacher_id=None)
            report.warnings.append(f"Класс {_label(p.grade, p.letter)} {report.next_year} создан для оставленных "
                                   f"на повторное обучение: назначьте классного руководителя и учебную нагрузку.")
    ordered = sorted(new_classes.values(), key=lambda c: (c.grade, c.letter))
    session.add_all(ordered)
    session.flush()
    for c in ordered:
        log.add("create", "school_class", c.id, new={"academic_year_id": new_year.id, "grade": c.grade,
                                                      "letter": c.letter, "class_teacher_id": c.class_teacher_id})
    report.classes_created = [c.label for c in ordered]
    for grade, letter in sorted(new_classes):
        if grade == 1:
            report.warnings.append(f"Класс {_label(grade, letter)} {report.next_year} создан пустым для приёма "
                                   f"первоклассников: назначьте классного руководителя и учебную нагрузку.")

    # Movement of pupils.
    old_label = {c.id: _label(c.grade, c.letter) for c in old_classes}
    enrollments = {e.id: e for e in session.scalars(
        select(Enrollment).where(Enrollment.id.in_([p.enrollment_id for p in roll])))}
    new_class_of: dict[int, SchoolClass] = {}
    arrivals = []
    counters = {YearDecisionKind.promotion: "promoted", YearDecisionKind.conditional_promotion:
                "conditionally_promoted", YearDecisionKind.repeat_year: "repeating",
                YearDecisionKind.graduation: "graduated"}
    for p in roll:
        d = chosen[p.pupil_id].decision
        event = EnrollmentEvent(d.value)
        target = None
        if d is YearDecisionKind.repeat_year:
            target = new_classes[(p.grade, p.letter)]
        elif d is not YearDecisionKind.graduation:
            target = new_classes[(p.grade + 1, p.letter)]
        e = enrollments[p.enrollment_id]
        e.departed_on, e.departure_event, e.departure_order_number = boundary, event, order_number
        e.departed_to = f"{target.label} класс" if target is not None else "выпуск"
        log.add("update", "enrollment", e.id, old={"departed_on": None},
                new={"departed_on": boundary, "departure_event": event.value,
                     "departure_order_number": order_number, "departed_to": e.departed_to})
        setattr(report, counters[d], getattr(report, counters[d]) + 1)
        if target is not None:
            new_class_of[p.pupil_id] = target
            arrivals.append(Enrollment(pupil_id=p.pupil_id, school_class_id=target.id, arrived_on=boundary,
                                       arrival_event=event, arrival_order_number=order_number,
                                       arrived_from=f"{old_label[p.class_id]} класс"))
    session.add_all(arrivals)
    session.flush()
    for e in arrivals:
        log.add("create", "enrollment", e.id, new={
            "pupil_id": e.pupil_id, "school_class_id": e.school_class_id, "arrived_on": e.arrived_on,
            "arrival_event": e.arrival_event.value, "arrival_order_number": order_number,
            "arrived_from": e.arrived_from})

    report.courses_copied = _copy_courses(session, log, year, new_year, successor, new_class_of, report)
    repeaters_in_split = sorted({new_class_of[p.pupil_id].label for p in roll
                                 if chosen[p.pupil_id].decision is YearDecisionKind.repeat_year
                                 and session.scalar(select(func.count()).select_from(Subgroup).where(
                                     Subgroup.school_class_id == new_class_of[p.pupil_id].id))})
    for cls in repeaters_in_split:
        report.warnings.append(f"В классе {cls} есть оставленные на повторное обучение: распределите их "
                               f"по подгруппам.")
    log.add("close_summary", "academic_year", year.id, new=report.as_dict() | {"archives": None})
    log.write()
    session.flush()
    return report


def _copy_courses(session: Session, log: _AuditBatch, year: AcademicYear, new_year: AcademicYear,
                  successor: dict[int, SchoolClass], new_class_of: dict[int, SchoolClass],
                  report: ClosingReport) -> int:
    """The courses of continued classes (and classless ones) copied to the next year for review."""
    old_subgroups = session.execute(select(Subgroup.id, Subgroup.school_class_id, Subgroup.subject_id, Subgroup.name)
                                    .where(Subgroup.school_class_id.in_(list(successor)))).all()
    members_of: dict[int, list[int]] = defaultdict(list)
    for sg_id, pupil_id in session.execute(select(SubgroupMember.subgroup_id, SubgroupMember.pupil_id)
                                           .where(SubgroupMember.subgroup_id.in_([s.id for s in old_subgroups]))):
        members_of[sg_id].append(pupil_id)
    new_subgroup: dict[int, Subgroup] = {}
    for s in old_subgroups:
        new_subgroup[s.id] = Subgroup(school_class_id=successor[s.school_class_id].id, subject_id=s.subject_id,
                                      name=s.name)
    session.add_all(new_subgroup.values())
    session.flush()
    sg_members = []
    for s in old_subgroups:
        target = successor[s.school_class_id]
        moved = sorted(p for p in members_of[s.id] if new_class_of.get(p) is target)
        sg_members += [{"subgroup_id": new_subgroup[s.id].id, "pupil_id": p} for p in moved]
        log.add("create", "subgroup", new_subgroup[s.id].id, new={
            "school_class_id": target.id, "subject_id": s.subject_id, "name": s.name, "members": moved,
            "copied_from": s.id})
    if sg_members:
        session.execute(insert(SubgroupMember), sg_members)

    courses = session.scalars(select(Course).where(Course.academic_year_id == year.id).order_by(Course.id)).all()
    course_members: dict[int, list[int]] = defaultdict(list)
    for course_id, pupil_id in session.execute(select(CourseMember.course_id, CourseMember.pupil_id).join(
            Course, Course.id == CourseMember.course_id).where(Course.academic_year_id == year.id)):
        course_members[course_id].append(pupil_id)
    copies: list[tuple[Course, Course, list[int]]] = []
    for c in courses:
        if c.school_class_id is not None:
            target = successor.get(c.school_class_id)
            if target is None:
                continue
            if c.pupil_id is not None and new_class_of.get(c.pupil_id) is not target:
                continue  # individual schooling of a pupil who did not move along
            members = sorted(p for p in course_members.get(c.id, ()) if new_class_of.get(p) is target)
            class_id = target.id
        else:
            if c.pupil_id is not None and c.pupil_id not in new_class_of:
                continue
            members = sorted(p for p in course_members.get(c.id, ()) if p in new_class_of)
            class_id = None
        copy = Course(academic_year_id=new_year.id, kind=c.kind, subject_id=c.subject_id, school_class_id=class_id,
                      subgroup_id=new_subgroup[c.subgroup_id].id if c.subgroup_id in new_subgroup else None,
                      pupil_id=c.pupil_id, teacher_id=c.teacher_id, grading_system_id=c.grading_system_id,
                      hours_per_week=c.hours_per_week, has_marks=c.has_marks, name=c.name, locked=False)
        copies.append((c, copy, members))
    session.add_all([copy for _, copy, _ in copies])
    session.flush()
    rows = [{"course_id": copy.id, "pupil_id": p} for _, copy, members in copies for p in members]
    if rows:
        session.execute(insert(CourseMember), rows)
    for c, copy, members in copies:
        log.add("create", "course", copy.id, new={
            "academic_year_id": new_year.id, "kind": copy.kind.value, "subject_id": copy.subject_id,
            "school_class_id": copy.school_class_id, "subgroup_id": copy.subgroup_id, "pupil_id": copy.pupil_id,
            "teacher_id": copy.teacher_id, "grading_system_id": copy.grading_system_id,
            "hours_per_week": copy.hours_per_week, "has_marks": copy.has_marks, "name": copy.name,
            "members": members, "copied_from": c.id})
    return len(copies)


# --- removing old journals ----------------------------------------------------------------------------------

def _removable(session: Session, today: dt.date) -> list[AcademicYear]:
    years = session.scalars(select(AcademicYear).where(AcademicYear.status == YearStatus.closed)
                            .order_by(AcademicYear.start_year)).all()
    return [y for y in years if dt.date(y.start_year + 1 + KEEP_YEARS, 8, 31) < today]


def removable_years(db: Database, actor: Actor, now: dt.datetime | None = None) -> list[str]:
    """Closed years kept longer than five years after their end (what `remove_old_years` would remove)."""
    today = _clock(now).astimezone().date()
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="удаление журналов прошлых лет")
        return [y.label for y in _removable(session, today)]


def remove_old_years(db: Database, actor: Actor, *, summary_sheets_printed: bool,
                     now: dt.datetime | None = None) -> RemovalReport:
    """Remove the journals of years closed more than five years ago, in one transaction, once the
    administrator confirms that their summary sheets were printed. Pupils and staff stay."""
    now = _clock(now)
    today = now.astimezone().date()
    with unit(db, actor) as session:
        require(actor, Action.close_year, detail="удаление журналов прошлых лет")
        years = _removable(session, today)
        report = RemovalReport()
        if not years:
            return report
        labels = ", ".join(y.label for y in years)
        if not summary_sheets_printed:
            raise YearClosingError(
                f"Журналы {labels} учебных лет хранятся уже больше {KEEP_YEARS} лет и могут быть удалены, "
                f"но сначала распечатайте их сводные ведомости успеваемости (они хранятся на бумаге 75 лет) "
                f"и подтвердите это. Ничего не удалено.")
        log = _AuditBatch(session, actor.account_id, now)
        totals: dict[str, int] = defaultdict(int)
        for year in years:
            counts = _remove_year(session, log, year)
            for k, v in counts.items():
                totals[k] += v
            report.years.append(year.label)
        report.counts = dict(totals)
        log.write()
        return report


def _remove_year(session: Session, log: _AuditBatch, year: AcademicYear) -> dict[str, int]:
    course_ids = select(Course.id).where(Course.academic_year_id == year.id).scalar_subquery()
    lesson_ids = select(Lesson.id).where(Lesson.course_id.in_(course_ids)).scalar_subquery()
    class_ids = select(SchoolClass.id).where(SchoolClass.academic_year_id == year.id).scalar_subquery()
    subgroup_ids = select(Subgroup.id).where(Subgroup.school_class_id.in_(class_ids)).scalar_subquery()
    # The audit log ends each mark's history, so that the marks' check does not take them for deleted
    # behind the program's back.
    for (mark_id,) in session.execute(select(Mark.id).where(Mark.lesson_id.in_(lesson_ids)).order_by(Mark.id)):
        log.add("delete", "mark", mark_id, new={"removed_with_year": year.label})
    counts: dict[str, int] = {}
    steps = [
        ("отметок", delete(Mark).where(Mark.lesson_id.in_(lesson_ids))),
        ("пропусков", delete(Attendance).where(Attendance.lesson_id.in_(lesson_ids))),
        ("исправлений", delete(MarkCorrection).where(MarkCorrection.lesson_id.in_(lesson_ids))),
        ("уроков", delete(Lesson).where(Lesson.course_id.in_(course_ids))),
        ("отметок за периоды", delete(PeriodMark).where(PeriodMark.course_id.in_(course_ids))),
        (None, delete(TimetableEntry).where(TimetableEntry.course_id.in_(course_ids))),
        (None, delete(CourseMember).where(CourseMember.course_id.in_(course_ids))),
        ("журналов (учебная нагрузка)", delete(Course).where(Course.academic_year_id == year.id)),
        (None, delete(SubgroupMember).where(SubgroupMember.subgroup_id.in_(subgroup_ids))),
        (None, delete(Subgroup).where(Subgroup.school_class_id.in_(class_ids))),
        ("записей движения", delete(Enrollment).where(Enrollment.school_class_id.in_(class_ids))),
        ("классов", delete(SchoolClass).where(SchoolClass.academic_year_id == year.id)),
        (None, delete(Period).where(Period.academic_year_id == year.id)),
        (None, delete(Holiday).where(Holiday.academic_year_id == year.id)),
        (None, delete(YearDecision).where(YearDecision.academic_year_id == year.id)),
    ]
    for name, stmt in steps:
        n = session.execute(stmt.execution_options(synchronize_session=False)).rowcount
        if name is not None:
            counts[name] = n
    old = {"start_year": year.start_year, "closing_order_number": year.closing_order_number,
           "closed_on": year.closed_on, "removed": counts}
    log.add("remove", "academic_year", year.id, old=old, new={"summary_sheets_printed": True})
    session.delete(year)
    session.flush()
    return counts
