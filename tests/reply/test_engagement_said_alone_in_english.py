"""An engagement said in English as the whole clause is a no, as "Ich habe Chorprobe" is.

"Sorry, I have choir practice", "Leider, leider, I have choir practice with the hospice
choir". An hour after it, a coming after it or the engagement dropped are not."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

ENGAGED = [
    pytest.param(
        "Leider, leider, I have choir practice with the hospice choir.", id="leider-leider-choir"
    ),
    pytest.param("Sorry, I have choir practice.", id="sorry-choir-practice"),
    pytest.param("I've got a late shift.", id="late-shift"),
    pytest.param("Sorry, I have a gig.", id="gig"),
    pytest.param("I have a shift at the hospital.", id="shift-at-the-hospital"),
    pytest.param("Sorry Leute, I've got band rehearsal.", id="band-rehearsal"),
]


@pytest.mark.parametrize("text", ENGAGED)
def test_an_engagement_said_alone_is_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.NO


NOT_ENGAGED = [
    pytest.param("I have a match at 6, then I'm coming.", Answer.YES, id="match-at-six"),
    pytest.param("I have choir practice, but I'll come after.", Answer.YES, id="come-after"),
    pytest.param(
        "I have choir practice, but it's been cancelled this week, so I'm in!",
        Answer.YES,
        id="cancelled",
    ),
    pytest.param("I have rehearsal till 8, then I'll pop by.", Answer.YES, id="till-eight"),
    pytest.param(
        "I've got a shift at the hospital but swapped it, so count me in.",
        Answer.YES,
        id="swapped",
    ),
]


@pytest.mark.parametrize(("text", "answer"), NOT_ENGAGED)
def test_an_engagement_with_a_way_round_it_is_no_no(text: str, answer: Answer) -> None:
    assert analyse(plain_reply(text)).answer is answer
