"""A report as plain data: a title and a list of sections, each a table or a bar chart.

Services build a `Report` from the journal; printing renders it to PDF and .xlsx; the GUI previews its
tables. One shape for every report kind, so a new kind needs no new renderer.

    Report(title="Успеваемость", school="МБОУ СОШ № 1", subtitle="5А · 1 четверть",
           sections=[Table("Итоги по предметам", [Column("Предмет", 3), Column("«5»", kind="int"), …],
                           rows=[("Математика", 7, …), …], totals=("Итого", 30, …)),
                     BarChart("Качество знаний, %", ["Математика", …], [("5А", [62.5, …])])])
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

# text: as is; int: a count; float: one decimal ("4,25" shown as "4,3" — two decimals for averages
# use "average"); percent: a share 0..100 shown with one decimal and "%"; average: two decimals.
ColumnKind = Literal["text", "int", "float", "average", "percent"]


@dataclass(frozen=True)
class Column:
    title: str
    width: float = 1.0            # relative width on the page and in the workbook
    kind: ColumnKind = "text"


@dataclass(frozen=True)
class Table:
    title: str
    columns: list[Column]
    rows: list[tuple]             # one value per column; None prints as an empty cell
    totals: tuple | None = None   # a last, bold row
    sheet: str = ""               # the workbook sheet this table goes to ("" = the report's first sheet)


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: list[str]                    # along the horizontal axis
    series: list[tuple[str, list[float]]]    # (legend name, one value per category)
    unit: str = ""                           # e.g. "%"
    category_title: str = ""                 # the horizontal axis's title, e.g. «Класс»
    value_max: float | None = None           # the value axis's top (5 for marks); None: from the data


Section = Table | BarChart


@dataclass(frozen=True)
class Report:
    title: str                    # «Отчёт об успеваемости»
    school: str
    subtitle: str                 # class, period, dates
    sections: list[Section]
    generated_on: dt.date = field(default_factory=dt.date.today)
    landscape: bool = True
    notes: list[str] = field(default_factory=list)   # lines printed under the tables

    def tables(self) -> list[Table]:
        return [s for s in self.sections if isinstance(s, Table)]

    def charts(self) -> list[BarChart]:
        return [s for s in self.sections if isinstance(s, BarChart)]


def format_cell(value, kind: ColumnKind = "text") -> str:
    """A cell as it is printed and previewed: Russian decimal comma; None and "" as an empty cell.

    >>> format_cell(62.5, "percent"), format_cell(4.254, "average"), format_cell(4.25, "float")
    ('62,5%', '4,25', '4,3')
    """
    if value is None or value == "":
        return ""
    if isinstance(value, str) or kind == "text":
        return str(value)
    if kind == "int":
        return str(int(round(value)))
    step = Decimal("0.01") if kind == "average" else Decimal("0.1")
    # Rounded half up from the decimal the value prints as: 4.25 shows as «4,3», as a teacher counts.
    text = str(Decimal(repr(float(value))).quantize(step, ROUND_HALF_UP)).replace(".", ",")
    return text + "%" if kind == "percent" else text
