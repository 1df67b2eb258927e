"""What the audit log records of a mark, an attendance mark and a period mark: the one shape of each
payload, for the journal's own writes and for the demo school, which writes its history in bulk."""

from __future__ import annotations

import uuid

__all__ = ["attendance", "mark", "new_attendance", "new_op", "period_mark"]


def new_op() -> str:
    """Groups the audit entries of one call, so that `undo_last` undoes the call as a whole."""
    return uuid.uuid4().hex[:16]


def mark(lesson_id: int, pupil_id: int, value: str, work_type: str, work_type_id: int, weight: float,
         comment: str, **extra) -> dict:
    return {"lesson_id": lesson_id, "pupil_id": pupil_id, "value": value, "work_type": work_type,
            "work_type_id": work_type_id, "weight": weight, "comment": comment, **extra}


def attendance(lesson_id: int, pupil_id: int, code: str, reason_note: str, **extra) -> dict:
    return {"lesson_id": lesson_id, "pupil_id": pupil_id, "code": code, "reason_note": reason_note, **extra}


def new_attendance(lesson_id: int, pupil_id: int, code: str, op: str) -> dict:
    """A new attendance mark as the teacher types it (the reason comes later, from the class teacher)."""
    return {"lesson_id": lesson_id, "pupil_id": pupil_id, "code": code, "op": op}


def period_mark(course_id: int, pupil_id: int, kind: str, period_id: int | None, value: str,
                suggested_value: str | None, **extra) -> dict:
    return {"course_id": course_id, "pupil_id": pupil_id, "kind": kind, "period_id": period_id, "value": value,
            "suggested_value": suggested_value, **extra}
