"""When a record may go into the journal: the regulation's rules for teachers (section 4).

Each rule is one function that returns None when the entry is allowed, or a Russian message
saying why not. The journal service refuses by calling them; the grid greys a cell by asking
the same functions. Dates are the school's local dates (`today` is the local date of "now").

Where the regulation is silent the choices are:

- the entry window of a lesson ends at the end of its day, or ``window_days`` later (a school
  setting), or ``work_type_days`` later for a work type that needs checking (written works) —
  whichever is the longest;
- after the window a new mark is refused (no marks «постфактум»); a change or removal of an
  existing mark becomes a correction request with a written reason, decided by the deputy;
- inside the window a teacher fixes a mark freely only for ``fix_minutes`` after it was typed (a
  mechanical slip, 4.2 к; setting mark_fix_minutes, 15 by default, None: the whole window), and only
  a mark the teacher typed; later, and another's mark, only by a correction request. The deputy
  (school-wide) is not bound by it;
- attendance follows the lesson's window (no work type extends it);
- a lesson's topic, homework and work kind may be entered ahead (planning, homework a week in
  advance), and for a past lesson until its window closes;
- a period mark goes in on or after the last lesson of the period (the year mark, exam and final
  marks: of the year), by a teacher only on that day or within the period-mark window after it
  (`period_mark_days`: the entry window, or longer by the setting); later only the deputy puts it,
  and such a mark counts as late in the filling report (`period_mark_late`);
- after a pupil's year mark is set, the teacher can no longer change that pupil's records in
  the course (marks, attendance, period and year marks); once every pupil of the course has a
  year mark, the lessons themselves (topics, homework) are closed too. Exam and final marks come
  after the year mark and stay open until the final mark is set;
- a course closed by the administrator (4.2 г) refuses every edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "ASK_DEPUTY",
    "CORRECTION_REQUEST",
    "OPEN",
    "LessonCell",
    "LessonCellFacts",
    "PeriodCellFacts",
    "Verdict",
    "attendance_not_yet_held",
    "attendance_window_closed",
    "change_needs_correction",
    "correction_not_needed",
    "correction_not_needed_now",
    "correction_reason_missing",
    "course_closed_by_year_marks",
    "course_has_no_marks",
    "course_locked",
    "entry_deadline",
    "final_mark_set",
    "lesson_cell",
    "lesson_details",
    "lesson_details_window_closed",
    "mark_cell_closed",
    "mark_change",
    "mark_fix_expired",
    "period_mark_days",
    "period_mark_late",
    "mark_not_yet_held",
    "mark_window_closed",
    "period_cell",
    "period_mark_too_early",
    "period_mark_too_late",
    "pupil_not_in_course",
    "year_closed",
    "year_mark_set",
]


def _d(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def entry_deadline(lesson_date: dt.date, window_days: int = 0, work_type_days: int = 0) -> dt.date:
    """The last local date on which entries for the lesson may be made."""
    if window_days < 0 or work_type_days < 0:
        raise ValueError("Срок внесения записей не может быть отрицательным")
    return lesson_date + dt.timedelta(days=max(window_days, work_type_days))


# --- lessons in the future ------------------------------------------------------------------------

def mark_not_yet_held(lesson_date: dt.date, today: dt.date) -> str | None:
    """«Запрещается … предварительное выставление отметок»: no marks on a lesson still to come."""
    if lesson_date > today:
        return f"Нельзя ставить отметку на урок, который ещё не прошёл ({_d(lesson_date)})"
    return None


def attendance_not_yet_held(lesson_date: dt.date, today: dt.date) -> str | None:
    if lesson_date > today:
        return f"Нельзя отмечать отсутствие на уроке, который ещё не прошёл ({_d(lesson_date)})"
    return None


# --- the entry window --------------------------------------------------------------------------------

def mark_window_closed(lesson_date: dt.date, today: dt.date, window_days: int = 0,
                       work_type_days: int = 0) -> str | None:
    """A new mark after the lesson's window is a mark «постфактум» and is refused."""
    deadline = entry_deadline(lesson_date, window_days, work_type_days)
    if today > deadline:
        return (f"Срок выставления отметок за урок {_d(lesson_date)} истёк {_d(deadline)}: "
                f"выставление отметок постфактум запрещено")
    return None


def mark_cell_closed(lesson_date: dt.date, today: dt.date, window_days: int = 0,
                     work_type_days: int = 0) -> str | None:
    """Whether a new mark may go into a cell of the lesson now (what the grid greys)."""
    return (mark_not_yet_held(lesson_date, today)
            or mark_window_closed(lesson_date, today, window_days, work_type_days))


