"""People are shown by name, never by login (issue 17, item 8): the corrections list and a mark's history
name the teacher and the deputy as «Фамилия И. О.»."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from ejournal_desktop.domain.names import short_name
from ejournal_desktop.services import journal
from ejournal_desktop.services.access import accounts
from ejournal_desktop.storage.models import Account, Course, Lesson, Mark, Staff, WorkType

pytestmark = pytest.mark.file_only
NOW = dt.datetime(2026, 11, 27, 12, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def staff_name(db, account_id: int) -> str:
    with db.session() as s:
        st = s.execute(select(Staff).join(Account, Account.staff_id == Staff.id)
                       .where(Account.id == account_id)).scalar_one()
        return short_name(st.surname, st.name, st.patronymic)


def old_mark(db) -> tuple[int, str, int]:
    """A two-week-old «answer» mark of 5А's Russian: (id, value, its teacher's account)."""
    with db.session() as s:
        return s.execute(select(Mark.id, Mark.value, Account.id)
                         .join(Lesson, Lesson.id == Mark.lesson_id).join(Course, Course.id == Lesson.course_id)
                         .join(Account, Account.staff_id == Course.teacher_id)
                         .join(WorkType, WorkType.id == Mark.work_type_id)
                         .where(Lesson.date == dt.date(2026, 11, 13), WorkType.code == "answer",
                                Lesson.substitute_teacher_id.is_(None))
                         .order_by(Mark.id).limit(1)).one()


def test_corrections_and_the_mark_history_name_people(small_demo):
    deputy = accounts.authenticate(small_demo, "zavuch", "demo")
    mark_id, value, teacher_account = old_mark(small_demo)
    with small_demo.session() as s:
        logins = set(s.scalars(select(Account.login)))
        teacher_login = s.get(Account, teacher_account).login
    teacher = accounts.authenticate(small_demo, teacher_login, "demo")
    journal.request_correction(small_demo, teacher, mark_id, "5" if value != "5" else "4", "описка", now=NOW)
    request = next(c for c in journal.corrections(small_demo, deputy) if c.mark_id == mark_id)
    journal.decide_correction(small_demo, deputy, request.id, True, now=NOW)
    shown = next(c for c in journal.corrections(small_demo, deputy) if c.id == request.id)
    assert shown.requested_by == staff_name(small_demo, teacher_account)
    assert shown.decided_by == staff_name(small_demo, deputy.account_id)
    assert shown.requested_by not in logins and shown.decided_by not in logins
    history = journal.mark_history(small_demo, deputy, mark_id)
    assert history and all(h.who and h.who not in logins for h in history)
    assert {staff_name(small_demo, teacher_account), staff_name(small_demo, deputy.account_id)} <= {
        h.who for h in history}
