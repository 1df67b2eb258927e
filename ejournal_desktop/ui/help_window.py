"""F1: the user guide, one Russian page per role (resources/help/<guide>.md with screenshots of the demo
school in resources/help/images), the user's own roles first, and the list of keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog

from ..domain.roles import Role
from ..paths import for_this_system, resource_dir
from .forms.ui_helpwindow import Ui_HelpWindow

# (file, title, the roles it is for) in the order of the list.
GUIDES = [
    ("teacher", QT_TRANSLATE_NOOP("HelpWindow", "Учителю"), {Role.teacher}),
    ("class_teacher", QT_TRANSLATE_NOOP("HelpWindow", "Классному руководителю"), {Role.class_teacher}),
    ("deputy", QT_TRANSLATE_NOOP("HelpWindow", "Заместителю директора"), {Role.deputy}),
    ("director", QT_TRANSLATE_NOOP("HelpWindow", "Директору"), {Role.director}),
    ("administrator", QT_TRANSLATE_NOOP("HelpWindow", "Администратору"), {Role.administrator}),
    ("secretary", QT_TRANSLATE_NOOP("HelpWindow", "Секретарю"), {Role.secretary}),
    ("family", QT_TRANSLATE_NOOP("HelpWindow", "Родителям и ученикам"), {Role.guardian, Role.pupil}),
    ("keyboard", QT_TRANSLATE_NOOP("HelpWindow", "Клавиши"), set()),
]


def guides_for(roles: frozenset[Role]) -> list[tuple[str, str]]:
    """(file, title) of the guides, the user's own first; a parent or pupil sees only theirs and the keys."""
    staff = bool(roles - {Role.guardian, Role.pupil})
    shown = [g for g in GUIDES if staff or not g[2] or g[2] & roles]
    own = [g for g in shown if g[2] & roles]
    return [(f, t) for f, t, _ in own + [g for g in shown if g not in own]]


class HelpWindow(QDialog):
    def __init__(self, roles: frozenset[Role], *, guide: str | None = None, parent=None):
        super().__init__(parent)
        self.ui = Ui_HelpWindow()
        self.ui.setupUi(self)
        folder = resource_dir("help")
        self.ui.text.setSearchPaths([str(folder)])
        self.ui.text.setOpenLinks(False)  # links between guides go through _follow
        self._files = []
        for name, title in guides_for(roles):
            self.ui.guides.addItem(QCoreApplication.translate("HelpWindow", title))
            self._files.append(name)
        self.ui.guides.currentRowChanged.connect(self._show)
        self.ui.text.anchorClicked.connect(self._follow)
        self.show_guide(guide if guide in self._files else self._files[0])

    def show_guide(self, name: str) -> None:
        self.ui.guides.setCurrentRow(self._files.index(name))

    def current_guide(self) -> str:
        return self._files[self.ui.guides.currentRow()]

    def _show(self, row: int) -> None:
        if row < 0:
            return
        path = resource_dir("help") / f"{self._files[row]}.md"
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = self.tr("Файл справки не найден: {0}. Переустановите программу.").format(path)
        self.ui.text.setMarkdown(for_this_system(text))  # `ejournal-cli` on Windows (issue 21)

    def _follow(self, url: QUrl) -> None:
        # Links between guides are written as (deputy.md); others stay in the window.
        name = url.path().removesuffix(".md")
        if name in self._files:
            self.show_guide(name)
