"""The member's own diary said to look good is coming: "Schaut gut aus bei mir", "Looks
good on my end". A bare "Sieht gut aus", or the topic said to look good, is no answer."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Schaut gut aus bei mir.",
        "Sieht bei mir gut aus.",
        "Sieht am Donnerstag bei mir gut aus.",
        "Looks good for Thursday.",
        "Yep, looks good on my end.",
        "My calendar looks good for Thursday.",
    ],
)
def test_the_diary_said_to_look_good_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Sieht gut aus.",
        "Das Thema sieht gut aus für mich als Anfänger.",
        "The topic looks good for Thursday.",
    ],
)
def test_a_bare_looks_good_or_the_topic_praised_is_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


def test_the_diary_said_not_to_look_good_is_no_yes() -> None:
    assert read_intent("Sieht bei mir nicht gut aus.").answer is not Answer.YES
