"""The journal-control reports on the hand-made school of tests/control_school.py, figures worked out by hand
there and here."""

from __future__ import annotations

import printing_pdf as pdf
import pytest
from control_school import NOW, TODAY, D, local, school7, school7_template, sign_in  # noqa: F401 (fixtures)

from ejournal_desktop.printing.report_pdf import report_pdf
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.errors import Cancelled, ServiceError
from ejournal_desktop.services.journal import inspection
from ejournal_desktop.services.reports import kinds as report_kinds
from ejournal_desktop.services.reports.kinds import ReportRequest


def build(db, login: str, key: str, **request):
    return report_kinds.get(key).build(db, sign_in(db, login), ReportRequest(today=TODAY, **request))


def table(report, title: str):
    return next(t for t in report.tables() if t.title == title)


def test_control_kinds_are_registered_for_the_reports_page_and_the_cli():
    keys = [k.key for k in report_kinds.kinds()]
    assert {"accumulation", "completion", "movement", "inspection"} <= set(keys)


# --- accumulation and filling ------------------------------------------------------------------------

def test_accumulation_of_the_second_quarter_by_hand(school7):
    db, _ = school7
    report = build(db, "zavuch", "accumulation", period=2)
    t = table(report, "Заполнение журнала и накопляемость отметок по предметам")
    third, two_thirds = 100 / 3, 200 / 3
    # 5А Russian: Аксёнов 1 mark, Белова 2, Гусева 1 (Васин left for 5Б on 30.09); homework of 30.09
    # written on 01.10 — after 12:00 on 30.09 (the class's last lesson, the 2nd, ends at 10:00).
    # 5А Maths: Аксёнов 2, Белова 1, Гусева none; 01.10 without a topic, 29.09 without homework; the
    # homework of 30.09 written at 12:30 (late, the class's last lesson being Russian, the 2nd), that of
    # 01.10 at 12:59 (in time: the 3rd lesson ends at 11:00); Аксёнов's 4 of 30.09 put on 01.10 (late),
    # Белова's control work of 28.09 put on 01.10 (within its 7 days). The lesson of 05.10 is still to come.
    # 5Б Maths: Егорова and Васин, no marks; one lesson without homework.
    expected = [
        ("5А", "Русский язык", "Сидорова М. И.", 3, 0.0, pytest.approx(two_thirds), 3, 0, 0, 1, 4, 0, 0),
        ("5А", "Математика", "Петрова А. С.", 3, pytest.approx(third), pytest.approx(third), 4, 1, 1, 1, 4, 1, 0),
        ("5Б", "Математика", "Петрова А. С.", 2, 100.0, 0.0, 1, 0, 1, 0, 0, 0, 0),
    ]
    assert t.rows == expected
    assert t.totals == ("Итого", "", "", None, 37.5, 37.5, 8, 1, 2, 2, 8, 1, 0)
    by_class = table(report, "Накопляемость по классам")
    assert by_class.rows == [("5А", 6, pytest.approx(100 / 6), 50.0), ("5Б", 2, 100.0, 0.0)]
    assert report.subtitle == "вся школа · 2-я четверть (28.09.2026–09.10.2026)"
    assert report.school == "МБОУ «СОШ № 7»"


def test_a_period_mark_put_after_its_window_counts_late(school7):
    """Issue 17 item 6: the 1st quarter ended on 18.09 (no lessons: its last day counts); a period mark put
    by the teacher then is in time, one the deputy put on 02.10 is late."""
    from ejournal_desktop.services import journal
    db, ids = school7
    teacher, deputy = sign_in(db, "petrova"), sign_in(db, "zavuch")
    first = journal.periods_for(db, ids.math_5a)[0]
    assert first.end == D(2026, 9, 18)
    journal.set_period_mark(db, teacher, ids.math_5a, ids.pupils["Аксёнов"], "period", first.id, "5",
                            now=local(D(2026, 9, 18), 15))
    with pytest.raises(journal.RuleViolation, match="разрешения заместителя директора"):
        journal.set_period_mark(db, teacher, ids.math_5a, ids.pupils["Белова"], "period", first.id, "4", now=NOW)
    journal.set_period_mark(db, deputy, ids.math_5a, ids.pupils["Белова"], "period", first.id, "4", now=NOW)
    t = table(build(db, "zavuch", "accumulation", period=1), "Заполнение журнала и накопляемость отметок по предметам")
    late = {(r[0], r[1]): r[-1] for r in t.rows}
    assert late[("5А", "Математика")] == 1 and late[("5А", "Русский язык")] == 0
    assert t.totals[-1] == 1 and t.columns[-1].title == "За период позже срока"


