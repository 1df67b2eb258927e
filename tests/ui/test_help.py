"""Help (F1) per role and keyboard access: the guide a user gets, the files and pictures it needs, the keys
it lists, and that every control of every section can be reached with Tab and has no clashing Alt letter."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QTableView,
    QTabWidget,
    QWidget,
)

from ejournal_desktop.paths import resource_dir
from ejournal_desktop.services.access import accounts
from ejournal_desktop.ui.help_window import GUIDES, HelpWindow
from ejournal_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

HELP = resource_dir("help")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def window_of(qtbot, db, login: str) -> MainWindow:
    window = MainWindow(db, accounts.authenticate(db, login, "demo"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()  # shortcuts of the window act in the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


# The help window is raised beside the journal; the offscreen platform cannot raise a window.
raising = pytest.mark.qt_log_ignore("This plugin does not support raise")


def press_f1(qtbot, window: MainWindow) -> HelpWindow:
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    help_window = window._help
    assert help_window is not None and help_window.isVisible()
    return help_window


def guide_titles(help_window: HelpWindow) -> list[str]:
    return [help_window.ui.guides.item(i).text() for i in range(help_window.ui.guides.count())]


@raising
def test_f1_opens_the_teachers_own_guide_first(qtbot, small_demo):
    window = window_of(qtbot, small_demo, "teacher05")
    help_window = press_f1(qtbot, window)
    assert guide_titles(help_window)[0] == "Учителю"
    assert help_window.current_guide() == "teacher"
    text = help_window.ui.text.toPlainText()
    assert "Поставить отметку" in text and "Почему клетка серая" in text


@raising
def test_f1_for_a_parent_shows_only_the_family_guide_and_the_keys(qtbot, small_demo):
    window = window_of(qtbot, small_demo, "parent-5a-01")
    help_window = press_f1(qtbot, window)
    assert guide_titles(help_window) == ["Родителям и ученикам", "Клавиши"]
    assert "Дневник" in help_window.ui.text.toPlainText()


@raising
def test_a_class_teacher_gets_both_of_own_guides_before_the_others(qtbot, small_demo):
    window = window_of(qtbot, small_demo, "teacher02")  # the class teacher of 5А
    help_window = press_f1(qtbot, window)
    assert guide_titles(help_window)[:2] == ["Учителю", "Классному руководителю"]


@pytest.mark.parametrize("name", [name for name, _title, _roles in GUIDES])
def test_every_guide_exists_and_every_picture_it_shows_exists(name):
    path = HELP / f"{name}.md"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), f"{path.name}: нет заголовка"
    for image in IMAGE.findall(text):
        assert (HELP / image).is_file(), f"{path.name}: нет рисунка {image}"
    for link in re.findall(r"\]\(([a-z_]+\.md)\)", text):
        assert (HELP / link).is_file(), f"{path.name}: ссылка на несуществующий раздел {link}"


def test_the_pictures_fit_the_help_window_and_stay_small():
    images = list((HELP / "images").glob("*.png"))
    assert images
    from PySide6.QtGui import QImage
    for image in images:
        assert QImage(str(image)).width() <= 680, image.name  # shown whole in the help window (F1)
    assert sum(i.stat().st_size for i in images) < 3 * 2**20


def test_the_keys_guide_lists_every_shortcut_of_the_main_window(qtbot, small_demo):
    window = window_of(qtbot, small_demo, "admin")
    text = (HELP / "keyboard.md").read_text(encoding="utf-8")
    shortcuts = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                 for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    assert {"F1", "Ctrl+1", "Ctrl+Q"} <= shortcuts
    # Ctrl+1 … Ctrl+9 (the sections) are listed as one range.
    missing = sorted(s for s in shortcuts if s not in text
                     and not (re.fullmatch(r"Ctrl\+[1-9]", s) and "Ctrl+1 … Ctrl+9" in text))
    assert not missing, f"В keyboard.md не описаны клавиши: {missing}"
    assert "Ctrl+1" in text


def test_the_journal_page_is_opened_with_ctrl_2(qtbot, small_demo):
    window = window_of(qtbot, small_demo, "teacher05")
    QTest.keyClick(window.focusWidget() or window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "journal"


# --- keyboard access of every section ---------------------------------------------------------------------

FOCUSABLE = (QAbstractButton, QLineEdit, QComboBox, QTableView, QListView)


def visible_pages(window: MainWindow):
    """(name, page) of every section, and of every tab of a tabbed page, shown in turn."""
    for row, section in enumerate(window.sections):
        window.ui.sections.setCurrentRow(row)
        page = window.pages[section.key]
        yield section.key, page
        tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
        for tab_widget in tabs:
            for i in range(tab_widget.count()):
                if i != tab_widget.currentIndex() and tab_widget.isTabEnabled(i):
                    tab_widget.setCurrentIndex(i)
                    yield f"{section.key}/{tab_widget.widget(i).objectName()}", page


def tab_unreachable(page: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.objectName() or '(без имени)'}"
            for w in page.findChildren(QWidget)
            if isinstance(w, FOCUSABLE) and w.isVisible() and w.isEnabled()
            and w.objectName() not in ("frozenColumns", "frozenTail")  # the journal's frozen columns
            and not w.objectName().startswith("qt_")  # Qt's own parts (a table's corner button)
            and not w.focusPolicy() & Qt.FocusPolicy.TabFocus]


@pytest.mark.parametrize("login", ["zavuch", "admin"])
def test_every_control_of_every_section_takes_tab_focus(qtbot, small_demo, login):
    window = window_of(qtbot, small_demo, login)
    problems = {name: found for name, page in visible_pages(window) if (found := tab_unreachable(page))}
    assert not problems, f"Недоступно по Tab: {problems}"


def mnemonic(widget: QWidget) -> str | None:
    if isinstance(widget, QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QLabel) and widget.buddy() is not None:
        text = widget.text()
    else:
        return None
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashing_mnemonics(page: QWidget) -> dict[str, list[str]]:
    letters = defaultdict(list)
    for w in page.findChildren(QWidget):
        if w.isVisible() and (letter := mnemonic(w)) is not None:
            letters[letter].append(w.objectName())
    return {k: v for k, v in letters.items() if len(v) > 1}


@pytest.mark.parametrize("login", ["zavuch", "admin", "teacher02", "secretary", "parent-5a-01"])
def test_no_two_controls_of_a_section_share_an_alt_letter(qtbot, small_demo, login):
    """Alt+letter must reach one control: a shared letter only cycles the focus between them."""
    window = window_of(qtbot, small_demo, login)
    problems = {name: found for name, page in visible_pages(window) if (found := clashing_mnemonics(page))}
    assert not problems, f"Одна буква Alt у нескольких элементов: {problems}"
