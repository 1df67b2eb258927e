"""The demo school: an invented Russian school with a year of journal entries up to `today`.

Everything comes from ``random.Random(seed)`` and ``today``: two runs with the same arguments write
identical rows (ids, timestamps, hashes). The school is written as if it had been entered through the
program: each mark, absence, topic, period mark and enrollment has its audit-log entry, by the
teacher or secretary who entered it, at the time it was entered (the lesson's afternoon).

Bulk rows go through SQLAlchemy Core ``insert()`` with lists of dicts (executemany) with ids assigned
here, in the caller's single transaction: the large school (44 classes, ~1,100 pupils) takes seconds,
not minutes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, insert, select  # noqa: F401 (insert: tests swap the fast path for it)

from ...storage.database import Database
from ...storage.models import Account, School
from ..access.accounts import write_staff_slots
from ..school.reference import WORK_TYPES, install_reference_data
from .builder import DemoReport, _Base
from .curriculum import DEMO_PASSWORD, SIZES, login_letter
from .marks import _Marks
from .people import _People
from .staffing import _Staffing

__all__ = ["DEMO_PASSWORD", "SIZES", "DemoReport", "generate", "login_letter"]


def generate(db: Database, size: str, seed: int = 1, today: dt.date | None = None) -> DemoReport:
    """Fill an empty journal database with the demo school, in one transaction."""
    if size not in SIZES:
        raise ValueError(f"Неизвестный размер демонстрационной школы «{size}»: "
                         f"допустимы {', '.join(SIZES)}")
    if today is None:
        today = dt.date.today()
    with db.write_session() as session, session.begin():
        if session.scalar(select(func.count()).select_from(School)):
            raise ValueError("В базе уже есть школа: демонстрационные данные создаются только в новой базе.")
        report = _Builder(session, size, seed, today).build()
        staff_logins = list(session.scalars(select(Account.login).where(Account.staff_id.is_not(None))))
    # Staff log in anywhere with `demo`, as in a school: their slots unwrap the database key.
    write_staff_slots(db, staff_logins, DEMO_PASSWORD)
    return report



class _Builder(_Base, _People, _Staffing, _Marks):
    # the build --------------------------------------------------------------------------------------

    def build(self) -> DemoReport:
        self.ref = install_reference_data(self.session)
        self.subject_ids = self.ref.subjects
        self.wt_ids = self.ref.work_types
        self.wt_weight = {w.code: w.weight for w in WORK_TYPES}
        self.wt_name = {w.code: w.name for w in WORK_TYPES}
        self.wt_days = {w.code: w.entry_days for w in WORK_TYPES}
        self.setup_day = dt.date(self.start_year, 8, 28)

        self._school_and_year()
        self._classes_and_pupils()
        self._staff_and_courses()
        self._timetable()
        self._rows_people()
        self._movements()
        self._accounts()
        self._enrollments()
        self._lessons_and_marks()
        self._period_marks()
        self._audit()
        return self.report

