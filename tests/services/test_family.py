"""Parents and pupils: their own diary and their own conversations, nobody else's."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.services.access.guard import Denied
from ejournal_desktop.services.families import diary, messages
from ejournal_desktop.storage.models import AuditEntry

# Each test runs on the encrypted file and on PostgreSQL (tests/conftest.py).
pytestmark = pytest.mark.both_backends

NOW = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 11, 25)
Q1 = (dt.date(2026, 9, 1), dt.date(2026, 10, 26))


def login(db, name):
    return accounts.authenticate(db, name, "demo", NOW)


def pupil_of(db, login_name):
    with db.engine.connect() as c:
        return c.execute(text("SELECT pupil_id FROM account WHERE login = :l"), {"l": login_name}).scalar()


def test_parent_sees_own_childs_week_and_results(small_demo):
    parent = login(small_demo, "parent-5a-01")
    (child,) = [c for c in diary.children(small_demo, parent) if c.class_label == "5А"][:1]
    assert child.pupil_id == pupil_of(small_demo, "pupil-5a-01")
    week = diary.week(small_demo, parent, child.pupil_id, DAY)
    assert week and all(dt.date(2026, 11, 23) <= l.date <= dt.date(2026, 11, 28) for l in week)
    assert any(l.homework for l in week) and any(l.topic for l in week)
    results = diary.results(small_demo, parent, child.pupil_id, *Q1)
    maths = next(r for r in results if r.subject == "Математика")
    assert maths.marks and maths.average is not None and 1 <= maths.average <= 5
    assert maths.period_marks.get(1) in {"2", "3", "4", "5"}


def test_diary_matches_the_journal(small_demo):
    """What the parent sees is what the teacher's grid holds."""
    parent = login(small_demo, "parent-5a-01")
    pupil = diary.children(small_demo, parent)[0].pupil_id
    zavuch = login(small_demo, "zavuch")
    course = next(c for c in journal.courses_for(small_demo, zavuch) if c.class_label == "5А"
                  and c.subject == "Математика")
    period = journal.periods_for(small_demo, course.id)[0]
    grid = journal.load_grid(small_demo, zavuch, course.id, period.id, now=NOW)
    row = next(r for r in grid.rows if r.pupil_id == pupil)
    grid_marks = sorted(m.value for cells in row.marks.values() for m in cells)
    maths = next(r for r in diary.results(small_demo, parent, pupil, period.start, period.end)
                 if r.subject == "Математика")
    assert sorted(m.value for m in maths.marks) == grid_marks
    assert maths.average == pytest.approx(row.average)


@pytest.mark.parametrize("who", ["parent-5a-01", "pupil-5a-01"])
def test_another_childs_data_is_refused_through_every_call(small_demo, who):
    actor = login(small_demo, who)
    other = pupil_of(small_demo, "pupil-5a-02")
    zavuch = login(small_demo, "zavuch")
    course = next(c for c in journal.courses_for(small_demo, zavuch) if c.class_label == "5А")
    period = journal.periods_for(small_demo, course.id)[0]
    calls = [
        lambda: diary.week(small_demo, actor, other, DAY),
        lambda: diary.results(small_demo, actor, other, *Q1),
        lambda: journal.load_grid(small_demo, actor, course.id, period.id, now=NOW),
        lambda: accounts.list_accounts(small_demo, actor),
        lambda: messages.parent_logins(small_demo, actor, 1, 2026, 11),
    ]
    for call in calls:
        with pytest.raises(Denied):
            call()
    assert journal.courses_for(small_demo, actor) == []
    assert pupil_of(small_demo, "pupil-5a-02") not in {c.pupil_id for c in diary.children(small_demo, actor)}


