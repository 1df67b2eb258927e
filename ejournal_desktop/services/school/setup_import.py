"""Importing the set-up workbook (`services.setup_workbook`): the whole book is checked first, every problem
named by sheet, row and column; then it is written in one transaction, or nothing is.

`import_setup(db, actor, path, dry_run=False)` returns an `ImportResult`: the problems (then nothing is
written), or what was (or, with `dry_run`, would be) created. After the writing the lessons are made from the
timetable (from today, or the year's first day) in the same transaction.

What it writes: the year (new, or an open one without classes) with its periods and holidays (they replace
what the year had), the bells of the shifts given, subjects (by name: new ones added, the short name and
order of known ones updated), staff (matched by full name, new ones added), classes (new only), courses,
subgroups, the timetable, pupils with their arrival in the class on the year's first day, and guardians
(one person for siblings: matched by full name and phone).

Rights: the administrator (who alone exists after `init`) or the deputy.

(Year, periods, holidays and bells are written here through the storage models; when the year's own
services land, these few inserts move to them.)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.rights import Action
from ...storage.database import Database
from ..access import audit
from ..access.actor import Actor
from ..access.guard import Denied, permits_action, unit
from ..errors import ServiceError
from .setup_import_write import plan_and_write
from .setup_workbook import read_workbook

__all__ = ["ImportResult", "Problem", "SetupImportError", "import_setup"]



class SetupImportError(ServiceError):
    """The workbook has problems; `problems` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        head = f"Книга не загружена: найдено ошибок — {len(problems)}. Ничего не записано."
        super().__init__("\n".join([head, *(p.text for p in problems[:30])]
                                   + ([f"… и ещё {len(problems) - 30}"] if len(problems) > 30 else [])))


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str
    message: str

    @property
    def text(self) -> str:
        where = f"лист «{self.sheet}»" + (f", строка {self.row}" if self.row else "") + \
            (f", столбец «{self.column}»" if self.column else "")
        return f"{where}: {self.message}"

    def as_dict(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}


@dataclass
class ImportResult:
    dry_run: bool
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    year: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"dry_run": self.dry_run, "ok": self.ok, "year": self.year, "counts": self.counts,
                "problems": [p.as_dict() for p in self.problems]}

    def summary(self) -> str:
        words = {"periods": "периодов", "holidays": "каникул и праздников", "bells": "звонков",
                 "subjects_new": "новых предметов", "staff_new": "новых сотрудников", "classes": "классов",
                 "courses": "курсов", "subgroups": "подгрупп", "timetable": "уроков в расписании недели",
                 "pupils": "учеников", "guardians": "родителей", "lessons": "уроков создано"}
        parts = [f"{words[k]}: {v}" for k, v in self.counts.items() if k in words]
        return (f"{self.year} учебный год; " if self.year else "") + ", ".join(parts)


class _Reader:
    """Cell values turned into typed values, every problem collected."""

    def __init__(self):
        self.problems: list[Problem] = []

    def bad(self, sheet: str, row: int | None, column: str, message: str) -> None:
        self.problems.append(Problem(sheet, row, column, message))

    def text(self, sheet, row, values, key, *, required=False, limit=200) -> str:
        v = values.get(key)
        text = "" if v is None else " ".join(str(v).split())
        if isinstance(v, float) and v.is_integer():
            text = str(int(v))
        if required and not text:
            self.bad(sheet.title, row, self._heading(sheet, key), "не заполнено.")
        if len(text) > limit:
            self.bad(sheet.title, row, self._heading(sheet, key), f"не длиннее {limit} знаков (сейчас {len(text)}).")
            text = text[:limit]
        return text

    @staticmethod
    def _heading(sheet, key) -> str:
        return next(c.heading for c in sheet.columns if c.key == key)

    def date(self, sheet, row, values, key, *, required=True) -> dt.date | None:
        v = values.get(key)
        if v is None or str(v).strip() == "":
            if required:
                self.bad(sheet.title, row, self._heading(sheet, key), "нужна дата ДД.ММ.ГГГГ.")
            return None
        if isinstance(v, dt.datetime):
            return v.date()
        if isinstance(v, dt.date):
            return v
        text = str(v).strip()
        for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                pass
        self.bad(sheet.title, row, self._heading(sheet, key), f"«{text}» — не дата (нужно ДД.ММ.ГГГГ).")
        return None

    def time(self, sheet, row, values, key) -> dt.time | None:
        v = values.get(key)
        if isinstance(v, dt.datetime):
            return v.time()
        if isinstance(v, dt.time):
            return v
        text = "" if v is None else str(v).strip()
        m = re.match(r"^(\d{1,2})[:.](\d{2})(?::00)?$", text)
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            return dt.time(int(m.group(1)), int(m.group(2)))
        self.bad(sheet.title, row, self._heading(sheet, key), f"«{text}» — не время (нужно ЧЧ:ММ)." if text
                 else "нужно время ЧЧ:ММ.")
        return None

    def number(self, sheet, row, values, key, lo, hi, *, default=None, real=False):
        v = values.get(key)
        if v is None or str(v).strip() == "":
            if default is None:
                self.bad(sheet.title, row, self._heading(sheet, key), f"нужно число {lo}…{hi}.")
            return default
        try:
            n = float(str(v).replace(",", ".")) if not isinstance(v, (int, float)) else float(v)
        except ValueError:
            self.bad(sheet.title, row, self._heading(sheet, key), f"«{v}» — не число.")
            return default
        if not real and not n.is_integer():
            self.bad(sheet.title, row, self._heading(sheet, key), f"{v} — нужно целое число.")
            return default
        if not lo <= n <= hi:
            self.bad(sheet.title, row, self._heading(sheet, key), f"{v} вне {lo}…{hi}.")
            return default
        return n if real else int(n)






def _may_import(actor: Actor) -> None:
    if not any(permits_action(actor, a) for a in (Action.exchange, Action.configure_grading)):
        raise Denied(Action.exchange, "загрузка книги подготовки учебного года")


def import_setup(db: Database, actor: Actor, path: Path, *, dry_run: bool = False,
                 today: dt.date | None = None) -> ImportResult:
    """Check the whole workbook, then write it all in one transaction (not with `dry_run`). Problems are
    returned in the result (nothing written); `SetupImportError` is not raised here, callers decide."""
    today = today or dt.date.today()
    with unit(db, actor):
        _may_import(actor)  # inside a unit: a refusal is written to the audit log
    sheets = read_workbook(Path(path))
    result = ImportResult(dry_run)
    if not sheets:
        result.problems.append(Problem(Path(path).name, None, "", "в книге нет ни одного листа книги подготовки "
                                       "(«Год и периоды», «Классы»…): возьмите образец «ejournal setup template»."))
        return result
    try:
        with unit(db, actor) as session:
            plan_and_write(session, actor, sheets, result, _Reader(), today)
            if result.problems or dry_run:
                raise _Rollback  # a dry run writes everything (so its counts are exact) and takes it back
            audit.record(session, actor.account_id, "import", "setup_workbook", None,
                         new={"file": Path(path).name, "counts": result.counts})
    except _Rollback:
        pass
    return result


class _Rollback(Exception):
    """Leave `unit` without committing."""
