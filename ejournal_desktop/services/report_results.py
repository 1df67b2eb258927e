"""Report kinds of results: summary sheet, progress, attendance, one pupil's report, user activity."""

from __future__ import annotations

from .report_kinds import ReportKind

KINDS: list[ReportKind] = []