def change_needs_correction(lesson_date: dt.date, today: dt.date, window_days: int = 0,
                            work_type_days: int = 0) -> str | None:
    """After the window a mark is changed or removed only by a correction request."""
    deadline = entry_deadline(lesson_date, window_days, work_type_days)
    if today > deadline:
        return (f"Срок исправления отметок за урок {_d(lesson_date)} истёк {_d(deadline)}: "
                f"изменить или удалить отметку можно только по заявке на исправление с объяснительной, "
                f"с разрешения заместителя директора")
    return None


def correction_not_needed(lesson_date: dt.date, today: dt.date, window_days: int = 0,
                          work_type_days: int = 0) -> str | None:
    """Inside the window the teacher corrects the mark directly: no request is made."""
    deadline = entry_deadline(lesson_date, window_days, work_type_days)
    if today <= deadline:
        return (f"Отметку за урок {_d(lesson_date)} можно исправить самостоятельно до {_d(deadline)} "
                f"включительно: заявка на исправление не нужна")
    return None


def _minutes(n: int) -> str:
    return f"{n} мин"


def mark_fix_expired(typed_at: dt.datetime, now: dt.datetime, fix_minutes: int | None, own: bool) -> str | None:
    """4.2 к: a teacher fixes a mark freely only shortly after typing it (a mechanical slip), and only
    a mark of their own; otherwise by a correction request. ``fix_minutes`` None: the whole window."""
    tail = "только по заявке на исправление с объяснительной, с разрешения заместителя директора"
    if not own:
        return "Отметку выставил другой учитель: изменить или удалить её можно " + tail
    if fix_minutes is None:
        return None
    until = typed_at + dt.timedelta(minutes=fix_minutes)
    if now > until:
        return (f"Отметка выставлена {typed_at.astimezone():%d.%m.%Y в %H:%M}; сразу исправить её можно было до "
                f"{until.astimezone():%H:%M} ({_minutes(fix_minutes)} после ввода). Теперь — " + tail)
    return None


def correction_not_needed_now(fixable: bool, lesson_date: dt.date) -> str | None:
    """No request for a mark the teacher may still fix in the cell (the per-cell rule's `changes`)."""
    if fixable:
        return (f"Отметку за урок {_d(lesson_date)} можно исправить самостоятельно прямо в клетке журнала: "
                f"заявка на исправление не нужна")
    return None


def correction_reason_missing(reason: str) -> str | None:
    if not reason or not reason.strip():
        return "Укажите причину исправления отметки (объяснительную)"
    return None


def attendance_window_closed(lesson_date: dt.date, today: dt.date, window_days: int = 0) -> str | None:
    """Absences are recorded on the day of the lesson (or within the school's window)."""
    deadline = entry_deadline(lesson_date, window_days)
    if today > deadline:
        return (f"Срок отметки посещаемости за урок {_d(lesson_date)} истёк {_d(deadline)}: "
                f"причины отсутствия указывает классный руководитель или заместитель директора")
    return None


def lesson_details_window_closed(lesson_date: dt.date, today: dt.date, window_days: int = 0) -> str | None:
    """Topic, homework and work kind: ahead of time freely, for a past lesson within its window."""
    deadline = entry_deadline(lesson_date, window_days)
    if today > deadline:
        return (f"Срок заполнения урока {_d(lesson_date)} истёк {_d(deadline)}: "
                f"изменения вносит заместитель директора")
    return None


# --- period marks -----------------------------------------------------------------------------------

def period_mark_too_early(last_lesson_date: dt.date, today: dt.date, what: str = "за период") -> str | None:
    """«Отметки за итоговый период … выставляются на последнем уроке»."""
    if today < last_lesson_date:
        return (f"Отметку {what} можно выставить не раньше последнего урока ({_d(last_lesson_date)})")
    return None


def year_mark_set(is_set: bool) -> str | None:
    """Teachers do not edit the journal after the year mark (regulation, section 4)."""
    if is_set:
        return ("Годовая отметка уже выставлена: учитель больше не может изменять записи этого ученика "
                "по предмету")
    return None


def final_mark_set(is_set: bool) -> str | None:
    if is_set:
        return "Итоговая отметка уже выставлена: изменения вносит заместитель директора"
    return None


def course_closed_by_year_marks(all_set: bool) -> str | None:
    if all_set:
        return ("Годовые отметки выставлены всем ученикам: учитель больше не может изменять эту "
                "страницу журнала")
    return None


# --- the course and the pupil -----------------------------------------------------------------------

