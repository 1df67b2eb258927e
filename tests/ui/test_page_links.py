"""The pages reach each other the way a user expects: the journal page opens the inspection remarks and
the thematic plan of its course, the classes page the subgroups of its class, the year-closing wizard's
link the journal of a course lacking year marks, and each role's sections are real pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.journal import inspection
from ejournal_desktop.ui.classes_page import ClassesPage
from ejournal_desktop.ui.inspection_dialog import InspectionDialog
from ejournal_desktop.ui.main_window import MainWindow
from ejournal_desktop.ui.subgroups_dialog import SubgroupsDialog
from ejournal_desktop.ui.thematic_plan_dialog import ThematicPlanDialog

pytestmark = pytest.mark.gui

from test_journal_page import now, open_page  # noqa: E402  (tests/ui is on sys.path for its modules)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def close_when_shown(kind, seen: dict) -> None:
    def check():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, check)
            return
        seen["dialog"] = dialog
        seen["texts"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()
    QTimer.singleShot(0, check)


@pytest.mark.parametrize("login, pages", [
    ("zavuch", {"journal", "timetable", "classes", "staff", "reports", "messages"}),
    ("admin", {"journal", "timetable", "classes", "reports", "admin"}),
    ("secretary", {"timetable", "classes"}),
])
def test_every_section_is_a_real_page(qtbot, small_demo, login, pages):
    window = MainWindow(small_demo, accounts.authenticate(small_demo, login, "demo"))
    qtbot.addWidget(window)
    for key in pages:
        assert not isinstance(window.pages[key], QLabel), f"«{key}» is still a placeholder for {login}"


def test_the_deputy_opens_the_remarks_of_a_course_from_its_journal_page(qtbot, small_demo, settings):
    page = open_page(qtbot, small_demo, "zavuch", settings, "5А Русский язык")
    zavuch = page._actor
    inspection.add_remark(small_demo, zavuch, page.grid.course.id, "Не заполнены темы уроков за ноябрь",
                          now=now())
    seen = {}
    close_when_shown(InspectionDialog, seen)
    page.ui.inspection.click()
    dialog = seen["dialog"]
    model = dialog.ui.table.model()
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "Не заполнены темы уроков за ноябрь" in texts


def test_the_teacher_opens_the_thematic_plan_of_own_course(qtbot, small_demo, settings):
    page = open_page(qtbot, small_demo, "teacher02", settings, "5А Русский язык")
    assert page.ui.thematicPlan.isVisible()
    dialog = page.open_thematic_plan()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ThematicPlanDialog) and dialog.isVisible()
    dialog.reject()


def test_the_director_has_no_thematic_plan_button(qtbot, small_demo, settings):
    page = open_page(qtbot, small_demo, "director", settings, "5А Русский язык")
    assert not page.ui.thematicPlan.isVisible()


def test_the_deputy_opens_the_groups_of_the_chosen_class(qtbot, small_demo):
    page = ClassesPage(small_demo, accounts.authenticate(small_demo, "zavuch", "demo"))
    qtbot.addWidget(page)
    page.show()
    assert page.ui.subgroups.isVisible() and page.ui.subgroups.isEnabled()
    dialog = page.open_subgroups()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, SubgroupsDialog) and dialog.isVisible()
    dialog.reject()


def test_the_secretary_sees_no_groups_button(qtbot, small_demo):
    page = ClassesPage(small_demo, accounts.authenticate(small_demo, "secretary", "demo"))
    qtbot.addWidget(page)
    page.show()
    assert not page.ui.subgroups.isVisible()


def test_the_wizard_link_opens_that_course_in_the_journal(qtbot, small_demo):
    window = MainWindow(small_demo, accounts.authenticate(small_demo, "admin", "demo"))
    qtbot.addWidget(window)
    journal_page = window.pages["journal"]
    course_id = journal_page.courses[-1].id
    window.pages["admin"].openJournal.emit(course_id)
    assert window.current_section() == "journal"
    assert journal_page.ui.course.currentData() == course_id
