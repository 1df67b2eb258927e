"""The academic calendar: years, periods, holidays and the dates lessons fall on."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "Holiday", "Period", "PeriodKind", "academic_year_bounds", "academic_year_label", "academic_year_of",
    "default_holidays", "default_periods", "lesson_dates", "lesson_slots",
]

SUNDAY = 6


class PeriodKind(enum.Enum):
    quarter = "quarter"
    trimester = "trimester"
    half_year = "half_year"

    @property
    def label(self) -> str:
        """четверть, триместр, полугодие."""
        return _KIND_LABELS[self][0]

    @property
    def count(self) -> int:
        """How many periods of this kind a year has."""
        return _KIND_LABELS[self][1]


# label, periods per year, ordinal ending agreeing with the noun's gender ("1-я четверть")
_KIND_LABELS = {
    PeriodKind.quarter: ("четверть", 4, "я"),
    PeriodKind.trimester: ("триместр", 3, "й"),
    PeriodKind.half_year: ("полугодие", 2, "е"),
}


def period_noun(kind: PeriodKind | str) -> str:
    """«четверть», «триместр», «полугодие» (a kind or its stored value)."""
    return _KIND_LABELS[PeriodKind(kind)][0]


def period_label(kind: PeriodKind | str, number: int) -> str:
    """«2-я четверть», «1-й триместр», «2-е полугодие»: the ordinal agrees with the noun."""
    noun, _, ending = _KIND_LABELS[PeriodKind(kind)]
    return f"{number}-{ending} {noun}"


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    number: int
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"{self.label}: дата окончания {self.end:%d.%m.%Y} раньше начала "
                             f"{self.start:%d.%m.%Y}")
        if not 1 <= self.number <= self.kind.count:
            raise ValueError(f"Номер периода {self.number} вне 1…{self.kind.count}")

    @property
    def label(self) -> str:
        """E.g. «2-я четверть», «1-й триместр», «2-е полугодие»."""
        return period_label(self.kind, self.number)

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class Holiday:
    name: str
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Каникулы «{self.name}»: дата окончания раньше начала")

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end


def academic_year_of(day: date) -> int:
    """The start year of the school year containing ``day`` (a year runs 1 Sept – 31 Aug)."""
    return day.year if day.month >= 9 else day.year - 1


def academic_year_label(start_year: int) -> str:
    """E.g. "2026/2027"."""
    return f"{start_year}/{start_year + 1}"


def academic_year_bounds(start_year: int) -> tuple[date, date]:
    return date(start_year, 9, 1), date(start_year + 1, 8, 31)


def _weekday_on_or_after(day: date) -> date:
    """Move a Saturday or Sunday start to the next Monday."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def _weekday_on_or_before(day: date) -> date:
    """Move a Saturday or Sunday end back to Friday."""
    return day - timedelta(days=day.weekday() - 4) if day.weekday() >= 5 else day


def _classes_end(start_year: int) -> date:
    return _weekday_on_or_before(date(start_year + 1, 5, 25))


def default_holidays(start_year: int, first_grade: bool = False) -> tuple[Holiday, ...]:
    """The usual Russian holidays of a school year; ``first_grade`` adds the February week."""
    y, n = start_year, start_year + 1
    holidays = [
        Holiday("осенние каникулы", date(y, 10, 27), date(y, 11, 4)),
        Holiday("зимние каникулы", date(y, 12, 29), date(n, 1, 11)),
        Holiday("весенние каникулы", date(n, 3, 23), date(n, 3, 31)),
    ]
    if first_grade:
        feb_15 = date(n, 2, 15)
        monday = feb_15 + timedelta(days=(7 - feb_15.weekday()) % 7)
        holidays.append(Holiday("дополнительные каникулы для 1 класса", monday, monday + timedelta(days=6)))
    holidays.append(Holiday("летние каникулы", _classes_end(y) + timedelta(days=1), date(n, 8, 31)))
    return tuple(sorted(holidays, key=lambda h: h.start))


def default_periods(start_year: int, kind: PeriodKind) -> tuple[Period, ...]:
    """The usual periods of a Russian school year; starts never fall on a weekend.

    Quarters lie between the default holidays; trimesters start 1 Sep, 1 Dec, 1 Mar; half-years
    are split by the winter holidays. Classes end about 25 May.
    """
    y, n = start_year, start_year + 1
    first, last = _weekday_on_or_after(date(y, 9, 1)), _classes_end(y)
    if kind is PeriodKind.quarter:
        breaks = default_holidays(y)[:3]  # autumn, winter, spring
        starts = [first, *(_weekday_on_or_after(h.end + timedelta(days=1)) for h in breaks)]
        ends = [*(h.start - timedelta(days=1) for h in breaks), last]
    elif kind is PeriodKind.trimester:
        starts = [first, _weekday_on_or_after(date(y, 12, 1)), _weekday_on_or_after(date(n, 3, 1))]
        ends = [s - timedelta(days=1) for s in (date(y, 12, 1), date(n, 3, 1))] + [last]
    else:
        winter = default_holidays(y)[1]
        starts = [first, _weekday_on_or_after(winter.end + timedelta(days=1))]
        ends = [winter.start - timedelta(days=1), last]
    return tuple(Period(kind, i, s, e) for i, (s, e) in enumerate(zip(starts, ends, strict=True), start=1))


def _check_weekday(weekday: int) -> None:
    if not 0 <= weekday <= 5:
        raise ValueError(f"День недели {weekday} вне 0 (понедельник) … 5 (суббота)")


def _school_days(start: date, end: date, holidays: Iterable[Holiday]) -> Iterator[date]:
    holidays = tuple(holidays)
    day = start
    while day <= end:
        if day.weekday() != SUNDAY and not any(day in h for h in holidays):
            yield day
        day += timedelta(days=1)


def lesson_dates(start: date, end: date, weekdays: Iterable[int],
                 holidays: Iterable[Holiday] = ()) -> list[date]:
    """Dates in [start, end] falling on ``weekdays`` (0 = Monday … 5 = Saturday), outside holidays."""
    wanted = set(weekdays)
    for weekday in wanted:
        _check_weekday(weekday)
    return [d for d in _school_days(start, end, holidays) if d.weekday() in wanted]


def lesson_slots(start: date, end: date, timetable: Iterable[tuple[int, int]],
                 holidays: Iterable[Holiday] = ()) -> list[tuple[date, int]]:
    """(date, lesson number) for every ``(weekday, lesson_number)`` of a weekly timetable,
    sorted by date then lesson number, outside holidays."""
    by_weekday: dict[int, set[int]] = {}
    for weekday, number in timetable:
        _check_weekday(weekday)
        if number < 0:
            raise ValueError(f"Номер урока {number} отрицательный")
        by_weekday.setdefault(weekday, set()).add(number)
    return [(d, number) for d in _school_days(start, end, holidays)
            for number in sorted(by_weekday.get(d.weekday(), ()))]
