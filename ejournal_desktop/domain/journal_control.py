"""Rules of journal control (regulation 3.5, 4.2, 5.2, 7.2–7.3): when an entry counts as late, how
much of the programme is due by a date, and how a class's roll moves over a period.

Pure functions over dates and plain values; the reports of services.reports.control call them.

Where the regulation is silent the choices are:

- homework is on time when written at any moment before the lesson («за неделю до урока») or on the
  lesson's day no later than ``HOMEWORK_GRACE`` (2 hours) after the end of the class's last lesson
  that day; without a bell schedule for that lesson, until the end of the day. Every entry or change
  of the homework counts («внесение или обновление»);
- a current mark is late when put after the lesson's day («в графе того дня, когда проведён урок»);
  a written work's mark may come within its work type's checking days («в сроки, предусмотренные
  нормами проверки письменных работ»);
- the programme due by a date: a thematic plan's hours spread evenly over the year's teaching weeks,
  or, without a plan, the course's hours per week times the teaching weeks; a teaching week is five
  school days outside the holidays (Monday to Friday);
- the movement of a class over [start, end]: the roll at the start is who was in the class on the
  start day, the roll at the end who was in it on the end day; a stay that begins on or before the first
  day of the academic year belongs to the roll at the start (promotion, admission), any later beginning
  in the dates is an arrival; a stay that ends (the first day away) after the start and up to the end
  is a departure. A stay that never had a day (arrival and departure on one date) is ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "HOMEWORK_GRACE", "Completion", "MovementCounts", "Stay", "homework_deadline", "homework_late",
    "mark_late", "movement_counts", "stay_arrives", "stay_moves", "programme_completion", "teaching_weeks",
]

HOMEWORK_GRACE = dt.timedelta(hours=2)
_DAY = dt.timedelta(days=1)


# --- lateness ----------------------------------------------------------------------------------------

def homework_deadline(lesson_date: dt.date, last_lesson_end: dt.time | None,
                      grace: dt.timedelta = HOMEWORK_GRACE) -> dt.datetime:
    """The last local moment (naive) at which a lesson's homework may be written or changed: the end
    of the class's last lesson that day plus ``grace``, or the end of the day when unknown."""
    if last_lesson_end is None:
        return dt.datetime.combine(lesson_date + _DAY, dt.time()) - dt.timedelta(microseconds=1)
    return dt.datetime.combine(lesson_date, last_lesson_end) + grace


def homework_late(entries: Iterable[dt.datetime], deadline: dt.datetime) -> bool:
    """Whether any entry of the homework (local naive moments) came after the deadline."""
    return any(at > deadline for at in entries)


def mark_late(lesson_date: dt.date, entered_on: dt.date, work_type_days: int = 0) -> bool:
    """A current mark put (local date) after the lesson's day, or, for a written work, after its
    checking days."""
    if work_type_days < 0:
        raise ValueError("Срок проверки работы не может быть отрицательным")
    return entered_on > lesson_date + dt.timedelta(days=work_type_days)


# --- the programme -----------------------------------------------------------------------------------

def teaching_weeks(start: dt.date, end: dt.date, holidays: Iterable[tuple[dt.date, dt.date]] = ()) -> float:
    """School weeks in [start, end]: weekdays (Monday–Friday) outside the holidays, divided by five."""
    if end < start:
        return 0.0
    spans = tuple(holidays)
    days = 0
    day = start
    while day <= end:
        if day.weekday() < 5 and not any(first <= day <= last for first, last in spans):
            days += 1
        day += _DAY
    return days / 5


@dataclass(frozen=True)
class Completion:
    """A course's programme over some dates, in academic hours (one lesson is one hour)."""

    from_plan: bool            # planned by the thematic plan (КТП); else hours per week × weeks
    planned: float             # for the whole dates
    planned_to_date: float     # for the dates up to the day the report is made
    given: int                 # lessons given up to that day

    @property
    def lag(self) -> float:
        """Hours behind the plan to date (0 when on time or ahead)."""
        return max(0.0, round(self.planned_to_date - self.given, 1))

    @property
    def percent(self) -> float | None:
        """Given as a share of the plan to date (None when nothing was due yet)."""
        return 100.0 * self.given / self.planned_to_date if self.planned_to_date > 0 else None


def programme_completion(given: int, weeks: float, weeks_to_date: float, *, hours_per_week: float,
                         plan_hours: float | None = None, year_weeks: float | None = None) -> Completion:
    """The programme due over dates of ``weeks`` teaching weeks, ``weeks_to_date`` of them elapsed.

    With a thematic plan (``plan_hours`` for the year, spread over ``year_weeks``) the rate is
    plan_hours / year_weeks per week; without one it is ``hours_per_week``.
    """
    if weeks_to_date > weeks + 1e-9:
        raise ValueError("Прошедших недель больше, чем недель в периоде")
    if plan_hours is not None:
        if not year_weeks:
            raise ValueError("Для плана по КТП нужно число учебных недель года")
        rate = plan_hours / year_weeks
    else:
        rate = hours_per_week
    return Completion(plan_hours is not None, round(rate * weeks, 1), round(rate * weeks_to_date, 1), given)


# --- movement of pupils ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Stay:
    """A pupil's stay in a class: the first day in it and the first day away (None: still there)."""

    arrived_on: dt.date
    departed_on: dt.date | None = None


@dataclass(frozen=True)
class MovementCounts:
    at_start: int
    arrived: int
    departed: int
    at_end: int


def _present(stay: Stay, day: dt.date) -> bool:
    return stay.arrived_on <= day and (stay.departed_on is None or stay.departed_on > day)


def stay_arrives(stay: Stay, start: dt.date, end: dt.date, year_start: dt.date) -> bool:
    """Whether the stay's beginning is an arrival within [start, end]."""
    return start <= stay.arrived_on <= end and stay.arrived_on > year_start


def stay_moves(stay: Stay, start: dt.date, end: dt.date, year_start: dt.date) -> tuple[bool, bool]:
    """(arrives, departs): whether the stay begins by an arrival in [start, end], and whether it ends (its
    first day away) in (start, end] after being in the class on the start day or arriving in the dates."""
    if stay.departed_on is not None and stay.departed_on <= stay.arrived_on:
        return False, False
    arrives = stay_arrives(stay, start, end, year_start)
    departs = (stay.departed_on is not None and start < stay.departed_on <= end
               and (arrives or _present(stay, start)))
    return arrives, departs


def movement_counts(stays: Iterable[Stay], start: dt.date, end: dt.date, year_start: dt.date) -> MovementCounts:
    """The roll at the start and the end of [start, end] and the arrivals and departures between;
    at_start + arrived − departed == at_end."""
    at_start = arrived = departed = at_end = 0
    for stay in stays:
        if stay.departed_on is not None and stay.departed_on <= stay.arrived_on:
            continue
        arrives, departs = stay_moves(stay, start, end, year_start)
        if not arrives and (stay.arrived_on < start or stay.arrived_on <= year_start) and _present(stay, start):
            at_start += 1
        arrived += arrives
        departed += departs
        at_end += _present(stay, end)
    return MovementCounts(at_start, arrived, departed, at_end)
