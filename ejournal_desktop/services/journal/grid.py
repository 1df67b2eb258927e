"""The grid of one course and period: pupils, lessons, marks, attendance, period marks, cell rules.

Statements are built once (SQLAlchemy caches their compiled form); one page is a handful of queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from sqlalchemy import and_, bindparam, exists, func, or_, select

from ...domain import entry_rules as rules
from ...domain.averages import suggest_period_mark, weighted_average
from ...domain.names import full_name, person_sort_key, short_name
from ...domain.rights import Action, permits
from ...storage.database import Database
from ...storage.models import (
    CorrectionStatus,
    Course,
    CourseKind,
    PeriodMarkKind,
    SchoolClass,
)
from ..access import settings
from ..people.list_numbers import numbers_of
from ..access.accounts import Actor
from ..access.guard import require, unit
from ..school.bells import lesson_times
from .course import (
    _COURSE_COLS,
    _a,
    _c,
    _clock,
    _Course,
    _course_from,
    _grading_system,
    _l,
    _local_date,
    _m,
    _mc,
    _p,
    _periods,
    _pm,
    _sc,
    _sg,
    _st,
    _stays,
    _sub,
    _substitutes_in,
    _work_types,
)
from .model import CourseInfo, GridColumn, GridData, GridRow, MarkCell, NotFound

# Statements of the grid, built once (SQLAlchemy caches their compiled form).
_teacher = _st.alias("teacher")


_ind = Course.__table__.alias("individual")


# Whether any pupil of the year has individual schooling in the subject: only then does the class page
# look for their lessons (one query saved on almost every page).
_HAS_INDIVIDUAL = exists().where(_ind.c.kind == CourseKind.individual, _ind.c.subject_id == _c.c.subject_id,
                                 _ind.c.academic_year_id == _c.c.academic_year_id).label("has_individual")


_GRID_COURSE = (
    select(*_COURSE_COLS, _sc.c.class_teacher_id, _sub.c.short_name, _sg.c.name.label("subgroup"),
           _teacher.c.surname, _teacher.c.name.label("t_name"), _teacher.c.patronymic, _HAS_INDIVIDUAL)
    .select_from(_c).join(_sub, _sub.c.id == _c.c.subject_id)
    .join(_teacher, _teacher.c.id == _c.c.teacher_id)
    .outerjoin(_sc, _sc.c.id == _c.c.school_class_id)
    .outerjoin(_sg, _sg.c.id == _c.c.subgroup_id)
    .where(_c.c.id == bindparam("course")))


_IN_PERIOD = and_(_l.c.course_id == bindparam("course"), _l.c.date >= bindparam("start"),
                  _l.c.date <= bindparam("end"))


_GRID_LESSONS = (select(_l.c.id, _l.c.date, _l.c.number, _l.c.topic, _l.c.homework, _l.c.work_kind,
                        _l.c.substitute_teacher_id).where(_IN_PERIOD).order_by(_l.c.date, _l.c.number))


_GRID_MARKS = (select(_m.c.id, _m.c.lesson_id, _m.c.pupil_id, _m.c.value, _m.c.work_type_id, _m.c.weight,
                      _m.c.comment, _m.c.created_at, _m.c.created_by).select_from(_m).join(_l, _l.c.id == _m.c.lesson_id).where(_IN_PERIOD)
               .order_by(_m.c.id))


_GRID_ATTENDANCE = (select(_a.c.pupil_id, _a.c.lesson_id, _a.c.code).select_from(_a)
                    .join(_l, _l.c.id == _a.c.lesson_id).where(_IN_PERIOD))


_GRID_SUBSTITUTES = select(_st.c.id, _st.c.surname, _st.c.name, _st.c.patronymic).where(
    _st.c.id.in_(bindparam("staff", expanding=True)))


_SUBGROUP_CLASS = select(_sg.c.school_class_id).where(_sg.c.id == bindparam("subgroup"))


def _class_numbers(conn, course: _Course) -> dict[int, int]:
    """{pupil id: № по журналу} of the course's class (a subgroup's too); {} for a course of no class."""
    class_id = course.school_class_id
    if class_id is None and course.subgroup_id is not None:
        class_id = conn.execute(_SUBGROUP_CLASS, {"subgroup": course.subgroup_id}).scalar()
    if class_id is None or course.pupil_id is not None:
        return {}
    return numbers_of(conn, [class_id])[class_id]


_GRID_NAMES = select(_p.c.id, _p.c.surname, _p.c.name, _p.c.patronymic).where(
    _p.c.id.in_(bindparam("pupils", expanding=True)))


_GRID_PENDING = (select(_mc.c.mark_id).select_from(_mc).join(_l, _l.c.id == _mc.c.lesson_id)
                 .where(_IN_PERIOD, _mc.c.status == CorrectionStatus.pending, _mc.c.mark_id.is_not(None)))


_GRID_YEAR_MARKS = select(_pm.c.pupil_id, _pm.c.kind).where(
    _pm.c.course_id == bindparam("course"), _pm.c.kind.in_((PeriodMarkKind.year, PeriodMarkKind.final)))


_GRID_PERIOD_MARKS = select(_pm.c.pupil_id, _pm.c.kind, _pm.c.value).where(
    _pm.c.course_id == bindparam("course"),
    or_(_pm.c.period_id == bindparam("period"), and_(bindparam("last"), _pm.c.kind != PeriodMarkKind.period)))


def _individual_courses(conn, course: _Course, stays: dict) -> list[tuple[int, int]]:
    """(course, pupil) of individual schooling in the same subject and year for pupils of this whole-class
    course: their marks also show on the class page, on their dates."""
    if course.kind != CourseKind.lesson or course.school_class_id is None or course.subgroup_id is not None \
            or not stays:
        return []
    return [tuple(r) for r in conn.execute(
        select(_c.c.id, _c.c.pupil_id).where(_c.c.kind == CourseKind.individual,
                                             _c.c.subject_id == course.subject_id,
                                             _c.c.academic_year_id == course.academic_year_id,
                                             _c.c.pupil_id.in_(list(stays)))).all()]


def _individual_columns(conn, found: list[tuple[int, int]], bounds: dict,
                        today: dt.date) -> tuple[GridColumn, ...]:
    """Read-only columns of the individual lessons of the page's pupils (entered on their own page)."""
    names = {p.id: short_name(p.surname, p.name, p.patronymic)
             for p in conn.execute(_GRID_NAMES, {"pupils": [pid for _c_id, pid in found]})}
    extra = []
    for course_id, pupil_id in found:
        for lr in conn.execute(_GRID_LESSONS, {**bounds, "course": course_id}).all():
            extra.append(GridColumn(lr.id, lr.date, lr.number, lr.topic, lr.homework, lr.work_kind, None, False,
                                    lr.date > today, False, "", names.get(pupil_id, "")))
    return tuple(extra)


