"""Subjects of the school (предметы): the starter list from the federal curriculum
(`reference.SUBJECTS`, installed by `init`), then the school's own edits.

`subject_list`, `add_subject`, `update_subject` (rename, short name, order), `move_subject`,
`set_retired` (a subject no class of an open year learns may be retired: kept for old journals,
offered for nothing new), `remove_subject` (only one nothing refers to; one with marks is refused with
the count), `add_starter_subjects` (what of the federal list is missing).

Rights: `setup_rights.require_set_up` (deputy or administrator). Each write in one transaction with its
audit record; messages Russian, naming the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.names import fold
from ...storage.database import Database
from ...storage.models import AcademicYear, Course, Lesson, Mark, PeriodMark, Subgroup, Subject, YearStatus
from ..access import audit
from ..access.actor import Actor
from ..access.guard import unit
from ..errors import ServiceError
from . import reference
from .setup_rights import require_set_up

__all__ = ["SubjectError", "SubjectRow", "add_starter_subjects", "add_subject", "move_subject",
           "remove_subject", "set_retired", "subject_list", "update_subject"]

_SPACES = re.compile(r"\s+")
NAME_LIMIT, SHORT_LIMIT = 200, 50


class SubjectError(ServiceError):
    """A subject's data is wrong, or a change would hurt what the journal holds."""


@dataclass(frozen=True)
class SubjectRow:
    id: int
    name: str
    short_name: str
    sort_order: int
    retired: bool
    courses: int      # courses of open years
    marks: int        # marks and period marks ever put in the subject

    @property
    def used(self) -> bool:
        return self.courses > 0 or self.marks > 0


def _text(value, label: str, limit: int, required: bool = True) -> str:
    text = _SPACES.sub(" ", str(value or "")).strip()
    if required and not text:
        raise SubjectError(f"{label}: поле не может быть пустым.")
    if len(text) > limit:
        raise SubjectError(f"{label}: не длиннее {limit} знаков (сейчас {len(text)}).")
    return text


def _check_unique(session: Session, name: str, own_id: int | None = None) -> None:
    for sid, other in session.execute(select(Subject.id, Subject.name)):
        if sid != own_id and fold(other) == fold(name):
            raise SubjectError(f"Предмет «{other}» уже есть в списке.")


def _counts(session: Session) -> tuple[dict[int, int], dict[int, int]]:
    courses = dict(session.execute(
        select(Course.subject_id, func.count()).join(AcademicYear, AcademicYear.id == Course.academic_year_id)
        .where(AcademicYear.status == YearStatus.open).group_by(Course.subject_id)).all())
    marks = dict(session.execute(
        select(Course.subject_id, func.count()).select_from(Mark).join(Lesson, Lesson.id == Mark.lesson_id)
        .join(Course, Course.id == Lesson.course_id).group_by(Course.subject_id)).all())
    for sid, n in session.execute(select(Course.subject_id, func.count()).select_from(PeriodMark)
                                  .join(Course, Course.id == PeriodMark.course_id).group_by(Course.subject_id)):
        marks[sid] = marks.get(sid, 0) + n
    return courses, marks


def _row(s: Subject, courses: dict[int, int], marks: dict[int, int]) -> SubjectRow:
    return SubjectRow(s.id, s.name, s.short_name, s.sort_order, bool(s.retired), courses.get(s.id, 0),
                      marks.get(s.id, 0))


def _payload(s: Subject) -> dict:
    return {"name": s.name, "short_name": s.short_name, "sort_order": s.sort_order, "retired": bool(s.retired)}


def subject_list(db: Database, actor: Actor, *, include_retired: bool = True) -> list[SubjectRow]:
    """The subjects in the order of a report card."""
    with unit(db, actor) as session:
        require_set_up(actor, "список предметов")
        courses, marks = _counts(session)
        query = select(Subject).order_by(Subject.sort_order, Subject.name)
        if not include_retired:
            query = query.where(Subject.retired.is_(False))
        return [_row(s, courses, marks) for s in session.scalars(query)]


def add_subject(db: Database, actor: Actor, name: str, short_name: str = "", sort_order: int | None = None) -> int:
    with unit(db, actor) as session:
        require_set_up(actor, "новый предмет")
        name = _text(name, "Предмет", NAME_LIMIT)
        short = _text(short_name, "Краткое название", SHORT_LIMIT, required=False) or name[:SHORT_LIMIT]
        _check_unique(session, name)
        if sort_order is None:
            sort_order = (session.scalar(select(func.max(Subject.sort_order))) or 0) + 10
        subject = Subject(name=name, short_name=short, sort_order=int(sort_order), retired=False)
        session.add(subject)
        session.flush()
        audit.record(session, actor.account_id, "create", "subject", subject.id, new=_payload(subject))
        return subject.id


