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
from .builder import DemoReport
from .curriculum import DEMO_PASSWORD, SIZES, login_letter
from .history import MAX_YEARS, generate_history
from .year import _Builder

__all__ = ["DEMO_PASSWORD", "MAX_YEARS", "SIZES", "DemoReport", "generate", "login_letter"]


def generate(db: Database, size: str, seed: int = 1, today: dt.date | None = None, years: int = 1) -> DemoReport:
    """Fill an empty journal database with the demo school: one year in one transaction, or with
    `years` - 1 closed past years before the current one (history.py)."""
    if size not in SIZES:
        raise ValueError(f"Неизвестный размер демонстрационной школы «{size}»: "
                         f"допустимы {', '.join(SIZES)}")
    if not 1 <= years <= MAX_YEARS:
        raise ValueError(f"Число лет демонстрационной школы — от 1 до {MAX_YEARS}, указано {years}.")
    if today is None:
        today = dt.date.today()
    if years > 1:
        report = generate_history(db, size, seed, today, years)
    else:
        with db.write_session() as session, session.begin():
            if session.scalar(select(func.count()).select_from(School)):
                raise ValueError("В базе уже есть школа: демонстрационные данные создаются только в новой базе.")
            report = _Builder(session, size, seed, today).build()
    with db.session() as session:
        staff_logins = list(session.scalars(select(Account.login).where(
            Account.staff_id.is_not(None), Account.disabled.is_(False))))
    # Staff log in anywhere with `demo`, as in a school: their slots unwrap the database key.
    write_staff_slots(db, staff_logins, DEMO_PASSWORD)
    return report
