"""Roles of the journal's users. Rights per role come later."""

from __future__ import annotations

import enum

__all__ = ["Role"]


class Role(enum.Enum):
    """The value is stored (``account_role.role``); ``label`` is what the interface shows."""

    administrator = "administrator"
    director = "director"
    deputy = "deputy"
    teacher = "teacher"
    class_teacher = "class_teacher"
    secretary = "secretary"
    guardian = "guardian"  # родитель, законный представитель
    pupil = "pupil"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Role.administrator: "администратор ЭЖ",
    Role.director: "директор",
    Role.deputy: "заместитель директора по УР",
    Role.teacher: "учитель",
    Role.class_teacher: "классный руководитель",
    Role.secretary: "секретарь",
    Role.guardian: "родитель",
    Role.pupil: "ученик",
}