def course_locked(locked: bool) -> str | None:
    """4.2 г: the administrator closes access to a subject page."""
    if locked:
        return "Доступ к этой странице журнала закрыт администратором: изменения невозможны"
    return None


def course_has_no_marks(has_marks: bool) -> str | None:
    if not has_marks:
        return "По этому занятию отметки не ставятся"
    return None


def pupil_not_in_course(on: dt.date, stays: Iterable[tuple[dt.date, dt.date | None]]) -> str | None:
    """Whether the pupil belonged to the course on the date; ``stays`` are (first day, last day)."""
    for first, last in stays:
        if first <= on and (last is None or on <= last):
            return None
    return f"Ученик не числился в списке класса (группы) на {_d(on)}"


def year_closed(closed: bool, label: str = "") -> str | None:
    if closed:
        page = f"журнал «{label}»" if label else "журнал"
        return f"Учебный год закрыт: {page} доступен только для просмотра и печати."
    return None


def period_mark_days(setting_days: int, window_days: int) -> int | None:
    """The period-mark window after the last lesson: the entry window, or the setting when longer
    (period_mark_window_days; -1: no limit, None)."""
    return None if setting_days < 0 else max(setting_days, window_days)


def period_mark_late(last_lesson_date: dt.date, entered_on: dt.date, late_days: int | None) -> bool:
    """Whether a period mark entered on `entered_on` came after its window (the filling report counts it)."""
    return late_days is not None and entered_on > last_lesson_date + dt.timedelta(days=late_days)


def period_mark_too_late(last_lesson_date: dt.date, today: dt.date, late_days: int | None,
                         what: str = "за период") -> str | None:
    """A period mark goes in on the last lesson day or within ``late_days`` after it (None: any time)."""
    if late_days is None:
        return None
    deadline = last_lesson_date + dt.timedelta(days=late_days)
    if period_mark_late(last_lesson_date, today, late_days):
        return (f"Срок выставления отметки {what} истёк {_d(deadline)}: выставить её можно только с "
                f"разрешения заместителя директора")
    return None


# --- the one per-cell rule: what the grid greys and the services refuse -------------------------------

CORRECTION_REQUEST = "correction_request"   # «Создать заявку на исправление» (a mark past its window)
ASK_DEPUTY = "ask_deputy"                   # only the deputy can make the entry now


@dataclass(frozen=True)
class Verdict:
    """May the actor make this entry now; if not, why (Russian) and what to do instead."""

    allowed: bool
    reason: str | None = None
    action: str | None = None
    past_window: bool = False        # refused only because the entry window has closed

    @staticmethod
    def refuse(reason: str, action: str | None = None, past_window: bool = False) -> Verdict:
        return Verdict(False, reason, action, past_window)


OPEN = Verdict(True)


@dataclass(frozen=True)
class LessonCellFacts:
    """What decides a lesson cell (one pupil on one lesson), as the grid and the services know it."""

    lesson_date: dt.date
    today: dt.date
    window_days: int                 # the school's entry window (setting entry_window_days)
    work_type_days: int              # the work type's own window (written works are checked longer)
    may_edit: bool                   # the actor's right on this lesson (own course, substitute, school-wide)
    school_wide: bool                # a school-wide editor (the deputy): no year-mark lock, no attendance window
    year_closed: bool
    locked: bool                     # the administrator closed the page (4.2 г)
    has_marks: bool                  # the course puts marks at all
    stays: tuple[tuple[dt.date, dt.date | None], ...]  # the pupil in the course: (first day, last day)
    year_mark_set: bool              # the pupil's year mark in the course
    cell_has_marks: bool = False     # marks already in the cell: past the window they need a request
    label: str = ""                  # the page («5А Математика») for the closed-year message
    now: dt.datetime | None = None   # for the fix time of the cell's marks (None: not asked)
    fix_minutes: int | None = None   # setting mark_fix_minutes (None: the whole window)
    typed: tuple[tuple[dt.datetime, bool], ...] = ()  # the cell's marks: (typed at, typed by the actor)


@dataclass(frozen=True)
class LessonCell:
    marks: Verdict                   # may a new mark go in
    attendance: Verdict
    changes: Verdict = Verdict(True)  # may the cell's marks be changed or removed directly

    @property
    def open(self) -> bool:
        """The cell takes some entry (a mark or an attendance code)."""
        return self.marks.allowed or self.attendance.allowed

    @property
    def reason(self) -> str | None:
        """Why the cell takes nothing (None when it takes something)."""
        return None if self.open else self.marks.reason or self.attendance.reason

    @property
    def action(self) -> str | None:
        return None if self.open else self.marks.action or self.attendance.action


