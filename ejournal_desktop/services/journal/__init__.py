"""The journal's use cases: a teacher's daily work on a class-subject page, under the regulation's rules.

Every call takes the acting user, checks the right (`guard.require` with `course_relation` /
`pupil_relation`), applies the rules of `domain.entry_rules`, writes, and appends the audit entries
in one transaction (`guard.unit`). Calls that depend on the clock take ``now`` (an aware datetime;
default: the real clock); the rules compare the school's local dates (``now.astimezone().date()``).

Reads for the grid use SQLAlchemy Core rows on the tables, never ORM objects, and return plain
dataclasses: the page of a class of 35 with 60 lessons loads in a few milliseconds.

Who is bound by which rule (the regulation is silent on some; see `domain.entry_rules`):

- every editor, the deputy too: no marks or attendance on a lesson still to come; a new mark only
  inside the lesson's entry window; a change or removal after the window only through a correction
  request decided by the deputy; a locked course refuses all edits; marks only for pupils who
  belonged to the course on the lesson's date;
- teachers (rights of scope `own`), not the deputy (scope `school`): the attendance and lesson
  window (the deputy fixes past attendance and topics, there being no correction procedure for
  them), and the year-mark lock (per pupil; per course for lessons once every pupil has a year mark).

`put_marks` takes the whole content of a cell for one work type: «5 4» on a cell that held «5»
keeps the 5 and adds a 4; «4» changes the 5 into a 4; an empty text removes the marks of that type.

The package's modules, by what they own: `model` (errors, the plain data returned), `course` (a course
and its lessons as the rules see them: loading, rights, who belongs when, the per-cell rule, periods,
locks), `pages`, `grid`, `marks`, `attendance`, `undo`, `corrections`, `lessons`, `period_marks`,
`entry` (one typed cell: marks and attendance in one transaction), `inspection` (the deputy's checks).
"""

from __future__ import annotations

from .attendance import record_absence_reason, set_attendance
from .corrections import corrections, decide_correction, mark_history, request_correction
from .course import cell_rule, cell_rules
from .grid import load_grid
from .lessons import set_substitute, staff_for_substitution, update_lesson
from .marks import put_marks, remove_mark
from .model import (
    Changes,
    Conflict,
    CorrectionInfo,
    CorrectionRequired,
    CourseInfo,
    GridColumn,
    GridData,
    GridRow,
    HistoryEntry,
    InvalidEntry,
    JournalError,
    MarkCell,
    NotFound,
    PeriodInfo,
    RuleViolation,
    StaffInfo,
    WorkTypeInfo,
)
from .pages import courses_for, periods_for, periods_on
from .period_marks import period_cell_rule, period_mark_what, set_course_locked, set_period_mark
from .undo import undo_last

__all__ = [
    "Changes", "Conflict", "CorrectionInfo", "CorrectionRequired", "CourseInfo", "GridColumn", "GridData", "GridRow",
    "HistoryEntry", "InvalidEntry", "JournalError", "MarkCell", "NotFound", "PeriodInfo", "RuleViolation",
    "StaffInfo", "WorkTypeInfo",
    "cell_rule", "cell_rules", "corrections", "courses_for", "decide_correction", "load_grid", "mark_history",
    "period_cell_rule", "period_mark_what", "periods_for", "periods_on", "put_marks", "record_absence_reason", "remove_mark", "request_correction", "set_attendance",
    "set_course_locked", "set_period_mark", "set_substitute", "staff_for_substitution", "undo_last",
    "update_lesson",
]
