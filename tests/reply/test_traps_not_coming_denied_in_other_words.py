"""Not coming denied in other words: "It's not like I'm not coming", "Es ist nicht so,
dass ich nicht komme", "I have no excuse not to come", "Ich habe keine Ahnung, wieso
ich nicht kommen sollte", "I won't be able to not come". Each denies staying away: a
yes. Not wanting or not being able, denied, may go either way ("It's not that I
don't want to come, I just can't") and keeps its no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It's not like I'm not coming.", id="not-like-not-coming"),
        pytest.param("Es ist nicht so, dass ich nicht komme.", id="nicht-so-dass-nicht"),
        pytest.param("Nicht dass ich nicht käme – klar bin ich da.", id="nicht-dass-kaeme"),
        pytest.param("I have no excuse not to come.", id="no-excuse"),
        pytest.param(
            "Ich habe keine Ahnung, wieso ich nicht kommen sollte.", id="keine-ahnung-wieso"
        ),
        pytest.param("No idea why I shouldn't come.", id="no-idea-why"),
    ],
)
def test_not_coming_denied_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_coming_one_cannot_help_is_never_a_no() -> None:
    text = "I probably won't be able to not come, you know me."
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It's not that I don't want to come, I just can't.", id="dont-want"),
        pytest.param(
            "Es ist nicht so, dass ich nicht kommen kann, ich will nur nicht.", id="will-nicht"
        ),
        pytest.param("I have no excuse, I just can't come.", id="no-excuse-cant"),
    ],
)
def test_wanting_or_being_able_denied_keeps_the_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