def test_accumulation_for_a_teacher_covers_only_own_courses(school7):
    db, _ = school7
    report = build(db, "sidorova", "accumulation", period=2)
    assert [r[:2] for r in table(report, "Заполнение журнала и накопляемость отметок по предметам").rows] == [
        ("5А", "Русский язык")]
    # The class teacher of 5А: every course of the class, and her own course in 5Б.
    report = build(db, "petrova", "accumulation", period=2)
    assert len(table(report, "Заполнение журнала и накопляемость отметок по предметам").rows) == 3


def test_accumulation_of_a_month_that_has_not_begun_is_refused(school7):
    db, _ = school7
    with pytest.raises(ServiceError, match="ещё не наступили"):
        report_kinds.get("accumulation").build(db, sign_in(db, "zavuch"),
                                               ReportRequest(month=(2026, 10), today=D(2026, 9, 20)))
    with pytest.raises(ServiceError, match="не относится к учебному году"):
        build(db, "zavuch", "accumulation", month=(2027, 9))


def test_a_long_report_can_be_cancelled(school7):
    db, _ = school7
    with pytest.raises(Cancelled):
        report_kinds.get("accumulation").build(db, sign_in(db, "zavuch"), ReportRequest(today=TODAY),
                                               cancelled=lambda: True)


# --- programme completion -----------------------------------------------------------------------------

def test_completion_of_the_second_quarter_by_hand(school7):
    db, _ = school7
    report = build(db, "zavuch", "completion", period=2)
    t = table(report, "Выполнение программы по предметам")
    # Q2 has two teaching weeks, one of them gone by 02.10. Maths 5А: the plan's 20 h over the year's four
    # weeks are 5 a week: 10 for Q2, 5 by now; given 3 (01.10 has no topic). Russian: 3 h a week, no plan.
    # Maths 5Б: 4 h a week, no plan, one lesson.
    assert t.rows == [
        ("5А", "Русский язык", "Сидорова М. И.", "нет КТП: 3 ч/нед. × 1 нед.", 6.0, 3.0, 3, 0.0, 100.0),
        ("5А", "Математика", "Петрова А. С.", "КТП: 20 ч за год", 10.0, 5.0, 3, 2.0, 60.0),
        ("5Б", "Математика", "Петрова А. С.", "нет КТП: 4 ч/нед. × 1 нед.", 8.0, 4.0, 1, 3.0, 25.0),
    ]
    assert t.totals == ("Итого", "", "", "", 24.0, 12.0, 7, 5.0, pytest.approx(700 / 12))


def test_completion_for_the_year_to_date(school7):
    db, _ = school7
    t = table(build(db, "zavuch", "completion", class_label="5А"), "Выполнение программы по предметам")
    # Year: 4 weeks, 3 of them gone (Q1's two and one of Q2). Maths 5А: 20 h plan → 15 due.
    assert t.rows[1][3:] == ("КТП: 20 ч за год", 20.0, 15.0, 3, 12.0, 20.0)
    assert t.rows[0][3:] == ("нет КТП: 3 ч/нед. × 3 нед.", 12.0, 9.0, 3, 6.0, pytest.approx(100 / 3))


# --- movement of pupils ---------------------------------------------------------------------------------

def test_movement_of_the_second_quarter_by_hand(school7):
    db, _ = school7
    report = build(db, "zavuch", "movement", period=2)
    # 5А on 28.09: Аксёнов, Белова, Васин; Гусева arrives 29.09, Васин goes to 5Б on 30.09.
    # 5Б on 28.09: Дёмин, Егорова; Васин comes 30.09, Дёмин leaves (first day away 01.10).
    assert table(report, "Численность и движение по классам").rows == [
        ("5А", 3, 1, 0, 1, 1, 3), ("5Б", 2, 1, 1, 1, 0, 2)]
    assert table(report, "Численность и движение по классам").totals == ("Итого", 5, 2, 1, 2, 1, 5)
    assert table(report, "Прибыли").rows == [
        (1, "29.09.2026", "Гусева А.", "5А", "МБОУ СОШ № 3", "прибытие", "11-у")]
    assert table(report, "Выбыли").rows == [
        (1, "01.10.2026", "Дёмин О.", "5Б", "Гимназия № 2 г. Твери", "выбытие", "13-у")]
    assert table(report, "Переводы внутри школы").rows == [(1, "30.09.2026", "Васин П.", "5А", "5Б", "12-у")]


