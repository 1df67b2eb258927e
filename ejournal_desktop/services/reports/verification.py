"""Does the journal still hold exactly what was printed? (issue 6: «ejournal print verify CODE»)

A verifiable printout (services.reports.printouts: journal pages, a class's book) left a record in the audit
log — action "print", entity "printout" — with its code, what was printed (course and months, or class
and period), the moment its data were read, and each sheet's fingerprint (printing.verification). A
check reads the same data from the journal as it is now, as of that moment (so that the same months
and the same print date come out), lays the same sheets out without drawing them, and compares the
fingerprints sheet by sheet; a sheet that differs says what on it changed (a mark, attendance, a topic,
the list of pupils…), from the hashes of the sheet's parts.

The check needs the right to print what was printed (the same right the printout needed), and writes
nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import select

from ...printing.class_book import class_book_fingerprints
from ...printing.journal_pages import journal_fingerprints
from ...printing.layout import month_label
from ...printing.summary_sheet import summary_fingerprints
from ...printing.verification import PART_LABELS, PageFingerprint, normalise_code, parse_payload
from ...storage.database import Database
from ...storage.models import Account, AuditEntry
from ..access.actor import Actor
from ..errors import ServiceError
from . import printouts

__all__ = ["PageCheck", "PrintoutUnknown", "Verification", "verify", "find_printout"]


class PrintoutUnknown(ServiceError):
    """No printout with this code is in the registry."""


@dataclass(frozen=True)
class PageCheck:
    sheet: int
    total: int                  # sheets in the printout
    matches: bool
    changes: tuple[str, ...] = ()   # what changed, in the report's words

    @property
    def message(self) -> str:
        head = f"Лист {self.sheet} из {self.total}"
        return f"{head}: совпадает" if self.matches else f"{head}: {'; '.join(self.changes)}"


@dataclass(frozen=True)
class Printout:
    """A registry entry."""

    code: str
    kind: str                   # journal_pages, class_book
    printed_at: dt.datetime
    printed_by: str
    as_of: dt.datetime
    params: dict
    pages: tuple[PageFingerprint, ...]


@dataclass(frozen=True)
class Verification:
    code: str
    kind: str
    title: str                  # «страницы журнала 5А · Математика · октябрь 2026 — ноябрь 2026»
    printed_at: dt.datetime
    printed_by: str
    pages: tuple[PageCheck, ...]
    sheets_now: int             # sheets the same printout would have today
    qr_sheet: int | None = None         # the sheet a QR text named (the check covers that sheet only)
    qr_matches_registry: bool = True    # the QR's hash is the one the registry holds for that sheet
    notes: tuple[str, ...] = field(default=())

    @property
    def printed_sheets(self) -> int:
        return self.pages[0].total if self.pages else 0

    @property
    def ok(self) -> bool:
        same_count = self.qr_sheet is not None or self.sheets_now == self.printed_sheets
        return self.qr_matches_registry and same_count and all(p.matches for p in self.pages)

    @property
    def changed_sheets(self) -> list[int]:
        return [p.sheet for p in self.pages if not p.matches]

    def summary(self) -> str:
        local = self.printed_at.astimezone()
        lines = [f"Распечатка {self.code}: {self.title}",
                 f"Напечатана {local:%d.%m.%Y %H:%M} ({self.printed_by}), листов: {self.printed_sheets}."]
        if not self.qr_matches_registry:
            lines.append(f"QR-код листа {self.qr_sheet} не совпадает с реестром печати: лист не из этой "
                         "распечатки или изменён.")
        lines += [p.message for p in self.pages]
        lines += list(self.notes)
        if self.ok:
            lines.append("Итог: журнал содержит в точности то, что напечатано."
                         if self.qr_sheet is None else
                         f"Итог: лист {self.qr_sheet} совпадает с журналом.")
        else:
            changed = ", ".join(str(n) for n in self.changed_sheets)
            if changed:
                lines.append(f"Итог: после печати журнал изменён, не совпадают листы: {changed}.")
            elif not self.qr_matches_registry:
                lines.append("Итог: лист не подтверждён реестром печати.")
            else:
                lines.append("Итог: после печати журнал изменён: листов стало больше.")
        return "\n".join(lines)

    def as_dict(self) -> dict:
        return {"code": self.code, "kind": self.kind, "title": self.title, "printed_at": self.printed_at,
                "printed_by": self.printed_by, "ok": self.ok, "sheets_now": self.sheets_now,
                "qr_sheet": self.qr_sheet, "qr_matches_registry": self.qr_matches_registry,
                "pages": [{"sheet": p.sheet, "matches": p.matches, "changes": list(p.changes),
                           "message": p.message} for p in self.pages]}


def find_printout(db: Database, code: str) -> Printout:
    """The registry entry of a printout code (any case, with or without the dash)."""
    code = normalise_code(code)
    with db.session() as session:
        rows = session.execute(
            select(AuditEntry.at, AuditEntry.new, Account.login)
            .outerjoin(Account, Account.id == AuditEntry.account_id)
            .where(AuditEntry.action == printouts.PRINT_ACTION,
                   AuditEntry.entity == printouts.PRINTOUT_ENTITY,
                   AuditEntry.new.like(f'%"code": "{code}"%'))
            .order_by(AuditEntry.id)).all()
    for at, new, login in rows:
        data = json.loads(new)
        if data.get("code") == code:
            return Printout(code, data["kind"], at, login or "", dt.datetime.fromisoformat(data["as_of"]),
                            data, tuple(PageFingerprint.from_dict(p) for p in data["pages"]))
    raise PrintoutUnknown(f"Распечатки с кодом «{code}» нет в реестре печати этого журнала.")


def _current(db: Database, actor: Actor, printout: Printout) -> tuple[str, list[PageFingerprint]]:
    """The title and the fingerprints the same printout would have now (rights of the printout checked)."""
    p = printout.params
    if printout.kind == "journal_pages":
        months = [tuple(m) for m in p["months"]]
        span = month_label(*months[0]) if len(months) == 1 else \
            f"{month_label(*months[0])} — {month_label(*months[-1])}"
        try:
            school, pages = printouts.journal_months(db, actor, p["course_id"], months, now=printout.as_of)
        except printouts.PrintoutNotFound:
            return f"страницы журнала · {span}", []
        return (f"страницы журнала {pages[0].class_label} · {pages[0].subject} · {span}",
                journal_fingerprints(school, pages))
    if printout.kind == "class_book":
        book = printouts.class_book(db, actor, p["class_id"], p.get("period_id"), now=printout.as_of)
        return (f"классный журнал {book.class_label} · {book.academic_year} · {book.span_label}",
                class_book_fingerprints(book))
    if printout.kind == "summary_sheet":
        data = printouts.summary_sheet(db, actor, p.get("class_id"), p.get("academic_year_id"))
        labels = ", ".join(c.class_label for c in data.classes) if p.get("class_id") else "вся школа"
        return f"сводная ведомость · {labels} · {data.academic_year}", summary_fingerprints(data)
    raise PrintoutUnknown(f"Распечатка {printout.code} неизвестного вида «{printout.kind}».")


def _compare(sheet: int, printed: list[PageFingerprint], now: list[PageFingerprint]) -> PageCheck:
    total = len(printed)
    if sheet > len(now):
        return PageCheck(sheet, total, False, ("в журнале теперь нет этого листа: листов стало меньше",))
    old, new = printed[sheet - 1], now[sheet - 1]
    if old.sha256 == new.sha256:
        return PageCheck(sheet, total, True)
    labels = [PART_LABELS.get(name, "данные листа изменены после печати") for name in old.changed_parts(new)]
    changes = tuple(dict.fromkeys(labels)) or ("данные листа изменены после печати",)
    return PageCheck(sheet, total, False, changes)


def verify(db: Database, actor: Actor, code_or_qr_text: str) -> Verification:
    """Check a printout (its code, or the text of one sheet's QR code) against the journal as it is now."""
    payload = parse_payload(code_or_qr_text)
    code = payload[0] if payload else normalise_code(code_or_qr_text)
    printout = find_printout(db, code)
    title, now = _current(db, actor, printout)
    printed = list(printout.pages)
    notes: list[str] = []
    if payload is not None:
        sheet, sha = payload[1], payload[2]
        if not 1 <= sheet <= len(printed):
            raise PrintoutUnknown(f"В распечатке {code} нет листа {sheet}.")
        checks = (_compare(sheet, printed, now),)
        return Verification(code, printout.kind, title, printout.printed_at, printout.printed_by, checks,
                            len(now), sheet, printed[sheet - 1].sha256 == sha)
    checks = tuple(_compare(n, printed, now) for n in range(1, len(printed) + 1))
    if len(now) > len(printed):
        notes.append(f"Листов теперь {len(now)}, а напечатано {len(printed)}: "
                     "после печати добавились данные.")
    return Verification(code, printout.kind, title, printout.printed_at, printout.printed_by, checks,
                        len(now), notes=tuple(notes))
