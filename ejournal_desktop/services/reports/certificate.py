"""The inspection certificate (справка по итогам проверки журнала): the deputy's checks of one
journal, the remarks and how they were fixed, with the signature line."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.names import short_name
from ...domain.rights import Action
from ...domain.roles import Role
from ...printing.report import Column, Report, Table
from ...storage.database import Database
from ...storage.models import (
    Account,
    AccountRole,
    Course,
    SchoolClass,
    Staff,
)
from ..access import guard
from ..access.actor import Actor
from ..journal import inspection
from .control_span import (
    IsCancelled,
    Progress,
    ReportError,
    _Calendar,
    _class_id,
    _class_order,
    _course_scope,
    _step,
)
from .kind import ReportRequest, latest_year, school_name


def _deputy_name(session: Session, actor: Actor) -> str:
    staff_id = actor.staff_id if actor.has(Role.deputy) else session.scalar(
        select(Account.staff_id).join(AccountRole, AccountRole.account_id == Account.id)
        .where(AccountRole.role == Role.deputy.value, Account.staff_id.is_not(None), Account.disabled.is_(False))
        .order_by(Account.id).limit(1))
    if staff_id is None:
        return ""
    person = session.get(Staff, staff_id)
    return short_name(person.surname, person.name, person.patronymic) if person else ""


def inspection_certificate(db: Database, actor: Actor, request: ReportRequest, *, progress: Progress = None,
                           cancelled: IsCancelled = None) -> Report:
    """The certificate of journal inspection (справка о проверке журналов, regulation 7.4): the journals
    checked on the dates, the remarks and whether each was fixed, with the deputy's signature line."""
    today = request.day
    with guard.unit(db, actor) as session:
        year = latest_year(session)
        cal = _Calendar(session, year, request)
        cal.check_month()
        class_id = _class_id(session, year, request.class_label)
        grade = session.scalar(select(SchoolClass.grade).where(SchoolClass.id == class_id)) if class_id else None
        scope = None
        if request.course_id is not None:
            if session.get(Course, request.course_id) is None:
                raise ReportError("Такой страницы журнала нет.")
            own, own_class = guard.course_relation(session, actor, request.course_id)
            guard.require(actor, Action.build_reports, own=own, own_class=own_class, detail="справка о проверке журнала")
        else:
            scope = _course_scope(session, actor, class_id, "справка о проверке журналов")
        span = cal.span(grade)
        if span is None:
            raise ReportError(f"Нет {request.period}-го учебного периода.")
        _step(progress, cancelled, 0, 2, "проверки")
        found = inspection.checks(session, span.start, span.end)
        stmt = select(Course.id).where(Course.id.in_({c.course_id for c in found}))
        if request.course_id is not None:
            stmt = stmt.where(Course.id == request.course_id)
        if class_id is not None:
            stmt = stmt.where(Course.school_class_id == class_id)
        if scope is not None:
            stmt = stmt.where(scope)
        allowed = set(session.scalars(stmt))
        found = [c for c in found if c.course_id in allowed]
        remark_infos = inspection.remarks_on(session, allowed, span.start, span.end)
        titles = inspection._titles(session, allowed)
        deputy = _deputy_name(session, actor)
        school = school_name(session)
    _step(progress, cancelled, 1, 2, "справка")

    by_check: dict[tuple[int, dt.date], list] = defaultdict(list)
    for r in remark_infos:
        by_check[(r.course_id, r.inspected_on)].append(r)
    order = sorted(found, key=lambda c: (c.inspected_on, _class_order(titles[c.course_id][0].split(",")[0]),
                                         titles[c.course_id][0]))
    checked_rows = []
    for i, c in enumerate(order, start=1):
        title, teacher = titles[c.course_id]
        items = by_check.get((c.course_id, c.inspected_on), [])
        fixed = sum(1 for r in items if r.fixed)
        checked_rows.append((i, f"{c.inspected_on:%d.%m.%Y}", title, teacher, len(items), fixed, len(items) - fixed))
    remark_rows = []
    for i, r in enumerate(sorted(remark_infos, key=lambda r: (r.inspected_on, r.course_title, r.id)), start=1):
        if r.fixed:
            state = f"исправлено {r.fixed_at.astimezone():%d.%m.%Y}"
        elif r.overdue(today):
            state = "не исправлено, срок истёк"
        else:
            state = "не исправлено"
        remark_rows.append((i, f"{r.inspected_on:%d.%m.%Y}", r.course_title, r.teacher, r.text,
                            f"{r.due_on:%d.%m.%Y}" if r.due_on else "", state))
    total = len(remark_rows)
    fixed_total = sum(1 for r in remark_infos if r.fixed)
    sections = [
        Table("Проверенные журналы", [Column("№", 0.4, "int"), Column("Дата проверки", 1.0),
                                      Column("Класс, предмет", 2.4), Column("Учитель", 1.6),
                                      Column("Замечаний", 0.9, "int"), Column("Исправлено", 0.9, "int"),
                                      Column("Не исправлено", 1.0, "int")],
              checked_rows, totals=("", "Итого", "", "", total, fixed_total, total - fixed_total)),
        Table("Замечания", [Column("№", 0.35, "int"), Column("Дата проверки", 1.3), Column("Класс, предмет", 1.7),
                            Column("Учитель", 1.5), Column("Замечание", 3.6), Column("Срок", 1.3),
                            Column("Отметка об исправлении", 1.7)], remark_rows, sheet="Замечания"),
    ]
    summary = (f"Проверено журналов: {len(checked_rows)}; замечаний: {total}, из них исправлено: {fixed_total}, "
               f"не исправлено: {total - fixed_total}." if checked_rows
               else "В эти даты проверки журналов не записаны.")
    notes = [
        "Цель проверки: своевременность и правильность заполнения электронного журнала, накопляемость и "
        "объективность отметок, выполнение программы (п. 7.2–7.3 Положения об электронном журнале).",
        summary,
        "Замечания доведены до сведения учителей и классных руководителей (п. 7.4 Положения).",
        "",
        f"Заместитель директора по УР  ________________  / {deputy or '________________'} /",
        f"Дата: {today:%d.%m.%Y}",
    ]
    return Report("Справка по итогам проверки электронного журнала", school,
                  f"{span.label} ({span.dates})" + (f" · {request.class_label} класс" if request.class_label else ""),
                  sections, generated_on=today, landscape=False, notes=notes)
