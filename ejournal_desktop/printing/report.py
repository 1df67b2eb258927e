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
