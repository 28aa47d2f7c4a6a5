"""Kept away from the evening, said as not being at it or as being stuck elsewhere over
it: "I won't be at the Stammtisch this time", "Shan't be at the meetup, apologies",
"I'm stuck in Glasgow that week", "Ich hänge an dem Abend in München fest". A careful
organizer reads a no; unread, they went to review. Being away only until a time, at a
later meetup, or not alone is never read as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param(
        "I'm on holiday until February, so I won't be at the Stammtisch this time. Enjoy!",
        id="holiday-so-wont-be-at-it",
    ),
    pytest.param("I won't be at the Stammtisch this time.", id="wont-be-at-the-stammtisch"),
    pytest.param("We won't be at this month's meetup, sorry.", id="this-months-meetup"),
    pytest.param("Shan't be at the meetup, apologies.", id="shant-be-at"),
    pytest.param("Will not be at the evening, sorry.", id="will-not-be-at"),
    pytest.param("Won't be at the meetup on the 28th.", id="on-the-28th"),
    pytest.param("I'm stuck in Glasgow that week.", id="stuck-in-glasgow"),
    pytest.param("I'll be stuck at a conference in Vienna all week.", id="stuck-all-week"),
    pytest.param("I'm stuck in Leeds on the 28th.", id="stuck-on-the-28th"),
    pytest.param("Ich hänge an dem Abend in München fest.", id="de-haenge-fest"),
    pytest.param("Ich sitze die ganze Woche in Hamburg fest.", id="de-sitze-fest"),
    pytest.param("Am 28. hänge ich leider in Wien fest.", id="de-am-28-haenge-ich"),
]

NOT_A_NO = [
    pytest.param("I won't be at the meetup until 8.", id="until-8"),
    pytest.param("I won't be at the meetup before 8, but I'll come.", id="before-8-but-come"),
    pytest.param("I won't be at the meetup alone, I'm bringing Tom.", id="not-alone"),
    pytest.param("I won't be at the meetup sober, haha, see you there", id="joke-see-you"),
    pytest.param("I won't be at the next meetup, but this one yes.", id="next-meetup"),
    pytest.param("Stuck in traffic, will be 10 min late.", id="stuck-in-traffic"),
    pytest.param(
        "I'm stuck at work that evening until 8, but I'll come after.", id="stuck-until-8"
    ),
    pytest.param(
        "Ich sitze an dem Abend bis 19 Uhr im Büro fest, komme danach.", id="de-bis-19-uhr"
    ),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_being_kept_away_from_the_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_being_kept_away_from_the_evening_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_A_NO)
def test_being_away_only_for_a_while_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
