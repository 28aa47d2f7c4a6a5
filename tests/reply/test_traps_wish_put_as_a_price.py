"""A wish put as a price one would pay, then turned by an event the same evening: "I'd
give anything to be there, but my daughter's recital is the same night." The price led
in like no other wish, so the "to be there" stood as a yes although the turn says the
member is elsewhere: the opposite answer. Now it leads in like "I'd love to": what
follows the turn decides."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PRICE_THEN_TURN = [
    pytest.param(
        "I'd give anything to be there, but my son's recital is the same night.", id="en-recital"
    ),
    pytest.param(
        "We'd give anything to come along, but our daughter's school play is that very night.",
        id="en-we-school-play",
    ),
    pytest.param(
        "I would give my right arm to be there, but the school concert is on the same evening.",
        id="en-right-arm",
    ),
    pytest.param(
        "Ich gäbe viel dafür, dabei zu sein, aber da ist der Elternabend.", id="de-gaebe-viel"
    ),
    pytest.param(
        "Ich würde alles dafür geben, dabei zu sein, aber am selben Abend spielt Lea vor.",
        id="de-alles-dafuer",
    ),
    pytest.param(
        "Wir würden sonst was geben, um zu kommen, aber an dem Abend singt unser Sohn im Konzert.",
        id="de-sonst-was",
    ),
]


@pytest.mark.parametrize("text", PRICE_THEN_TURN)
def test_a_wish_put_as_a_price_then_turned_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd give anything to be there, but the recital is that night.", id="en-that"),
        pytest.param("Ich gäbe viel dafür, dabei zu sein, aber da ist der Elternabend.", id="de"),
    ],
)
def test_a_wish_put_as_a_price_then_turned_by_an_event_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd give anything to be there! Count me in.", id="en-count-me-in"),
        pytest.param(
            "Ich würde alles geben, um dabei zu sein – und zum Glück klappt es auch.",
            id="de-klappt",
        ),
    ],
)
def test_a_wish_put_as_a_price_beside_a_yes_is_never_a_no(text: str) -> None:
    # an exclaimed wish alone is a no ("I'd give anything to come"): beside a plain yes
    # the mix goes to a person
    assert read_intent(text).answer is not Answer.NO
