"""Staying away denied as an option ("Nicht kommen ist keine Option", "Fehlen kommt
nicht in Frage", "Not coming is not an option", "Missing it is out of the question")
is a yes: the no-words deny the refusal they name."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED = [
    pytest.param("Nicht kommen ist keine Option für mich.", id="de-nicht-kommen-keine-option"),
    pytest.param("Fehlen ist keine Option.", id="de-fehlen-keine-option"),
    pytest.param("Wegbleiben kommt diesmal nicht in Frage.", id="de-wegbleiben-nicht-in-frage"),
    pytest.param("Absagen wäre ausgeschlossen, ich bin dabei.", id="de-absagen-ausgeschlossen"),
    pytest.param("Not coming is not an option.", id="en-not-coming-not-an-option"),
    pytest.param("Missing it is out of the question.", id="en-out-of-the-question"),
    pytest.param("Skipping this one isn't an option for me!", id="en-skipping-isnt-an-option"),
]


@pytest.mark.parametrize("text", DENIED)
def test_staying_away_denied_as_an_option_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kommen ist für mich diesmal keine Option.", id="de-kommen-keine-option"),
        pytest.param("Coming is not an option this time, sorry.", id="en-coming-not-an-option"),
    ],
)
def test_coming_denied_as_an_option_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
