"""The timetable area: the weekly timetable (расписание), the lessons generated from it, courses and
subgroups (учебная нагрузка), the thematic plan.

The weekly timetable, one subject a module (the names below are re-exported: callers write
`timetable.week(...)`):
- `weeks`: a class's, a teacher's or a room's week on a date, with bell times and the conflicts it shows
  (`week`, `conflicts`, `choices`, `class_courses`); every member of staff may read it.
- `slots`: the deputy or the administrator (`Action.edit_timetable`) puts a course, or subgroup courses
  side by side, into a class's slot from a date (`set_slot`).
- `generation`: the lessons of the school days from a date (never before today) to a date
  (`generate_lessons`); lessons with marks or attendance are never touched.
- `substitution`: a day's lessons of a class or a teacher, for `journal.set_substitute` (`lessons_on`).
- `lookups`: a class or a member of staff by what the command line was given.
- `sheets`: plain data for printing.timetable_sheet, written as PDF or .xlsx (`timetable_book`, `export`).
- `model`: the plain data all of them return.

Beside them: `courses` (courses beyond the plain class lesson), `subgroups` (splitting a class for a
subject), `thematic_plan`. Every write is audited in its own single transaction (`guard.unit`).
"""

from __future__ import annotations

from .generation import generate_lessons
from .lookups import class_id_by_label, staff_id_by_name
from .model import (
    VIEWS,
    Choices,
    CourseChoice,
    DayLesson,
    GenerationReport,
    KeptLesson,
    SlotCourse,
    SlotResult,
    TimetableError,
    Week,
)
from .sheets import export, timetable_book
from .slots import set_slot
from .substitution import lessons_on
from .weeks import choices, class_courses, conflicts, week

__all__ = [
    "Choices", "CourseChoice", "DayLesson", "GenerationReport", "KeptLesson", "SlotCourse", "SlotResult",
    "TimetableError", "VIEWS", "Week",
    "choices", "class_courses", "class_id_by_label", "conflicts", "export", "generate_lessons", "lessons_on",
    "set_slot", "staff_id_by_name", "timetable_book", "week",
]
