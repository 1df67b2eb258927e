"""Messages between the school and families (regulation 3.3, 3.6, 4.1 в).

A parent writes to the class teacher or a subject teacher of own child; a pupil to own teachers;
teachers answer; the class teacher announces to all parents of the class. Only the participants
of a conversation read it; the administration reads one only through `inspect_thread`, which asks
for a reason and is audited. The audit log keeps who wrote to whom and when, never the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...domain.names import full_name
from ...domain.rights import Action
from ...storage.database import Database
from ...storage.models import (
    Account,
    Course,
    Enrollment,
    Guardian,
    Message,
    MessageThread,
    Pupil,
    PupilGuardian,
    SchoolClass,
    Staff,
    SubgroupMember,
    Subject,
    ThreadParticipant,
    utcnow,
)
from ..access import audit, guard
from ..access.actor import Actor
from ..errors import ServiceError

MAX_LENGTH = 5000


class MessageError(ServiceError):
    pass


@dataclass(frozen=True)
class Recipient:
    account_id: int
    name: str
    why: str  # «классный руководитель 5А», «учитель: Математика»
    class_teacher: bool = False  # a family's first choice: the new message goes here unless they pick another


@dataclass(frozen=True)
class ThreadInfo:
    id: int
    subject: str
    with_whom: str
    last_at: dt.datetime
    unread: int


@dataclass(frozen=True)
class MessageInfo:
    id: int
    sender: str
    mine: bool
    body: str
    sent_at: dt.datetime


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or utcnow()


def _account_name(session: Session, account_id: int) -> str:
    a = session.get(Account, account_id)
    for model, pid in ((Staff, a.staff_id), (Pupil, a.pupil_id), (Guardian, a.guardian_id)):
        if pid is not None:
            p = session.get(model, pid)
            return full_name(p.surname, p.name, p.patronymic)
    return a.login


def _current_classes(session: Session, pupil_ids: list[int]) -> dict[int, int]:
    """pupil → class now (the latest stay without a departure)."""
    rows = session.execute(select(Enrollment.pupil_id, Enrollment.school_class_id).where(
        Enrollment.pupil_id.in_(pupil_ids), Enrollment.departed_on.is_(None))).all()
    return dict(rows)


def _teachers_of(session: Session, pupil_id: int, class_id: int) -> list[tuple[int, str]]:
    """(staff id, subject) of the pupil's courses: class courses, own subgroups, individual."""
    groups = set(session.scalars(select(SubgroupMember.subgroup_id).where(SubgroupMember.pupil_id == pupil_id)))
    rows = session.execute(select(Course.teacher_id, Subject.name, Course.subgroup_id, Course.pupil_id)
                           .join(Subject, Subject.id == Course.subject_id)
                           .where(or_(Course.school_class_id == class_id, Course.pupil_id == pupil_id))).all()
    return [(t, s) for t, s, sg, p in rows if (sg is None or sg in groups) and (p is None or p == pupil_id)]


def _family_pupils(actor: Actor, session: Session) -> list[int]:
    if actor.pupil_id is not None:
        return [actor.pupil_id]
    if actor.guardian_id is not None:
        return list(session.scalars(select(PupilGuardian.pupil_id)
                                    .where(PupilGuardian.guardian_id == actor.guardian_id)))
    return []


def _staff_accounts(session: Session, staff_ids: set[int]) -> dict[int, int]:
    rows = session.execute(select(Account.staff_id, Account.id).where(
        Account.staff_id.in_(staff_ids), Account.disabled.is_(False))).all()
    return dict(rows)


def recipients(db: Database, actor: Actor) -> list[Recipient]:
    """Whom the actor may write to."""
    with guard.unit(db, actor, read=True) as session:
        return _recipients(session, actor)


