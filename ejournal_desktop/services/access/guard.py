"""Every use case runs in `unit(db, actor)`: one transaction with its audit records, rights
checked by `require`, and a refusal logged in the audit log after the rollback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from ...domain.rights import Action, denial_message, permits
from ...storage.database import Database
from ...storage.errors import JournalBusy
from ...storage.models import Course, Enrollment, Lesson, PupilGuardian, SchoolClass
from ..errors import Busy, Refused
from . import audit
from .actor import Actor


class Denied(Refused):
    """A right the actor lacks; logged as a `denied` audit entry with `detail`. The message shows
    `shown` instead when the detail names what the actor may not see (a pupil's name): a refusal
    must not tell who the pupil with a given number is."""

    def __init__(self, action: Action, detail: str = "", shown: str | None = None):
        super().__init__(denial_message(action, detail if shown is None else shown))
        self.action = action
        self.detail = detail


@contextmanager
def unit(db: Database, actor: Actor | None, *, read: bool = False) -> Iterator[Session]:
    """One use case: a transaction that commits with its audit records or leaves nothing.

    A write unit (the default) takes the file's write lock before it reads anything (BEGIN
    IMMEDIATE, waiting for another program's write); `read=True` for a use case that only reads:
    its transaction stays deferred, never waits for writers, and cannot write (a write in it fails
    at once with the database's own error: a bug to fix, not a user's mistake)."""
    session = db.read_session() if read else db.write_session()
    try:
        with session.begin():
            if not read:
                try:
                    session.connection()  # BEGIN IMMEDIATE now: a busy journal is refused before any work
                except JournalBusy as exc:
                    raise Busy(str(exc)) from None
            yield session
    except Denied as exc:
        session.close()
        with db.write_session() as log, log.begin():
            audit.record(log, actor.account_id if actor else None, "denied", "right", None,
                         new={"action": exc.action.value, "detail": exc.detail})
        raise
    finally:
        session.close()


def permits_action(actor: Actor, action: Action, *, own: bool = False, own_class: bool = False) -> bool:
    return permits(actor.roles, action, own=own, own_class=own_class)


def require(actor: Actor, action: Action, *, own: bool = False, own_class: bool = False,
            detail: str = "", shown: str | None = None) -> None:
    if not permits(actor.roles, action, own=own, own_class=own_class):
        raise Denied(action, detail, shown)


def pupil_shown(pupil_id: int) -> str:
    """What a refusal about a pupil shows: the number the actor gave, never the name."""
    return f"ученик № {pupil_id}"


# --- what a record is to the actor ---------------------------------------------------------------

def own_class_ids(session: Session, actor: Actor) -> set[int]:
    if actor.staff_id is None:
        return set()
    return set(session.scalars(select(SchoolClass.id).where(SchoolClass.class_teacher_id == actor.staff_id)))


def course_relation(session: Session, actor: Actor, course_id: int,
                    lesson_id: int | None = None) -> tuple[bool, bool]:
    """(own, own_class) for a course: own when the actor teaches it or gives this lesson as a
    substitute; own_class when the course belongs to the actor's own class."""
    course = session.get(Course, course_id)
    if course is None:
        raise Refused("Такой страницы журнала нет.")
    own = actor.staff_id is not None and course.teacher_id == actor.staff_id
    if not own and lesson_id is not None and actor.staff_id is not None:
        own = bool(session.scalar(select(exists().where(
            Lesson.id == lesson_id, Lesson.course_id == course_id,
            Lesson.substitute_teacher_id == actor.staff_id))))
    return own, course.school_class_id in own_class_ids(session, actor)


def pupil_relation(session: Session, actor: Actor, pupil_id: int,
                   on: dt.date | None = None) -> tuple[bool, bool]:
    """(own, own_class) for a pupil: own for the pupil and the pupil's guardians; own_class when
    the pupil is (on the date, or ever) in the actor's own class."""
    own = actor.pupil_id == pupil_id or (actor.guardian_id is not None and bool(session.scalar(
        select(exists().where(PupilGuardian.pupil_id == pupil_id,
                              PupilGuardian.guardian_id == actor.guardian_id)))))
    classes = own_class_ids(session, actor)
    own_class = False
    if classes:
        stay = [Enrollment.pupil_id == pupil_id, Enrollment.school_class_id.in_(classes)]
        if on is not None:
            stay += [Enrollment.arrived_on <= on,
                     or_(Enrollment.departed_on.is_(None), Enrollment.departed_on > on)]
        own_class = bool(session.scalar(select(exists().where(and_(*stay)))))
    return own, own_class
