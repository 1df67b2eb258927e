"""Администрирование → Закрытие года, driven as the administrator would: the wizard refuses while year
marks are missing (listing them, each with a link to its journal), and on a school whose year marks
are all in it changes decisions, archives to two folders and closes the year; the database is read
back.

The mid-year school is the small demo as it is (today 27.11.2026). The year-end school is the same
demo a fortnight after the year's end, its missing year marks put in through the journal service by
the deputy (a «2» in mathematics for one 5А pupil), and its 10А made a 9А: a graduating class."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import DEMO_TODAY, TEST_KEY_HEX, copy_journal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, text

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.administration import year_closing
from ejournal_desktop.services.administration.year_closing import YearDecisionKind
from ejournal_desktop.storage import database
from ejournal_desktop.storage.models import (
    AcademicYear,
    Enrollment,
    EnrollmentEvent,
    SchoolClass,
    YearDecision,
    YearStatus,
)
from ejournal_desktop.ui.admin_page import AdminPage
from ejournal_desktop.ui.year_closing_wizard import DecisionsModel, GapsModel, YearClosingWizard

pytestmark = pytest.mark.gui

MSK = dt.timezone(dt.timedelta(hours=3))
MID_YEAR = dt.datetime.combine(DEMO_TODAY, dt.time(12), MSK)
YEAR_END = dt.datetime(2027, 6, 20, 12, tzinfo=MSK)
SEPT_1 = dt.date(2027, 9, 1)


def login(db, name: str) -> accounts.Actor:
    return accounts.authenticate(db, name, "demo")


copy_db = copy_journal


@pytest.fixture(scope="module")
def year_end_template(small_demo_template, tmp_path_factory):
    path = copy_db(small_demo_template, tmp_path_factory.mktemp("year_end") / "year_end.db")
    db = database.open_file(path, key=bytes.fromhex(TEST_KEY_HEX))  # db_key is per test
    deputy = login(db, "zavuch")
    failing_put = False
    for gap in year_closing.check(db, login(db, "admin")):
        for pupil in gap.pupil_ids:
            value = "4"
            if not failing_put and gap.class_label == "5А" and gap.subject == "Математика":
                value, failing_put = "2", True
            try:
                journal.set_period_mark(db, deputy, gap.course_id, pupil, "year", None, value, now=YEAR_END)
            except journal.InvalidEntry:  # a pass/fail course
                journal.set_period_mark(db, deputy, gap.course_id, pupil, "year", None, "зач", now=YEAR_END)
    with db.session() as s, s.begin():
        s.execute(text("UPDATE school_class SET grade = 9 WHERE grade = 10"))
    db.close()
    return path


@pytest.fixture
def year_end(year_end_template, tmp_path, db_key):
    db = database.open_file(copy_db(year_end_template, tmp_path / "year_end_school.db"))
    yield db
    db.close()


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def make_wizard(qtbot, db, now) -> YearClosingWizard:
    wizard = YearClosingWizard(db, login(db, "admin"), now=lambda: now, volumes=lambda: [])
    qtbot.addWidget(wizard)
    wizard.resize(1200, 720)
    wizard.show()
    return wizard


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_cell(qtbot, view, index) -> None:
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def class_id(db, label: str, start_year: int = 2026) -> int:
    with db.session() as s:
        return s.scalar(select(SchoolClass.id).join(AcademicYear).where(
            SchoolClass.grade == int(label[:-1]), SchoolClass.letter == label[-1],
            AcademicYear.start_year == start_year))


def on_roll(db, label: str, start_year: int = 2026) -> set[int]:
    with db.session() as s:
        return set(s.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id(db, label, start_year), Enrollment.departed_on.is_(None))))


# --- refusing while year marks are missing ------------------------------------------------------------------

def test_the_admin_area_has_a_year_closing_tab_whose_links_reach_the_main_window(qtbot, small_demo):
    area = AdminPage(small_demo, login(small_demo, "admin"), now=lambda: MID_YEAR)
    qtbot.addWidget(area)
    tabs = area.ui.tabs
    assert "Закрытие года" in [tabs.tabText(i) for i in range(tabs.count())]
    wizard = area.show_year_closing()
    assert tabs.currentWidget().findChild(YearClosingWizard) is wizard
    with qtbot.waitSignal(area.openJournal) as opened:
        wizard.ui.gaps.setCurrentIndex(wizard.gaps_model.index(0, 0))
        wizard.ui.openJournal.click()
    assert opened.args == [wizard.gaps_model.rows[0].course_id]


def test_mid_year_the_wizard_lists_the_courses_without_year_marks_and_goes_no_further(qtbot, small_demo):
    gaps = year_closing.check(small_demo, login(small_demo, "admin"))
    wizard = make_wizard(qtbot, small_demo, MID_YEAR)
    assert wizard.step() == wizard.GAPS
    assert "ещё не окончен" in wizard.ui.stateBanner.text()
    model = wizard.gaps_model
    assert model.rowCount() == len(gaps) > 0
    shown = [(model.index(r, GapsModel.CLASS).data(), model.index(r, GapsModel.SUBJECT).data(),
              model.index(r, GapsModel.COUNT).data()) for r in range(model.rowCount())]
    assert shown == [(g.class_label, g.subject, str(len(g.pupils))) for g in gaps]
    assert f"{len(gaps)}" in wizard.ui.gapsSummary.text() and "закрыть нельзя" in wizard.ui.gapsSummary.text()
    assert not wizard.ui.next.isEnabled()
    click(qtbot, wizard.ui.next)
    assert wizard.step() == wizard.GAPS

    row = min(3, model.rowCount() - 1)
    link = model.index(row, GapsModel.LINK)
    assert link.data() == "Открыть журнал"
    with qtbot.waitSignal(wizard.openJournal) as opened:
        click_cell(qtbot, wizard.ui.gaps, link)
    assert opened.args == [gaps[row].course_id]


def test_year_marks_put_in_clear_the_gap_on_a_second_check(qtbot, year_end):
    deputy = login(year_end, "zavuch")
    course = journal.courses_for(year_end, deputy)[0]
    pupil = journal.load_grid(year_end, deputy, course.id, journal.periods_for(year_end, course.id)[-1].id,
                              now=YEAR_END).rows[0]
    old = pupil.year_mark
    journal.set_period_mark(year_end, deputy, course.id, pupil.pupil_id, "year", None, "", now=YEAR_END)
    wizard = make_wizard(qtbot, year_end, YEAR_END)
    assert wizard.gaps_model.rowCount() == 1
    assert wizard.gaps_model.index(0, GapsModel.PUPILS).data() == pupil.full_name
    assert wizard.gaps_model.index(0, GapsModel.CLASS).data() == course.class_label
    assert not wizard.ui.next.isEnabled()

    journal.set_period_mark(year_end, deputy, course.id, pupil.pupil_id, "year", None, old, now=YEAR_END)
    click(qtbot, wizard.ui.recheck)
    assert wizard.gaps_model.rowCount() == 0 and "выставлены во всех журналах" in wizard.ui.gapsSummary.text()
    assert wizard.ui.next.isEnabled()


def test_a_gap_appearing_before_the_closing_sends_the_wizard_back_with_nothing_changed(
        qtbot, year_end, tmp_path, messages):
    wizard = make_wizard(qtbot, year_end, YEAR_END)
    for _ in range(3):
        click(qtbot, wizard.ui.next)
    assert wizard.step() == wizard.ORDER
    wizard.ui.orderNumber.setText("45")
    deputy = login(year_end, "zavuch")
    course = journal.courses_for(year_end, deputy)[0]
    pupil = sorted(on_roll(year_end, course.class_label))[0]
    journal.set_period_mark(year_end, deputy, course.id, pupil, "year", None, "", now=YEAR_END)

    click(qtbot, wizard.ui.next)
    qtbot.waitUntil(lambda: not wizard.task.running, timeout=60_000)
    assert wizard.step() == wizard.GAPS and wizard.gaps_model.rowCount() == 1
    assert messages and "Год не закрыт" in messages[-1][1]
    with year_end.session() as s:
        assert s.scalar(select(AcademicYear.status)) is YearStatus.open
        assert len(s.scalars(select(AcademicYear)).all()) == 1


def test_no_more_than_three_archive_media(qtbot, year_end, tmp_path):
    wizard = make_wizard(qtbot, year_end, YEAR_END)
    click(qtbot, wizard.ui.next)
    click(qtbot, wizard.ui.next)
    assert wizard.step() == wizard.ARCHIVE
    assert "без архива" in wizard.ui.archiveStatus.text()
    for name in "EFGH":
        (tmp_path / name).mkdir()
        wizard.add_folder(tmp_path / name, f"Флешка {name}")
    assert "не более чем на 3" in wizard.ui.archiveStatus.text()
    assert not wizard.ui.next.isEnabled()
    wizard.drives_model.setData(wizard.drives_model.index(3, 0), Qt.CheckState.Unchecked.value,
                                Qt.ItemDataRole.CheckStateRole)
    assert wizard.ui.next.isEnabled() and "3 из 3" in wizard.ui.archiveStatus.text()


# --- the full closing -----------------------------------------------------------------------------------

def test_the_administrator_closes_the_year_and_the_pupils_move(qtbot, year_end, tmp_path, other_medium, messages):
    admin = login(year_end, "admin")
    before = {label: on_roll(year_end, label) for label in ("2А", "5А", "9А")}
    weak = next(d for d in year_closing.decisions(year_end, admin) if d.failing)
    assert weak.class_label == "5А" and weak.decision is YearDecisionKind.repeat_year

    wizard = make_wizard(qtbot, year_end, YEAR_END)
    assert wizard.gaps_model.rowCount() == 0 and wizard.ui.next.isEnabled()
    assert "окончены" in wizard.ui.stateBanner.text()
    click(qtbot, wizard.ui.next)
    assert wizard.step() == wizard.DECISIONS

    # The failing pupil of 5А: conditionally promoted by the council.
    wizard.ui.classFilter.setCurrentIndex(wizard.ui.classFilter.findText("5А"))
    rows = wizard.decisions_model.rows
    assert {d.pupil_id for d in rows} == before["5А"]
    row = next(i for i, d in enumerate(rows) if d.pupil_id == weak.pupil_id)
    click_cell(qtbot, wizard.ui.decisions, wizard.decisions_model.index(row, DecisionsModel.PUPIL))
    assert wizard.decisions_model.index(row, DecisionsModel.DECISION).data() == "оставлен на повторное обучение"
    wizard.choose_decision(YearDecisionKind.conditional_promotion)
    wizard.ui.note.setText("решение педсовета, протокол № 9")
    click(qtbot, wizard.ui.applyPupil)
    assert "условный перевод" in wizard.ui.message.text()
    row = next(i for i, d in enumerate(wizard.decisions_model.rows) if d.pupil_id == weak.pupil_id)
    assert wizard.decisions_model.index(row, DecisionsModel.NEXT).data() == "6А"
    assert wizard.decisions_model.index(row, DecisionsModel.NOTE).data() == "решение педсовета, протокол № 9"

    # 9А: everybody continues in the 10th grade.
    wizard.ui.classFilter.setCurrentIndex(wizard.ui.classFilter.findText("9А"))
    assert {wizard.decisions_model.index(r, DecisionsModel.NEXT).data()
            for r in range(wizard.decisions_model.rowCount())} == {"выпуск"}
    assert wizard.ui.applyClass.text().replace("&", "") == "Для всего класса 9А"
    wizard.ui.decisions.clearSelection()
    wizard.choose_decision(YearDecisionKind.promotion)
    wizard.ui.note.setText("заявления родителей")
    click(qtbot, wizard.ui.applyClass)
    assert "9А" in wizard.ui.message.text()
    assert {wizard.decisions_model.index(r, DecisionsModel.NEXT).data()
            for r in range(wizard.decisions_model.rowCount())} == {"10А"}
    click(qtbot, wizard.ui.next)

    # Archive to two folders.
    assert wizard.step() == wizard.ARCHIVE
    e, f = tmp_path / "E", other_medium / "F"  # two media: two devices
    e.mkdir(), f.mkdir()
    wizard.add_folder(e, "Флешка E")
    wizard.add_folder(f, "Флешка F")
    click(qtbot, wizard.ui.next)

    # The order; the summary counts what will happen.
    assert wizard.step() == wizard.ORDER
    assert not wizard.ui.next.isEnabled()  # no order number yet
    wizard.ui.orderNumber.setText("45-у")
    wizard.ui.orderDate.setDate(dt.date(2027, 6, 18))
    summary = wizard.ui.summary.toPlainText()
    total = sum(len(v) for v in before.values())
    assert f"Учеников: {total}" in summary
    assert f"переводятся в следующий класс: {total - 1}" in summary
    assert "переводятся условно: 1" in summary and "выпускаются: 0" in summary
    assert "приказу № 45-у от 18.06.2027" in summary and str(e) in summary and str(f) in summary
    assert wizard.ui.next.text().replace("&", "") == "Закрыть учебный год"
    click(qtbot, wizard.ui.next)
    qtbot.waitUntil(lambda: not wizard.task.running, timeout=120_000)

    assert wizard.step() == wizard.RESULT, messages
    result = wizard.ui.result.toPlainText()
    assert "Учебный год 2026/2027 закрыт (приказ № 45-у от 18.06.2027)" in result
    assert "условно переведены: 1" in result
    assert [d.result for d in wizard.drives_model.rows] == [(True, "архив записан и проверен")] * 2
    assert len(list(e.glob("*year_archive.ejb"))) == 1 and len(list(f.glob("*year_archive.ejb"))) == 1

    # The database, read back.
    with year_end.session() as s:
        old, new = s.scalars(select(AcademicYear).order_by(AcademicYear.start_year)).all()
        assert (old.status, old.closing_order_number, old.closed_on) == (
            YearStatus.closed, "45-у", dt.date(2027, 6, 18))
        assert (new.start_year, new.status) == (2027, YearStatus.open)
        moved = s.scalar(select(Enrollment).join(SchoolClass).where(
            Enrollment.pupil_id == weak.pupil_id, SchoolClass.academic_year_id == new.id))
        assert moved.arrival_event is EnrollmentEvent.conditional_promotion and moved.arrived_on == SEPT_1
        assert s.scalar(select(YearDecision.note).where(YearDecision.pupil_id == weak.pupil_id)) == \
            "решение педсовета, протокол № 9"
    assert on_roll(year_end, "3А", 2027) == before["2А"]
    assert on_roll(year_end, "6А", 2027) == before["5А"]
    assert on_roll(year_end, "10А", 2027) == before["9А"]
    assert all(on_roll(year_end, label) == set() for label in before)

    # «Готово» starts over on the new year, which is not over.
    click(qtbot, wizard.ui.next)
    assert wizard.step() == wizard.GAPS
    assert "2027/2028" in wizard.ui.heading.text() and "ещё не окончен" in wizard.ui.stateBanner.text()
