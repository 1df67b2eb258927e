"""Report kinds of journal control: mark accumulation and filling, programme completion, movement of pupils, journal inspection."""

from __future__ import annotations

from .report_kinds import ReportKind

KINDS: list[ReportKind] = []