def _recipients(session: Session, actor: Actor) -> list[Recipient]:
    guard.require(actor, Action.send_message, own=True)
    out: dict[int, Recipient] = {}
    family = _family_pupils(actor, session)
    if family:
        classes = _current_classes(session, family)
        for pupil_id, class_id in classes.items():
            school_class = session.get(SchoolClass, class_id)
            wanted: dict[int, str] = {}
            if school_class.class_teacher_id:
                wanted[school_class.class_teacher_id] = f"классный руководитель {school_class.label}"
            for staff_id, subject in _teachers_of(session, pupil_id, class_id):
                wanted.setdefault(staff_id, f"учитель: {subject}")
            for staff_id, account_id in _staff_accounts(session, set(wanted)).items():
                out.setdefault(account_id, Recipient(account_id, _account_name(session, account_id), wanted[staff_id],
                                                     staff_id == school_class.class_teacher_id))
        # the class teacher first: a parent's new message goes there by default
        return sorted(out.values(), key=lambda r: (not r.class_teacher, r.name))
    # Staff: the families of their pupils (own courses, own class) and colleagues.
    pupils: set[int] = set()
    if actor.staff_id is not None:
        own_courses = session.execute(select(Course.school_class_id, Course.subgroup_id).where(
            Course.teacher_id == actor.staff_id)).all()
        class_ids = {c for c, sg in own_courses if c is not None and sg is None} | guard.own_class_ids(session, actor)
        subgroup_ids = {sg for _c, sg in own_courses if sg is not None}
        pupils |= set(session.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id.in_(class_ids), Enrollment.departed_on.is_(None))))
        pupils |= set(session.scalars(select(SubgroupMember.pupil_id).where(
            SubgroupMember.subgroup_id.in_(subgroup_ids))))
    if pupils:
        for account_id, pupil_id in session.execute(select(Account.id, Account.pupil_id).where(
                Account.pupil_id.in_(pupils), Account.disabled.is_(False))):
            out[account_id] = Recipient(account_id, _account_name(session, account_id), "ученик")
        for account_id, pupil_id in session.execute(
                select(Account.id, PupilGuardian.pupil_id).join(
                    PupilGuardian, PupilGuardian.guardian_id == Account.guardian_id)
                .where(PupilGuardian.pupil_id.in_(pupils), Account.disabled.is_(False))):
            p = session.get(Pupil, pupil_id)
            out.setdefault(account_id, Recipient(account_id, _account_name(session, account_id),
                                                 f"родитель: {p.surname} {p.name}"))
    for account_id in session.scalars(select(Account.id).where(
            Account.staff_id.is_not(None), Account.disabled.is_(False), Account.id != actor.account_id)):
        out.setdefault(account_id, Recipient(account_id, _account_name(session, account_id), "сотрудник"))
    return sorted(out.values(), key=lambda r: (r.why == "сотрудник", r.name))


def _check_text(subject: str, body: str) -> tuple[str, str]:
    subject, body = subject.strip(), body.strip()
    if not body:
        raise MessageError("Сообщение пустое: напишите текст.")
    if len(body) > MAX_LENGTH:
        raise MessageError(f"Сообщение длиннее {MAX_LENGTH} символов: сократите его.")
    return subject or body.splitlines()[0][:80], body


def start_thread(db: Database, actor: Actor, recipient_ids: list[int], subject: str, body: str,
                 now: dt.datetime | None = None) -> int:
    """A new conversation with one or more people the actor may write to; returns its id."""
    subject, body = _check_text(subject, body)
    now = _now(now)
    with guard.unit(db, actor) as session:
        allowed = {r.account_id for r in _recipients(session, actor)}
        wrong = [r for r in recipient_ids if r not in allowed]
        if wrong or not recipient_ids:
            raise guard.Denied(Action.send_message, "этому адресату писать нельзя")
        thread = MessageThread(subject=subject, created_at=now)
        session.add(thread)
        session.flush()
        session.add(ThreadParticipant(thread_id=thread.id, account_id=actor.account_id, last_read_at=now))
        session.add_all(ThreadParticipant(thread_id=thread.id, account_id=r) for r in set(recipient_ids))
        message = Message(thread_id=thread.id, sender_id=actor.account_id, body=body, sent_at=now)
        session.add(message)
        session.flush()
        audit.record(session, actor.account_id, "send", "message", message.id, at=now,
                     new={"thread_id": thread.id, "to": sorted(set(recipient_ids)), "length": len(body)})
        return thread.id


def announce(db: Database, actor: Actor, class_id: int, subject: str, body: str,
             now: dt.datetime | None = None) -> int:
    """An announcement from the class teacher (or the deputy) to all parents of a class."""
    subject, body = _check_text(subject, body)
    now = _now(now)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.edit_pupil_data, own_class=class_id in guard.own_class_ids(session, actor),
                      detail="объявление родителям класса")
        pupils = list(session.scalars(select(Enrollment.pupil_id).where(
            Enrollment.school_class_id == class_id, Enrollment.departed_on.is_(None))))
        parents = set(session.scalars(select(Account.id).join(
            PupilGuardian, PupilGuardian.guardian_id == Account.guardian_id).where(
            PupilGuardian.pupil_id.in_(pupils), Account.disabled.is_(False))))
        if not parents:
            raise MessageError("У родителей этого класса ещё нет учётных записей.")
        thread = MessageThread(subject=subject, created_at=now)
        session.add(thread)
        session.flush()
        session.add(ThreadParticipant(thread_id=thread.id, account_id=actor.account_id, last_read_at=now))
        session.add_all(ThreadParticipant(thread_id=thread.id, account_id=a) for a in parents)
        message = Message(thread_id=thread.id, sender_id=actor.account_id, body=body, sent_at=now)
        session.add(message)
        session.flush()
        audit.record(session, actor.account_id, "announce", "message", message.id, at=now,
                     new={"thread_id": thread.id, "class_id": class_id, "to": len(parents)})
        return thread.id


def _participant(session: Session, actor: Actor, thread_id: int) -> ThreadParticipant:
    row = session.get(ThreadParticipant, (thread_id, actor.account_id))
    if row is None:
        raise guard.Denied(Action.send_message, "чужая переписка")
    return row


