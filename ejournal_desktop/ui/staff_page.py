"""Сотрудники: the staff list with each person's card («Сотрудники»), and the teaching load per teacher
with new courses — electives, clubs, ГПД, individual schooling — and the groups of a class («Нагрузка»).

Everything goes through services: `staff` (list, card, load) and `courses` (courses and subgroups). What
the user may do decides which buttons show; the services check again and their refusals show in the
message line (in a dialog: its red line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..domain.names import fold
from ..domain.rights import Action, may
from ..services.access.actor import Actor
from ..services.access.files import Database
from ..services.errors import ServiceError
from ..services.people import staff
from ..services.school import reference
from ..services.timetable import courses
from .formats import NO_DATE, date_text, qdate, say
from .forms.ui_coursedialog import Ui_CourseDialog
from .forms.ui_staffdialog import Ui_StaffDialog
from .forms.ui_staffpage import Ui_StaffPage
from .rows_model import ListTableModel, fixed_columns
from .staff_records_dialog import StaffRecordsDialog
from .subgroups_dialog import MoveKeys, PupilListModel, SubgroupsDialog


def hours_text(hours: float) -> str:
    return f"{hours:g}".replace(".", ",")


# --- models ---------------------------------------------------------------------------------------------------

class StaffModel(ListTableModel):
    NAME, POSITION, SUBJECTS, HOURS, PHONE, EMAIL, HIRED, DISMISSED = range(8)
    WIDTHS = (240, 220, 210, 50, 135, 210, 85, 85)

    def __init__(self, parent=None):
        super().__init__([self.tr("ФИО"), self.tr("Должность"), self.tr("Предметы"), self.tr("Часов"),
                          self.tr("Телефон"), self.tr("Эл. почта"), self.tr("Принят(а)"), self.tr("Уволен(а)")],
                         parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: staff.StaffRow = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#808080") if row.dismissed_on else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if col == self.HOURS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(row.subjects) or None if col == self.SUBJECTS else None
        return (row.full_name, row.position, ", ".join(row.subjects), hours_text(row.hours) if row.hours else "",
                row.phone, row.email, date_text(row.hired_on), date_text(row.dismissed_on))[col]


class TeachersModel(ListTableModel):
    NAME, POSITION, HOURS = range(3)
    WIDTHS = (200, 190, 60)

    def __init__(self, parent=None):
        super().__init__([self.tr("Учитель"), self.tr("Должность"), self.tr("Часов")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        t: staff.TeacherLoad = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if col == self.HOURS else None
        return (t.short_name, t.position, hours_text(t.total_hours))[col]


class LoadCoursesModel(ListTableModel):
    KIND, CLASS, WHAT, HOURS, PUPILS = range(5)
    WIDTHS = (110, 50, 290, 50, 150)

    def __init__(self, parent=None):
        super().__init__([self.tr("Вид"), self.tr("Класс"), self.tr("Предмет, название"), self.tr("Часов"),
                          self.tr("Ученики")], parent)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        c: staff.LoadCourse = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter if col in (self.CLASS, self.HOURS) else None
        if col == self.KIND:
            return c.kind_label
        if col == self.CLASS:
            return c.class_label
        if col == self.WHAT:
            what = c.name or c.subject
            if c.subgroup:
                what += f" ({c.subgroup})"
            if c.pupil:
                what += f" — {c.pupil}"
            return what
        if col == self.HOURS:
            return hours_text(c.hours_per_week)
        if c.members:
            text = self.tr("{0} уч.").format(c.members)
        elif c.subgroup:
            text = self.tr("группа")
        elif c.pupil:
            text = self.tr("1 уч.")
        else:
            text = self.tr("класс")
        return text if c.has_marks else text + self.tr(", без отметок")


# --- the staff card ----------------------------------------------------------------------------------------------

class StaffDialog(QDialog):
    """A new member of staff (staff_id None) or an existing card."""

    def __init__(self, db: Database, actor: Actor, staff_id: int | None = None, parent: QWidget | None = None,
                 *, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.staff_id, self._today = db, actor, staff_id, today
        ui = self.ui
        ui.position.addItems([self.tr(p) for p in staff.POSITIONS])
        ui.hiredOn.setMinimumDate(NO_DATE)
        ui.hiredOn.setSpecialValueText(self.tr("не указана"))
        ui.dismissedOn.setDate(qdate(today()))
        ui.dismissed.toggled.connect(ui.dismissedOn.setEnabled)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Записать"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Отмена"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.records.setVisible(staff_id is not None)  # a card that exists has records to keep
        ui.records.clicked.connect(self.open_records)
        if staff_id is None:
            self.setWindowTitle(self.tr("Новый сотрудник"))
            ui.position.setCurrentText(self.tr("учитель"))
            ui.hiredOn.setDate(qdate(today()))
            ui.dismissed.setChecked(False)
            ui.dismissed.setEnabled(False)
            ui.dismissedOn.setEnabled(False)
        else:
            card = staff.staff_card(db, actor, staff_id)
            self.setWindowTitle(self.tr("Карточка сотрудника: {0}").format(card.full_name))
            ui.surname.setText(card.surname)
            ui.name.setText(card.name)
            ui.patronymic.setText(card.patronymic)
            ui.position.setCurrentText(card.position)
            ui.phone.setText(card.phone)
            ui.email.setText(card.email)
            ui.hiredOn.setDate(qdate(card.hired_on) if card.hired_on else NO_DATE)
            ui.dismissed.setChecked(card.dismissed_on is not None)
            ui.dismissedOn.setEnabled(card.dismissed_on is not None)
            if card.dismissed_on:
                ui.dismissedOn.setDate(qdate(card.dismissed_on))
            ui.taught.setText(self.tr("Ведёт: {0}; {1} ч в неделю.").format(", ".join(card.subjects), hours_text(card.hours))
                              if card.subjects else self.tr("Учебной нагрузки в этом году нет."))

    def open_records(self) -> StaffRecordsDialog:
        """The member's consent to personal-data processing and portfolio."""
        name = " ".join(p for p in (self.ui.surname.text(), self.ui.name.text(), self.ui.patronymic.text()) if p)
        dialog = StaffRecordsDialog(self._db, self._actor, self.staff_id, name, parent=self, today=self._today)
        self.records_dialog = dialog
        dialog.open()
        return dialog

    def values(self) -> dict:
        ui = self.ui
        hired = ui.hiredOn.date()
        return {"surname": ui.surname.text(), "name": ui.name.text(), "patronymic": ui.patronymic.text(),
                "position": ui.position.currentText(), "phone": ui.phone.text(), "email": ui.email.text(),
                "hired_on": None if hired == NO_DATE else hired.toPython(),
                "dismissed_on": ui.dismissedOn.date().toPython() if ui.dismissed.isChecked() else None}

    def save(self) -> bool:
        try:
            if self.staff_id is None:
                self.staff_id = staff.add_staff(self._db, self._actor, **self.values())
            else:
                staff.update_staff(self._db, self._actor, self.staff_id, **self.values())
        except ServiceError as exc:
            self.ui.error.setText(str(exc))
            return False
        self.accept()
        return True


