"""Printouts of the journal: a course's month pages, a class's book, the summary sheet.

Each call checks the right, reads, and returns the plain data the printing layer lays out
(printing.journal_pages, printing.class_book, printing.summary_sheet); the `export_*` calls also write
the file (atomically: a failed or cancelled build leaves no file).

Rights (domain.rights): a teacher prints the pages of own courses; a class teacher the pages, the book
and the summary sheet of the own class; the deputy, the director and the administrator everything;
the whole school's summary sheet needs the school-wide right.

Journal pages come from `journal.load_grid` (one call per course and period), so that printed pages
show exactly what the grid shows; the summary sheet reads the period marks of the year in one query.

The registry of printouts: `export_journal_pages` and `export_class_book` give each printout a short
code («7KQM-3XWA»), print it with a QR code of each sheet's data on every sheet, and record in the
audit log (action "print", entity "printout") what was printed — the code, the course or class, the
months or period, the moment the data were read, and each sheet's fingerprint — in the same step that
gives the file its name: no file without its record. `print_verification.verify` reads it back.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, cast, func, select

from ...domain.names import name_sort_key, person_sort_key, short_name
from ...domain.rights import Action
from ...printing.class_book import BookCourse, ClassBook, CorrectionLine, write_class_book
from ...printing.journal_pages import JournalMonth, LessonLine, PupilLine, ResultColumn, write_journal_pdf
from ...printing.layout import BuildCancelled
from ...printing.summary_sheet import (
    ClassSummary,
    SchoolSummary,
    SummaryPupil,
    write_summary_pdf,
    write_summary_xlsx,
)
from ...printing.verification import PageFingerprint, new_code
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    CorrectionStatus,
    Course,
    CourseKind,
    Enrollment,
    Lesson,
    MarkCorrection,
    Period,
    PeriodMark,
    Pupil,
    School,
    SchoolClass,
    Staff,
    Subgroup,
    Subject,
)
from .. import journal
from ..access import audit, guard
from ..access.actor import Actor
from ..access.people_names import account_names
from ..errors import ServiceError
from ..people.list_numbers import numbers_of

__all__ = ["BuildCancelled", "Cancelled", "class_book", "class_id_by_label", "course_id_by_subject",
           "export_class_book", "export_journal_pages", "export_summary_sheet", "journal_months",
           "months_of_period", "period_id_by_number",
           "summary_sheet", "PRINT_ACTION", "PRINTOUT_ENTITY"]

PRINT_ACTION, PRINTOUT_ENTITY = "print", "printout"

Progress = Callable[[int, int], None]


class Cancelled(ServiceError):
    """The user cancelled a long build; nothing was written."""


class PrintoutNotFound(ServiceError):
    pass


# --- labels ------------------------------------------------------------------------------------------------

_ROMAN = ("I", "II", "III", "IV", "V", "VI")
_PERIOD_SHORT = {"quarter": "четв.", "trimester": "трим.", "half_year": "полуг."}


def _period_short(kind: str, number: int) -> str:
    return f"{number} {_PERIOD_SHORT.get(kind, 'пер.')}"


def _period_row(kind: str, number: int) -> str:
    return f"{_ROMAN[number - 1] if number <= len(_ROMAN) else number} {_PERIOD_SHORT.get(kind, 'пер.')}"


def _period_accusative(kind: str, number: int) -> str:
    """«2-ю четверть», «1-е полугодие», «3-й триместр» (after «за»)."""
    return {"quarter": f"{number}-ю четверть", "half_year": f"{number}-е полугодие",
            "trimester": f"{number}-й триместр"}.get(kind, f"{number}-й период")


def _short_of_full(full: str) -> str:
    parts = full.split()
    return short_name(parts[0], *(parts[1:3])) if parts else ""


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, following - dt.timedelta(days=1)


# --- lookups for the CLI and the GUI -------------------------------------------------------------------------

def _year_id(session, academic_year_id: int | None) -> int:
    if academic_year_id is not None:
        return academic_year_id
    year = session.scalar(select(func.max(AcademicYear.id)))
    if year is None:
        raise PrintoutNotFound("В журнале нет учебного года.")
    return year


def class_id_by_label(db: Database, label: str, academic_year_id: int | None = None) -> int:
    """The class «5А» (or «5 А», «5а») of the year (default: the latest)."""
    text = label.replace(" ", "").upper()
    digits = "".join(ch for ch in text if ch.isdigit())
    letter = text[len(digits):]
    with db.session() as session:
        year = _year_id(session, academic_year_id)
        found = session.scalar(select(SchoolClass.id).where(
            SchoolClass.academic_year_id == year, SchoolClass.grade == int(digits or 0),
            SchoolClass.letter == letter)) if digits else None
    if found is None:
        raise PrintoutNotFound(f"Класса «{label}» в этом учебном году нет.")
    return found


def course_id_by_subject(db: Database, class_id: int, subject: str) -> list[int]:
    """The class's courses of a subject (several for subgroups), by full or short name, any case."""
    wanted = subject.strip().casefold()
    with db.session() as session:
        rows = session.execute(
            select(Course.id, Subject.name, Subject.short_name).join(Subject, Subject.id == Course.subject_id)
            .where(Course.school_class_id == class_id).order_by(Course.id)).all()
    ids = [r.id for r in rows if wanted in (r.name.casefold(), r.short_name.casefold())]
    if not ids:
        raise PrintoutNotFound(f"У класса нет предмета «{subject}».")
    return ids


