"""A wish to the others for the evening beside a hope for another time, or beside what is
on at the member's: "Ich wünsche euch einen tollen Abend, ojalá next time!", "Have fun!
Maybe next time.", "Schönen Abend euch! Bei mir ist an dem Abend Reparatur-Café",
"Wishing you all a great evening – I'll be on a plane". A careful organizer reads a no;
these went to review unread. A later time in a sentence of its own ("Nächstes Mal bringe
ich Kuchen mit") and a wish alone ("Viel Spaß euch allen!") say no answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

WISHED_AWAY = [
    pytest.param("Ich wünsche euch einen tollen Abend, ojalá next time!", id="mixed-ojala"),
    pytest.param("Have fun! Maybe next time.", id="en-maybe-next-time"),
    pytest.param("Have fun everyone, see you next time!", id="en-see-you-next-time"),
    pytest.param("Viel Spaß euch, vielleicht nächstes Mal!", id="de-naechstes-mal"),
    pytest.param(
        "Schönen Abend euch! Bei mir ist an dem Abend Reparatur-Café im Pfarrsaal.",
        id="de-bei-mir-ist",
    ),
    pytest.param("Viel Spaß euch! Bei mir ist da leider Elternabend.", id="de-elternabend"),
    pytest.param("Wishing you all a great evening – I'll be on a plane.", id="en-plane"),
    pytest.param("Have fun! I'll be on a train to Glasgow.", id="en-train"),
]


@pytest.mark.parametrize("text", WISHED_AWAY)
def test_a_wish_beside_another_time_or_an_engagement_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Viel Spaß! Nächstes Mal bringe ich Kuchen mit.", id="de-kuchen"),
        pytest.param("Have fun! I'm not missing next time though.", id="en-not-missing"),
        pytest.param("Guten Abend zusammen, bin dabei!", id="de-greeting-yes"),
    ],
)
def test_a_later_time_of_its_own_or_a_greeting_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
