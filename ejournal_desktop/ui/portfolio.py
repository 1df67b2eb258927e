"""The portfolio part of a person's card (a pupil's, a member of staff's): documents kept inside the
encrypted database, added, saved out and removed through services.people.class_list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..services.errors import ServiceError
from ..services.people import class_list

translate = QCoreApplication.translate  # one context, whatever dialog the actions are mixed into


class PortfolioActions:
    """Mixed into a dialog whose form has the table `attachments` (model `self.files`, its items the
    AttachmentInfo shown) and whose `owner()` names the person, `fail(error)` shows a refusal and
    `changed()` re-reads the card."""

    def owner(self) -> dict:
        raise NotImplementedError

    def connect_portfolio(self) -> None:
        self.ui.addFile.clicked.connect(self._add_file_clicked)
        self.ui.saveFile.clicked.connect(self._save_file_clicked)
        self.ui.removeFile.clicked.connect(self._remove_file_clicked)

    def add_file(self, path: Path) -> bool:
        try:
            class_list.add_attachment(self._db, self._actor, path=path, **self.owner())
        except (ServiceError, OSError) as exc:
            self.fail(exc)
            return False
        self.changed()
        return True

    def _add_file_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("PortfolioActions", "Документ в портфолио"), "",
                                              translate("PortfolioActions", "Сканы и документы (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                                                      "*.doc *.docx *.odt);;Все файлы (*)"))
        if path:
            self.add_file(Path(path))

    def _chosen_file(self):
        index = self.ui.attachments.currentIndex()
        if not index.isValid():
            self.fail(translate("PortfolioActions", "Выберите файл в таблице."))
            return None
        return self.files.items[index.row()]

    def _save_file_clicked(self) -> None:
        item = self._chosen_file()
        if item is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("PortfolioActions", "Сохранить документ"), item.file_name)
        if path:
            try:
                class_list.save_attachment(self._db, self._actor, item.id, path)
            except (ServiceError, OSError) as exc:
                self.fail(exc)

    def _remove_file_clicked(self) -> None:
        item = self._chosen_file()
        if item is None:
            return
        question = translate("PortfolioActions", "Удалить «{0}» из портфолио?").format(item.file_name)
        if QMessageBox.question(self, translate("PortfolioActions", "Удалить документ"),
                                question) != QMessageBox.StandardButton.Yes:
            return
        try:
            class_list.remove_attachment(self._db, self._actor, item.id)
        except ServiceError as exc:
            self.fail(exc)
            return
        self.changed()
