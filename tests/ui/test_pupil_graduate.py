"""The pupil card of an 11th grader (issue 20), driven as the deputy would: type the СНИЛС, save, record the
certificate; the director opens the same card and sees the number masked and nothing to edit."""

from __future__ import annotations

import datetime as dt

import pytest
from journal_testing import DEMO_TODAY
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import (
    AcademicYear,
    Enrollment,
    EnrollmentEvent,
    GraduationCertificate,
    Pupil,
    SchoolClass,
    Sex,
)
from ejournal_desktop.ui.classes_dialogs import PupilDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def eleventh(small_demo) -> int:
    with small_demo.session() as s, s.begin():
        year = s.scalar(select(AcademicYear))
        cls = SchoolClass(academic_year_id=year.id, grade=11, letter="Б")
        p = Pupil(surname="Ёлкина", name="Алёна", patronymic="Игоревна", birth_date=dt.date(2009, 3, 2), sex=Sex.female)
        s.add_all([cls, p])
        s.flush()
        s.add(Enrollment(pupil_id=p.id, school_class_id=cls.id, arrived_on=dt.date(2026, 9, 1),
                         arrival_event=EnrollmentEvent.promotion))
        return p.id


def open_card(qtbot, db, login: str, pupil_id: int) -> PupilDialog:
    dialog = PupilDialog(db, accounts.authenticate(db, login, "demo"), pupil_id, today=lambda: DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(1366 * 2 // 3, 620)
    dialog.show()
    return dialog


def test_the_deputy_records_snils_and_the_certificate_the_director_sees_it_masked(qtbot, small_demo, eleventh):
    card = open_card(qtbot, small_demo, "zavuch", eleventh)
    ui = card.ui
    assert ui.certificateBox.isVisible() and ui.certKind.currentText() == "Аттестат о среднем общем образовании"
    ui.snils.setText("112-233-445 96")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "контрольное число СНИЛС не сходится" in ui.error.text()
    ui.snils.setText("11223344595")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert ui.error.text() == "" and ui.snils.text() == "112-233-445 95"
    ui.certNumber.setText("07724000123")
    ui.certRegistration.setText("15")
    ui.certIssued.setDate(QDate(2027, 6, 25))
    ui.certHonours.setChecked(True)
    qtbot.mouseClick(ui.saveCertificate, Qt.MouseButton.LeftButton)
    assert ui.error.text() == ""
    card.grab().save("/tmp/pupil_card_graduate.png")
    with small_demo.session() as s:
        pupil = s.get(Pupil, eleventh)
        cert = s.scalar(select(GraduationCertificate).where(GraduationCertificate.pupil_id == eleventh))
    assert pupil.snils == "112-233-445 95"
    assert (cert.number, cert.registration_number, cert.issued_on, cert.with_honours) == \
        ("07724000123", "15", dt.date(2027, 6, 25), True)
    seen = open_card(qtbot, small_demo, "director", eleventh)
    assert seen.ui.snils.text() == "***-***-*** 95" and seen.ui.snils.isReadOnly()
    assert not seen.ui.certificateBox.isVisible()


def test_a_fifth_grader_has_no_certificate_box(qtbot, small_demo):
    with small_demo.session() as s:
        pupil = s.scalar(select(Enrollment.pupil_id).join(SchoolClass).where(SchoolClass.grade == 5))
    card = open_card(qtbot, small_demo, "zavuch", pupil)
    assert not card.ui.certificateBox.isVisible() and not card.ui.snils.isReadOnly()