_NOT_YOURS = "Страница журнала открыта только для просмотра"


def lesson_cell(f: LessonCellFacts) -> LessonCell:
    """The one rule of a lesson cell: may a new mark go in, may attendance be recorded."""
    common = (year_closed(f.year_closed, f.label) or course_locked(f.locked)
              or (None if f.may_edit else _NOT_YOURS))
    if common:
        closed = Verdict.refuse(common)
        return LessonCell(closed, closed, closed)
    roll = pupil_not_in_course(f.lesson_date, f.stays)
    year = None if f.school_wide else year_mark_set(f.year_mark_set)
    # marks
    reason = (course_has_no_marks(f.has_marks) or mark_not_yet_held(f.lesson_date, f.today) or roll or year)
    if reason:
        marks = Verdict.refuse(reason)
    else:
        late = mark_window_closed(f.lesson_date, f.today, f.window_days, f.work_type_days)
        marks = OPEN if late is None else Verdict.refuse(
            late, CORRECTION_REQUEST if f.cell_has_marks else None, past_window=True)
    # attendance
    reason = (attendance_not_yet_held(f.lesson_date, f.today) or roll or year
              or (None if f.school_wide else attendance_window_closed(f.lesson_date, f.today, f.window_days)))
    attendance = OPEN if reason is None else Verdict.refuse(reason)
    return LessonCell(marks, attendance, mark_change(f, marks, f.typed))


def mark_change(f: LessonCellFacts, marks: Verdict, typed: Iterable[tuple[dt.datetime, bool]]) -> Verdict:
    """May these marks of the cell ((typed at, by the actor) each) be changed or removed directly:
    past the window, after the fix time, or another's mark, only by a correction request.
    ``marks`` is the cell's verdict for a new mark."""
    if not marks.allowed:
        if not marks.past_window:
            return marks
        late = change_needs_correction(f.lesson_date, f.today, f.window_days, f.work_type_days)
        return Verdict.refuse(late, CORRECTION_REQUEST, past_window=True)
    if f.school_wide or f.now is None:
        return OPEN
    for typed_at, own in typed:
        reason = mark_fix_expired(typed_at, f.now, f.fix_minutes, own)
        if reason:
            return Verdict.refuse(reason, CORRECTION_REQUEST)
    return OPEN


@dataclass(frozen=True)
class PeriodCellFacts:
    """What decides a period, year, exam or final mark of one pupil."""

    kind: str                        # period, year, exam, final
    what: str                        # «за 2-ю четверть», «за год»…
    last_lesson_date: dt.date        # of the period (of the year for year, exam and final marks)
    today: dt.date
    may_edit: bool
    school_wide: bool
    year_closed: bool
    locked: bool
    has_marks: bool
    on_roll: bool                    # the pupil was in the course during the period
    year_mark_set: bool
    final_mark_set: bool
    late_days: int | None = None     # the period-mark window after the last lesson (None: no limit)
    label: str = ""


def period_cell(f: PeriodCellFacts) -> Verdict:
    reason = (year_closed(f.year_closed, f.label) or course_locked(f.locked)
              or (None if f.may_edit else _NOT_YOURS) or course_has_no_marks(f.has_marks)
              or (None if f.on_roll else "Ученик не числился в списке класса (группы) в этот период")
              or period_mark_too_early(f.last_lesson_date, f.today, f.what))
    if reason:
        return Verdict.refuse(reason)
    if not f.school_wide:
        if f.kind in ("period", "year"):
            reason = year_mark_set(f.year_mark_set)
        else:
            reason = final_mark_set(f.final_mark_set)
        if reason:
            return Verdict.refuse(reason, ASK_DEPUTY)
        late = period_mark_too_late(f.last_lesson_date, f.today, f.late_days, f.what)
        if late:
            return Verdict.refuse(late, ASK_DEPUTY)
    return OPEN


def lesson_details(lesson_date: dt.date, today: dt.date, window_days: int, may_edit: bool, school_wide: bool,
                   closed_year: bool, locked: bool, all_year_marks: bool, label: str = "") -> Verdict:
    """Topic, homework and work kind of a lesson: what the lesson panel shows read-only, and the
    services refuse, by the same answer."""
    reason = (year_closed(closed_year, label) or course_locked(locked) or (None if may_edit else _NOT_YOURS))
    if not reason and not school_wide:
        reason = (lesson_details_window_closed(lesson_date, today, window_days)
                  or course_closed_by_year_marks(all_year_marks))
    return OPEN if reason is None else Verdict.refuse(reason, None if school_wide else ASK_DEPUTY)