# --- a course ---------------------------------------------------------------------------------------------------------

KINDS = [("elective", QT_TRANSLATE_NOOP("CourseDialog", "Факультатив")),
         ("club", QT_TRANSLATE_NOOP("CourseDialog", "Кружок")),
         ("extended_day", QT_TRANSLATE_NOOP("CourseDialog", "Группа продлённого дня")),
         ("individual", QT_TRANSLATE_NOOP("CourseDialog", "Индивидуальное обучение"))]


class CourseDialog(QDialog):
    """A new elective, club, ГПД or individual course (course_id None), or changes to a course: teacher,
    hours, name, marks or attendance only, and the members picked from any class."""

    def __init__(self, db: Database, actor: Actor, course_id: int | None = None, parent: QWidget | None = None,
                 *, teacher_id: int | None = None, today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_CourseDialog()
        self.ui.setupUi(self)
        self._db, self._actor, self.course_id, self._today = db, actor, course_id, today
        ui = self.ui
        self.choices = courses.choices(db, actor, on=today())
        self.pupils = courses.pupils_of_school(db, actor, on=today())
        self.chosen_ids: list[int] = []
        self.candidates = PupilListModel(self)
        self.chosen = PupilListModel(self)
        ui.candidates.setModel(self.candidates)
        ui.chosen.setModel(self.chosen)
        for value, label in KINDS:
            ui.kind.addItem(self.tr(label), value)
        for s in self.choices.subjects:
            ui.subject.addItem(s.label, s.id)
        for t in self.choices.teachers:
            ui.teacher.addItem(t.label, t.id)
        ui.schoolClass.addItem(self.tr("— ученики разных классов —"), None)
        ui.filterClass.addItem(self.tr("Все классы"), None)
        for c in self.choices.classes:
            ui.schoolClass.addItem(c.label, c.id)
            ui.filterClass.addItem(c.label, c.id)
        for g in self.choices.grading_systems:
            ui.grading.addItem(g.label, g.id)
        ui.addMembers.clicked.connect(self.add_selected)
        ui.removeMembers.clicked.connect(self.remove_selected)
        ui.candidates.doubleClicked.connect(lambda _i: self.add_selected())
        ui.chosen.doubleClicked.connect(lambda _i: self.remove_selected())
        self._keys = MoveKeys(self, self.add_selected, self.remove_selected)
        for view in (ui.candidates, ui.chosen):
            view.installEventFilter(self._keys)
        ui.filterClass.currentIndexChanged.connect(lambda _i: self._show_members())
        ui.filterText.textChanged.connect(lambda _t: self._show_members())
        ui.schoolClass.currentIndexChanged.connect(lambda _i: self._class_changed())
        ui.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Записать"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Отмена"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if course_id is None:
            self.setWindowTitle(self.tr("Новый курс"))
            if teacher_id is not None:
                ui.teacher.setCurrentIndex(max(0, ui.teacher.findData(teacher_id)))
            self._kind_changed()
        else:
            self._load(courses.course_card(db, actor, course_id))
        self._show_members()

    def _load(self, card: courses.CourseCard) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Курс: {0}").format(", ".join(
            p for p in (card.class_label, card.name or card.subject, card.subgroup) if p)))
        if ui.kind.findData(card.kind) < 0:
            ui.kind.addItem(self.tr(card.kind_label), card.kind)
        ui.kind.setCurrentIndex(ui.kind.findData(card.kind))
        ui.name.setText(card.name)
        ui.subject.setCurrentIndex(max(0, ui.subject.findData(card.subject_id)))
        if ui.teacher.findData(card.teacher_id) < 0:
            ui.teacher.addItem(card.teacher, card.teacher_id)
        ui.teacher.setCurrentIndex(ui.teacher.findData(card.teacher_id))
        ui.schoolClass.setCurrentIndex(max(0, ui.schoolClass.findData(card.school_class_id)))
        ui.hours.setValue(card.hours_per_week)
        ui.grading.setCurrentIndex(max(0, ui.grading.findData(card.grading_system_id)))
        ui.hasMarks.setChecked(card.has_marks)
        self.chosen_ids = [m.pupil_id for m in card.members]
        if card.pupil_id is not None:
            self.chosen_ids = [card.pupil_id]
        for w in (ui.kind, ui.subject, ui.schoolClass):
            w.setEnabled(False)
        members = card.kind in ("elective", "club", "extended_day")
        ui.membersBox.setVisible(members or card.kind == "individual")
        ui.membersBox.setEnabled(members)
        ui.name.setEnabled(card.kind != "lesson")

    def _kind_changed(self) -> None:
        if self.course_id is not None:
            return
        ui = self.ui
        kind = ui.kind.currentData()
        individual = kind == "individual"
        ui.classLabel.setVisible(not individual)
        ui.schoolClass.setVisible(not individual)
        ui.membersBox.setTitle(self.tr("Ученик (один)") if individual else self.tr("Ученики"))
        ui.hasMarks.setChecked(kind in ("elective", "individual"))
        if kind in ("club", "extended_day"):
            ui.subject.setCurrentIndex(max(0, ui.subject.findText(reference.EXTRACURRICULAR)))
        if kind == "extended_day" and not ui.name.text():
            ui.name.setText(self.tr("Группа продлённого дня"))
        if individual and len(self.chosen_ids) > 1:
            self.chosen_ids = self.chosen_ids[:1]
        self._show_members()

    def _class_changed(self) -> None:
        cls = self.ui.schoolClass.currentData()
        if cls is not None:
            self.ui.filterClass.setCurrentIndex(max(0, self.ui.filterClass.findData(cls)))
        self._show_members()

    def _show_members(self) -> None:
        ui = self.ui
        by_id = {p.pupil_id: p for p in self.pupils}
        cls = ui.filterClass.currentData()
        text = fold(ui.filterText.text())
        chosen = set(self.chosen_ids)
        self.candidates.set_rows([
            (p.pupil_id, p.label, True, "") for p in self.pupils
            if p.pupil_id not in chosen and (cls is None or p.class_id == cls)
            and (not text or text in fold(p.full_name))])
        shown = [by_id[pid] for pid in self.chosen_ids if pid in by_id]
        shown.sort(key=lambda p: self.pupils.index(p))
        self.chosen.set_rows([(p.pupil_id, p.label, True, "") for p in shown])
        classes = sorted({p.class_label for p in shown}, key=lambda c: (len(c), c))
        ui.chosenLabel.setText(self.tr("Выбрано: {0}{1}").format(
            len(shown), self.tr(" (классы: {0})").format(", ".join(classes)) if classes else ""))

    def add_selected(self) -> None:
        ids = self.candidates.ids(self.ui.candidates.selectionModel().selectedIndexes())
        if self.ui.kind.currentData() == "individual":
            self.chosen_ids = ids[:1] or self.chosen_ids
        else:
            self.chosen_ids += [i for i in ids if i not in self.chosen_ids]
        self._show_members()

    def remove_selected(self) -> None:
        ids = set(self.chosen.ids(self.ui.chosen.selectionModel().selectedIndexes()))
        self.chosen_ids = [i for i in self.chosen_ids if i not in ids]
        self._show_members()

    def save(self) -> bool:
        ui = self.ui
        kind = ui.kind.currentData()
        try:
            if self.course_id is None:
                self.course_id = courses.create_course(
                    self._db, self._actor, kind=kind, subject_id=ui.subject.currentData(),
                    teacher_id=ui.teacher.currentData(), hours_per_week=ui.hours.value(),
                    school_class_id=None if kind == "individual" else ui.schoolClass.currentData(),
                    member_ids=self.chosen_ids, has_marks=ui.hasMarks.isChecked(), name=ui.name.text(),
                    grading_system_id=ui.grading.currentData(), on=self._today())
            else:
                courses.update_course(
                    self._db, self._actor, self.course_id, teacher_id=ui.teacher.currentData(),
                    hours_per_week=ui.hours.value(), has_marks=ui.hasMarks.isChecked(),
                    name=ui.name.text() if kind != "lesson" else None,
                    member_ids=self.chosen_ids if kind in ("elective", "club", "extended_day") else None,
                    grading_system_id=ui.grading.currentData(), on=self._today())
        except ServiceError as exc:
            ui.error.setText(str(exc))
            return False
        self.accept()
        return True


