"""The documents name the console program as it is called on each system: `ejournal-cli` on Windows
(where `ejournal.exe` is the window program), `ejournal` elsewhere (issue 21)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ejournal_desktop.paths import command_name, for_this_system

ROOT = Path(__file__).resolve().parents[1]


def test_the_name_on_each_system():
    assert command_name("win32") == "ejournal-cli"
    assert command_name("linux") == "ejournal"


def test_commands_in_a_text_are_renamed_for_windows_only():
    text = "Введите `ejournal --user admin backup --to E:\\ejournal-backups` или ejournal restore ФАЙЛ; ejournal.exe"
    assert for_this_system(text, "linux") == text
    windows = for_this_system(text, "win32")
    assert "`ejournal-cli --user admin backup --to E:\\ejournal-backups`" in windows
    assert "ejournal-cli restore ФАЙЛ" in windows and "ejournal.exe" in windows


@pytest.mark.gui
def test_the_help_window_on_windows_says_ejournal_cli(qtbot, monkeypatch):
    import sys

    from ejournal_desktop.domain.roles import Role
    from ejournal_desktop.ui.help_window import HelpWindow
    monkeypatch.setattr(sys, "platform", "win32")
    window = HelpWindow(frozenset({Role.administrator}), guide="administrator")
    qtbot.addWidget(window)
    text = window.ui.text.toPlainText()
    assert "ejournal-cli --user admin backup schedule" in text
    assert not re.search(r"(?<![\w-])ejournal --", text)


def test_documents_do_not_point_outside_the_repository():
    for doc in [ROOT / "docs" / "regulation.md", ROOT / "README.md"]:
        text = doc.read_text(encoding="utf-8")
        assert "../shared" not in text and "/work/" not in text, doc
        for target in re.findall(r"\]\(([^)#]+)\)", text):
            if "://" in target:
                continue
            base = doc.parent  # README's links from the root, regulation.md's from docs/
            assert (base / target).exists(), f"{doc.name} links to a missing {target}"
