"""The rights table says what the regulation says (section 4)."""

from __future__ import annotations

import pytest

from ejournal_desktop.domain.rights import RIGHTS, Action, Scope, may, permits
from ejournal_desktop.domain.roles import Role

EDITS = {Action.edit_journal, Action.record_absence_reason, Action.decide_correction, Action.lock_course,
         Action.edit_pupil_data, Action.register_movement, Action.manage_staff, Action.reset_password,
         Action.manage_accounts, Action.configure_grading, Action.edit_timetable,
         Action.record_substitution, Action.close_year, Action.system_settings, Action.backup_restore,
         Action.exchange}


def test_every_role_has_a_row():
    assert set(RIGHTS) == set(Role)


def test_director_edits_nothing_but_views_prints_and_signs():
    director = {Role.director}
    assert not any(may(director, a) for a in EDITS)
    assert permits(director, Action.view_journal)
    assert permits(director, Action.print_journal)
    assert permits(director, Action.sign_journal)


def test_only_director_signs():
    assert [r for r in Role if may({r}, Action.sign_journal)] == [Role.director]


def test_teacher_edits_own_course_only():
    t = {Role.teacher}
    assert permits(t, Action.edit_journal, own=True)
    assert not permits(t, Action.edit_journal, own_class=True)
    assert not permits(t, Action.edit_journal)


def test_class_teacher_reads_own_class_without_editing_other_teachers_records():
    ct = {Role.class_teacher}
    assert permits(ct, Action.view_journal, own_class=True)
    assert not permits(ct, Action.view_journal)
    assert not may(ct, Action.edit_journal)
    assert permits(ct, Action.record_absence_reason, own_class=True)
    assert permits(ct, Action.edit_pupil_data, own_class=True)
    assert permits(ct, Action.reset_password, own_class=True)
    assert not permits(ct, Action.reset_password)


def test_scopes_add_up_for_a_teacher_who_is_a_class_teacher():
    both = {Role.teacher, Role.class_teacher}
    assert permits(both, Action.view_journal, own=True)        # own course in another class
    assert permits(both, Action.view_journal, own_class=True)  # a colleague's subject in own class
    assert permits(both, Action.edit_journal, own=True)
    assert not permits(both, Action.edit_journal, own_class=True)


def test_deputy_does_what_teacher_and_class_teacher_do_on_every_class():
    for action in set(RIGHTS[Role.teacher]) | set(RIGHTS[Role.class_teacher]):
        if action is Action.reset_password:
            continue  # passwords are the administrator's and the class teacher's affair
        assert permits({Role.deputy}, action), action


@pytest.mark.parametrize("action", [Action.manage_accounts, Action.backup_restore, Action.close_year,
                                    Action.exchange, Action.lock_course, Action.system_settings])
def test_administrators_duties_are_the_administrators(action):
    assert [r for r in Role if may({r}, action)] == [Role.administrator]


def test_secretary_registers_movement_and_reads_lists():
    s = {Role.secretary}
    assert permits(s, Action.register_movement)
    assert permits(s, Action.view_class_list)
    assert not may(s, Action.edit_journal)


@pytest.mark.parametrize("role", [Role.guardian, Role.pupil])
def test_parents_and_pupils_see_only_their_own(role):
    assert set(RIGHTS[role]) == {Action.view_own_data, Action.send_message}
    assert all(scope is Scope.own for scope in RIGHTS[role].values())
    assert not permits({role}, Action.view_own_data)  # someone else's data