def reply(db: Database, actor: Actor, thread_id: int, body: str, now: dt.datetime | None = None) -> int:
    _subject, body = _check_text("-", body)
    now = _now(now)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.send_message, own=True)
        me = _participant(session, actor, thread_id)
        message = Message(thread_id=thread_id, sender_id=actor.account_id, body=body, sent_at=now)
        session.add(message)
        session.flush()
        me.last_read_at = now
        audit.record(session, actor.account_id, "send", "message", message.id, at=now,
                     new={"thread_id": thread_id, "length": len(body)})
        return message.id


def threads(db: Database, actor: Actor) -> list[ThreadInfo]:
    """The actor's conversations, newest first, with unread counts."""
    with guard.unit(db, actor, read=True) as session:
        mine = session.execute(select(ThreadParticipant.thread_id, ThreadParticipant.last_read_at).where(
            ThreadParticipant.account_id == actor.account_id)).all()
        out = []
        for thread_id, last_read in mine:
            thread = session.get(MessageThread, thread_id)
            last_at = session.scalar(select(func.max(Message.sent_at)).where(Message.thread_id == thread_id))
            unread = session.scalar(select(func.count()).select_from(Message).where(
                Message.thread_id == thread_id, Message.sender_id != actor.account_id,
                Message.sent_at > (last_read or dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc))))
            others = session.scalars(select(ThreadParticipant.account_id).where(
                ThreadParticipant.thread_id == thread_id, ThreadParticipant.account_id != actor.account_id)).all()
            names = [_account_name(session, a) for a in others[:3]]
            with_whom = ", ".join(names) + (f" и ещё {len(others) - 3}" if len(others) > 3 else "")
            out.append(ThreadInfo(thread_id, thread.subject, with_whom, last_at or thread.created_at, unread))
        return sorted(out, key=lambda t: t.last_at, reverse=True)


def unread_count(db: Database, actor: Actor) -> int:
    return sum(t.unread for t in threads(db, actor))


def read_thread(db: Database, actor: Actor, thread_id: int, now: dt.datetime | None = None) -> list[MessageInfo]:
    """A conversation's messages, for its participants only; marks it read."""
    with guard.unit(db, actor) as session:
        me = _participant(session, actor, thread_id)
        me.last_read_at = _now(now)
        return _messages(session, actor, thread_id)


def _messages(session: Session, actor: Actor, thread_id: int) -> list[MessageInfo]:
    rows = session.execute(select(Message).where(Message.thread_id == thread_id).order_by(Message.sent_at,
                                                                                           Message.id)).scalars()
    return [MessageInfo(m.id, _account_name(session, m.sender_id), m.sender_id == actor.account_id, m.body,
                        m.sent_at) for m in rows]


def inspect_thread(db: Database, actor: Actor, thread_id: int, reason: str,
                   now: dt.datetime | None = None) -> list[MessageInfo]:
    """The administration reads a conversation it is not part of: only with a written reason, and
    the reading is recorded in the audit log."""
    if not reason.strip():
        raise MessageError("Укажите причину, по которой администрация читает чужую переписку.")
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.view_audit, detail="чтение чужой переписки")
        if session.get(MessageThread, thread_id) is None:
            raise MessageError("Такой переписки нет.")
        audit.record(session, actor.account_id, "inspect", "message_thread", thread_id, at=_now(now),
                     new={"reason": reason.strip()})
        return _messages(session, actor, thread_id)


@dataclass(frozen=True)
class ParentLogin:
    name: str
    login: str
    pupil: str
    last_login_at: dt.datetime | None
    logged_in_this_month: bool


def parent_logins(db: Database, actor: Actor, class_id: int, year: int, month: int) -> list[ParentLogin]:
    """Which parents of a class have logged in during a month (the class teacher's monitoring)."""
    from ...storage.models import AuditEntry
    first = dt.datetime(year, month, 1).astimezone()
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    with guard.unit(db, actor) as session:
        guard.require(actor, Action.view_class_list, own_class=class_id in guard.own_class_ids(session, actor),
                      detail="вход родителей класса")
        pupils = session.execute(select(Pupil).join(Enrollment, Enrollment.pupil_id == Pupil.id).where(
            Enrollment.school_class_id == class_id, Enrollment.departed_on.is_(None))).scalars().all()
        out = []
        for pupil in pupils:
            for account in session.scalars(select(Account).join(
                    PupilGuardian, PupilGuardian.guardian_id == Account.guardian_id).where(
                    PupilGuardian.pupil_id == pupil.id)):
                logged = session.scalar(select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.account_id == account.id, AuditEntry.action == "login",
                    AuditEntry.at >= first.astimezone(dt.timezone.utc),
                    AuditEntry.at < following.astimezone(dt.timezone.utc)))
                out.append(ParentLogin(_account_name(session, account.id), account.login,
                                       f"{pupil.surname} {pupil.name}", account.last_login_at, bool(logged)))
        return sorted(out, key=lambda p: (p.pupil, p.name))


__all__ = ["Recipient", "ThreadInfo", "MessageInfo", "recipients", "start_thread", "announce", "reply",
           "threads", "unread_count", "read_thread", "inspect_thread", "parent_logins"]
