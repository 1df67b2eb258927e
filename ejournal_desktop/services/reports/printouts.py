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

What the printouts share (errors, labels, the title context, the registry hook) is in printout_common; the
summary sheet in summary_printout, re-exported here with the rest.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select

from ...domain.names import name_sort_key, person_sort_key
from ...domain.rights import Action
from ...printing.class_book import BookCourse, ClassBook, CorrectionLine, write_class_book
from ...printing.journal_pages import JournalMonth, LessonLine, PupilLine, ResultColumn, write_journal_pdf
from ...printing.layout import BuildCancelled
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    CorrectionStatus,
    Course,
    Lesson,
    MarkCorrection,
    Pupil,
    Subgroup,
    Subject,
)
from .. import journal
from ..access import guard
from ..access.actor import Actor
from ..access.people_names import account_names
from ..timetable import lookups
from ..timetable.model import TimetableError
from .printout_common import (  # noqa: F401 (PRINT_ACTION, PRINTOUT_ENTITY, PrintoutNotFound: re-exported)
    _BOOK_KINDS,
    PRINT_ACTION,
    PRINTOUT_ENTITY,
    Cancelled,
    PrintoutNotFound,
    Progress,
    _as_of,
    _class_periods,
    _context,
    _month_bounds,
    _months,
    _period_accusative,
    _period_short,
    _printout_code,
    _recorder,
    _staff_names,
    _year_id,
)
from .summary_printout import _summaries, export_summary_sheet, summary_sheet

__all__ = ["BuildCancelled", "Cancelled", "class_book", "class_id_by_label", "course_id_by_subject",
           "export_class_book", "export_journal_pages", "export_summary_sheet", "journal_months",
           "months_of_period", "period_id_by_number", "PrintoutNotFound",
           "summary_sheet", "PRINT_ACTION", "PRINTOUT_ENTITY"]

# --- lookups for the CLI and the GUI -------------------------------------------------------------------------


def class_id_by_label(db: Database, label: str, academic_year_id: int | None = None) -> int:
    """The class «5А» (or «5 А», «5а») of the year (default: the latest): the timetable's one lookup,
    refused as a printout's «not found»."""
    try:
        return lookups.class_id_by_label(db, label, academic_year_id)
    except TimetableError as exc:
        raise PrintoutNotFound(str(exc)) from None


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
