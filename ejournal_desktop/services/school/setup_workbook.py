"""The set-up workbook (книга подготовки учебного года): one sheet per piece of a school's set-up, Russian
headings, a notes sheet. `write_template` writes it empty, `export_setup` writes the school's current
set-up in the same layout (no marks, no journals), `read_workbook` reads one back as plain rows for
`services.setup_import`.

Sheets, in the order the work is done: the year and its periods, holidays, bells, subjects, staff,
classes, the curriculum, the timetable, pupils and their guardians.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...domain.calendar import PeriodKind, period_noun
from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...domain.timetable import WEEKDAYS_SHORT
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    BellSchedule,
    Course,
    CourseKind,
    Enrollment,
    Holiday,
    Period,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Sex,
    Staff,
    Subgroup,
    SubgroupMember,
    Subject,
    TimetableEntry,
)
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, permits_action, unit
from ..errors import ServiceError
from .classes import current_year_id

__all__ = ["SHEETS", "Column", "Sheet", "WorkbookError", "export_setup", "read_workbook", "write_template"]


class WorkbookError(ServiceError):
    """The file is not a set-up workbook, or cannot be read or written."""


@dataclass(frozen=True)
class Column:
    key: str
    heading: str
    note: str
    width: int = 16


@dataclass(frozen=True)
class Sheet:
    key: str
    title: str
    note: str
    columns: tuple[Column, ...]


C = Column
GUARDIANS = 2
SHEETS: tuple[Sheet, ...] = (
    Sheet("periods", "Год и периоды", "учебный год и его периоды; разные виды периодов для разных параллелей", (
        C("year", "Учебный год", "например 2026/2027; один и тот же во всех строках", 14),
        C("kind", "Вид периода", "четверть, триместр или полугодие", 14),
        C("number", "Номер", "1, 2, 3…", 8),
        C("start", "Начало", "дата ДД.ММ.ГГГГ", 12),
        C("end", "Конец", "дата ДД.ММ.ГГГГ", 12),
        C("grade_from", "Классы с", "первая параллель (1…11)", 10),
        C("grade_to", "Классы по", "последняя параллель (1…11)", 10))),
    Sheet("holidays", "Каникулы", "каникулы, праздничные и дополнительные выходные дни", (
        C("name", "Название", "например «осенние каникулы»", 36),
        C("start", "Начало", "дата ДД.ММ.ГГГГ", 12),
        C("end", "Конец", "дата ДД.ММ.ГГГГ (для одного дня — та же)", 12),
        C("grade_from", "Классы с", "пусто — 1", 10),
        C("grade_to", "Классы по", "пусто — 11", 10))),
    Sheet("bells", "Звонки", "расписание звонков каждой смены", (
        C("shift", "Смена", "1, 2 или 3", 8),
        C("number", "Урок", "номер урока 1…10", 8),
        C("start", "Начало", "время ЧЧ:ММ", 10),
        C("end", "Конец", "время ЧЧ:ММ", 10))),
    Sheet("subjects", "Предметы", "предметы школы в порядке ведомости; уже внесённые обновляются по названию", (
        C("name", "Предмет", "полное название", 40),
        C("short_name", "Краткое название", "для таблиц и расписания", 18),
        C("order", "Порядок", "число: чем меньше, тем выше в ведомости; пусто — по порядку строк", 10))),
    Sheet("staff", "Сотрудники", "педагоги и другие сотрудники", (
        C("surname", "Фамилия", "обязательно", 18),
        C("name", "Имя", "обязательно", 16),
        C("patronymic", "Отчество", "если есть", 18),
        C("position", "Должность", "например «учитель математики»; пусто — учитель", 24),
        C("phone", "Телефон", "необязательно", 16),
        C("email", "Эл. почта", "необязательно", 22))),
    Sheet("classes", "Классы", "классы учебного года", (
        C("label", "Класс", "параллель и буква: 5А", 8),
        C("shift", "Смена", "пусто — 1", 8),
        C("class_teacher", "Классный руководитель", "ФИО, как на листе «Сотрудники»", 32))),
    Sheet("curriculum", "Учебный план", "предметы каждого класса: часы и учителя; для подгрупп — строка на группу", (
        C("class", "Класс", "как на листе «Классы»", 8),
        C("subject", "Предмет", "как на листе «Предметы» (или уже в журнале)", 32),
        C("hours", "Часов в неделю", "например 5 или 0,5", 10),
        C("teacher", "Учитель", "ФИО, как на листе «Сотрудники»", 32),
        C("group", "Группа", "пусто — весь класс; иначе название подгруппы, например «1 группа»", 14))),
    Sheet("timetable", "Расписание", "недельное расписание; из него создаются уроки", (
        C("class", "Класс", "как на листе «Классы»", 8),
        C("weekday", "День", "Пн, Вт, Ср, Чт, Пт, Сб", 8),
        C("number", "Урок", "номер урока по звонкам", 8),
        C("subject", "Предмет", "из учебного плана класса", 32),
        C("group", "Группа", "для подгрупп — её название; пусто — весь класс", 14),
        C("room", "Кабинет", "необязательно", 10))),
    Sheet("pupils", "Ученики и родители", "список каждого класса и родители (законные представители)", (
        C("class", "Класс", "как на листе «Классы»", 8),
        C("surname", "Фамилия", "обязательно", 18),
        C("name", "Имя", "обязательно", 14),
        C("patronymic", "Отчество", "если есть", 18),
        C("birth_date", "Дата рождения", "ДД.ММ.ГГГГ", 12),
        C("sex", "Пол", "м или ж", 6),
        C("groups", "Подгруппы", "«Предмет: группа; …»; пусто — ученики делятся по алфавиту", 30),
        *(c for i in range(1, GUARDIANS + 1) for c in (
            C(f"guardian{i}", f"Родитель {i}: ФИО", "фамилия, имя, отчество", 30),
            C(f"relation{i}", f"Родитель {i}: кем приходится", "мать, отец, опекун…", 14),
            C(f"phone{i}", f"Родитель {i}: телефон", "необязательно", 16))))),
)
NOTES_TITLE = "Пояснения"
SHEET_BY_KEY = {s.key: s for s in SHEETS}
KIND_BY_NOUN = {period_noun(k): k for k in PeriodKind}


def _may_export(actor: Actor) -> None:
    if not any(permits_action(actor, a) for a in (Action.exchange, Action.configure_grading)):
        raise Denied(Action.exchange, "книга подготовки учебного года")


def _save(workbook, path: Path) -> None:
    import io

    from ...printing.document import write_bytes_atomic
    buffer = io.BytesIO()
    workbook.save(buffer)
    try:
        write_bytes_atomic(Path(path), buffer.getvalue())
    except OSError as exc:
        raise WorkbookError(f"Не удалось сохранить {path}: {exc.strerror or exc}.") from exc


def _workbook(rows: dict[str, list[list]]):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    wb.remove(wb.active)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    for sheet in SHEETS:
        ws = wb.create_sheet(sheet.title)
        for i, col in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=i, value=col.heading)
            cell.font, cell.fill = bold, fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.column_dimensions[get_column_letter(i)].width = col.width
        ws.freeze_panes = "A2"
        for r, values in enumerate(rows.get(sheet.key, []), start=2):
            for i, value in enumerate(values, start=1):
                cell = ws.cell(row=r, column=i, value=value)
                if isinstance(value, dt.date):
                    cell.number_format = "DD.MM.YYYY"
                elif isinstance(value, dt.time):
                    cell.number_format = "HH:MM"
    ws = wb.create_sheet(NOTES_TITLE)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width, ws.column_dimensions["C"].width = 24, 30, 70
    ws.append(["Книга подготовки учебного года"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([("Заполните листы и загрузите книгу: «ejournal setup import ФАЙЛ» или кнопкой «Загрузить книгу» "
               "на странице «Подготовка учебного года». Книга проверяется целиком: при любой ошибке в журнал не "
               "записывается ничего, а ошибки перечисляются с листом, строкой и столбцом.")])
    ws.append([])
    ws.append(["Лист", "Столбец", "Что в нём"])
    for c in ws[ws.max_row]:
        c.font = bold
    for sheet in SHEETS:
        ws.append([sheet.title, "", sheet.note])
        ws.cell(row=ws.max_row, column=1).font = bold
        for col in sheet.columns:
            ws.append(["", col.heading, col.note])
    return wb


def write_template(path: Path) -> Path:
    """An empty set-up workbook (headings and notes only)."""
    _save(_workbook({}), path)
    return Path(path)


def _period_rows(session, year: AcademicYear) -> list[list]:
    return [[year.label, period_noun(p.kind), p.number, p.start, p.end, p.grade_from, p.grade_to]
            for p in session.scalars(select(Period).where(Period.academic_year_id == year.id)
                                     .order_by(Period.grade_from, Period.start))]


def _name(p) -> str:
    return full_name(p.surname, p.name, p.patronymic)


def setup_rows(session, year_id: int | None, today: dt.date) -> dict[str, list[list]]:
    """The school's set-up as the rows of each sheet."""
    rows: dict[str, list[list]] = {s.key: [] for s in SHEETS}
    year = session.get(AcademicYear, year_id) if year_id is not None else None
    if year is not None:
        rows["periods"] = _period_rows(session, year)
        rows["holidays"] = [[h.name, h.start, h.end, h.grade_from, h.grade_to] for h in session.scalars(
            select(Holiday).where(Holiday.academic_year_id == year.id).order_by(Holiday.start, Holiday.id))]
    rows["bells"] = [[b.shift, b.lesson_number, b.starts_at, b.ends_at] for b in session.scalars(
        select(BellSchedule).order_by(BellSchedule.shift, BellSchedule.lesson_number))]
    rows["subjects"] = [[s.name, s.short_name, s.sort_order] for s in session.scalars(
        select(Subject).where(Subject.retired.is_(False)).order_by(Subject.sort_order, Subject.name))]
    staff = [s for s in session.scalars(select(Staff).where(
        (Staff.dismissed_on.is_(None)) | (Staff.dismissed_on > today)))]
    staff.sort(key=lambda s: person_sort_key(s.surname, s.name, s.patronymic))
    rows["staff"] = [[s.surname, s.name, s.patronymic, s.position, s.phone, s.email] for s in staff]
    if year is None:
        return rows
    names = {s.id: _name(s) for s in session.scalars(select(Staff))}
    classes = list(session.scalars(select(SchoolClass).where(SchoolClass.academic_year_id == year.id)
                                   .order_by(SchoolClass.grade, SchoolClass.letter)))
    label = {c.id: c.label for c in classes}
    rows["classes"] = [[c.label, c.shift, names.get(c.class_teacher_id, "")] for c in classes]
    subjects = {s.id: (s.sort_order, s.name) for s in session.scalars(select(Subject))}
    groups = {g.id: g for g in session.scalars(select(Subgroup))}
    lesson_courses = [c for c in session.scalars(select(Course).where(
        Course.academic_year_id == year.id, Course.kind == CourseKind.lesson)) if c.school_class_id in label]
    class_order = {c.id: i for i, c in enumerate(classes)}

    def group_name(c: Course) -> str:
        return groups[c.subgroup_id].name if c.subgroup_id in groups else ""

    lesson_courses.sort(key=lambda c: (class_order[c.school_class_id], subjects[c.subject_id], group_name(c)))
    hours = lambda h: int(h) if float(h).is_integer() else h
    rows["curriculum"] = [[label[c.school_class_id], subjects[c.subject_id][1], hours(c.hours_per_week),
                           names.get(c.teacher_id, ""), group_name(c)] for c in lesson_courses]
    by_id = {c.id: c for c in lesson_courses}
    entries = [e for e in session.scalars(select(TimetableEntry).where(
        TimetableEntry.course_id.in_(list(by_id)), TimetableEntry.valid_from <= max(today, year.periods[0].start
                                                                                    if year.periods else today),
        (TimetableEntry.valid_to.is_(None)) | (TimetableEntry.valid_to >= today)))] if by_id else []
    entries.sort(key=lambda e: (class_order[by_id[e.course_id].school_class_id], e.weekday, e.lesson_number,
                                group_name(by_id[e.course_id])))
    rows["timetable"] = [[label[by_id[e.course_id].school_class_id], WEEKDAYS_SHORT[e.weekday], e.lesson_number,
                          subjects[by_id[e.course_id].subject_id][1], group_name(by_id[e.course_id]), e.room]
                         for e in entries]
    on = max(today, dt.date(year.start_year, 9, 1))  # the class lists on the day (before the year: its first day)
    stays = session.execute(select(Enrollment.pupil_id, Enrollment.school_class_id).where(
        Enrollment.school_class_id.in_(list(label)), Enrollment.arrived_on <= on,
        (Enrollment.departed_on.is_(None)) | (Enrollment.departed_on > on))).all()
    pupils = {p.id: p for p in session.scalars(select(Pupil).where(Pupil.id.in_([s.pupil_id for s in stays])))}
    class_of = {s.pupil_id: s.school_class_id for s in stays}
    members: dict[int, list[tuple]] = {}
    for pid, gid in session.execute(select(SubgroupMember.pupil_id, SubgroupMember.subgroup_id)):
        g = groups.get(gid)
        # only the groups of the pupil's class now (a pupil moved from another class keeps the old membership)
        if g is not None and class_of.get(pid) == g.school_class_id:
            members.setdefault(pid, []).append((subjects[g.subject_id], g.name))
    ordered = sorted(stays, key=lambda s: (class_order[s.school_class_id], person_sort_key(
        pupils[s.pupil_id].surname, pupils[s.pupil_id].name, pupils[s.pupil_id].patronymic)))
    for s in ordered:
        p = pupils[s.pupil_id]
        grp = "; ".join(f"{subj[1]}: {name}" for subj, name in sorted(members.get(p.id, [])))
        row = [label[s.school_class_id], p.surname, p.name, p.patronymic, p.birth_date,
               {Sex.male: "м", Sex.female: "ж"}.get(p.sex, ""), grp]
        links = list(session.scalars(select(PupilGuardian).where(PupilGuardian.pupil_id == p.id)))[:GUARDIANS]
        for link in links:
            g = link.guardian
            row += [_name(g), link.relation, g.phone]
        rows["pupils"].append(row)
    return rows


