"""Grading systems and work types set up by the deputy (issue 15); nothing makes a stored mark invalid."""

from __future__ import annotations

import pytest
from setup_testing import new_school
from sqlalchemy import func, select

from ejournal_desktop.services import accounts, grading_setup
from ejournal_desktop.services.grading_setup import GradeValueSpec
from ejournal_desktop.services.guard import Denied
from ejournal_desktop.services.setup_effects import NeedsConfirmation
from ejournal_desktop.storage.models import AuditEntry, GradeValue, GradingSystem, Mark, WorkType


@pytest.fixture
def school(tmp_path):
    s = new_school(tmp_path)
    yield s
    s.db.close()


def test_a_school_defined_scale_and_a_work_type_are_created_and_audited(school):
    db, deputy = school.db, school.deputy
    ten = grading_setup.create_grading_system(db, deputy, "Десятибалльная", "custom", [
        GradeValueSpec(str(p), str(p), float(p), passing=p >= 4, quality=p >= 7) for p in range(10, 0, -1)])
    assert [v.code for v in ten.values][:3] == ["10", "9", "8"] and ten.code == "desyatiballnaya"
    credit = grading_setup.create_grading_system(db, deputy, "Зачёт (физкультура)", "pass_fail")
    assert [v.code for v in credit.values] == ["зач", "незач"]
    wt = grading_setup.create_work_type(db, deputy, "Тестирование", 1.5, "#00897b", entry_days=3)
    assert (wt.weight, wt.color, wt.entry_days) == (1.5, "#00897B", 3)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(GradeValue)
                        .join(GradingSystem).where(GradingSystem.name == "Десятибалльная")) == 10
        assert s.scalar(select(WorkType.weight).where(WorkType.name == "Тестирование")) == 1.5
        logged = set(s.scalars(select(AuditEntry.entity).where(AuditEntry.account_id == deputy.account_id)))
    assert {"grading_system", "work_type"} <= logged


def test_wrong_values_are_named(school):
    db, deputy = school.db, school.deputy
    with pytest.raises(grading_setup.GradingError, match="зарезервирован"):
        grading_setup.create_grading_system(db, deputy, "Своя", "custom", [GradeValueSpec("осв", "освобождён")])
    with pytest.raises(grading_setup.GradingError, match="встречается .* дважды"):
        grading_setup.create_grading_system(db, deputy, "Своя", "custom",
                                            [GradeValueSpec("A", "отлично", 5), GradeValueSpec("a", "хорошо", 4)])
    with pytest.raises(grading_setup.GradingError, match="задайте значения"):
        grading_setup.create_grading_system(db, deputy, "Своя", "custom")
    with pytest.raises(grading_setup.GradingError, match="Цвет: «red»"):
        grading_setup.create_work_type(db, deputy, "Зачёт", 1, "red")
    with pytest.raises(grading_setup.GradingError, match="Вес: число от 0 до 10"):
        grading_setup.create_work_type(db, deputy, "Зачёт", 11)
    with pytest.raises(grading_setup.GradingError, match="уже есть"):
        grading_setup.create_work_type(db, deputy, "контрольная работа", 2)


def test_the_administrator_may_not_configure_grading(school):
    with pytest.raises(Denied):
        grading_setup.create_work_type(school.db, school.admin, "Тест", 1)


# --- on the demo school, where marks exist ----------------------------------------------------------------------

def _ids(db, code):
    with db.session() as s:
        return s.scalar(select(WorkType.id).where(WorkType.code == code))


def test_a_used_grade_value_is_never_removed_nor_recoded(small_demo):
    db = small_demo
    deputy = accounts.authenticate(db, "zavuch", "demo")
    five = next(s for s in grading_setup.grading_systems(db, deputy) if s.code == "five_point")
    four = next(v for v in five.values if v.code == "4")
    assert four.marks > 0
    with pytest.raises(grading_setup.GradingError, match="не удалить: им выставлено отметок"):
        grading_setup.remove_grade_value(db, deputy, four.id)
    with pytest.raises(grading_setup.GradingError, match="код не меняют"):
        grading_setup.update_grade_value(db, deputy, four.id, code="four")
    with pytest.raises(NeedsConfirmation, match="изменится средних баллов"):
        grading_setup.update_grade_value(db, deputy, four.id, points=3.8)
    with pytest.raises(grading_setup.GradingError, match="не удалить: по ней оценивают"):
        grading_setup.remove_grading_system(db, deputy, five.id)
    grading_setup.update_grade_value(db, deputy, four.id, label="хорошо (4)")  # no effect on averages
    with db.session() as s:
        assert s.scalar(select(GradeValue.label).where(GradeValue.id == four.id)) == "хорошо (4)"


def test_a_new_weight_shows_how_many_averages_change_before_reweighing_marks(small_demo):
    db = small_demo
    deputy = accounts.authenticate(db, "zavuch", "demo")
    control = _ids(db, "control")
    with db.session() as s:
        marks = s.scalar(select(func.count()).select_from(Mark).where(Mark.work_type_id == control))
    assert marks
    # For new marks only: existing marks keep their weight.
    grading_setup.update_work_type(db, deputy, control, weight=3.0)
    with db.session() as s:
        assert set(s.scalars(select(Mark.weight).where(Mark.work_type_id == control))) == {2.0}
    effect = grading_setup.weight_change_effect(db, deputy, control, 3.0)
    assert effect.marks == marks and 0 < effect.averages
    with pytest.raises(NeedsConfirmation) as refused:
        grading_setup.update_work_type(db, deputy, control, weight=3.0, apply_to_marks=True)
    assert f"изменится средних баллов: {effect.averages}" in str(refused.value)
    grading_setup.update_work_type(db, deputy, control, weight=3.0, apply_to_marks=True, confirm=True)
    with db.session() as s:
        assert set(s.scalars(select(Mark.weight).where(Mark.work_type_id == control))) == {3.0}
        last = s.scalars(select(AuditEntry).where(AuditEntry.entity == "work_type")
                         .order_by(AuditEntry.id.desc())).first()
    assert f'"averages": {effect.averages}' in last.new
    with pytest.raises(grading_setup.GradingError, match="не удалить: по нему выставлено отметок"):
        grading_setup.remove_work_type(db, deputy, control)
