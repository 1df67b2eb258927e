"""The one rule for Russian words after a number (журнал / журнала / журналов)."""

from __future__ import annotations

import pytest

from ejournal_desktop.domain.words import plural, plural_word


@pytest.mark.parametrize(("n", "word"), [
    (0, "журналов"), (1, "журнал"), (2, "журнала"), (4, "журнала"), (5, "журналов"), (11, "журналов"),
    (12, "журналов"), (14, "журналов"), (21, "журнал"), (22, "журнала"), (101, "журнал"), (111, "журналов"),
    (112, "журналов"), (124, "журнала"), (242, "журнала")])
def test_the_form_follows_the_last_digits(n, word):
    assert plural_word(n, "журнал", "журнала", "журналов") == word
    assert plural(n, "журнал", "журнала", "журналов") == f"{n} {word}"
