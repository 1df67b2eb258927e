"""Export of a class list to .xlsx as a secretary keeps it: a title, a frozen heading, widths, borders,
A4 print set-up. The headings are those the import reads, so an exported list imports back.

Also builds the blank templates shipped in resources/templates (`write_templates`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, or_, select

from ...domain.names import full_name, person_sort_key
from ...domain.rights import Action
from ...printing.xlsx_text import put
from ...storage.database import Database
from ...storage.models import (
    AcademicYear,
    Course,
    Enrollment,
    Guardian,
    Pupil,
    PupilGuardian,
    School,
    SchoolClass,
    Sex,
    Staff,
)
from ..access.actor import Actor
from ..access.guard import own_class_ids, require, unit
from ..errors import ServiceError
from .list_numbers import numbers_of

__all__ = ["ClassList", "ClassListRow", "HEADINGS", "class_list", "class_list_workbook", "export_class_list",
           "template_workbook", "write_templates"]

# The import's headings (see roster_import.classify_heading), in the order of the paper list.
HEADINGS = ["№", "Фамилия", "Имя", "Отчество", "Дата рождения", "Пол", "Класс", "Адрес", "Телефон",
            "Документ", "Мать (ФИО)", "Телефон матери", "Отец (ФИО)", "Телефон отца",
            "Законный представитель (ФИО)", "Телефон представителя"]
WIDTHS = [4.5, 16, 13, 16, 11.5, 5, 6.5, 30, 16, 26, 28, 16, 28, 16, 28, 16]


@dataclass(frozen=True)
class ClassListRow:
    number: int
    surname: str
    name: str
    patronymic: str
    birth_date: dt.date | None
    sex: str          # «м», «ж» or ""
    address: str
    phone: str
    document: str
    mother: str
    mother_phone: str
    father: str
    father_phone: str
    other: str
    other_phone: str


@dataclass(frozen=True)
class ClassList:
    school_name: str
    academic_year: str
    class_label: str
    class_teacher: str
    on: dt.date
    rows: tuple[ClassListRow, ...]


def class_list(db: Database, actor: Actor, class_id: int, on: dt.date | None = None) -> ClassList:
    """The pupils in the class on the date (default: today, kept inside the class's year), in Russian
    alphabetical order, with their guardians. Needs the right to view the class list: the whole school
    (administrator, director, deputy, secretary), the own class (class teacher) or a class the teacher
    teaches."""
    with unit(db, actor, read=True) as session:
        cls = session.get(SchoolClass, class_id)
        if cls is None:
            raise ServiceError("Такого класса нет.")
        teaches = actor.staff_id is not None and bool(session.scalar(select(exists().where(
            Course.school_class_id == class_id, Course.teacher_id == actor.staff_id))))
        require(actor, Action.view_class_list, own=teaches,
                own_class=class_id in own_class_ids(session, actor),
                detail=f"список {cls.label} класса")
        year = session.get(AcademicYear, cls.academic_year_id)
        first, last = dt.date(year.start_year, 9, 1), dt.date(year.start_year + 1, 8, 31)
        on = on or min(max(dt.date.today(), first), last)
        pupils = session.execute(
            select(Pupil).join(Enrollment, Enrollment.pupil_id == Pupil.id)
            .where(Enrollment.school_class_id == class_id, Enrollment.arrived_on <= on,
                   or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on))
        ).scalars().unique().all()
        links: dict[int, list[tuple[str, Guardian]]] = {}
        if pupils:
            for link, guardian in session.execute(
                    select(PupilGuardian, Guardian).join(Guardian, Guardian.id == PupilGuardian.guardian_id)
                    .where(PupilGuardian.pupil_id.in_([p.id for p in pupils]))):
                links.setdefault(link.pupil_id, []).append((link.relation, guardian))
        school = session.scalar(select(School).limit(1))
        teacher = session.get(Staff, cls.class_teacher_id) if cls.class_teacher_id else None
        rows = []
        numbers = numbers_of(session.connection(), [class_id])[class_id]  # № по журналу, as everywhere
        pupils = sorted(pupils, key=lambda p: (numbers.get(p.id, 0),
                                               person_sort_key(p.surname, p.name, p.patronymic)))
        for place, p in enumerate(pupils, start=1):
            number = numbers.get(p.id, place)
            slots = {"мать": ("", ""), "отец": ("", "")}
            others = []
            for relation, g in links.get(p.id, []):
                entry = (full_name(g.surname, g.name, g.patronymic), g.phone)
                if relation in slots and not slots[relation][0]:
                    slots[relation] = entry
                else:
                    others.append(entry)
            rows.append(ClassListRow(
                number, p.surname, p.name, p.patronymic, p.birth_date,
                {Sex.male: "м", Sex.female: "ж"}.get(p.sex, ""), p.address, p.phone, p.document,
                *slots["мать"], *slots["отец"], "; ".join(n for n, _ in others),
                "; ".join(t for _, t in others if t)))
        return ClassList(school.name if school else "", year.label, cls.label,
                         full_name(teacher.surname, teacher.name, teacher.patronymic) if teacher else "",
                         on, tuple(rows))


def _style_sheet(sheet, title: str, subtitle: str, last_column: int) -> dict:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    thin = Side(style="thin", color="404040")
    put(sheet, 1, 1, title).font = Font(bold=True, size=13)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=last_column)
    put(sheet, 2, 1, subtitle).font = Font(size=10, color="555555")
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=last_column)
    for column, heading in enumerate(HEADINGS[:last_column], start=1):
        cell = put(sheet, 4, column, heading)
        cell.font = Font(bold=True, size=10)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
        cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = WIDTHS[column - 1]
    sheet.row_dimensions[4].height = 32
    sheet.freeze_panes = "C5"
    sheet.print_title_rows = "4:4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = "Страница &P из &N"
    sheet.oddFooter.center.size = 8
    return {"border": Border(left=thin, right=thin, top=thin, bottom=thin),
            "wrap": Alignment(vertical="top", wrap_text=True),
            "centre": Alignment(horizontal="center", vertical="top")}


def _put_rows(sheet, rows: list[list], styles: dict, *, first_row: int = 5, font=None) -> None:
    from copy import copy
    template = {}
    for r, values in enumerate(rows, start=first_row):
        for c, value in enumerate(values, start=1):
            cell = put(sheet, r, c, value)
            kind = "centre" if c in (1, 5, 6, 7) else "wrap"
            cached = template.get((kind, font is not None))
            if cached is not None:
                cell._style = copy(cached)
                continue
            cell.border = styles["border"]
            cell.alignment = styles[kind]
            if c == 5:
                cell.number_format = "DD.MM.YYYY"
            if font is not None:
                cell.font = font
            template[(kind, font is not None)] = copy(cell._style)


def class_list_workbook(data: ClassList):
    """An openpyxl Workbook holding the class list."""
    from openpyxl import Workbook
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = data.class_label[:31] or "Класс"
    workbook.properties.title = f"Список {data.class_label} класса, {data.academic_year}"
    workbook.properties.creator = data.school_name[:255] or "ejournal"
    title = f"Список обучающихся {data.class_label} класса, {data.academic_year} учебный год"
    subtitle = "; ".join(x for x in (data.school_name, f"Классный руководитель: {data.class_teacher}"
                                     if data.class_teacher else "", f"по состоянию на {data.on:%d.%m.%Y}",
                                     f"учеников: {len(data.rows)}") if x)
    styles = _style_sheet(sheet, title, subtitle, len(HEADINGS))
    _put_rows(sheet, [[r.number, r.surname, r.name, r.patronymic, r.birth_date, r.sex, data.class_label,
                       r.address, r.phone, r.document, r.mother, r.mother_phone, r.father, r.father_phone,
                       r.other, r.other_phone] for r in data.rows], styles)
    last = 4 + len(data.rows)
    sheet.print_area = f"A1:P{max(last, 5)}"
    sheet.auto_filter.ref = f"A4:P{max(last, 5)}"
    return workbook


def export_class_list(db: Database, actor: Actor, class_id: int, path: str | Path,
                      on: dt.date | None = None) -> Path:
    """Write the class list to .xlsx; the file is written whole or not at all."""
    path = Path(path)
    workbook = class_list_workbook(class_list(db, actor, class_id, on))
    partial = path.with_name(path.name + ".part")
    try:
        workbook.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


# --- blank templates -------------------------------------------------------------------------------------

EXAMPLE_ROWS = [
    [1, "Иванов", "Иван", "Иванович", dt.date(2015, 3, 14), "м", "5А", "г. Энск, ул. Ленина, д. 1, кв. 2",
     "+7 900 111-22-33", "Свидетельство о рождении II-ИК № 123456", "Иванова Мария Петровна",
     "+7 900 123-45-67", "Иванов Иван Сергеевич", "+7 900 765-43-21", "", ""],
    [2, "Петрова-Водкина", "Алёна", "Сергеевна", dt.date(2014, 11, 2), "ж", "5А", "г. Энск, ул. Мира, д. 7",
     "", "Свидетельство о рождении III-ИК № 654321", "", "", "", "", "Петрова Ольга Ивановна (опекун)",
     "8 (912) 000-11-22"],
]


def template_workbook():
    """The blank class-list template: the headings and two example rows (in grey, to be replaced)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Список"
    styles = _style_sheet(sheet, "Список обучающихся (шаблон для импорта в электронный журнал)",
                          "Заполните строки начиная с 5-й; строки-примеры замените своими. Обязательны "
                          "Фамилия, Имя и Класс; дата — ДД.ММ.ГГГГ; пол — м или ж.", len(HEADINGS))
    _put_rows(sheet, EXAMPLE_ROWS, styles, font=Font(italic=True, color="808080"))
    return workbook


def template_csv() -> bytes:
    """The same template as CSV: UTF-8 with a BOM and «;» (what Russian Excel opens without a wizard)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADINGS)
    for row in EXAMPLE_ROWS:
        writer.writerow([f"{v:%d.%m.%Y}" if isinstance(v, dt.date) else v for v in row])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def write_templates(folder: str | Path) -> list[Path]:
    """(Re)write resources/templates: `python -c "from ejournal_desktop.services.people.roster_export import
    write_templates; write_templates('resources/templates')"`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    xlsx, csv_path = folder / "class_list_template.xlsx", folder / "class_list_template.csv"
    template_workbook().save(xlsx)
    csv_path.write_bytes(template_csv())
    return [xlsx, csv_path]
