"""The summary sheet (сводная ведомость учёта успеваемости) of a class or of the whole school: the period,
year, exam and final marks of every pupil by subject, read in one query for the large school, laid out by
printing.summary_sheet in the paper form (PDF, each sheet verifiable like a journal page) or as a workbook."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import String, cast, select

from ...domain.names import name_sort_key, person_sort_key
from ...domain.rights import Action
from ...printing.layout import BuildCancelled
from ...printing.summary_sheet import (
    ClassSummary,
    SchoolSummary,
    SummaryPupil,
    write_summary_pdf,
    write_summary_xlsx,
)
from ...storage.database import Database
from ...storage.models import AcademicYear, Course, Enrollment, Period, PeriodMark, Pupil, SchoolClass, Staff, Subject
from ..access import guard
from ..access.actor import Actor
from ..people.list_numbers import numbers_of
from .printout_common import (
    _BOOK_KINDS,
    Cancelled,
    Progress,
    PrintoutNotFound,
    _as_of,
    _context,
    _period_row,
    _printout_code,
    _recorder,
    _year_id,
)

__all__ = ["export_summary_sheet", "summary_sheet"]


def _summaries(db: Database, class_ids: list[int], only_periods: set[int] | None = None) -> list[ClassSummary]:
    """The summary sheets of the classes (no rights checked here: callers check)."""
    with db.session() as session:
        classes = session.execute(
            select(SchoolClass.id, SchoolClass.grade, SchoolClass.letter, SchoolClass.academic_year_id,
                   SchoolClass.class_teacher_id).where(SchoolClass.id.in_(class_ids))).all()
        classes.sort(key=lambda c: (c.grade, name_sort_key(c.letter)))
        years = {y.id: y.label for y in session.scalars(select(AcademicYear))}
        teachers = {r.id: " ".join(p for p in (r.surname, r.name, r.patronymic) if p)
                    for r in session.execute(select(Staff.id, Staff.surname, Staff.name, Staff.patronymic))}
        periods = session.execute(select(Period.id, Period.academic_year_id, Period.kind, Period.number,
                                         Period.start, Period.end, Period.grade_from, Period.grade_to)
                                  .order_by(Period.start)).all()
        courses = session.execute(
            select(Course.id, Course.school_class_id, Course.subject_id, Course.name, Subject.name.label("subject"),
                   Subject.sort_order)
            .join(Subject, Subject.id == Course.subject_id)
            .where(Course.school_class_id.in_(class_ids), Course.has_marks.is_(True),
                   Course.kind.in_(_BOOK_KINDS))).all()
        enrollments = session.execute(
            select(Enrollment.pupil_id, Enrollment.school_class_id, Enrollment.arrived_on, Enrollment.departed_on,
                   Enrollment.arrival_event, Enrollment.departure_event)
            .where(Enrollment.school_class_id.in_(class_ids))).all()
        numbers = numbers_of(session.connection(), class_ids)
        pupil_ids = {e.pupil_id for e in enrollments}
        names = {r.id: r for r in session.execute(
            select(Pupil.id, Pupil.surname, Pupil.name, Pupil.patronymic).where(Pupil.id.in_(pupil_ids)))}
        course_ids = [c.id for c in courses]
        # Core rows, the kind as plain text: a hundred thousand marks in the large school.
        pm = PeriodMark.__table__
        marks = session.connection().execute(
            select(pm.c.course_id, pm.c.pupil_id, cast(pm.c.kind, String), pm.c.period_id, pm.c.value)
            .where(pm.c.course_id.in_(course_ids))).all() if course_ids else []

    courses_of: dict[int, list] = defaultdict(list)
    for c in courses:
        courses_of[c.school_class_id].append(c)
    stays_of: dict[int, list] = defaultdict(list)
    for e in enrollments:
        stays_of[e.school_class_id].append(e)
    marks_of: dict[int, list] = defaultdict(list)
    course_class = {c.id: c.school_class_id for c in courses}
    for m in marks:
        marks_of[course_class[m.course_id]].append(m)

    out = []
    for cls in classes:
        class_periods = [p for p in periods if p.academic_year_id == cls.academic_year_id
                         and p.grade_from <= cls.grade <= p.grade_to]
        if only_periods is not None:
            shown = [p for p in class_periods if p.id in only_periods]
        else:
            shown = class_periods
        year_end_shown = not class_periods or shown and shown[-1].id == class_periods[-1].id
        # Subjects in the curriculum's order; subgroups and several courses of one subject merge.
        subjects: dict[int, tuple] = {}
        for c in courses_of[cls.id]:
            key = c.subject_id
            subjects.setdefault(key, (c.sort_order, c.subject))
        subject_ids = sorted(subjects, key=lambda k: (subjects[k][0], subjects[k][1]))
        subject_index = {sid: i for i, sid in enumerate(subject_ids)}
        course_subject = {c.id: subject_index[c.subject_id] for c in courses_of[cls.id]}

        row_keys: list[tuple[str, int | None]] = [("period", p.id) for p in shown]
        labels = [_period_row(p.kind.value, p.number) for p in shown]
        class_marks = marks_of[cls.id]
        if year_end_shown:
            row_keys.append(("year", None))
            labels.append("Год")
            kinds = {m[2] for m in class_marks}
            for kind, label in (("exam", "Экз."), ("final", "Итог")):
                if kind in kinds or cls.grade in (9, 11):
                    row_keys.append((kind, None))
                    labels.append(label)
        row_index = {key: i for i, key in enumerate(row_keys)}

        table: dict[int, list[list[str]]] = {}
        stays = stays_of[cls.id]
        for e in stays:
            table.setdefault(e.pupil_id, [[""] * len(subject_ids) for _ in row_keys])
        for course_id, pupil_id, kind, period_id, value in class_marks:
            r = row_index.get((kind, period_id if kind == "period" else None))
            row = table.get(pupil_id)
            if r is not None and row is not None:
                row[r][course_subject[course_id]] = value

        year_start = class_periods[0].start if class_periods else None
        notes: dict[int, list[str]] = defaultdict(list)
        for e in sorted(stays, key=lambda e: e.arrived_on):
            if year_start is not None and e.arrived_on > year_start:
                notes[e.pupil_id].append(f"прибыл(а) {e.arrived_on:%d.%m.%Y}")
            if e.departed_on is not None:
                notes[e.pupil_id].append(f"выбыл(а) {e.departed_on:%d.%m.%Y}")
        number = numbers[cls.id]  # № по журналу, as on the grid and the journal pages
        order = sorted(table, key=lambda pid: (number.get(pid, 0), person_sort_key(
            names[pid].surname, names[pid].name, names[pid].patronymic)))
        pupils = tuple(
            SummaryPupil(number.get(pid, n),
                         " ".join(p for p in (names[pid].surname, names[pid].name, names[pid].patronymic) if p),
                         tuple(tuple(row) for row in table[pid]), ", ".join(notes[pid]), pid)
            for n, pid in enumerate(order, start=1))
        out.append(ClassSummary(f"{cls.grade}{cls.letter}", teachers.get(cls.class_teacher_id, ""),
                                years.get(cls.academic_year_id, ""), tuple(subjects[s][1] for s in subject_ids),
                                tuple(labels), pupils))
    return out


def summary_sheet(db: Database, actor: Actor, class_id: int | None = None,
                  academic_year_id: int | None = None) -> SchoolSummary:
    """The summary sheet of one class, or (class_id None) of every class of the year (default: the latest)."""
    with guard.unit(db, actor) as session:
        if class_id is None:
            guard.require(actor, Action.build_reports, detail="сводная ведомость всей школы")
            year = _year_id(session, academic_year_id)
            class_ids = list(session.scalars(select(SchoolClass.id).where(SchoolClass.academic_year_id == year)))
        else:
            cls = session.get(SchoolClass, class_id)
            if cls is None:
                raise PrintoutNotFound("Такого класса нет.")
            year = cls.academic_year_id
            own_class = class_id in guard.own_class_ids(session, actor)
            guard.require(actor, Action.build_reports, own_class=own_class,
                          detail=f"сводная ведомость {cls.label}")
            class_ids = [class_id]
        context = _context(session, None)
        year_label = session.get(AcademicYear, year).label
    return SchoolSummary(context.school_name, year_label, tuple(_summaries(db, class_ids)), context.director)


def export_summary_sheet(db: Database, actor: Actor, path: str | Path, fmt: str = "pdf",
                         class_id: int | None = None, academic_year_id: int | None = None,
                         progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    """The summary sheet as PDF (`fmt` "pdf") or workbook ("xlsx"), written atomically."""
    data = summary_sheet(db, actor, class_id, academic_year_id)
    if not data.classes:
        raise PrintoutNotFound("В этом учебном году нет классов.")
    if fmt == "xlsx":
        return write_summary_xlsx(path, data)
    if fmt != "pdf":
        raise ValueError(f"unknown format {fmt!r}")
    # The paper copy is the one kept for 75 years: each sheet verifiable like a journal page.
    as_of = _as_of(None)
    code = _printout_code()
    what = {"kind": "summary_sheet", "class_id": class_id, "academic_year_id": academic_year_id}
    try:
        return write_summary_pdf(path, data, progress=progress, cancelled=cancelled, code=code,
                                 on_built=_recorder(db, actor, code, what, as_of, Path(path)))
    except BuildCancelled:
        raise Cancelled("Построение сводной ведомости отменено.") from None
