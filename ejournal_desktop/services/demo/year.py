"""The demo school's first (or only) year, built from nothing: the builder's steps in order."""

from __future__ import annotations

import datetime as dt

from ..school.reference import WORK_TYPES, install_reference_data
from .builder import DemoReport, _Base
from .marks import _Marks
from .people import _People
from .staffing import _Staffing


class _Builder(_Base, _People, _Staffing, _Marks):
    # the build --------------------------------------------------------------------------------------

    def build(self) -> DemoReport:
        self.ref = install_reference_data(self.session)
        self.subject_ids = self.ref.subjects
        self.wt_ids = self.ref.work_types
        self.wt_weight = {w.code: w.weight for w in WORK_TYPES}
        self.wt_name = {w.code: w.name for w in WORK_TYPES}
        self.wt_days = {w.code: w.entry_days for w in WORK_TYPES}
        self.setup_day = dt.date(self.start_year, 8, 28)

        self._school_and_year()
        self._classes_and_pupils()
        self._staff_and_courses()
        self._timetable()
        self._rows_people()
        self._movements()
        self._accounts()
        self._enrollments()
        self._lessons_and_marks()
        self._period_marks()
        self._audit()
        return self.report

