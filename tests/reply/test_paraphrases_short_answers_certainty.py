"""Certainty said alone is a yes ("Sowieso!", "eh klar", "freilich", "deffo", "100%");
with a negation after it, it is no yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SURE = [
    pytest.param("Sowieso!", id="sowieso"),
    pytest.param("sowieso", id="sowieso-lower"),
    pytest.param("SOWIESO!!", id="sowieso-caps"),
    pytest.param("Eh klar", id="eh-klar"),
    pytest.param("Freilich!", id="freilich"),
    pytest.param("Na freilich 😄", id="na-freilich"),
    pytest.param("Selbstredend.", id="selbstredend"),
    pytest.param("Ehrensache!", id="ehrensache"),
    pytest.param("Deffo", id="deffo"),
    pytest.param("100%", id="hundred-percent"),
    pytest.param("Obviously!", id="obviously"),
    pytest.param("Logo!", id="logo"),
    pytest.param("You bet!", id="you-bet"),
]


@pytest.mark.parametrize("text", SURE)
def test_certainty_said_alone_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


DENIED = [
    pytest.param("Sowieso nicht", id="sowieso-nicht"),
    pytest.param("Eh klar, aber leider nicht", id="eh-klar-aber-nicht"),
    pytest.param("Sowieso! Nur diesmal nicht.", id="sowieso-nur-diesmal-nicht"),
]


@pytest.mark.parametrize("text", DENIED)
def test_certainty_followed_by_a_negation_is_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