def test_parent_writes_to_the_class_teacher_who_answers(small_demo):
    parent = login(small_demo, "parent-5a-01")
    options = messages.recipients(small_demo, parent)
    class_teacher = next(r for r in options if r.why.startswith("классный руководитель 5А"))
    assert any(r.why == "учитель: Математика" for r in options)
    assert all(r.why != "сотрудник" for r in options)  # not the whole staff
    thread = messages.start_thread(small_demo, parent, [class_teacher.account_id], "Справка",
                                   "Ребёнок болел, справку принесём в понедельник.", now=NOW)
    with small_demo.engine.connect() as c:
        ct_login = c.execute(text("SELECT login FROM account WHERE id = :i"), {"i": class_teacher.account_id}).scalar()
    teacher = login(small_demo, ct_login)
    assert messages.unread_count(small_demo, teacher) == 1
    shown = messages.read_thread(small_demo, teacher, thread, now=NOW)
    assert shown[0].body.startswith("Ребёнок болел") and not shown[0].mine
    assert messages.unread_count(small_demo, teacher) == 0
    messages.reply(small_demo, teacher, thread, "Спасибо, выздоравливайте!", now=NOW + dt.timedelta(hours=1))
    assert messages.unread_count(small_demo, parent) == 1
    assert [m.mine for m in messages.read_thread(small_demo, parent, thread)] == [True, False]
    with small_demo.session() as s:  # the audit log knows who wrote, never what
        sends = s.scalars(select(AuditEntry).where(AuditEntry.entity == "message")).all()
    assert len(sends) == 2 and not any("болел" in (e.new or "") for e in sends)


def test_nobody_else_reads_a_conversation(small_demo):
    parent = login(small_demo, "parent-5a-01")
    to = messages.recipients(small_demo, parent)[0].account_id
    thread = messages.start_thread(small_demo, parent, [to], "Вопрос", "Когда контрольная?", now=NOW)
    for outsider in ("parent-5a-02", "pupil-5a-01", "teacher07", "zavuch", "director"):
        with pytest.raises(Denied):
            messages.read_thread(small_demo, login(small_demo, outsider), thread)
        with pytest.raises(Denied):
            messages.reply(small_demo, login(small_demo, outsider), thread, "…")
    # The administration only with a written, audited reason.
    director = login(small_demo, "director")
    with pytest.raises(messages.MessageError, match="причину"):
        messages.inspect_thread(small_demo, director, thread, "  ")
    assert messages.inspect_thread(small_demo, director, thread, "жалоба родителя")[0].body == "Когда контрольная?"
    with pytest.raises(Denied):
        messages.inspect_thread(small_demo, login(small_demo, "teacher07"), thread, "любопытство")
    with small_demo.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "inspect")).one()
    assert "жалоба" in entry.new and entry.account_id == director.account_id


def test_parent_cannot_write_to_a_stranger(small_demo):
    parent = login(small_demo, "parent-5a-01")
    with small_demo.engine.connect() as c:
        admin_id = c.execute(text("SELECT id FROM account WHERE login = 'admin'")).scalar()
    with pytest.raises(Denied):
        messages.start_thread(small_demo, parent, [admin_id], "?", "Здравствуйте", now=NOW)
    with pytest.raises(messages.MessageError, match="пустое"):
        messages.start_thread(small_demo, parent, [messages.recipients(small_demo, parent)[0].account_id], "", " ")


def test_class_teacher_announces_to_all_parents_and_sees_who_logged_in(small_demo):
    with small_demo.engine.connect() as c:
        ct_login, class_id = c.execute(text(
            "SELECT a.login, sc.id FROM account a JOIN school_class sc ON sc.class_teacher_id = a.staff_id "
            "WHERE sc.grade = 5")).first()
    teacher = login(small_demo, ct_login)
    thread = messages.announce(small_demo, teacher, class_id, "Собрание", "Родительское собрание в четверг в 18:00.",
                               now=NOW)
    parent = login(small_demo, "parent-5a-01")
    assert any(t.id == thread and t.unread == 1 for t in messages.threads(small_demo, parent))
    with pytest.raises(Denied):
        messages.announce(small_demo, login(small_demo, "teacher07"), class_id, "x", "y")
    report = messages.parent_logins(small_demo, teacher, class_id, 2026, 11)
    assert any(p.login == "parent-5a-01" and p.logged_in_this_month for p in report)
    assert any(not p.logged_in_this_month for p in report)