def load_grid(db: Database, actor: Actor, course_id: int, period_id: int,
              now: dt.datetime | None = None) -> GridData:
    """One page of the journal for a period: pupils × lessons, marks, attendance, averages, period marks."""
    now = _clock(now)
    today = _local_date(now)
    with unit(db, actor, read=True) as session:
        conn = session.connection()
        r = conn.execute(_GRID_COURSE, {"course": course_id}).first()
        if r is None:
            raise NotFound("Такой страницы журнала нет.")
        course = _course_from(r)
        # guard.course_relation, from the row already read: own course, own class; a substitute
        # (of any lesson of the course) reads the page and edits the lessons given.
        staff = actor.staff_id
        own = staff is not None and r.teacher_id == staff
        own_class = staff is not None and r.class_teacher_id == staff
        substitute = (not own and not permits(actor.roles, Action.edit_journal, own_class=own_class)
                      and _substitutes_in(session, actor, course_id))
        require(actor, Action.view_journal, own=own or substitute, own_class=own_class, detail=course.label)
        editable = permits(actor.roles, Action.edit_journal, own=own or substitute, own_class=own_class)
        school_view = permits(actor.roles, Action.view_journal)
        info = CourseInfo(
            course.id, f"{r.grade}{r.letter}" if r.grade is not None else "", r.subject, r.short_name, r.name,
            r.kind.value, r.teacher_id, short_name(r.surname, r.t_name, r.patronymic), r.subgroup or "",
            r.locked, r.has_marks,
            "own" if own else "substitute" if substitute else "own_class" if own_class and not school_view
            else "school", editable and not r.locked and not course.year_closed, own_class)

        period = next((p for p in _periods(session, course, r.grade) if p.id == period_id), None)
        if period is None:
            raise NotFound("Этот учебный период не относится к странице журнала.")
        values = settings.get_all(session)
        system = _grading_system(session, course.grading_system_id)
        stays = _stays(session, course, period.start, period.end)
        bounds = {"course": course_id, "start": period.start, "end": period.end}

        # Columns.
        lesson_rows = conn.execute(_GRID_LESSONS, bounds).all()
        per_day: dict[dt.date, int] = defaultdict(int)
        for lr in lesson_rows:
            per_day[lr.date] += 1
        edit_all = info.editable and not substitute
        substitute_ids = {lr.substitute_teacher_id for lr in lesson_rows} - {None}
        substitutes = {s.id: short_name(s.surname, s.name, s.patronymic)
                       for s in conn.execute(_GRID_SUBSTITUTES, {"staff": list(substitute_ids)})
                       } if substitute_ids else {}
        shift = session.scalar(select(SchoolClass.shift).where(SchoolClass.id == course.school_class_id)) \
            if course.school_class_id is not None else None
        time_of = lesson_times(session, shift or 1, period.start, period.end)
        columns = tuple(
            GridColumn(lr.id, lr.date, lr.number, lr.topic, lr.homework, lr.work_kind, lr.substitute_teacher_id,
                       per_day[lr.date] > 1, lr.date > today,
                       edit_all or (info.editable and lr.substitute_teacher_id == staff),
                       substitutes.get(lr.substitute_teacher_id, ""), time=time_of(lr.date, lr.number))
            for lr in lesson_rows)

        individual = _individual_courses(conn, course, stays) if r.has_individual else []
        if individual:
            columns = tuple(sorted(columns + _individual_columns(conn, individual, bounds, today),
                                   key=lambda c: (c.date, c.number, bool(c.individual))))

        # Rows, by № по журналу (the class list's, fixed for the year; a club or an individual course
        # numbers its own pupils alphabetically).
        people = conn.execute(_GRID_NAMES, {"pupils": list(stays)}).all()
        numbers = _class_numbers(conn, course)
        if not all(p.id in numbers for p in people):  # a page of pupils from several classes
            numbers = {}
        people.sort(key=lambda p: (numbers.get(p.id, 0), person_sort_key(p.surname, p.name, p.patronymic)))
        whole = ((period.start, period.end),)
        rows = []
        by_pupil: dict[int, GridRow] = {}
        for place, p in enumerate(people, start=1):
            spans = tuple(stays[p.id])
            number = numbers.get(p.id, place)
            row = GridRow(number, p.id, full_name(p.surname, p.name, p.patronymic),
                          short_name(p.surname, p.name, p.patronymic), spans, spans == whole)
            rows.append(row)
            by_pupil[p.id] = row

        # Cells (of the course, and of its pupils' individual schooling, each only for that pupil).
        sources = [(bounds, None)] + [({**bounds, "course": cid}, pid) for cid, pid in individual]
        marks: dict[tuple[int, int], list[MarkCell]] = defaultdict(list)
        for where, only in sources:
            for mid, lid, pid, value, wt, weight, comment, at, by in conn.execute(_GRID_MARKS, where).all():
                if only is None or pid == only:
                    marks[(pid, lid)].append(MarkCell(mid, value, wt, weight, comment, typed_at=at,
                                                      own=by is not None and by == actor.account_id))
        pending = set(conn.execute(_GRID_PENDING, bounds).scalars())
        if pending:
            for cell in marks.values():
                cell[:] = [dataclasses.replace(m, pending_correction=True) if m.id in pending else m for m in cell]
        for (pid, lid), cell in marks.items():
            row = by_pupil.get(pid)
            if row is not None:
                row.marks[lid] = tuple(cell)
        for where, only in sources:
            for pid, lid, code in conn.execute(_GRID_ATTENDANCE, where).all():
                row = by_pupil.get(pid)
                if row is not None and (only is None or pid == only):
                    row.attendance[lid] = code.value

        # Averages and period marks.
        rule = settings.rounding_rule_of(values)
        five_point = system.code == "five_point"
        for row in rows:
            pairs = [(m.value, m.weight) for cell in row.marks.values() for m in cell]
            row.average = weighted_average(pairs, system) if pairs else None
            row.suggested = suggest_period_mark(row.average, rule) if five_point else None
        for pid, kind, value in conn.execute(_GRID_PERIOD_MARKS,
                                             {"course": course_id, "period": period_id, "last": period.last}).all():
            row = by_pupil.get(pid)
            if row is not None:
                setattr(row, f"{kind.value}_mark", value)

        for pid, kind in conn.execute(_GRID_YEAR_MARKS, {"course": course_id}).all():
            row = by_pupil.get(pid)
            if row is not None:
                setattr(row, f"{kind.value}_mark_set", True)
        last_lesson = max((lr.date for lr in lesson_rows), default=None)
        year_last = None
        if period.last:
            year_last = last_lesson or conn.execute(
                select(func.max(_l.c.date)).where(_l.c.course_id == course_id)).scalar()
        fix = values["mark_fix_minutes"]
        return GridData(info, period, system.codes, _work_types(session), columns, tuple(rows), today,
                        values["entry_window_days"], permits(actor.roles, Action.edit_journal), course.year_closed,
                        last_lesson, year_last,
                        rules.period_mark_days(values["period_mark_window_days"], values["entry_window_days"]),
                        now, None if fix < 0 else fix)
