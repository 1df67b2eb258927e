"""КТП from Excel: a messy file has each problem named by its row and writes nothing; a good file replaces the
plan and fills the lesson topics in order, keeping topics already written (small demo school, today
2026-11-27)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.timetable import thematic_plan
from ejournal_desktop.storage.models import AuditEntry, Course, Lesson, SchoolClass, Subject, ThematicPlanItem

MSK = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=MSK)


def login(db, name: str):
    return accounts.authenticate(db, name, "demo")


def music_5a(db) -> int:
    """5А music, taught by teacher09."""
    with db.session() as s:
        return s.scalar(select(Course.id).join(SchoolClass, SchoolClass.id == Course.school_class_id)
                        .join(Subject, Subject.id == Course.subject_id)
                        .where(SchoolClass.grade == 5, Subject.name == "Музыка"))


def lessons(db, course: int) -> list[tuple[int, dt.date, str]]:
    with db.session() as s:
        return [tuple(r) for r in s.execute(select(Lesson.id, Lesson.date, Lesson.topic)
                                            .where(Lesson.course_id == course).order_by(Lesson.date, Lesson.number))]


def messy_file(path) -> None:
    """As teachers' files come: a merged title, the heading on row 3 with «Количество часов» merged over
    «всего» and «контрольные», extra spaces, a section row, and three bad rows."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Календарно-тематическое планирование по музыке, 5 класс"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["  №  ", "Тема   урока", "Количество  часов", None, "Дата"])
    ws.merge_cells("C3:D3")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.append([None, None, "всего", "контрольные работы", None])
    ws.append([None, "Раздел 1. Музыка моего края", 8, None, None])                 # 5: section, skipped
    ws.append([1, "  Фольклор —  народное   творчество ", 1, None, dt.date(2026, 9, 2)])  # 6
    ws.append(["2-3", "Календарный фольклор", None, None, None])                      # 7: two hours by range
    ws.append([4, "Семейный фольклор", "два", None, None])                            # 8: bad hours
    ws.append([5, "Наш край сегодня", "0,5", None, None])                             # 9: not whole
    ws.append([6, "", 1, None, None])                                                 # 10: no topic
    ws.append([7, "Музыкальные инструменты", "2 ч", 1, None])                         # 11
    ws.append([None, "Итого", 9, None, None])                                         # 12: total, skipped
    wb.save(path)


def good_file(path, topics: list[tuple[str, int]]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["КТП"])
    ws.append(["№ п/п", "Тема", "Часы"])
    number = 1
    for topic, hours in topics:
        ws.append([number, topic, hours])
        number += hours
    wb.save(path)


def test_reading_a_messy_file_names_each_problem_by_row(tmp_path):
    path = tmp_path / "ктп.xlsx"
    messy_file(path)
    plan = thematic_plan.read_plan(path)
    assert plan.heading_rows == (3, 4)
    assert plan.columns["hours"].startswith("Количество часов") and plan.columns["topic"] == "Тема урока"
    assert [(r.row, r.topic, r.hours) for r in plan.rows] == [
        (6, "Фольклор — народное творчество", 1), (7, "Календарный фольклор", 2),
        (11, "Музыкальные инструменты", 2)]
    problems = {(p.row, p.field): p.message for p in plan.problems}
    assert set(problems) == {(8, "Количество часов"), (9, "Количество часов"), (10, "Тема урока")}
    assert "«два» — не число часов" in problems[(8, "Количество часов")]
    assert "целое число часов" in problems[(9, "Количество часов")]
    assert [row for row, _ in plan.skipped] == [5, 12]
    assert str(plan.problems[0]).startswith("лист «Sheet», строка 8: Количество часов:")


def test_a_messy_file_writes_nothing(small_demo, tmp_path):
    course = music_5a(small_demo)
    teacher = login(small_demo, "teacher09")
    path = tmp_path / "ктп.xlsx"
    messy_file(path)
    before = lessons(small_demo, course)
    preview = thematic_plan.preview(small_demo, teacher, course, path)
    assert not preview.file.ok and preview.course == "5А, Музыка"
    with pytest.raises(thematic_plan.PlanImportError, match="КТП не загружен: .* ошибки в 3 строках") as err:
        thematic_plan.import_plan(small_demo, teacher, course, path)
    assert sorted({p.row for p in err.value.problems}) == [8, 9, 10]
    with small_demo.session() as s:
        assert s.scalar(select(func.count()).select_from(ThematicPlanItem)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "thematic_plan")) == 0
    assert lessons(small_demo, course) == before


