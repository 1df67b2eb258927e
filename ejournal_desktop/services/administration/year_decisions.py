"""The facts of a year's end: the gaps (missing year marks) and each pupil's decision for the year
(promotion, conditional promotion, a repeat year, graduation); see year_closing for the whole story."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.grading import NOT_ASSESSED
from ...domain.names import full_name, person_sort_key, short_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    AuditEntry,
    Course,
    CourseKind,
    Enrollment,
    GradeValue,
    Period,
    PeriodMark,
    PeriodMarkKind,
    Pupil,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
    YearDecision,
    YearDecisionKind,
    YearStatus,
    utcnow,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from ..errors import ServiceError

Progress = Callable[[int, int, str], None]


DECISION_LABELS = {
    YearDecisionKind.promotion: "перевод в следующий класс",
    YearDecisionKind.conditional_promotion: "условный перевод",
    YearDecisionKind.repeat_year: "оставлен на повторное обучение",
    YearDecisionKind.graduation: "выпуск",
}


# Courses whose year marks decide the year: the curriculum, not electives, clubs or extended day.
CURRICULUM_KINDS = (CourseKind.lesson, CourseKind.individual)


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
    from ..journal import course as journal_course
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
        info = journal_course._load_course(session, c.id)
        if c.grade not in periods_by_grade:
            periods_by_grade[c.grade] = journal_course._periods(session, info, c.grade)
        periods = periods_by_grade[c.grade] if c.grade is not None else journal_course._periods(session, info)
        if not periods:
            continue
        last = periods[-1].end
        lacking = set(journal_course._stays(session, info, last, last)) - marked[c.id]
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