def period_id_by_number(db: Database, class_id: int, number: int) -> int:
    """The class's period number N (quarters in grades 1-9, half-years in 10-11) — for `--period N`."""
    with db.session() as session:
        periods = _class_periods(session, class_id)
    found = next((p.id for p in periods if p.number == number), None)
    if found is None:
        raise PrintoutNotFound(f"У класса нет {number}-го учебного периода.")
    return found


def months_of_period(db: Database, class_id: int, period_id: int | None = None) -> list[tuple[int, int]]:
    """(year, month) of the months a period (None: the year) of the class spans."""
    with db.session() as session:
        periods = _class_periods(session, class_id)
    chosen = periods if period_id is None else [p for p in periods if p.id == period_id]
    if not chosen:
        raise PrintoutNotFound("Этот учебный период не относится к классу.")
    return _months(chosen[0].start, chosen[-1].end)


# --- journal pages -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Context:
    school_name: str
    director: str
    academic_year: str
    class_label: str
    class_teacher: str
    class_id: int | None
    grade: int | None


def _context(session, class_id: int | None) -> _Context:
    school = session.scalar(select(School).limit(1))
    director = _short_of_full(school.director_name) if school and school.director_name else ""
    label = teacher = ""
    year_label = ""
    grade = None
    if class_id is not None:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise PrintoutNotFound("Такого класса нет.")
        label, grade = cls.label, cls.grade
        year = session.get(AcademicYear, cls.academic_year_id)
        year_label = year.label
        if cls.class_teacher_id is not None:
            staff = session.get(Staff, cls.class_teacher_id)
            teacher = " ".join(p for p in (staff.surname, staff.name, staff.patronymic) if p)
    return _Context(school.name if school else "", director, year_label, label, teacher, class_id, grade)


def _staff_names(session) -> dict[int, str]:
    return {r.id: short_name(r.surname, r.name, r.patronymic)
            for r in session.execute(select(Staff.id, Staff.surname, Staff.name, Staff.patronymic))}


def _course_subject(info: journal.CourseInfo) -> str:
    name = info.name or info.subject
    return f"{name} ({info.subgroup})" if info.subgroup else name


