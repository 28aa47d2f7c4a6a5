"""A wish to come turned by the later season or month it only holds from ("Would love to
come again – from spring on", "I'd like to join, starting in March") is never read as a
yes for this evening, as "würde gern, klappt aber erst im Frühjahr" is not. A yes said
on its own beside a later plan stands."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

LATER = [
    pytest.param("Would love to come again – from spring on.", id="from-spring-on"),
    pytest.param("I'd like to join, starting in March.", id="starting-in-march"),
    pytest.param("Would love to, but only from September.", id="only-from-september"),
    pytest.param("I'd love to come back after the summer.", id="after-the-summer"),
]


@pytest.mark.parametrize("text", LATER)
def test_a_wish_for_a_later_season_is_never_a_yes_now(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


def test_a_yes_beside_a_later_plan_stands() -> None:
    text = "Would love to come! From spring on I can even help organise."
    assert read_intent(text).answer is Answer.YES
