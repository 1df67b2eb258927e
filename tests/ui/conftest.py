"""GUI tests keep their QSettings (last section, course, period) in a temporary folder, never in the
user's real configuration, so that one test's choices do not leak into the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    folder = tmp_path / "qsettings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def answer_input(qtbot):
    """Answer the next QInputDialogs as a user would: type each text given (None: press Cancel).
    Returns the list of the dialogs' label texts, as they were shown."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit

    shown: list[str] = []
    answers: list[str | None] = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.isVisible() and answers:
            shown.append(dialog.labelText())
            text = answers.pop(0)
            if text is None:
                dialog.reject()
            else:
                edit = dialog.findChild(QLineEdit)
                edit.clear()
                for ch in text:  # QTest.keyClicks aborts on Cyrillic in this Qt build: hand-made key events
                    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                        QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                               ch))
                dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        if answers:
            QTimer.singleShot(20, poll)

    def answer(*texts: str | None) -> list[str]:
        answers.extend(texts)
        QTimer.singleShot(20, poll)
        return shown

    return answer
