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

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from ...domain.calendar import PeriodKind, default_holidays, default_periods
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Course,
    CourseMember,
    Enrollment,
    EnrollmentEvent,
    Holiday,
    Period,
    SchoolClass,
    Subgroup,
    SubgroupMember,
    YearDecisionKind,
    YearStatus,
)
from ..access.actor import Actor
from ..people.list_numbers import number_new_stays
from ..access.guard import require, unit
from .old_years import RemovalReport, removable_years, remove_old_years  # noqa: F401 (re-exported)
from .year_decisions import (  # noqa: F401 (re-exported)
    DECISION_LABELS,
    ClassDecisionResult,
    Decision,
    Gap,
    GapsRemain,
    Progress,
    YearClosingError,
    _AuditBatch,
    _boundary,
    _clock,
    _decisions,
    _gaps,
    _label,
    _roll,
    _year,
    _year_end,
    allowed_decisions,
    check,
    decisions,
    set_class_decision,
    set_decision,
)

__all__ = [
    "ClassDecisionResult", "ClosingReport", "ClosingState", "Decision", "DECISION_LABELS", "Gap", "GapsRemain",
    "MAX_ARCHIVES", "RemovalReport", "YearClosingError", "YearInfo", "academic_years", "allowed_decisions", "check",
    "close_year", "closing_state", "decisions", "remove_old_years", "removable_years", "set_class_decision",
    "set_decision", "YearDecisionKind",
]


MAX_ARCHIVES = 3  # regulation 7.6: the archive is kept on three media












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




# --- helpers ---------------------------------------------------------------------------------------------



























# --- the use cases ---------------------------------------------------------------------------------------

















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
    number_new_stays(session.connection(), {e.school_class_id for e in arrivals})  # alphabetical: all on one day
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