def test_a_good_plan_fills_topics_in_order_and_keeps_written_ones(small_demo, tmp_path):
    course = music_5a(small_demo)
    deputy = login(small_demo, "zavuch")
    before = lessons(small_demo, course)
    assert any(t for _, _, t in before) and any(not t for _, _, t in before)
    topics = [(f"Тема {i}", 2 if i % 5 == 0 else 1) for i in range(1, 31)]
    path = tmp_path / "music.xlsx"
    good_file(path, topics)
    result = thematic_plan.import_plan(small_demo, login(small_demo, "teacher09"), course, path)
    slots = [t for t, h in topics for _ in range(h)]
    assert (result.items, result.hours, result.replaced) == (30, len(slots), 0)
    assert [(i.topic, i.hours) for i in thematic_plan.plan_items(small_demo, deputy, course)] == topics
    entry = json_entry(small_demo, "thematic_plan")
    assert entry["items"] == 30 and entry["file"] == "music.xlsx"

    report = thematic_plan.fill_topics(small_demo, deputy, course, now=NOW)
    after = lessons(small_demo, course)
    for i, ((lid, day, old), (lid2, _d, new)) in enumerate(zip(before, after)):
        assert lid == lid2
        if old:
            assert new == old                      # a topic already written stays
        elif i < len(slots):
            assert new == slots[i]                 # the i-th hour of the plan
        else:
            assert new == ""
    assert report.kept == sum(1 for _, _, t in before[:len(slots)] if t)
    assert report.filled == sum(1 for _, _, t in before[:len(slots)] if not t)
    assert report.without_plan == max(0, len(before) - len(slots))
    assert report.unused_hours == max(0, len(slots) - len(before))
    assert "Заполнено тем уроков" in report.summary()
    # a second run finds nothing left to fill
    again = thematic_plan.fill_topics(small_demo, deputy, course, now=NOW)
    assert again.filled == 0 and again.kept == report.kept + report.filled


def test_the_teacher_fills_only_lessons_still_in_the_entry_window(small_demo, tmp_path):
    course = music_5a(small_demo)
    teacher = login(small_demo, "teacher09")
    with small_demo.session() as s, s.begin():   # two past lessons without a topic
        past = s.scalars(select(Lesson).where(Lesson.course_id == course, Lesson.date < NOW.date())
                         .order_by(Lesson.date).limit(2)).all()
        for lesson in past:
            lesson.topic = ""
    path = tmp_path / "music.xlsx"
    good_file(path, [(f"Тема {i}", 1) for i in range(1, 41)])
    thematic_plan.import_plan(small_demo, teacher, course, path)
    report = thematic_plan.fill_topics(small_demo, teacher, course, now=NOW)
    assert report.closed >= 2 and report.filled > 0
    after = {lid: (day, topic) for lid, day, topic in lessons(small_demo, course)}
    assert all(after[lesson.id][1] == "" for lesson in past)
    assert all(topic for day, topic in after.values() if day >= NOW.date())


def test_rights_the_courses_teacher_and_the_deputy_only(small_demo, tmp_path):
    course = music_5a(small_demo)
    path = tmp_path / "music.xlsx"
    good_file(path, [("Тема", 1)])
    for name in ("teacher02", "director", "admin"):
        with pytest.raises(Denied):
            thematic_plan.import_plan(small_demo, login(small_demo, name), course, path)
    thematic_plan.import_plan(small_demo, login(small_demo, "zavuch"), course, path)


def test_the_template_is_a_valid_plan_and_saves_where_asked(tmp_path):
    saved = thematic_plan.save_template(tmp_path / "шаблон")
    assert saved.name == "шаблон.xlsx" and saved.read_bytes() == thematic_plan.template_path().read_bytes()
    plan = thematic_plan.read_plan(saved)
    assert plan.ok and plan.rows and plan.skipped


def json_entry(db, entity: str) -> dict:
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id.desc())).first()
    return json.loads(entry.new)
