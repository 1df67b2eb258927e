"""The bells a lesson goes by: its class's shift, shortened on a short day (сокращённый день, set on
«Учебный год»). One rule for every place that shows a lesson's time, so that a short day's lessons end
when the school said they would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import BellSchedule, ShortDay
from .year import Bell, short_bells

__all__ = ["LessonTime", "lesson_times"]


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