def _get(session: Session, subject_id: int) -> Subject:
    subject = session.get(Subject, subject_id)
    if subject is None:
        raise SubjectError("Такого предмета нет.")
    return subject


def update_subject(db: Database, actor: Actor, subject_id: int, *, name: str | None = None,
                   short_name: str | None = None, sort_order: int | None = None) -> SubjectRow:
    """Rename, shorten, reorder. A rename keeps every journal: courses refer to the subject, not its name."""
    with unit(db, actor) as session:
        require_set_up(actor, "изменение предмета")
        subject = _get(session, subject_id)
        old = _payload(subject)
        if name is not None:
            subject.name = _text(name, "Предмет", NAME_LIMIT)
            _check_unique(session, subject.name, subject.id)
        if short_name is not None:
            subject.short_name = _text(short_name, "Краткое название", SHORT_LIMIT)
        if sort_order is not None:
            subject.sort_order = int(sort_order)
        new = _payload(subject)
        if new != old:
            audit.record(session, actor.account_id, "update", "subject", subject.id, old=old, new=new)
        courses, marks = _counts(session)
        return _row(subject, courses, marks)


def move_subject(db: Database, actor: Actor, subject_id: int, step: int) -> None:
    """Move a subject up (step −1) or down (+1) in the order; the orders are renumbered by tens."""
    with unit(db, actor) as session:
        require_set_up(actor, "порядок предметов")
        ordered = list(session.scalars(select(Subject).order_by(Subject.sort_order, Subject.name)))
        index = next((i for i, s in enumerate(ordered) if s.id == subject_id), None)
        if index is None:
            raise SubjectError("Такого предмета нет.")
        target = max(0, min(len(ordered) - 1, index + step))
        if target == index:
            return
        ordered.insert(target, ordered.pop(index))
        for number, s in enumerate(ordered, start=1):
            s.sort_order = number * 10
        audit.record(session, actor.account_id, "reorder", "subject", subject_id,
                     new={"position": target + 1})


def set_retired(db: Database, actor: Actor, subject_id: int, retired: bool = True) -> None:
    """Retire a subject no class of an open year learns (or bring it back)."""
    with unit(db, actor) as session:
        require_set_up(actor, "вывод предмета из списка")
        subject = _get(session, subject_id)
        if retired:
            courses, _marks = _counts(session)
            if courses.get(subject.id):
                raise SubjectError(f"Предмет «{subject.name}» изучается в этом году ({courses[subject.id]} "
                                   f"курс(ов) в учебном плане): сначала уберите его из учебного плана классов.")
        if bool(subject.retired) != retired:
            subject.retired = retired
            audit.record(session, actor.account_id, "retire" if retired else "restore", "subject", subject.id,
                         old={"retired": not retired}, new={"retired": retired})


def remove_subject(db: Database, actor: Actor, subject_id: int) -> None:
    """Delete a subject nothing refers to; one with marks or courses is refused with the reason."""
    with unit(db, actor) as session:
        require_set_up(actor, "удаление предмета")
        subject = _get(session, subject_id)
        _courses, marks = _counts(session)
        if marks.get(subject.id):
            raise SubjectError(f"Предмет «{subject.name}» не удалён: по нему поставлено отметок — "
                               f"{marks[subject.id]}. Журнал — документ; предмет можно только вывести из списка, "
                               f"когда его нет в учебном плане.")
        ever = session.scalar(select(func.count()).select_from(Course).where(Course.subject_id == subject.id))
        if ever:
            raise SubjectError(f"Предмет «{subject.name}» не удалён: он есть в учебной нагрузке ({ever} курс(ов)). "
                               f"Уберите его из учебного плана классов или выведите из списка.")
        if session.scalar(select(func.count()).select_from(Subgroup).where(Subgroup.subject_id == subject.id)):
            raise SubjectError(f"Предмет «{subject.name}» не удалён: по нему есть подгруппы классов.")
        old = _payload(subject)
        session.delete(subject)
        audit.record(session, actor.account_id, "delete", "subject", subject_id, old=old)


def add_starter_subjects(db: Database, actor: Actor) -> list[str]:
    """Add the subjects of the federal curriculum that are missing (by name); returns their names."""
    with unit(db, actor) as session:
        require_set_up(actor, "стартовый список предметов")
        have = {fold(n) for n in session.scalars(select(Subject.name))}
        top = session.scalar(select(func.max(Subject.sort_order))) or 0
        added = []
        for name, short in reference.SUBJECTS:
            if fold(name) in have:
                continue
            top += 10
            subject = Subject(name=name, short_name=short, sort_order=top, retired=False)
            session.add(subject)
            session.flush()
            audit.record(session, actor.account_id, "create", "subject", subject.id, new=_payload(subject))
            added.append(name)
        return added
