"""Every Qt Designer form is compiled, and the committed ui_*.py matches its .ui file."""

from __future__ import annotations

import pytest

from ejournal_desktop.ui import compile_forms


def forms():
    return sorted(compile_forms.FORMS.glob("*.ui"))


def test_there_are_forms():
    assert forms(), "forms/ has no .ui files"


@pytest.mark.parametrize("ui", forms(), ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui):
    target = compile_forms.target_for(ui)
    assert target.exists(), f"{target.name} missing: run `make forms`"
    committed = compile_forms.normalised(target.read_text(encoding="utf-8"))
    assert committed == compile_forms.normalised(compile_forms.compile_form(ui)), \
        f"{target.name} is stale: run `make forms`"
