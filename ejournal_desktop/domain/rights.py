"""Who may do what: the regulation's section 4 as one table.

A right is an action with a scope. Services ask `permits(roles, action, own=..., own_class=...)`
with what they know of the record (is it the user's own course, child or self; is it in the
class teacher's own class); the GUI asks `may(roles, action)` to decide what to show. Nothing
else decides rights.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from .roles import Role

__all__ = ["Action", "Scope", "RIGHTS", "scopes_of", "may", "permits", "denial_message"]


class Action(enum.Enum):
    # the journal
    view_journal = "view_journal"                    # read a course's page
    edit_journal = "edit_journal"                    # lessons, topics, homework, marks, attendance
    record_absence_reason = "record_absence_reason"  # turn Н into П or Б
    decide_correction = "decide_correction"          # approve or reject a mark correction
    lock_course = "lock_course"                      # close access to a subject page (4.2 г)
    # people and classes
    view_class_list = "view_class_list"
    edit_pupil_data = "edit_pupil_data"              # personal data and guardians
    register_movement = "register_movement"          # arrivals, departures, transfers by order
    manage_staff = "manage_staff"                    # the staff list
    reset_password = "reset_password"                # of another account
    manage_accounts = "manage_accounts"              # create, edit, disable, roles
    # the school year
    configure_grading = "configure_grading"          # grading systems, work types, periods
    edit_timetable = "edit_timetable"
    record_substitution = "record_substitution"
    close_year = "close_year"
    # documents
    build_reports = "build_reports"
    print_journal = "print_journal"
    sign_journal = "sign_journal"                    # digital signature (4.2 в)
    view_audit = "view_audit"
    # the system
    system_settings = "system_settings"
    backup_restore = "backup_restore"
    exchange = "exchange"                            # import and export
    # own data
    view_own_data = "view_own_data"                  # a parent's children, a pupil's self
    send_message = "send_message"


class Scope(enum.Enum):
    """How far a right reaches. A teacher who is a class teacher holds both `own` (own courses
    in any class) and `own_class` (every subject of own class): scopes add up, none includes another
    but `school`."""

    own = "own"              # own course (teacher), own child or self (parent, pupil)
    own_class = "own_class"  # the class teacher's own class
    school = "school"        # every class


A, S = Action, Scope

RIGHTS: dict[Role, dict[Action, Scope]] = {
    # Views, prints, signs; never edits (4.2 а–в).
    Role.director: {
        A.view_journal: S.school, A.view_class_list: S.school, A.build_reports: S.school,
        A.print_journal: S.school, A.sign_journal: S.school, A.view_audit: S.school,
        A.send_message: S.school,
    },
    # Everything a teacher and a class teacher do, on every class; plus the year's set-up.
    Role.deputy: {
        A.view_journal: S.school, A.edit_journal: S.school, A.record_absence_reason: S.school,
        A.decide_correction: S.school, A.view_class_list: S.school, A.edit_pupil_data: S.school,
        A.manage_staff: S.school, A.configure_grading: S.school,
        A.edit_timetable: S.school, A.record_substitution: S.school, A.build_reports: S.school,
        A.print_journal: S.school, A.view_audit: S.school, A.send_message: S.school,
    },
    # Accounts, system, backups, archive, exchange, year closing, locking pages (job description).
    Role.administrator: {
        A.view_journal: S.school, A.view_class_list: S.school, A.manage_accounts: S.school,
        A.reset_password: S.school, A.lock_course: S.school, A.edit_timetable: S.school,
        A.close_year: S.school, A.build_reports: S.school, A.print_journal: S.school,
        A.view_audit: S.school, A.system_settings: S.school, A.backup_restore: S.school,
        A.exchange: S.school, A.send_message: S.school,
    },
    # Own courses (and lessons given as a substitute) only.
    Role.teacher: {
        A.view_journal: S.own, A.edit_journal: S.own, A.view_class_list: S.own,
        A.build_reports: S.own, A.print_journal: S.own, A.send_message: S.school,
    },
    # Every subject of own class, read-only; own pupils' data; absence reasons; their passwords.
    Role.class_teacher: {
        A.view_journal: S.own_class, A.record_absence_reason: S.own_class,
        A.view_class_list: S.own_class, A.edit_pupil_data: S.own_class, A.reset_password: S.own_class,
        A.build_reports: S.own_class, A.print_journal: S.own_class, A.send_message: S.school,
    },
    # Arrivals and departures by order; reads class lists.
    Role.secretary: {
        A.view_class_list: S.school, A.register_movement: S.school,
    },
    Role.guardian: {A.view_own_data: S.own, A.send_message: S.own},
    Role.pupil: {A.view_own_data: S.own, A.send_message: S.own},
}

ACTION_LABELS: dict[Action, str] = {
    A.view_journal: "просмотр страниц журнала",
    A.edit_journal: "записи в журнале (уроки, отметки, посещаемость)",
    A.record_absence_reason: "указание причин отсутствия",
    A.decide_correction: "решение по исправлению отметки",
    A.lock_course: "закрытие и открытие предметных страниц",
    A.view_class_list: "просмотр списков классов",
    A.edit_pupil_data: "изменение личных данных учеников и родителей",
    A.register_movement: "регистрация прибытия и выбытия учеников",
    A.manage_staff: "ведение списка сотрудников",
    A.reset_password: "сброс пароля другого пользователя",
    A.manage_accounts: "управление учётными записями",
    A.configure_grading: "настройка систем оценивания и учебных периодов",
    A.edit_timetable: "составление расписания",
    A.record_substitution: "запись замен",
    A.close_year: "закрытие учебного года",
    A.build_reports: "формирование отчётов",
    A.print_journal: "печать журнала",
    A.sign_journal: "электронная подпись журнала",
    A.view_audit: "просмотр журнала действий",
    A.system_settings: "системные настройки",
    A.backup_restore: "резервное копирование и восстановление",
    A.exchange: "импорт и экспорт данных",
    A.view_own_data: "просмотр своих данных",
    A.send_message: "переписка",
}


def scopes_of(roles: Iterable[Role], action: Action) -> frozenset[Scope]:
    """Every scope the roles give for the action (empty: not allowed at all)."""
    return frozenset(RIGHTS[r][action] for r in roles if action in RIGHTS[r])


def may(roles: Iterable[Role], action: Action) -> bool:
    """Whether the roles allow the action on anything at all (what the GUI shows)."""
    return bool(scopes_of(roles, action))


def permits(roles: Iterable[Role], action: Action, *, own: bool = False, own_class: bool = False) -> bool:
    """Whether the roles allow the action on a record that is (or is not) the user's own, or in
    the user's own class."""
    scopes = scopes_of(roles, action)
    return (Scope.school in scopes or (own and Scope.own in scopes)
            or (own_class and Scope.own_class in scopes))


def denial_message(action: Action, detail: str = "") -> str:
    text = f"Нет права: {ACTION_LABELS[action]}"
    return f"{text} — {detail}." if detail else f"{text}."
