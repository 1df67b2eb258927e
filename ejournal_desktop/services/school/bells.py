"""The bell schedule (расписание звонков): each shift's lessons with their start and end (`set_bells`,
`remove_shift`), the bells of a short day (`short_bells`: shorter lessons, the breaks as usual), and the
bells a lesson goes by (`lesson_times`: its class's shift, shortened on a short day) — one rule for every
place that shows a lesson's time, so that a short day's lessons end when the school said they would.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import AcademicYear, BellSchedule, Course, ShortDay, TimetableEntry, YearStatus
from ..access import audit
from ..access.actor import Actor
from ..access.guard import require, unit
from .year import Bell, YearError

MAX_SHIFTS, MAX_LESSONS = 3, 10


def short_bells(regular: Sequence[Bell], lesson_minutes: int) -> list[Bell]:
    """A shift's bells on a short day: the first lesson starts as usual, lessons last `lesson_minutes`,
    the breaks keep their length."""
    out: list[Bell] = []
    at = None
    for i, b in enumerate(regular):
        if at is None:
            at = dt.datetime.combine(dt.date(2000, 1, 1), b.starts_at)
        else:
            prev = regular[i - 1]
            gap = (dt.datetime.combine(dt.date(2000, 1, 1), b.starts_at)
                   - dt.datetime.combine(dt.date(2000, 1, 1), prev.ends_at))
            at = at + gap
        end = at + dt.timedelta(minutes=lesson_minutes)
        out.append(Bell(b.lesson_number, at.time(), end.time()))
        at = end
    return out


def set_bells(db: Database, actor: Actor, shift: int, times: Sequence[tuple[dt.time, dt.time]]) -> list[Bell]:
    """The bell schedule of a shift (1–3): lessons 1, 2, … with their start and end, in order."""
    if not 1 <= shift <= MAX_SHIFTS:
        raise YearError(f"Смена: от 1 до {MAX_SHIFTS}, а не {shift}.")
    if not times:
        raise YearError(f"Звонки {shift}-й смены: нужен хотя бы один урок.")
    if len(times) > MAX_LESSONS:
        raise YearError(f"Звонки {shift}-й смены: не больше {MAX_LESSONS} уроков, а задано {len(times)}.")
    previous = None
    for number, (starts, ends) in enumerate(times, start=1):
        what = f"Звонки {shift}-й смены, {number}-й урок"
        if ends <= starts:
            raise YearError(f"{what}: конец {ends:%H:%M} не позже начала {starts:%H:%M}.")
        minutes = (dt.datetime.combine(dt.date.min, ends) - dt.datetime.combine(dt.date.min, starts)).seconds // 60
        if minutes > 90:
            raise YearError(f"{what}: {minutes} минут — урок не длиннее 90 минут.")
        if previous is not None and starts < previous:
            raise YearError(f"{what}: начало {starts:%H:%M} раньше конца предыдущего урока {previous:%H:%M}.")
        previous = ends
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="расписание звонков")
        if shift == 1:
            used = session.scalar(select(func.max(TimetableEntry.lesson_number)).join(
                Course, Course.id == TimetableEntry.course_id).join(
                AcademicYear, AcademicYear.id == Course.academic_year_id).where(
                AcademicYear.status == YearStatus.open))
            if used is not None and used > len(times):
                raise YearError(f"Звонки 1-й смены: в расписании есть {used}-й урок, а звонков задано "
                                f"{len(times)}. Сначала уберите эти уроки из расписания.")
        old = [{"n": b.lesson_number, "starts_at": b.starts_at, "ends_at": b.ends_at}
               for b in session.scalars(select(BellSchedule).where(BellSchedule.shift == shift)
                                        .order_by(BellSchedule.lesson_number))]
        session.execute(delete(BellSchedule).where(BellSchedule.shift == shift))
        rows = [BellSchedule(shift=shift, lesson_number=n, starts_at=s, ends_at=e)
                for n, (s, e) in enumerate(times, start=1)]
        session.add_all(rows)
        session.flush()
        audit.record(session, actor.account_id, "update", "bell_schedule", shift, old=old or None,
                     new=[{"n": r.lesson_number, "starts_at": r.starts_at, "ends_at": r.ends_at} for r in rows])
        return [Bell(r.lesson_number, r.starts_at, r.ends_at) for r in rows]


def remove_shift(db: Database, actor: Actor, shift: int) -> None:
    if shift == 1:
        raise YearError("Первую смену не удаляют: по её звонкам идут уроки.")
    with unit(db, actor) as session:
        require(actor, Action.configure_grading, detail="расписание звонков")
        rows = session.scalars(select(BellSchedule).where(BellSchedule.shift == shift)).all()
        if not rows:
            raise YearError(f"Звонков {shift}-й смены нет.")
        audit.record(session, actor.account_id, "delete", "bell_schedule", shift,
                     old=[{"n": b.lesson_number, "starts_at": b.starts_at, "ends_at": b.ends_at} for b in rows])
        session.execute(delete(BellSchedule).where(BellSchedule.shift == shift))


@dataclass(frozen=True)
class LessonTime:
    starts_at: dt.time
    ends_at: dt.time
    short: bool  # by the short day's bells

    def text(self) -> str:
        return f"{self.starts_at:%H:%M}–{self.ends_at:%H:%M}"


def lesson_times(session: Session, shift: int, start: dt.date, end: dt.date
                 ) -> Callable[[dt.date, int], LessonTime | None]:
    """(day, lesson number) → its time for the shift's lessons between start and end; None when the shift
    has no bell for that number."""
    regular = [Bell(n, s, e) for n, s, e in session.execute(
        select(BellSchedule.lesson_number, BellSchedule.starts_at, BellSchedule.ends_at)
        .where(BellSchedule.shift == shift).order_by(BellSchedule.lesson_number))]
    short = dict(session.execute(select(ShortDay.date, ShortDay.lesson_minutes)
                                 .where(ShortDay.date >= start, ShortDay.date <= end)).all())
    plain = {b.lesson_number: b for b in regular}
    shortened = {m: {b.lesson_number: b for b in short_bells(regular, m)} for m in set(short.values())}

    def at(day: dt.date, number: int) -> LessonTime | None:
        minutes = short.get(day)
        bell = (shortened[minutes] if minutes else plain).get(number)
        return LessonTime(bell.starts_at, bell.ends_at, minutes is not None) if bell else None
    return at
