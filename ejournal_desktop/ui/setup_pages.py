"""«Подготовка учебного года»: the checklist (each missing piece a line that opens the page fixing it,
ticked when done; the set-up workbook checked with a preview, then loaded), and the pages for subjects,
classes and the curriculum, as tabs of one section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from ..domain.rights import Action, may
from ..services.access import account_issue
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.school import (
    classes as school_classes,
)
from ..services.school import (
    curriculum,
    setup_check,
    setup_import,
    setup_workbook,
    subjects,
)
from .forms.ui_curriculumpage import Ui_CurriculumPage
from .forms.ui_setuparea import Ui_SetupArea
from .forms.ui_setupclassespage import Ui_SetupClassesPage
from .forms.ui_setuppage import Ui_SetupPage
from .forms.ui_subjectspage import Ui_SubjectsPage
from .rows_model import ItemRowsModel, fixed_columns

OWN_TABS = ("subjects", "classes", "curriculum")


def _title(label) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)



# The checklist's line labels as services/school/setup_check.py names them, for lupdate to find;
# shown through SetupPage.tr(item.label).
CHECKLIST_LABELS = (
    QT_TRANSLATE_NOOP("SetupPage", "Учебный год создан"),
    QT_TRANSLATE_NOOP("SetupPage", "Учебные периоды заданы"),
    QT_TRANSLATE_NOOP("SetupPage", "Каникулы и праздничные дни внесены"),
    QT_TRANSLATE_NOOP("SetupPage", "Даты периодов нового года подтверждены"),
    QT_TRANSLATE_NOOP("SetupPage", "Каникулы нового года подтверждены"),
    QT_TRANSLATE_NOOP("SetupPage", "Расписание звонков задано"),
    QT_TRANSLATE_NOOP("SetupPage", "Список предметов"),
    QT_TRANSLATE_NOOP("SetupPage", "Сотрудники внесены"),
    QT_TRANSLATE_NOOP("SetupPage", "Классы созданы"),
    QT_TRANSLATE_NOOP("SetupPage", "У каждого класса есть классный руководитель"),
    QT_TRANSLATE_NOOP("SetupPage", "В классах есть ученики"),
    QT_TRANSLATE_NOOP("SetupPage", "Учебный план каждого класса"),
    QT_TRANSLATE_NOOP("SetupPage", "У каждого курса есть учитель"),
    QT_TRANSLATE_NOOP("SetupPage", "Расписание каждого класса"),
    QT_TRANSLATE_NOOP("SetupPage", "Уроки созданы по расписанию"),
    QT_TRANSLATE_NOOP("SetupPage", "У сотрудников есть учётные записи"),
    QT_TRANSLATE_NOOP("SetupPage", "Согласия на обработку данных учеников"),
)


class SetupPage(QWidget):
    """The checklist. `openPage(key)`: a line was activated; its page key is one of CheckItem.page."""

    openPage = Signal(str)
    loaded = Signal()  # a workbook was written

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_SetupPage()
        self.ui.setupUi(self)
        _title(self.ui.title)
        self._db, self._actor = db, actor
        self._checked: str | None = None   # the workbook whose preview passed
        self.issued: account_issue.Issued | None = None  # the last accounts issued (their slips are saved)
        self.result: setup_check.Checklist | None = None
        self.ui.checklist.itemActivated.connect(self._activated)
        self.ui.checklist.itemClicked.connect(self._activated)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.templateButton.clicked.connect(lambda: self.save_template(self._ask_save(self.tr("Образец книги"))))
        self.ui.exportButton.clicked.connect(lambda: self.export(self._ask_save(self.tr("Выгрузить в книгу"))))
        self.ui.previewButton.clicked.connect(lambda: self.preview(self._ask_open()))
        self.ui.importButton.clicked.connect(self.load_checked)
        self.ui.importButton.setEnabled(False)
        self.ui.staffAccountsButton.setVisible(may(actor.roles, Action.manage_accounts))
        self.ui.staffAccountsButton.clicked.connect(lambda: self.issue_staff_accounts(QFileDialog.getSaveFileName(
            self, self.tr("Листки с паролями сотрудников"), self.tr("пароли-сотрудников.pdf"),
            self.tr("Документ PDF (*.pdf)"))[0]))
        self.refresh()

    def issue_staff_accounts(self, path: str) -> None:
        """Accounts for the staff who have none, with their slips saved to `path`."""
        if not path:
            return
        try:
            issued = account_issue.issue_staff_accounts(self._db, self._actor, path)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.issued = issued
        self.ui.error.setText(self.tr("Учётных записей создано: {0}; листки с паролями: {1}").format(
            issued.created, path) if issued.accounts else self.tr("У всех сотрудников уже есть учётные записи."))
        self.refresh()

    def _ask_save(self, title: str) -> str:
        return QFileDialog.getSaveFileName(self, title, self.tr("подготовка-года.xlsx"), self.tr("Книга Excel (*.xlsx)"))[0]

    def _ask_open(self) -> str:
        return QFileDialog.getOpenFileName(self, self.tr("Книга подготовки учебного года"), "",
                                           self.tr("Таблицы (*.xlsx *.xlsm *.xls *.xlsb *.ods)"))[0]

    def refresh(self) -> None:
        self.ui.checklist.clear()
        try:
            self.result = setup_check.checklist(self._db, self._actor)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        for item in self.result.items:
            mark = "✓" if item.done else ("✗" if item.blocking else "○")
            line = QListWidgetItem(f"{mark}  {self.tr(item.label)} — {item.detail}")
            line.setData(Qt.ItemDataRole.UserRole, item.page)
            line.setData(Qt.ItemDataRole.UserRole + 1, item.key)
            if item.done:
                line.setForeground(QBrush(QColor("#2e7d32")))
            elif item.blocking:
                line.setForeground(QBrush(QColor("#b71c1c")))
            line.setToolTip(self.tr("Открыть страницу, где это делается"))
            self.ui.checklist.addItem(line)
        self.ui.info.setText(self.tr("Учителя могут начинать работу.") if self.result.ready else self.tr(
            "Что ещё нужно, чтобы учителя начали работу (✗ — без этого нельзя, ○ — желательно). Щёлкните строку, "
            "чтобы открыть страницу, где это делается. Всё сразу можно загрузить из книги Excel."))

    def line_keys(self) -> list[str]:
        return [self.ui.checklist.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(self.ui.checklist.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.openPage.emit(item.data(Qt.ItemDataRole.UserRole))

    def save_template(self, path: str) -> None:
        if path:
            try:
                setup_workbook.write_template(path)
                self.ui.error.setText(self.tr("Образец сохранён: {0}").format(path))
            except ServiceError as exc:
                self.ui.error.setText(str(exc))

    def export(self, path: str) -> None:
        if path:
            try:
                setup_workbook.export_setup(self._db, self._actor, path)
                self.ui.error.setText(self.tr("Подготовка года сохранена: {0}").format(path))
            except ServiceError as exc:
                self.ui.error.setText(str(exc))

    def preview(self, path: str) -> None:
        """Check a workbook (a dry run: nothing written) and show what it would write or what is wrong."""
        if not path:
            return
        self._checked = None
        self.ui.importButton.setEnabled(False)
        try:
            result = setup_import.import_setup(self._db, self._actor, path, dry_run=True)
        except ServiceError as exc:
            self.ui.preview.setPlainText(str(exc))
            return
        if result.ok:
            self._checked = path
            self.ui.importButton.setEnabled(True)
            self.ui.preview.setPlainText(self.tr("Ошибок нет. Будет записано: {0}.").format(result.summary()))
        else:
            self.ui.preview.setPlainText("\n".join(
                [self.tr("Найдено ошибок: {0}. Исправьте книгу и проверьте снова.").format(len(result.problems))]
                + [p.text for p in result.problems]))

    def load_checked(self) -> None:
        if not self._checked:
            return
        try:
            result = setup_import.import_setup(self._db, self._actor, self._checked)
        except ServiceError as exc:
            self.ui.preview.setPlainText(str(exc))
            return
        self.ui.importButton.setEnabled(False)
        self._checked = None
        if result.ok:
            self.ui.preview.setPlainText(self.tr("Книга загружена: {0}.").format(result.summary()))
        else:
            self.ui.preview.setPlainText("\n".join(p.text for p in result.problems))
        self.refresh()
        if result.ok:
            self.loaded.emit()


class SubjectsPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_SubjectsPage()
        self.ui.setupUi(self)
        _title(self.ui.title)
        self._db, self._actor = db, actor
        self.model = ItemRowsModel([self.tr("Предмет"), self.tr("Краткое"), self.tr("Курсов в этом году"),
                                    self.tr("Отметок"), self.tr("Состояние")], self)
        self.ui.table.setModel(self.model)
        fixed_columns(self.ui.table, (380, 150, 140, 100))
        self.ui.table.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.upButton.clicked.connect(lambda: self._do(subjects.move_subject, -1))
        self.ui.downButton.clicked.connect(lambda: self._do(subjects.move_subject, 1))
        self.ui.retireButton.clicked.connect(self.retire)
        self.ui.removeButton.clicked.connect(lambda: self._do(subjects.remove_subject))
        self.ui.starterButton.clicked.connect(lambda: self._run(subjects.add_starter_subjects, self._db, self._actor))
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        rows = subjects.subject_list(self._db, self._actor)
        self.model.show(rows, [(r.name, r.short_name, r.courses, r.marks,
                                self.tr("выведен из списка") if r.retired else "") for r in rows])
        if select_id is not None:
            ids = [r.id for r in rows]
            if select_id in ids:
                self.ui.table.selectRow(ids.index(select_id))

    def current(self) -> subjects.SubjectRow | None:
        row = self.ui.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _selected(self, *_):
        s = self.current()
        if s is not None:
            self.ui.name.setText(s.name)
            self.ui.shortName.setText(s.short_name)
            self.ui.retireButton.setText(self.tr("Вернуть в список") if s.retired else self.tr("Вывести из списка"))

    def _run(self, fn, *args, select_id=None) -> bool:
        try:
            fn(*args)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return False
        self.ui.error.setText("")
        self.refresh(select_id)
        self.changed.emit()
        return True

    def _do(self, fn, *extra) -> None:
        s = self.current()
        if s is None:
            self.ui.error.setText(self.tr("Выберите предмет в списке."))
            return
        self._run(fn, self._db, self._actor, s.id, *extra, select_id=s.id)

    def add(self) -> None:
        try:
            new = subjects.add_subject(self._db, self._actor, self.ui.name.text(), self.ui.shortName.text())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.ui.error.setText("")
        self.refresh(new)
        self.changed.emit()

    def save(self) -> None:
        s = self.current()
        if s is None:
            self.ui.error.setText(self.tr("Выберите предмет в списке."))
            return
        self._run(lambda: subjects.update_subject(self._db, self._actor, s.id, name=self.ui.name.text(),
                                                  short_name=self.ui.shortName.text()), select_id=s.id)

    def retire(self) -> None:
        s = self.current()
        if s is not None:
            self._run(subjects.set_retired, self._db, self._actor, s.id, not s.retired, select_id=s.id)


class SetupClassesPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_SetupClassesPage()
        self.ui.setupUi(self)
        _title(self.ui.title)
        self._db, self._actor = db, actor
        self.model = ItemRowsModel([self.tr("Класс"), self.tr("Смена"), self.tr("Классный руководитель"),
                                    self.tr("Учеников"), self.tr("Курсов")], self)
        self.ui.table.setModel(self.model)
        fixed_columns(self.ui.table, (90, 80, 360, 100))
        self.ui.table.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.removeButton.clicked.connect(self.remove)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        self.ui.teacher.clear()
        self.ui.teacher.addItem(self.tr("— не назначен —"), None)
        for sid, name in school_classes.teacher_choices(self._db, self._actor):
            self.ui.teacher.addItem(name, sid)
        rows = school_classes.class_list(self._db, self._actor)
        self.model.show(rows, [(r.label, r.shift, r.class_teacher or self.tr("не назначен"), r.pupils, r.courses)
                               for r in rows])
        if select_id is not None and select_id in [r.id for r in rows]:
            self.ui.table.selectRow([r.id for r in rows].index(select_id))

    def current(self) -> school_classes.ClassRow | None:
        row = self.ui.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _selected(self, *_):
        c = self.current()
        if c is not None:
            self.ui.grade.setValue(c.grade)
            self.ui.letter.setText(c.letter)
            self.ui.shift.setValue(c.shift)
            self.ui.teacher.setCurrentIndex(max(0, self.ui.teacher.findData(c.class_teacher_id)))

    def _done(self, select_id=None) -> None:
        self.ui.error.setText("")
        self.refresh(select_id)
        self.changed.emit()

    def add(self) -> None:
        try:
            new = school_classes.create_class(self._db, self._actor, self.ui.grade.value(), self.ui.letter.text(),
                                              shift=self.ui.shift.value(), class_teacher_id=self.ui.teacher.currentData())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self._done(new)

    def save(self) -> None:
        c = self.current()
        if c is None:
            self.ui.error.setText(self.tr("Выберите класс в списке."))
            return
        try:
            school_classes.update_class(self._db, self._actor, c.id, grade=self.ui.grade.value(),
                                        letter=self.ui.letter.text(), shift=self.ui.shift.value(),
                                        class_teacher_id=self.ui.teacher.currentData())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self._done(c.id)

    def remove(self) -> None:
        c = self.current()
        if c is None:
            self.ui.error.setText(self.tr("Выберите класс в списке."))
            return
        try:
            school_classes.remove_class(self._db, self._actor, c.id)
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self._done()


class CurriculumPage(QWidget):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_CurriculumPage()
        self.ui.setupUi(self)
        _title(self.ui.title)
        self._db, self._actor = db, actor
        self.model = ItemRowsModel([self.tr("Предмет"), self.tr("Группа"), self.tr("Часов в неделю"),
                                    self.tr("Учитель"), self.tr("Отметок")], self)
        self.ui.table.setModel(self.model)
        fixed_columns(self.ui.table, (330, 110, 130, 330))
        self.ui.table.selectionModel().currentRowChanged.connect(self._selected)
        self.ui.schoolClass.currentIndexChanged.connect(lambda _i: self.show_class())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.removeButton.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        if not may(self._actor.roles, Action.configure_grading):
            self.ui.info.setText(self.tr("Учебный план составляет заместитель директора по УР."))
            for w in (self.ui.addButton, self.ui.saveButton, self.ui.removeButton):
                w.setEnabled(False)
            return
        keep = self.ui.schoolClass.currentData()
        self.ui.schoolClass.blockSignals(True)
        self.ui.schoolClass.clear()
        for c in school_classes.class_list(self._db, self._actor):
            self.ui.schoolClass.addItem(c.label, c.id)
        self.ui.schoolClass.setCurrentIndex(max(0, self.ui.schoolClass.findData(keep)))
        self.ui.schoolClass.blockSignals(False)
        self.ui.subject.clear()
        for s in subjects.subject_list(self._db, self._actor, include_retired=False):
            self.ui.subject.addItem(s.name, s.id)
        teachers = curriculum.teacher_choices(self._db, self._actor)
        for combo, first in ((self.ui.teacher, None), (self.ui.secondTeacher, self.tr("— весь класс —"))):
            combo.clear()
            if first:
                combo.addItem(first, None)
            for tid, name in teachers:
                combo.addItem(name, tid)
        self.show_class()

    def show_class(self) -> None:
        class_id = self.ui.schoolClass.currentData()
        lines = curriculum.curriculum(self._db, self._actor, class_id) if class_id is not None else []
        self.model.show(lines, [(ln.subject, ln.group or self.tr("весь класс"), f"{ln.hours:g}", ln.teacher, ln.marks)
                                for ln in lines])

    def current(self) -> curriculum.CurriculumLine | None:
        row = self.ui.table.currentIndex().row()
        return self.model.items[row] if 0 <= row < len(self.model.items) else None

    def _selected(self, *_):
        ln = self.current()
        if ln is not None:
            self.ui.subject.setCurrentIndex(max(0, self.ui.subject.findData(ln.subject_id)))
            self.ui.hours.setValue(ln.hours)
            self.ui.teacher.setCurrentIndex(max(0, self.ui.teacher.findData(ln.teacher_id)))

    def _call(self, fn) -> None:
        try:
            fn()
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return
        self.ui.error.setText("")
        self.show_class()
        self.changed.emit()

    def add(self) -> None:
        class_id = self.ui.schoolClass.currentData()
        if class_id is None:
            self.ui.error.setText(self.tr("Сначала создайте класс."))
            return
        teachers = [t for t in (self.ui.teacher.currentData(), self.ui.secondTeacher.currentData()) if t is not None]
        self._call(lambda: curriculum.add_line(self._db, self._actor, class_id, self.ui.subject.currentData(),
                                               self.ui.hours.value(), teachers))

    def save(self) -> None:
        ln = self.current()
        if ln is None:
            self.ui.error.setText(self.tr("Выберите строку учебного плана."))
            return
        self._call(lambda: curriculum.change_line(self._db, self._actor, ln.course_id, hours=self.ui.hours.value(),
                                                  teacher_id=self.ui.teacher.currentData()))

    def remove(self) -> None:
        ln = self.current()
        if ln is None:
            self.ui.error.setText(self.tr("Выберите строку учебного плана."))
            return
        self._call(lambda: curriculum.remove_line(self._db, self._actor, ln.course_id))


class SetupArea(QWidget):
    """The section: the checklist and the three set-up pages as tabs. `openSection(key)`: a checklist line
    whose page is another section (staff, timetable, pupils, accounts, year)."""

    openSection = Signal(str)
    changed = Signal()  # something of the school's set-up changed: the window's overview and status follow

    def __init__(self, db: Database, actor: Actor, parent=None):
        super().__init__(parent)
        self.ui = Ui_SetupArea()
        self.ui.setupUi(self)
        self.checklist = SetupPage(db, actor, self.ui.checklistTab)
        self.ui.checklistLayout.addWidget(self.checklist)
        self.subjects = SubjectsPage(db, actor, self.ui.subjectsTab)
        self.ui.subjectsLayout.addWidget(self.subjects)
        self.classes = SetupClassesPage(db, actor, self.ui.classesTab)
        self.ui.classesLayout.addWidget(self.classes)
        self.curriculum = CurriculumPage(db, actor, self.ui.curriculumTab)
        self.ui.curriculumLayout.addWidget(self.curriculum)
        if not may(actor.roles, Action.configure_grading):
            self.ui.tabs.setTabEnabled(self.ui.tabs.indexOf(self.ui.curriculumTab), False)
        self.checklist.openPage.connect(self.open_page)
        for page in (self.subjects, self.classes, self.curriculum):
            page.changed.connect(self.checklist.refresh)
            page.changed.connect(self.changed)
        self.checklist.loaded.connect(self.changed)
        self.checklist.loaded.connect(self.subjects.refresh)
        self.checklist.loaded.connect(self.classes.refresh)
        self.checklist.loaded.connect(self.curriculum.refresh)
        self.classes.changed.connect(self.curriculum.refresh)
        self.subjects.changed.connect(self.curriculum.refresh)
        self.ui.tabs.currentChanged.connect(lambda _i: self.checklist.refresh()
                                            if self.ui.tabs.currentWidget() is self.ui.checklistTab else None)

    def showEvent(self, event) -> None:
        # back from another section (year, staff, timetable, accounts): the checklist ticks what was done
        # there, and the class and curriculum pages offer the staff added there
        super().showEvent(event)
        if not event.spontaneous():
            for page in (self.checklist, self.subjects, self.classes, self.curriculum):
                page.refresh()

    def open_page(self, key: str) -> None:
        tabs = {"subjects": self.ui.subjectsTab, "classes": self.ui.classesTab, "curriculum": self.ui.curriculumTab}
        if key in tabs:
            self.ui.tabs.setCurrentWidget(tabs[key])
        else:
            self.openSection.emit(key)
