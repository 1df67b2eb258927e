"""Who an account is, by name: lists and histories show «Петрова А. И.», never a login (issue 17, item 8).

One lookup for every place that names the author of a change: the staff member's short name, else the
guardian's or the pupil's, else (an account linked to nobody: the administrator made at set-up) the login.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.names import short_name
from ...storage.models import Account, Guardian, Pupil, Staff

__all__ = ["account_names"]


def account_names(session: Session, account_ids: Iterable[int | None]) -> dict[int, str]:
    """{account id: the person's short name}."""
    ids = sorted({a for a in account_ids if a is not None})
    if not ids:
        return {}
    s, g, p = Staff.__table__.alias("s"), Guardian.__table__.alias("g"), Pupil.__table__.alias("p")
    rows = session.execute(
        select(Account.id, Account.login, s.c.surname, s.c.name, s.c.patronymic, g.c.surname.label("g_surname"),
               g.c.name.label("g_name"), g.c.patronymic.label("g_patronymic"), p.c.surname.label("p_surname"),
               p.c.name.label("p_name"), p.c.patronymic.label("p_patronymic"))
        .outerjoin(s, s.c.id == Account.staff_id).outerjoin(g, g.c.id == Account.guardian_id)
        .outerjoin(p, p.c.id == Account.pupil_id).where(Account.id.in_(ids))).all()
    out = {}
    for r in rows:
        if r.surname:
            out[r.id] = short_name(r.surname, r.name, r.patronymic)
        elif r.g_surname:
            out[r.id] = short_name(r.g_surname, r.g_name, r.g_patronymic)
        elif r.p_surname:
            out[r.id] = short_name(r.p_surname, r.p_name, r.p_patronymic)
        else:
            out[r.id] = r.login
    return out