# --- the page --------------------------------------------------------------------------------------------------------

class StaffPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today):
        super().__init__(parent)
        self.ui = Ui_StaffPage()
        self.ui.setupUi(self)
        self._db, self._actor, self._today = db, actor, today
        self.all_staff: list[staff.StaffRow] = []
        self.loads: list[staff.TeacherLoad] = []
        self.staff_model = StaffModel(self)
        self.teachers = TeachersModel(self)
        self.load_courses = LoadCoursesModel(self)
        for view, model, widths in ((self.ui.staffTable, self.staff_model, StaffModel.WIDTHS),
                                    (self.ui.teachers, self.teachers, TeachersModel.WIDTHS),
                                    (self.ui.courses, self.load_courses, LoadCoursesModel.WIDTHS)):
            view.setModel(model)
            fixed_columns(view, widths)
        self.ui.loadSplitter.setSizes([470, 680])
        font = self.ui.teacherHeading.font()
        font.setBold(True)
        self.ui.teacherHeading.setFont(font)
        manage = may(actor.roles, Action.manage_staff)
        setup = may(actor.roles, Action.configure_grading)
        self.ui.addStaff.setVisible(manage)
        for button in (self.ui.newCourse, self.ui.editCourse, self.ui.openSubgroups):
            button.setVisible(setup)

        self.ui.search.textChanged.connect(lambda _t: self._show_staff())
        self.ui.showDismissed.toggled.connect(lambda _c: self._show_staff())
        self.ui.staffTable.doubleClicked.connect(lambda _i: self.open_staff())
        self.ui.staffTable.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ui.teachers.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show_teacher(cur.row()))
        self.ui.courses.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ui.courses.doubleClicked.connect(lambda _i: self.edit_course())
        self.ui.addStaff.clicked.connect(self.add_staff)
        self.ui.openStaff.clicked.connect(self.open_staff)
        self.ui.newCourse.clicked.connect(self.new_course)
        self.ui.editCourse.clicked.connect(self.edit_course)
        self.ui.openSubgroups.clicked.connect(self.open_subgroups)
        self.refresh()

    # --- loading ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.all_staff = staff.staff_list(self._db, self._actor)
            self.loads = staff.load(self._db, self._actor)
        except ServiceError as exc:
            self.fail(exc)
            return
        self._show_staff()
        current = self.current_teacher()
        self.teachers.set_rows(self.loads)
        row = next((i for i, t in enumerate(self.loads) if current and t.staff_id == current.staff_id), 0)
        if self.loads:
            self.ui.teachers.selectRow(row)
            self._show_teacher(row)
        self._update_buttons()

    def _show_staff(self) -> None:
        text = fold(self.ui.search.text())
        rows = [r for r in self.all_staff if (self.ui.showDismissed.isChecked() or r.dismissed_on is None)
                and (not text or text in fold(" ".join((r.full_name, r.position, *r.subjects))))]
        self.staff_model.set_rows(rows)
        working = sum(1 for r in self.all_staff if r.dismissed_on is None)
        self.ui.staffCount.setText(self.tr("Работают: {0}").format(working))
        self._update_buttons()

    def current_teacher(self) -> staff.TeacherLoad | None:
        index = self.ui.teachers.currentIndex()
        return self.teachers.rows[index.row()] if index.isValid() and index.row() < len(self.teachers.rows) else None

    def _show_teacher(self, row: int) -> None:
        if not 0 <= row < len(self.loads):
            self.load_courses.set_rows([])
            return
        t = self.loads[row]
        self.ui.teacherHeading.setText(f"{t.full_name} — {t.position}")
        self.load_courses.set_rows(list(t.courses))
        self.ui.total.setText(self.tr("Итого: {0} ч в неделю, курсов: {1}").format(
            hours_text(t.total_hours), len(t.courses)))
        self._update_buttons()

    def selected_staff(self) -> staff.StaffRow | None:
        rows = self.ui.staffTable.selectionModel().selectedRows()
        return self.staff_model.rows[rows[0].row()] if rows else None

    def selected_course(self) -> staff.LoadCourse | None:
        rows = self.ui.courses.selectionModel().selectedRows()
        return self.load_courses.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.ui.openStaff.setEnabled(self.selected_staff() is not None)
        course = self.selected_course()
        self.ui.editCourse.setEnabled(course is not None)
        self.ui.openSubgroups.setEnabled(course is not None and course.kind == "lesson" and bool(course.class_label))

    def fail(self, exc: Exception) -> None:
        say(self.ui.message, str(exc), error=True)

    def inform(self, text: str) -> None:
        say(self.ui.message, text)

    # --- actions ---------------------------------------------------------------------------------------------------

    def add_staff(self) -> StaffDialog:
        dialog = StaffDialog(self._db, self._actor, parent=self, today=self._today)
        dialog.finished.connect(lambda result: self._after_staff(dialog, result))
        dialog.open()
        return dialog

    def open_staff(self) -> StaffDialog | None:
        row = self.selected_staff()
        if row is None:
            return None
        dialog = StaffDialog(self._db, self._actor, row.id, parent=self, today=self._today)
        dialog.finished.connect(lambda result: self._after_staff(dialog, result))
        dialog.open()
        return dialog

    def _after_staff(self, dialog: StaffDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.refresh()
            self.inform(self.tr("Карточка сотрудника записана."))

    def new_course(self) -> CourseDialog | None:
        teacher = self.current_teacher()
        try:
            dialog = CourseDialog(self._db, self._actor, parent=self, today=self._today,
                                  teacher_id=teacher.staff_id if teacher else None)
        except ServiceError as exc:
            self.fail(exc)
            return None
        dialog.finished.connect(lambda result: self._after_course(result))
        dialog.open()
        return dialog

    def edit_course(self) -> CourseDialog | None:
        course = self.selected_course()
        if course is None:
            return None
        try:
            dialog = CourseDialog(self._db, self._actor, course.course_id, parent=self, today=self._today)
        except ServiceError as exc:
            self.fail(exc)
            return None
        dialog.finished.connect(lambda result: self._after_course(result))
        dialog.open()
        return dialog

    def _after_course(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            self.refresh()
            self.inform(self.tr("Нагрузка записана."))

    def open_subgroups(self) -> SubgroupsDialog | None:
        course = self.selected_course()
        if course is None or not course.class_label:
            return None
        card = courses.course_card(self._db, self._actor, course.course_id)
        dialog = SubgroupsDialog(self._db, self._actor, card.school_class_id, card.subject_id, parent=self,
                                 today=self._today)
        dialog.finished.connect(lambda _r: self.refresh() if dialog.changed else None)
        dialog.open()
        return dialog
