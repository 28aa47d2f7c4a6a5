"""How long a member has not been there is news beside the answer: "Freu mich drauf, war
ewig nicht mehr da", "Looking forward to it, haven't been since the summer". Its
negation is of the past and turns no yes; a no said for this time still decides."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Freu mich drauf, war ewig nicht mehr da.", id="de-ewig"),
        pytest.param("Freue mich, war lange nicht mehr dabei.", id="de-lange-dabei"),
        pytest.param("Freu mich schon, war seit dem Sommer nicht mehr da.", id="de-seit"),
        pytest.param(
            "Ich freue mich auf den Abend, ich war so lange nicht mehr dabei.", id="de-so-lange"
        ),
        pytest.param("Looking forward to it, haven't been since the summer.", id="en-since"),
        pytest.param("Can't wait, haven't been in ages.", id="en-in-ages"),
        pytest.param("Looking forward to it, haven't made it since spring.", id="en-made-it"),
        pytest.param(
            "Looking forward to it, I haven't been to one since summer, so it's about time.",
            id="en-to-one",
        ),
    ],
)
def test_a_yes_beside_a_long_time_away_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Freue mich, war lange nicht mehr da – leider klappt es aber diesmal nicht.",
            id="de-klappt-nicht",
        ),
        pytest.param(
            "Freu mich drauf, war ewig nicht mehr da und kann auch diesmal nicht.",
            id="de-kann-auch-nicht",
        ),
        pytest.param(
            "Looking forward to it, haven't been in ages, but I can't make this one either.",
            id="en-cant-either",
        ),
    ],
)
def test_a_no_for_this_time_beside_a_long_time_away_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


def test_a_long_time_away_said_alone_is_no_answer() -> None:
    assert read_intent("War lange nicht mehr da.").answer is None
