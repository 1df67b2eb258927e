"""A school's set-up (issue 15): subjects, classes, the curriculum, the checklist, and the set-up workbook
(export → import into a fresh `init`), on the small demo school (today 2026-11-27)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from journal_testing import DEMO_TODAY
from openpyxl import load_workbook
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.files import create_school
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.school import (
    classes as school_classes,
)
from ejournal_desktop.services.school import (
    curriculum,
    setup_check,
    setup_import,
    setup_workbook,
    subjects,
)
from ejournal_desktop.storage.models import AuditEntry, Course, Pupil, SchoolClass, Subject

pytestmark = pytest.mark.file_only  # a fresh `init` is a file

ADMIN_PASSWORD = "Secret-pass-2026"


@pytest.fixture
def deputy(small_demo):
    return accounts.authenticate(small_demo, "zavuch", "demo")


@pytest.fixture
def fresh(tmp_path):
    db = create_school(tmp_path / "new.db", school_name="МБОУ СОШ № 3", short_name="СОШ № 3",
                       admin_login="admin", admin_password=ADMIN_PASSWORD)
    yield db, accounts.authenticate(db, "admin", ADMIN_PASSWORD)
    db.close()


def last_audit(db) -> AuditEntry:
    with db.session() as s:
        return s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()


def test_subjects_renamed_reordered_and_a_used_one_is_neither_retired_nor_removed(small_demo, deputy):
    rows = subjects.subject_list(small_demo, deputy)
    russian = next(r for r in rows if r.name == "Русский язык")
    assert russian.courses and russian.marks
    with pytest.raises(subjects.SubjectError, match="изучается в этом году"):
        subjects.set_retired(small_demo, deputy, russian.id)
    with pytest.raises(subjects.SubjectError, match="поставлено отметок — \\d+"):
        subjects.remove_subject(small_demo, deputy, russian.id)
    with pytest.raises(subjects.SubjectError, match="Предмет: поле не может быть пустым"):
        subjects.add_subject(small_demo, deputy, "  ")
    with pytest.raises(subjects.SubjectError, match="уже есть"):
        subjects.add_subject(small_demo, deputy, "русский  язык")
    new = subjects.add_subject(small_demo, deputy, "Астрономия", "Астр.")
    subjects.update_subject(small_demo, deputy, new, name="Астрономия и космос")
    assert last_audit(small_demo).action == "update"
    subjects.move_subject(small_demo, deputy, new, -1)
    order = [r.name for r in subjects.subject_list(small_demo, deputy)]
    assert order.index("Астрономия и космос") == order.index("Внеурочная деятельность") - 1
    subjects.set_retired(small_demo, deputy, new)
    assert "Астрономия и космос" not in [r.name for r in subjects.subject_list(small_demo, deputy,
                                                                                include_retired=False)]
    subjects.remove_subject(small_demo, deputy, new)
    assert last_audit(small_demo).action == "delete"
    teacher = accounts.authenticate(small_demo, "teacher01", "demo")
    with pytest.raises(Denied):
        subjects.add_subject(small_demo, teacher, "Черчение")


def test_classes_created_renamed_and_removed_only_while_empty(small_demo, deputy):
    rows = school_classes.class_list(small_demo, deputy)
    fivea = next(r for r in rows if r.label == "5А")
    with pytest.raises(school_classes.ClassError, match="отметок"):
        school_classes.remove_class(small_demo, deputy, fivea.id)
    with pytest.raises(school_classes.ClassError, match="Класс 5А в этом году уже есть"):
        school_classes.create_class(small_demo, deputy, 5, "а")
    with pytest.raises(school_classes.ClassError, match="Параллель: 12 вне 1…11"):
        school_classes.create_class(small_demo, deputy, 12, "А")
    with pytest.raises(school_classes.ClassError, match="Буква класса"):
        school_classes.create_class(small_demo, deputy, 6, "Q")
    new = school_classes.create_class(small_demo, deputy, 6, "Б", shift=2, class_teacher_id=fivea.class_teacher_id)
    row = school_classes.update_class(small_demo, deputy, new, letter="В", class_teacher_id=None)
    assert (row.label, row.shift, row.class_teacher_id) == ("6В", 2, None)
    # a teacher made class teacher gets the role that opens the class
    teacher05 = accounts.authenticate(small_demo, "teacher05", "demo")
    assert "class_teacher" not in {r.value for r in teacher05.roles}
    school_classes.update_class(small_demo, deputy, new, class_teacher_id=teacher05.staff_id)
    assert "class_teacher" in {r.value for r in accounts.authenticate(small_demo, "teacher05", "demo").roles}
    school_classes.update_class(small_demo, deputy, new, class_teacher_id=None)
    teachers = curriculum.teacher_choices(small_demo, deputy)
    math = next(r.id for r in subjects.subject_list(small_demo, deputy) if r.name == "Математика")
    curriculum.add_line(small_demo, deputy, new, math, 5, [teachers[0][0]])
    english = next(r.id for r in subjects.subject_list(small_demo, deputy) if r.name == "Английский язык")
    curriculum.add_line(small_demo, deputy, new, english, 3, [teachers[0][0], teachers[1][0]])
    lines = curriculum.curriculum(small_demo, deputy, new)
    assert [(ln.subject, ln.group) for ln in lines] == [("Английский язык", "1 группа"),
                                                       ("Английский язык", "2 группа"), ("Математика", "")]
    with pytest.raises(curriculum.CurriculumError, match="уже есть в учебном плане"):
        curriculum.add_line(small_demo, deputy, new, math, 4, [teachers[0][0]])
    curriculum.remove_line(small_demo, deputy, lines[-1].course_id)
    school_classes.remove_class(small_demo, deputy, new)
    with small_demo.session() as s:
        assert s.get(SchoolClass, new) is None
        assert not s.scalar(select(func.count()).select_from(Course).where(Course.school_class_id == new))


def test_the_demo_school_is_ready_and_a_new_one_lists_what_is_missing(small_demo, deputy, fresh):
    ready = setup_check.checklist(small_demo, deputy, DEMO_TODAY)
    assert ready.ready and ready.counts["classes"] == 3
    db, admin = fresh
    empty = setup_check.checklist(db, admin, DEMO_TODAY)
    assert not empty.ready
    missing = {i.key for i in empty.missing if i.blocking}
    assert {"year", "periods", "classes", "pupils", "curriculum", "lessons"} <= missing
    assert next(i for i in empty.items if i.key == "classes").page == "classes"


def test_demo_export_imported_into_a_fresh_init_is_the_same_school(small_demo, deputy, fresh, tmp_path):
    # a pupil of an English group of 5А moved to 2А: the old group is not the pupil's any more
    from ejournal_desktop.services.people import movement
    from ejournal_desktop.storage.models import Subgroup, SubgroupMember
    with small_demo.session() as s:
        moved, twoa = s.execute(select(SubgroupMember.pupil_id, SchoolClass.id).join(
            Subgroup, Subgroup.id == SubgroupMember.subgroup_id).join(
            SchoolClass, SchoolClass.id == Subgroup.school_class_id).where(SchoolClass.grade == 5).limit(1)).one()
        twoa = s.scalar(select(SchoolClass.id).where(SchoolClass.grade == 2))
    secretary = accounts.authenticate(small_demo, "secretary", "demo")
    day = DEMO_TODAY + dt.timedelta(days=1)
    movement.transfer(small_demo, secretary, moved, twoa, day, "15-у")
    path = tmp_path / "setup.xlsx"
    written = setup_workbook.export_setup(small_demo, deputy, path, today=day)
    assert written["classes"] == 3 and written["pupils"] == 72
    assert load_workbook(path).sheetnames[-1] == "Пояснения"
    db, admin = fresh
    dry = setup_import.import_setup(db, admin, path, dry_run=True, today=day)
    assert dry.ok and dry.counts["pupils"] == 72
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Pupil)) == 0  # a dry run writes nothing
    result = setup_import.import_setup(db, admin, path, today=day)
    assert result.ok, [p.text for p in result.problems]
    before = setup_check.checklist(small_demo, deputy, day)
    after = setup_check.checklist(db, admin, day)
    assert after.ready, [i.detail for i in after.missing]
    for key in ("classes", "pupils", "staff", "subjects", "periods", "courses", "holidays", "timetable_entries"):
        assert after.counts[key] == before.counts[key], key
    again = tmp_path / "again.xlsx"
    setup_workbook.export_setup(db, admin, again, today=day)
    for sheet in ("Классы", "Учебный план", "Ученики и родители"):
        a = [r for r in load_workbook(path)[sheet].iter_rows(values_only=True)]
        b = [r for r in load_workbook(again)[sheet].iter_rows(values_only=True)]
        assert a == b, sheet


def test_a_bad_workbook_names_every_problem_and_writes_nothing(fresh, tmp_path):
    path = tmp_path / "bad.xlsx"
    setup_workbook.write_template(path)
    wb = load_workbook(path)
    wb["Год и периоды"].append(["2026/2027", "четверть", 1, "01.09.2026", "25.10.2026", 1, 11])
    wb["Год и периоды"].append(["2026/2027", "сезон", 2, "30.02.2026", "28.12.2026", 1, 11])
    wb["Классы"].append(["5А", 1, "Петров Пётр Петрович"])
    wb["Классы"].append(["5А", 1, ""])
    wb["Учебный план"].append(["5А", "Алхимия", "много", "", ""])
    wb["Ученики и родители"].append(["7Г", "Иванов", "Иван"])
    wb.save(path)
    db, admin = fresh
    result = setup_import.import_setup(db, admin, path, today=DEMO_TODAY)
    texts = [p.text for p in result.problems]
    expected = [
        "лист «Год и периоды», строка 3, столбец «Вид периода»: «сезон» — нужно: четверть, триместр или полугодие.",
        "лист «Год и периоды», строка 3, столбец «Начало»: «30.02.2026» — не дата (нужно ДД.ММ.ГГГГ).",
        ("лист «Классы», строка 2, столбец «Классный руководитель»: «Петров Пётр Петрович» нет ни на листе "
        "«Сотрудники», ни в журнале."),
        "лист «Классы», строка 3, столбец «Класс»: 5А уже есть в строке 2.",
        "лист «Учебный план», строка 2, столбец «Предмет»: «Алхимия» нет ни на листе «Предметы», ни в журнале.",
        "лист «Учебный план», строка 2, столбец «Часов в неделю»: «много» — не число.",
        "лист «Учебный план», строка 2, столбец «Учитель»: не заполнено.",
        "лист «Ученики и родители», строка 2, столбец «Класс»: «7Г» нет на листе «Классы».",
    ]
    for line in expected:
        assert line in texts
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(SchoolClass)) == 0
        assert s.scalar(select(func.count()).select_from(Subject)) == 26


def test_a_class_on_shift_two_without_its_bells_is_a_checklist_line(small_demo, deputy):
    from ejournal_desktop.services.school import bells as school_bells
    from ejournal_desktop.storage.models import BellSchedule
    with small_demo.session() as s:
        s.query(BellSchedule).filter(BellSchedule.shift == 2).delete()
        s.commit()
    teacher = school_classes.class_list(small_demo, deputy)[0].class_teacher_id
    school_classes.create_class(small_demo, deputy, 6, "Б", shift=2, class_teacher_id=teacher)
    bells = next(i for i in setup_check.checklist(small_demo, deputy, DEMO_TODAY).items if i.key == "bells")
    assert not bells.done and bells.detail == "Нет звонков для смены: 2." and bells.page == "year"
    school_bells.set_bells(small_demo, deputy, 2, [(dt.time(13, 30), dt.time(14, 10)),
                                                   (dt.time(14, 20), dt.time(15, 0))])
    bells = next(i for i in setup_check.checklist(small_demo, deputy, DEMO_TODAY).items if i.key == "bells")
    assert bells.done and bells.detail == "Звонки заданы."


@pytest.mark.parametrize("name", ["setup_small_demo.ods", "setup_small_demo.xls"])
def test_the_workbook_saved_by_libreoffice_as_ods_or_xls_imports_as_the_xlsx_does(small_demo, deputy, fresh,
                                                                                 tmp_path, name):
    # exchange/data/setup_small_demo.*: the demo's export of DEMO_TODAY, saved by LibreOffice 7.4 in another
    # format (`soffice --headless --convert-to ods|xls`); a change to the demo regenerates them that way.
    path = tmp_path / "setup.xlsx"
    setup_workbook.export_setup(small_demo, deputy, path, today=DEMO_TODAY)
    db, admin = fresh
    data = Path(__file__).parent / "exchange" / "data" / name
    expected = setup_import.import_setup(db, admin, path, dry_run=True, today=DEMO_TODAY)
    dry = setup_import.import_setup(db, admin, data, dry_run=True, today=DEMO_TODAY)
    assert dry.ok, [p.text for p in dry.problems][:5]
    assert dry.counts == expected.counts and dry.counts["pupils"] == 72
    result = setup_import.import_setup(db, admin, data, today=DEMO_TODAY)
    assert result.ok and setup_check.checklist(db, admin, DEMO_TODAY).ready
