"""Wishes: a present wish answers yes, a wish about the past or the impossible is a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Ich wäre gerne dabei!",
        "Da bin ich gerne dabei.",
        "Would love to join!",
        "I'd love to come.",
        "Wir wären gerne dabei.",
        "We would be happy to come",
    ],
)
def test_a_present_wish_is_a_yes(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.YES, "")


@pytest.mark.parametrize(
    "text",
    [
        "Wäre gerne dabei gewesen, schade.",
        "I wish I could.",
        "We wish we could be there.",
        "Hätte gerne teilgenommen.",
        "I would've loved to join.",
    ],
)
def test_a_wish_about_what_cannot_be_is_a_no(text: str) -> None:
    assert (read_intent(text).answer, read_intent(text).problem) == (Answer.NO, "")


def test_a_wish_then_a_no_is_a_no() -> None:
    assert read_intent("I'd love to come, but I can't this time.").answer is Answer.NO


def test_a_wish_with_a_real_doubt_is_a_maybe() -> None:
    assert read_intent("Ich wäre gerne dabei, weiß aber noch nicht sicher.").answer is Answer.MAYBE