def _month_from_grids(grids: list[journal.GridData], year: int, month: int, academic_year: str,
                      staff: dict[int, str], clip: tuple[dt.date, dt.date] | None = None) -> JournalMonth | None:
    """One month of a course from the grids of the periods it overlaps (None: nothing to print)."""
    first, last = _month_bounds(year, month)
    if clip is not None:
        first, last = max(first, clip[0]), min(last, clip[1])
    if first > last or not grids:
        return None
    info = grids[0].course
    columns: list[tuple[journal.GridColumn, journal.GridData]] = []
    for grid in grids:
        columns += [(c, grid) for c in grid.columns if first <= c.date <= last]
    columns.sort(key=lambda cg: (cg[0].date, cg[0].number))

    # Pupils who belonged on some day of the month, with their stays and notes.
    rows: dict[int, list[tuple[journal.GridRow, journal.GridData]]] = defaultdict(list)
    for grid in grids:
        for row in grid.rows:
            if any(f <= last and l >= first for f, l in row.stays):
                rows[row.pupil_id].append((row, grid))
    if not columns and not rows:
        return None
    # № по журналу, as the grid shows it (the class list's, fixed for the year)
    order = sorted(rows, key=lambda pid: (rows[pid][0][0].number, name_sort_key(rows[pid][0][0].full_name), pid))

    results: list[ResultColumn] = []
    for grid in grids:
        period = grid.period
        if not (first <= period.end <= last) or (clip is not None and period.end > clip[1]):
            continue
        after = sum(1 for c, _ in columns if c.date <= period.end)
        marks = {r.pupil_id: r.period_mark for r in grid.rows if r.period_mark}
        results.append(ResultColumn(after, _period_short(period.kind, period.number), marks))
        if period.last:
            for kind, label in (("year", "Год"), ("exam", "Экз."), ("final", "Итог")):
                values = {r.pupil_id: getattr(r, f"{kind}_mark") for r in grid.rows if getattr(r, f"{kind}_mark")}
                if kind == "year" or values:
                    results.append(ResultColumn(after, label, values))

    pupils = []
    for pid in order:
        pairs = rows[pid]
        row0 = pairs[0][0]
        notes = []
        for row, grid in pairs:
            for f, l in row.stays:
                if f > grid.period.start and first <= f <= last:
                    notes.append(f"приб. {f:%d.%m}")
                if l < grid.period.end and first <= l + dt.timedelta(days=1) <= last + dt.timedelta(days=1):
                    notes.append(f"выб. {l + dt.timedelta(days=1):%d.%m}")
        cells: list[str | None] = []
        for column, grid in columns:
            row = next((r for r, g in pairs if g is grid), None)
            if row is None or not row.belongs_on(column.date):
                cells.append(None)
                continue
            marks = "/".join(m.value for m in row.marks.get(column.lesson_id, ()))
            absence = row.attendance.get(column.lesson_id, "")
            cells.append(" ".join(p for p in (absence, marks) if p))
        pupils.append(PupilLine(row0.number, row0.full_name, tuple(cells), ", ".join(notes), pid))

    lessons = tuple(
        LessonLine(c.date, c.number, c.topic, c.homework, info.teacher,
                   staff.get(c.substitute_teacher_id, "") if c.substitute_teacher_id else "")
        for c, _ in columns)
    return JournalMonth(academic_year, info.class_label, _course_subject(info), info.teacher, year, month,
                        lessons, tuple(pupils), tuple(results))


def _grids(db: Database, actor: Actor, course_id: int, start: dt.date, end: dt.date,
           now: dt.datetime | None) -> list[journal.GridData]:
    periods = [p for p in journal.periods_for(db, course_id) if p.start <= end and p.end >= start]
    return [journal.load_grid(db, actor, course_id, p.id, now=now) for p in periods]


def _require_course_print(db: Database, actor: Actor, course_id: int) -> int | None:
    """Check the right to print a course's pages; the course's class id."""
    with guard.unit(db, actor) as session:
        own, own_class = guard.course_relation(session, actor, course_id)
        guard.require(actor, Action.print_journal, own=own, own_class=own_class, detail="страницы журнала")
        return session.get(Course, course_id).school_class_id


def journal_months(db: Database, actor: Actor, course_id: int, months: Iterable[tuple[int, int]],
                   now: dt.datetime | None = None) -> tuple[str, list[JournalMonth]]:
    """A course's pages for the months given as (year, month): the school's name and one JournalMonth
    per month that has lessons or pupils."""
    months = sorted(set(months))
    if not months:
        raise ValueError("journal_months needs at least one month")
    class_id = _require_course_print(db, actor, course_id)
    start, end = _month_bounds(*months[0])[0], _month_bounds(*months[-1])[1]
    grids = _grids(db, actor, course_id, start, end, now)
    with db.session() as session:
        context = _context(session, class_id)
        staff = _staff_names(session)
        year_label = context.academic_year or session.scalar(
            select(AcademicYear.start_year).join(Course, Course.academic_year_id == AcademicYear.id)
            .where(Course.id == course_id))
        if isinstance(year_label, int):
            year_label = f"{year_label}/{year_label + 1}"
    out = []
    for year, month in months:
        page = _month_from_grids(grids, year, month, year_label, staff)
        if page is not None:
            out.append(page)
    if not out:
        raise PrintoutNotFound("В эти месяцы у страницы журнала нет ни уроков, ни учеников.")
    return context.school_name, out


