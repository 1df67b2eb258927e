"""«Сотрудники», driven as the deputy would: find a teacher, add a colleague through the card (a bad e-mail
named first), see a teacher's load, and make a club of pupils from two classes."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import DEMO_TODAY
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.people import staff
from ejournal_desktop.storage.models import Course, CourseMember, Enrollment, SchoolClass, Staff
from ejournal_desktop.ui.staff_page import CourseDialog, LoadCoursesModel, StaffDialog, StaffModel, StaffPage

pytestmark = pytest.mark.gui


def today() -> dt.date:
    return DEMO_TODAY


def make_page(qtbot, db, login: str = "zavuch") -> StaffPage:
    page = StaffPage(db, accounts.authenticate(db, login, "demo"), today=today)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    return page


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown_names(page) -> list[str]:
    return [page.staff_model.index(r, StaffModel.NAME).data() for r in range(page.staff_model.rowCount())]


def test_find_a_teacher_and_add_a_colleague(qtbot, small_demo):
    page = make_page(qtbot, small_demo)
    assert page.ui.tabs.tabText(0) == "Сотрудники" and page.ui.tabs.tabText(1) == "Нагрузка"
    assert len(shown_names(page)) == len(staff.staff_list(small_demo, page._actor))
    page.ui.search.setText("английск")
    assert shown_names(page) and all(
        "английск" in page.staff_model.rows[r].position for r in range(page.staff_model.rowCount()))
    page.ui.search.clear()

    click(qtbot, page.ui.addStaff)
    dialog = page.findChild(StaffDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.ui.surname.setText("Котова")
    dialog.ui.name.setText("Анна")
    dialog.ui.patronymic.setText("Сергеевна")
    dialog.ui.position.setCurrentText("учитель химии")
    dialog.ui.email.setText("kotova.school.ru")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert "Эл. почта" in dialog.ui.error.text() and dialog.isVisible()
    with small_demo.session() as s:
        assert s.scalar(select(Staff.id).where(Staff.surname == "Котова")) is None
    dialog.ui.email.setText("kotova@school.ru")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert not dialog.isVisible()
    with small_demo.session() as s:
        added = s.scalars(select(Staff).where(Staff.surname == "Котова")).one()
    assert (added.position, added.email, added.hired_on) == ("учитель химии", "kotova@school.ru", DEMO_TODAY)
    assert "Котова Анна Сергеевна" in shown_names(page)
    assert page.ui.message.text() == "Карточка сотрудника записана."


def test_a_teachers_load_and_a_new_club_from_two_classes(qtbot, small_demo):
    page = make_page(qtbot, small_demo)
    page.ui.tabs.setCurrentIndex(1)
    teacher09 = accounts.authenticate(small_demo, "teacher09", "demo").staff_id
    row = next(i for i, t in enumerate(page.teachers.rows) if t.staff_id == teacher09)
    page.ui.teachers.selectRow(row)
    kinds = [page.load_courses.index(r, LoadCoursesModel.KIND).data() for r in range(page.load_courses.rowCount())]
    assert "кружок" in kinds and "урок" in kinds
    assert page.ui.total.text().startswith(f"Итого: {page.teachers.rows[row].total_hours:g} ч в неделю")

    click(qtbot, page.ui.newCourse)
    dialog = page.findChild(CourseDialog)
    assert dialog is not None and dialog.ui.teacher.currentData() == teacher09
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("club"))
    assert dialog.ui.subject.currentText() == "Внеурочная деятельность" and not dialog.ui.hasMarks.isChecked()
    dialog.ui.name.setText("Шахматы")
    for label, count in (("2А", 2), ("5А", 1)):
        dialog.ui.filterClass.setCurrentIndex(dialog.ui.filterClass.findText(label))
        for r in range(count):
            dialog.ui.candidates.selectionModel().select(
                dialog.candidates.index(r), dialog.ui.candidates.selectionModel().SelectionFlag.Select)
        click(qtbot, dialog.ui.addMembers)
    assert dialog.chosen.rowCount() == 3 and "классы: 2А, 5А" in dialog.ui.chosenLabel.text()
    chosen = list(dialog.chosen_ids)
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert dialog.ui.error.text() == "" and not dialog.isVisible()
    with small_demo.session() as s:
        club = s.scalars(select(Course).where(Course.name == "Шахматы")).one()
        members = set(s.scalars(select(CourseMember.pupil_id).where(CourseMember.course_id == club.id)))
        classes = set(s.scalars(select(SchoolClass.grade).join(Enrollment, Enrollment.school_class_id == SchoolClass.id)
                                .where(Enrollment.pupil_id.in_(members))))
    assert members == set(chosen) and classes == {2, 5}
    assert (club.teacher_id, club.has_marks, club.kind.value) == (teacher09, False, "club")
    whats = [page.load_courses.index(r, LoadCoursesModel.WHAT).data() for r in range(page.load_courses.rowCount())]
    assert "Шахматы" in whats


def test_a_teachers_consent_and_diploma_from_the_staff_card(qtbot, small_demo, tmp_path):
    """152-ФЗ asks consent of staff too: the deputy records it from the card, attaches a diploma, and the
    teacher leaves the list of those without consent."""
    from ejournal_desktop.services.people import class_list
    from ejournal_desktop.ui.staff_records_dialog import StaffRecordsDialog
    page = make_page(qtbot, small_demo)
    actor = page._actor
    member = next(m for m in staff.staff_list(small_demo, actor) if "учитель" in m.position)
    dialog = StaffDialog(small_demo, actor, member.id, page, today=today)
    qtbot.addWidget(dialog)
    assert dialog.ui.records.isVisibleTo(dialog)
    records = dialog.open_records()
    assert isinstance(records, StaffRecordsDialog)
    assert "нет" in records.ui.consentState.text()

    def missing() -> set[int]:
        return {n.id for n in class_list.without_consent(small_demo, actor, on=DEMO_TODAY) if n.kind == "staff"}
    assert member.id in missing()
    records.ui.document.setText("")
    assert not records.record_consent() and "документ" in records.ui.error.text().lower()
    records.ui.document.setText("заявление № 7 от 01.09.2026")
    records.ui.givenOn.setDate(records.ui.givenOn.date().addDays(-10))
    assert records.record_consent()
    assert "заявление № 7" in records.ui.consentState.text()
    assert member.id not in missing()

    diploma = tmp_path / "Диплом.pdf"
    diploma.write_bytes(b"%PDF-1.4 diploma")
    assert records.add_file(diploma)
    assert records.files.rowCount() == 1
    stored = class_list.attachments(small_demo, actor, staff_id=member.id)
    assert [a.file_name for a in stored] == ["Диплом.pdf"]
    assert class_list.attachment_content(small_demo, actor, stored[0].id)[1] == b"%PDF-1.4 diploma"
    records.reject()

    new_card = StaffDialog(small_demo, actor, None, page, today=today)
    qtbot.addWidget(new_card)
    assert not new_card.ui.records.isVisibleTo(new_card)  # nothing to keep before the card is written