def test_movement_of_one_class_and_of_a_month(school7):
    db, _ = school7
    report = build(db, "petrova", "movement", class_label="5А", month=(2026, 9))
    # Enrolled on 01.09, before the first lesson day (07.09): the roll at the start of September.
    assert table(report, "Численность и движение по классам").rows == [("5А", 3, 1, 0, 1, 1, 3)]
    assert table(report, "Переводы внутри школы").rows == [(1, "30.09.2026", "Васин П.", "5А", "5Б", "12-у")]
    q1 = build(db, "zavuch", "movement", period=1)
    assert table(q1, "Численность и движение по классам").rows == [("5А", 3, 0, 0, 0, 0, 3), ("5Б", 2, 0, 0, 0, 0, 2)]


def test_movement_of_another_class_is_refused_to_a_class_teacher(school7):
    db, _ = school7
    with pytest.raises(Denied):
        build(db, "petrova", "movement", class_label="5Б")
    with pytest.raises(Denied):
        build(db, "sidorova", "movement")


# --- the inspection certificate ---------------------------------------------------------------------------

def test_inspection_certificate_lists_checks_remarks_and_fixes(school7):
    db, ids = school7
    deputy = sign_in(db, "zavuch")
    first = inspection.add_remark(db, deputy, ids.math_5a, "Не записаны темы уроков", inspected_on=D(2026, 9, 30),
                                  due_on=D(2026, 10, 5), now=NOW)
    inspection.add_remark(db, deputy, ids.rus_5a, "Домашнее задание внесено поздно", inspected_on=D(2026, 10, 1),
                          due_on=D(2026, 10, 1), now=NOW)
    inspection.record_check(db, deputy, ids.math_5b, D(2026, 10, 1), now=NOW)
    inspection.add_remark(db, deputy, ids.math_5b, "Проверка первой четверти", inspected_on=D(2026, 9, 18), now=NOW)
    inspection.mark_fixed(db, sign_in(db, "petrova"), first.id, now=NOW)

    report = build(db, "zavuch", "inspection", period=2)
    assert table(report, "Проверенные журналы").rows == [
        (1, "30.09.2026", "5А, Математика", "Петрова А. С.", 1, 1, 0),
        (2, "01.10.2026", "5А, Русский язык", "Сидорова М. И.", 1, 0, 1),
        (3, "01.10.2026", "5Б, Математика", "Петрова А. С.", 0, 0, 0),
    ]
    assert table(report, "Проверенные журналы").totals == ("", "Итого", "", "", 2, 1, 1)
    assert table(report, "Замечания").rows == [
        (1, "30.09.2026", "5А, Математика", "Петрова А. С.", "Не записаны темы уроков", "05.10.2026",
         f"исправлено {NOW:%d.%m.%Y}"),
        (2, "01.10.2026", "5А, Русский язык", "Сидорова М. И.", "Домашнее задание внесено поздно", "01.10.2026",
         "не исправлено, срок истёк"),
    ]
    assert "Заместитель директора по УР  ________________  / Иванова Е. В. /" in report.notes
    assert "Проверено журналов: 3; замечаний: 2, из них исправлено: 1, не исправлено: 1." in report.notes
    assert report.title == "Справка по итогам проверки электронного журнала"
    # One class's certificate; the director builds it too, a teacher not for the whole school.
    only_5b = build(db, "director", "inspection", period=2, class_label="5Б")
    assert [r[2] for r in table(only_5b, "Проверенные журналы").rows] == ["5Б, Математика"]
    # A teacher: the checks of own journals only.
    own = build(db, "sidorova", "inspection", period=2)
    assert [r[2] for r in table(own, "Проверенные журналы").rows] == ["5А, Русский язык"]


def test_the_certificate_prints_as_a_portrait_pdf_with_the_signature_line(school7):
    db, ids = school7
    inspection.add_remark(db, sign_in(db, "zavuch"), ids.rus_5a, "Домашнее задание внесено поздно", now=NOW)
    data = report_pdf(build(db, "zavuch", "inspection", month=(2026, 10)))
    text = " ".join(" ".join(pdf.page_texts(data)).split())
    assert "Справка по итогам проверки электронного журнала" in text
    assert "Домашнее задание внесено поздно" in text
    assert "/ Иванова Е. В. /" in text
    width, height = pdf.page_sizes(data)[0]
    assert height > width