def export_setup(db: Database, actor: Actor, path: Path, *, today: dt.date | None = None) -> dict[str, int]:
    """The school's current set-up in the workbook's layout; returns the rows written per sheet."""
    today = today or dt.date.today()
    with unit(db, actor) as session:
        _may_export(actor)
        rows = setup_rows(session, current_year_id(session), today)
        _save(_workbook(rows), path)
        counts = {k: len(v) for k, v in rows.items()}
        audit.record(session, actor.account_id, "export", "setup_workbook", None,
                     new={"file": Path(path).name, "rows": counts})
        return counts


@dataclass(frozen=True)
class SheetRows:
    """One sheet as read: (row number, {column key: value}) for every row with anything in it."""
    sheet: Sheet
    rows: list[tuple[int, dict]]
    missing: tuple[str, ...]   # headings not found


def read_workbook(path: Path) -> dict[str, SheetRows]:
    """Every sheet of the layout found in the file (.xlsx, .xls, .xlsb, .ods: exchange/spreadsheets), its
    columns found by heading (any order)."""
    from ..exchange.spreadsheets import BOOK_SUFFIXES, SpreadsheetError, read_book
    if Path(path).is_file() and Path(path).suffix.lower() not in BOOK_SUFFIXES:
        raise WorkbookError(f"{Path(path).name}: книга подготовки — таблица .xlsx, .xls, .xlsb или .ods.")
    try:
        book = read_book(Path(path))
    except SpreadsheetError as exc:
        raise WorkbookError(str(exc)) from None
    found: dict[str, SheetRows] = {}
    titles = {s.name.casefold().strip(): s for s in book.sheets}
    for sheet in SHEETS:
        own = titles.get(sheet.title.casefold())
        if own is None:
            continue
        header = own.rows[0] if own.rows else []
        index = {str(h).strip().casefold(): i for i, h in enumerate(header) if h is not None}
        where = {c.key: index.get(c.heading.casefold()) for c in sheet.columns}
        rows = []
        for number, values in enumerate(own.rows[1:], start=2):
            if all(v is None or str(v).strip() == "" for v in values):
                continue
            rows.append((number, {k: (values[i] if i is not None and i < len(values) else None)
                                  for k, i in where.items()}))
        found[sheet.key] = SheetRows(sheet, rows, tuple(c.heading for c in sheet.columns if where[c.key] is None))
    return found
