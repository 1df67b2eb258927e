"""Journal inspection (regulation 7.2–7.4): the deputy's remarks, the teacher's fixes, who may do what."""

from __future__ import annotations

import json

import pytest
from control_school import NOW, TODAY, D, local, school7, school7_template, sign_in  # noqa: F401 (fixtures)
from sqlalchemy import func, select

from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.journal import inspection
from ejournal_desktop.storage.models import AuditEntry, JournalRemark


def remark_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(JournalRemark))


def audit_of(db, remark_id: int) -> list[tuple[str, dict]]:
    with db.session() as s:
        return [(e.action, json.loads(e.new)) for e in s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "journal_remark", AuditEntry.entity_id == remark_id).order_by(AuditEntry.id))]


def test_deputy_adds_a_remark_the_teacher_sees_it_and_marks_it_fixed(school7):
    db, ids = school7
    deputy, teacher = sign_in(db, "zavuch"), sign_in(db, "petrova")
    added = inspection.add_remark(db, deputy, ids.math_5a, "  Не записаны темы уроков 01.10  ", due_on=D(2026, 10, 7),
                                  now=NOW)
    assert (added.text, added.inspected_on, added.created_by, added.fixed) == (
        "Не записаны темы уроков 01.10", TODAY, "Иванова Е. В.", False)

    seen = inspection.course_remarks(db, teacher, ids.math_5a)
    assert [r.text for r in seen.remarks] == ["Не записаны темы уроков 01.10"]
    assert (seen.can_add, seen.can_fix, seen.title) == (False, True, "5А, Математика")
    assert [r.id for r in inspection.remarks(db, teacher, open_only=True)] == [added.id]

    fixed = inspection.mark_fixed(db, teacher, added.id, now=local(D(2026, 10, 3), 9))
    assert fixed.fixed and fixed.fixed_by == "Петрова А. С."
    assert inspection.remarks(db, deputy, open_only=True) == []
    assert [a for a, _ in audit_of(db, added.id)] == ["create", "update"]
    assert audit_of(db, added.id)[0][1]["text"] == "Не записаны темы уроков 01.10"

    # Marked twice: refused, with who and when.
    with pytest.raises(inspection.InspectionError, match="уже отмечено исправленным 03.10.2026"):
        inspection.mark_fixed(db, teacher, added.id, now=NOW)
    # The deputy finds it not fixed after all and reopens it.
    inspection.reopen_remark(db, deputy, added.id, now=NOW)
    assert [r.id for r in inspection.remarks(db, deputy, open_only=True)] == [added.id]


def test_teacher_of_another_course_may_not_fix_and_a_teacher_may_not_add(school7):
    db, ids = school7
    deputy = sign_in(db, "zavuch")
    remark = inspection.add_remark(db, deputy, ids.math_5a, "Нет отметок у Гусевой", now=NOW)
    other = sign_in(db, "sidorova")
    with pytest.raises(Denied):
        inspection.mark_fixed(db, other, remark.id, now=NOW)
    with pytest.raises(Denied):
        inspection.course_remarks(db, other, ids.math_5a)
    with pytest.raises(Denied):
        inspection.add_remark(db, sign_in(db, "petrova"), ids.math_5a, "Сама себе замечание", now=NOW)
    # The director reads every remark but neither writes nor fixes.
    director = sign_in(db, "director")
    assert [r.id for r in inspection.remarks(db, director)] == [remark.id]
    with pytest.raises(Denied):
        inspection.add_remark(db, director, ids.rus_5a, "Замечание директора", now=NOW)
    with pytest.raises(Denied):
        inspection.mark_fixed(db, director, remark.id, now=NOW)
    assert remark_count(db) == 1
    # A teacher lists the remarks of own courses only.
    inspection.add_remark(db, deputy, ids.rus_5a, "Д/з внесено поздно", now=NOW)
    assert [r.course_title for r in inspection.remarks(db, other)] == ["5А, Русский язык"]
    assert inspection.open_count(db, other) == 1 and inspection.open_count(db, deputy) == 2


@pytest.mark.parametrize("text, kwargs, message", [
    ("   ", {}, "Напишите текст замечания"),
    ("x" * (inspection.TEXT_LIMIT + 1), {}, "длиннее"),
    ("Темы", {"inspected_on": D(2026, 10, 3)}, "ещё не наступила"),
    ("Темы", {"inspected_on": D(2026, 10, 1), "due_on": D(2026, 9, 30)}, "Срок исправления 30.09.2026 раньше"),
])
def test_bad_remarks_are_refused_and_nothing_is_written(school7, text, kwargs, message):
    db, ids = school7
    with pytest.raises(inspection.InspectionError, match=message):
        inspection.add_remark(db, sign_in(db, "zavuch"), ids.math_5a, text, now=NOW, **kwargs)
    assert remark_count(db) == 0


def test_a_check_without_remarks_is_recorded_for_the_certificate(school7):
    db, ids = school7
    inspection.record_check(db, sign_in(db, "zavuch"), ids.math_5b, now=NOW)
    with db.session() as s:
        assert [(c.course_id, c.inspected_on) for c in inspection.checks(s, D(2026, 9, 28), D(2026, 10, 9))] == [
            (ids.math_5b, TODAY)]
        assert inspection.checks(s, D(2026, 9, 1), D(2026, 9, 27)) == []
    with pytest.raises(Denied):
        inspection.record_check(db, sign_in(db, "petrova"), ids.math_5b, now=NOW)
