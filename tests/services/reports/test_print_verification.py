"""Verifiable printouts: a code and a QR code on every sheet, a registry in the audit log, and a check
that says sheet by sheet whether the journal still holds what was printed (issue 6); the book's
corrections sheet. On the small demo school, today 2026-11-27."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import printing_pdf as pdf
import pytest
from sqlalchemy import select

from ejournal_desktop.printing.verification import canonical, fingerprint, parse_payload, qr_payload  # noqa: E402
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.reports import (
    activity as reports,
)
from ejournal_desktop.services.reports import (
    printouts,
)
from ejournal_desktop.services.reports import (
    verification as print_verification,
)
from ejournal_desktop.storage.models import Account, AuditEntry, Course  # noqa: E402

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)
OCTOBER, NOVEMBER = (2026, 10), (2026, 11)


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


def math_5a(db) -> int:
    return printouts.course_id_by_subject(db, printouts.class_id_by_label(db, "5А"), "Математика")[0]


def teacher_of(db, course_id: int) -> accounts.Actor:
    with db.session() as s:
        staff = s.scalar(select(Course.teacher_id).where(Course.id == course_id))
        return login(db, s.scalar(select(Account.login).where(Account.staff_id == staff)))


def single_mark_in(db, course_id: int, month: tuple[int, int]):
    """(lesson column, grid row, the one mark of the cell) for a pupil with exactly one mark on a lesson."""
    first = dt.date(*month, 1)
    period = next(p for p in journal.periods_for(db, course_id) if p.start <= first + dt.timedelta(days=27)
                  and p.end >= first)
    grid = journal.load_grid(db, login(db, "zavuch"), course_id, period.id, now=NOW)
    for column in grid.columns:
        if (column.date.year, column.date.month) != month or column.date >= NOW.date():
            continue
        for row in grid.rows:
            cells = row.marks.get(column.lesson_id, ())
            if len(cells) == 1 and not row.attendance.get(column.lesson_id):
                return column, row, cells[0]
    raise AssertionError("no single mark in the month")


def other_value(value: str) -> str:
    return "3" if value != "3" else "4"


def on_day(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 15, tzinfo=MSK)


def registry(db) -> list[dict]:
    with db.session() as s:
        return [json.loads(n) for n in s.scalars(select(AuditEntry.new).where(
            AuditEntry.action == "print", AuditEntry.entity == "printout").order_by(AuditEntry.id))]


def code_of(path: Path) -> str:
    """The printout code as the footer prints it («… · код 7KQM-3XWA»)."""
    text = pdf.texts(path.read_bytes())[0]
    return text.split(" · код ", 1)[1].split()[0]


# --- the registry and the check ---------------------------------------------------------------------------

def test_printed_pages_match_until_the_deputy_changes_a_mark_then_the_check_names_the_sheet(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    math = math_5a(db)
    path = printouts.export_journal_pages(db, zavuch, math, [OCTOBER, NOVEMBER], tmp_path / "m.pdf", now=NOW)
    texts = pdf.texts(path.read_bytes())
    (entry,) = registry(db)
    code = code_of(path)
    assert entry["code"] == code and entry["kind"] == "journal_pages" and entry["course_id"] == math
    assert entry["months"] == [[2026, 10], [2026, 11]] and len(entry["pages"]) == len(texts)
    assert all(len(p["sha256"]) == 64 for p in entry["pages"])
    assert f"ejournal print verify {code}" in texts[0]

    result = print_verification.verify(db, login(db, "director"), code)
    assert result.ok and len(result.pages) == len(texts)
    assert [p.message for p in result.pages] == [f"Лист {n} из {len(texts)}: совпадает"
                                                 for n in range(1, len(texts) + 1)]
    assert "журнал содержит в точности то, что напечатано" in result.summary()
    # The code is found however it is typed.
    assert print_verification.verify(db, zavuch, code.lower().replace("-", "")).ok

    # The deputy changes an October mark on the day of its lesson (inside the entry window).
    column, row, mark = single_mark_in(db, math, OCTOBER)
    journal.put_marks(db, zavuch, column.lesson_id, row.pupil_id, other_value(mark.value),
                      work_type_id=mark.work_type_id, now=on_day(column.date))
    result = print_verification.verify(db, zavuch, code)
    assert not result.ok
    changed = result.changed_sheets
    assert len(changed) == 1
    sheet = changed[0]
    assert "Октябрь 2026" in texts[sheet - 1] and "Левая страница" in texts[sheet - 1]
    assert row.full_name in texts[sheet - 1]
    assert result.pages[sheet - 1].message == f"Лист {sheet} из {len(texts)}: отметка изменена после печати"
    assert f"не совпадают листы: {sheet}" in result.summary()


def test_a_changed_topic_names_the_right_hand_sheet(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    math = math_5a(db)
    path = printouts.export_journal_pages(db, zavuch, math, [NOVEMBER], tmp_path / "m.pdf", now=NOW)
    texts = pdf.texts(path.read_bytes())
    column, _, _ = single_mark_in(db, math, NOVEMBER)
    journal.update_lesson(db, zavuch, column.lesson_id, topic="Новая тема после печати", now=on_day(column.date))
    result = print_verification.verify(db, zavuch, code_of(path))
    (sheet,) = result.changed_sheets
    assert "Правая страница" in texts[sheet - 1]
    assert "тема урока изменена после печати" in result.pages[sheet - 1].message


def test_an_approved_correction_fails_the_book_and_appears_on_its_corrections_sheet(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    class_id = printouts.class_id_by_label(db, "5А")
    period = printouts.period_id_by_number(db, class_id, 1)
    before = printouts.export_class_book(db, zavuch, class_id, tmp_path / "before.pdf", period_id=period, now=NOW)
    old_texts = pdf.texts(before.read_bytes())
    code = code_of(before)
    assert print_verification.verify(db, zavuch, code).ok
    # The corrections sheet stands right before the certification page, and says there were none.
    assert "Лист исправлений отметок" in old_texts[-2] and "Исправлений отметок за этот период не было" in old_texts[-2]
    assert "Заверение журнала" in old_texts[-1]
    assert "Лист исправлений отметок" in old_texts[1]  # in the contents

    # After its window the teacher asks for a correction of an October mark; the deputy approves it.
    math = math_5a(db)
    column, row, mark = single_mark_in(db, math, OCTOBER)
    new = other_value(mark.value)
    teacher = teacher_of(db, math)
    (correction,) = journal.request_correction(db, teacher, mark.id, new, "Техническая ошибка при вводе",
                                               now=NOW).corrections
    journal.decide_correction(db, zavuch, correction, True, "Разрешено", now=NOW)

    result = print_verification.verify(db, zavuch, code)
    assert not result.ok
    changed = result.changed_sheets
    messages = {p.sheet: p.message for p in result.pages}
    marks_sheets = [n for n in changed if "отметка изменена после печати" in messages[n]]
    assert len(marks_sheets) == 1
    assert "Математика" in old_texts[marks_sheets[0] - 1] and "Октябрь 2026" in old_texts[marks_sheets[0] - 1]
    corrections_sheet = len(old_texts) - 1
    assert corrections_sheet in changed and "лист исправлений" in messages[corrections_sheet]
    # The summary sheet's period marks and the other subjects are untouched.
    assert set(changed) == {marks_sheets[0], corrections_sheet}

    after = printouts.export_class_book(db, zavuch, class_id, tmp_path / "after.pdf", period_id=period, now=NOW)
    texts = pdf.texts(after.read_bytes())
    sheet = texts[-2]
    assert "Лист исправлений отметок" in sheet and "Заверение журнала" in texts[-1]
    assert f"{column.date:%d.%m.%Y}" in sheet and "Математика" in sheet and row.full_name in sheet
    assert f"{mark.value} {new}" in sheet                       # was, became
    assert "Техническая ошибка при вводе" in sheet and "Разрешено" in sheet
    assert teacher.login not in sheet                           # people by name, not login
    with db.session() as s:
        teacher_name = s.scalar(select(Account.login).where(Account.id == teacher.account_id))
    assert teacher_name  # the requester's and the approver's names stand on the sheet:
    book = printouts.class_book(db, zavuch, class_id, period, now=NOW)
    (line,) = book.corrections
    assert line.requested_by in sheet and line.approved_by in sheet
    assert (line.old_value, line.new_value, line.requested_on) == (mark.value, new, NOW.astimezone().date())
    assert print_verification.verify(db, zavuch, code_of(after)).ok


def test_verify_refuses_an_unknown_code_and_a_reader_without_the_right(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    path = printouts.export_journal_pages(db, zavuch, math_5a(db), [NOVEMBER], tmp_path / "m.pdf", now=NOW)
    with pytest.raises(print_verification.PrintoutUnknown, match="ZZZZ-ZZZZ"):
        print_verification.verify(db, zavuch, "zzzz-zzzz")
    with pytest.raises(Denied):
        print_verification.verify(db, login(db, "parent-5a-01"), code_of(path))


def test_a_qr_text_checks_one_sheet_and_a_forged_hash_is_caught(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    path = printouts.export_journal_pages(db, zavuch, math_5a(db), [NOVEMBER], tmp_path / "m.pdf", now=NOW)
    (entry,) = registry(db)
    text = qr_payload(entry["code"], 2, entry["pages"][1]["sha256"])
    result = print_verification.verify(db, zavuch, text)
    assert result.ok and [p.sheet for p in result.pages] == [2] and result.qr_sheet == 2
    forged = qr_payload(entry["code"], 2, "0" * 64)
    result = print_verification.verify(db, zavuch, forged)
    assert not result.ok and "не совпадает с реестром печати" in result.summary()
    assert path.exists()


def test_printing_is_not_counted_as_a_change_in_the_activity_report(small_demo, tmp_path):
    db = small_demo
    director = login(db, "director")

    def changes():
        return sum(r.changes for r in reports.activity(db, director, 2026, 11))

    before = changes()
    printouts.export_journal_pages(db, login(db, "zavuch"), math_5a(db), [NOVEMBER], tmp_path / "m.pdf", now=NOW)
    assert changes() == before


def test_a_page_fingerprint_is_a_sha256_of_canonical_json():
    data = {"marks": [["5", None]], "header": ["left", dt.date(2026, 10, 1)]}
    import hashlib
    assert canonical(data) == '{"header":["left","2026-10-01"],"marks":[["5",null]]}'.encode()
    assert fingerprint(data).sha256 == hashlib.sha256(canonical(data)).hexdigest()
    assert parse_payload(qr_payload("ABCD-EFGH", 3, "ab" * 32)) == ("ABCD-EFGH", 3, "ab" * 32)
    assert parse_payload("not a code") is None


# --- the QR code as a scanner reads it --------------------------------------------------------------------

@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")),
                    reason="pdftoppm (poppler-utils) or zbarimg (zbar-tools) is not installed")
def test_the_qr_code_of_a_rendered_sheet_decodes_to_its_registry_hash(small_demo, tmp_path):
    db = small_demo
    zavuch = login(db, "zavuch")
    class_id = printouts.class_id_by_label(db, "5А")
    path = printouts.export_class_book(db, zavuch, class_id, tmp_path / "book.pdf",
                                       period_id=printouts.period_id_by_number(db, class_id, 1), now=NOW)
    (entry,) = registry(db)
    total = len(entry["pages"])
    for sheet in (3, total - 1):
        subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", str(sheet), "-l", str(sheet), "-singlefile",
                        str(path), str(tmp_path / f"sheet{sheet}")], check=True)
        scan = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / f"sheet{sheet}.png")],
                              capture_output=True, text=True)
        assert scan.returncode == 0, scan.stderr
        decoded = scan.stdout.strip()
        assert decoded == f"EJ1:{entry['code']}:{sheet}:{entry['pages'][sheet - 1]['sha256'].upper()}"
        result = print_verification.verify(db, zavuch, decoded)
        assert result.ok and result.pages[0].message == f"Лист {sheet} из {total}: совпадает"


def test_a_printed_summary_sheet_is_verifiable_sheet_by_sheet(small_demo, tmp_path):
    """The summary sheet is the paper kept for 75 years: its sheets carry the printout's code and a QR
    code like the journal's, and the check finds a change of a pupil's name on the sheet that shows it."""
    db, zavuch = small_demo, login(small_demo, "zavuch")
    class_id = printouts.class_id_by_label(db, "5А")
    path = printouts.export_summary_sheet(db, zavuch, tmp_path / "summary.pdf", class_id=class_id)
    texts = pdf.texts(path.read_bytes())
    (entry,) = [e for e in db.session().scalars(select(AuditEntry).where(AuditEntry.action == "print"))]
    code = json.loads(entry.new)["code"]
    assert all(code in text for text in texts), "every sheet names the printout's code"
    assert all(f"ejournal print verify {code}" in text for text in texts)
    result = print_verification.verify(db, zavuch, code)
    assert result.ok and result.printed_sheets == len(texts)
    assert "сводная ведомость" in result.summary()

    from ejournal_desktop.storage.models import Pupil
    with db.session() as s, s.begin():
        pupil = next(p for p in s.scalars(select(Pupil).order_by(Pupil.id)) if f"{p.surname} {p.name}" in texts[0])
        pupil.surname += "-Новикова"
    result = print_verification.verify(db, zavuch, code)
    assert not result.ok
    assert result.changed_sheets == [1]
    assert "изменился список учеников" in result.pages[0].message