def _as_of(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else dt.datetime.now(dt.timezone.utc)


def _recorder(db: Database, actor: Actor, code: str, what: dict, as_of: dt.datetime, path: Path):
    """The hook that records a printout in the registry once its file is built (before it is named)."""
    def record(prints: list[PageFingerprint]) -> None:
        with guard.unit(db, actor) as session:
            audit.record(session, actor.account_id, PRINT_ACTION, PRINTOUT_ENTITY, None,
                         new={"code": code, **what, "as_of": as_of.isoformat(), "file": Path(path).name,
                              "pages": [p.as_dict() for p in prints]},
                         at=as_of)
    return record


def _printout_code() -> str:
    return new_code(secrets.token_bytes(8))


def export_journal_pages(db: Database, actor: Actor, course_id: int, months: Iterable[tuple[int, int]],
                         path: str | Path, now: dt.datetime | None = None) -> Path:
    """A course's pages for the months as a PDF; every sheet carries the printout's code and a QR code of
    its data, and the printout is recorded in the registry (the audit log) when the file is written."""
    as_of = _as_of(now)
    months = sorted(set(months))
    school, pages = journal_months(db, actor, course_id, months, now=as_of)
    code = _printout_code()
    what = {"kind": "journal_pages", "course_id": course_id, "months": [list(m) for m in months]}
    return write_journal_pdf(path, school, pages, code=code,
                             on_built=_recorder(db, actor, code, what, as_of, Path(path)))


# --- the class book ----------------------------------------------------------------------------------------

def _class_periods(session, class_id: int) -> list[Period]:
    cls = session.get(SchoolClass, class_id)
    return list(session.scalars(select(Period).where(
        Period.academic_year_id == cls.academic_year_id, Period.grade_from <= cls.grade,
        Period.grade_to >= cls.grade).order_by(Period.start)))


_BOOK_KINDS = (CourseKind.lesson, CourseKind.elective, CourseKind.individual)


def _class_courses(session, class_id: int) -> list[int]:
    rows = session.execute(
        select(Course.id).join(Subject, Subject.id == Course.subject_id)
        .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
        .where(Course.school_class_id == class_id, Course.kind.in_(_BOOK_KINDS))
        .order_by(Subject.sort_order, Subject.name, Course.name, Subgroup.name, Course.id)).all()
    return [r.id for r in rows]


def class_book(db: Database, actor: Actor, class_id: int, period_id: int | None = None,
               now: dt.datetime | None = None, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None) -> ClassBook:
    """The data of a class's book for a period (default: the whole year).

    `progress(done, total)` after each course read; `cancelled()` true stops with Cancelled.
    """
    today = (now or dt.datetime.now(dt.timezone.utc)).astimezone().date()
    with guard.unit(db, actor) as session:
        own_class = class_id in guard.own_class_ids(session, actor)
        guard.require(actor, Action.print_journal, own_class=own_class, detail="классный журнал")
        context = _context(session, class_id)
        periods = _class_periods(session, class_id)
        if not periods:
            raise PrintoutNotFound("Для класса не заданы учебные периоды.")
        if period_id is None:
            start, end, span = periods[0].start, periods[-1].end, "учебный год"
            chosen = periods
        else:
            chosen = [p for p in periods if p.id == period_id]
            if not chosen:
                raise PrintoutNotFound("Этот учебный период не относится к классу.")
            period = chosen[0]
            start, end = period.start, period.end
            span = _period_accusative(period.kind.value, period.number)
        course_ids = _class_courses(session, class_id)
        staff = _staff_names(session)

    courses: list[BookCourse] = []
    total = len(course_ids) + 1
    for done, course_id in enumerate(course_ids):
        if cancelled is not None and cancelled():
            raise Cancelled("Построение журнала отменено.")
        grids = _grids(db, actor, course_id, start, end, now)
        if grids:
            months = []
            for year, month in _months(start, end):
                page = _month_from_grids(grids, year, month, context.academic_year, staff, clip=(start, end))
                # Months not begun by the day of printing would be empty grids: left out.
                if page is not None and page.lessons and page.lessons[0].date <= today:
                    months.append(page)
            if months:
                info = grids[0].course
                courses.append(BookCourse(_course_subject(info), info.teacher, tuple(months)))
        if progress is not None:
            progress(done + 1, total)

    summaries = _summaries(db, [class_id], only_periods={p.id for p in chosen})
    corrections = _approved_corrections(db, course_ids, start, end)
    if progress is not None:
        progress(total, total)
    return ClassBook(context.school_name, context.academic_year, context.class_label, context.class_teacher,
                     context.director, span, start, end, today, tuple(courses),
                     summaries[0] if summaries else None, corrections)


def _approved_corrections(db: Database, course_ids: list[int], start: dt.date,
                          end: dt.date) -> tuple[CorrectionLine, ...]:
    """The approved corrections of marks on the courses' lessons from `start` to `end` (no rights checked
    here: the caller checks), by lesson date, subject and pupil."""
    if not course_ids:
        return ()
    local = dt.datetime.now().astimezone().tzinfo
    with db.session() as session:
        rows = session.execute(
            select(MarkCorrection.old_value, MarkCorrection.new_value, MarkCorrection.reason,
                   MarkCorrection.requested_by, MarkCorrection.requested_at, MarkCorrection.decided_by,
                   MarkCorrection.decided_at, MarkCorrection.decision_note, MarkCorrection.id,
                   Lesson.date, Course.name.label("course_name"), Subject.name.label("subject"),
                   Subgroup.name.label("subgroup"), Pupil.surname, Pupil.name, Pupil.patronymic)
            .join(Lesson, Lesson.id == MarkCorrection.lesson_id)
            .join(Course, Course.id == Lesson.course_id)
            .join(Subject, Subject.id == Course.subject_id)
            .outerjoin(Subgroup, Subgroup.id == Course.subgroup_id)
            .join(Pupil, Pupil.id == MarkCorrection.pupil_id)
            .where(Lesson.course_id.in_(course_ids), MarkCorrection.status == CorrectionStatus.approved,
                   Lesson.date >= start, Lesson.date <= end)).all()
        people = account_names(session, [r.requested_by for r in rows] + [r.decided_by for r in rows])

    def day(moment: dt.datetime | None) -> dt.date | None:
        return moment.astimezone(local).date() if moment is not None else None

    lines = []
    for r in rows:
        subject = r.course_name or r.subject
        if r.subgroup:
            subject = f"{subject} ({r.subgroup})"
        pupil = " ".join(p for p in (r.surname, r.name, r.patronymic) if p)
        lines.append((r.date, name_sort_key(subject), person_sort_key(r.surname, r.name, r.patronymic), r.id,
                      CorrectionLine(r.date, subject, pupil, r.old_value or "", r.new_value or "", r.reason,
                                     people.get(r.requested_by, ""), day(r.requested_at),
                                     people.get(r.decided_by, ""), day(r.decided_at), r.decision_note or "")))
    lines.sort(key=lambda t: t[:4])
    return tuple(t[-1] for t in lines)


def export_class_book(db: Database, actor: Actor, class_id: int, path: str | Path,
                      period_id: int | None = None, now: dt.datetime | None = None,
                      progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Path:
    """Read and lay out a class's book into `path` (atomically). Progress runs over both halves;
    a cancel at any point raises Cancelled and leaves no file."""
    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(done, 2 * total)

    as_of = _as_of(now)
    book = class_book(db, actor, class_id, period_id, now=as_of, progress=reading, cancelled=cancelled)
    steps = len(book.courses) + 2

    def laying(done: int, total: int) -> None:
        if progress is not None:
            progress(steps + done * steps // max(1, total), 2 * steps)

    code = _printout_code()
    what = {"kind": "class_book", "class_id": class_id, "period_id": period_id}
    try:
        return write_class_book(path, book, progress=laying, cancelled=cancelled, code=code,
                                on_built=_recorder(db, actor, code, what, as_of, Path(path)))
    except BuildCancelled:
        raise Cancelled("Построение журнала отменено.") from None


# --- the summary sheet ---------------------------------------------------------------------------------------

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

