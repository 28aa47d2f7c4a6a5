"""A companion the member may bring: "Ich bringe vielleicht jemanden mit", "I'm coming,
might bring a friend, not sure yet". The member comes; whether the companion does is
open, so no guest is counted and the doubt about them is not the member's maybe: a
person reads it."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

UNSURE_COMPANION = [
    pytest.param("Ich bringe vielleicht jemanden mit.", id="de-bringe-vielleicht"),
    pytest.param("Ich komme, bringe eventuell meine Schwester mit.", id="de-bringe-eventuell"),
    pytest.param("I'm coming, might bring a friend, not sure yet.", id="en-might-not-sure"),
    pytest.param("I'll be there and may bring my wife.", id="en-may-bring"),
    pytest.param(
        "Bin dabei, vielleicht mit meinem Sohn, weiß ich noch nicht.", id="de-dabei-weiss-nicht"
    ),
]


@pytest.mark.parametrize("text", UNSURE_COMPANION)
def test_a_companion_who_may_come_is_neither_counted_nor_the_members_maybe(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.guests == 0
    assert reading.answer is not Answer.MAYBE
    assert reading.answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vielleicht mit meinem Mann, ich gebe noch Bescheid.", id="de-gebe-bescheid"),
        pytest.param("Probably coming, possibly with my partner.", id="en-probably-possibly"),
    ],
)
def test_the_member_unsure_too_keeps_the_party_a_maybe(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.MAYBE, 1)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich komme mit meiner Frau, meine Tochter und ihr Freund kommen vielleicht auch.",
            id="de-kommen-vielleicht-auch",
        ),
        pytest.param(
            "Zu zweit, falls mein Mann früher Feierabend hat, sonst allein.",
            id="de-falls-mein-mann",
        ),
        pytest.param(
            "Wir kommen zu zweit, wenn meine Frau einen Babysitter findet.",
            id="de-wenn-meine-frau",
        ),
        pytest.param("We will be two if my husband gets off work in time.", id="en-if-my-husband"),
    ],
)
def test_companions_unsure_or_on_their_own_condition_are_not_counted(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.guests == 0
    assert reading.answer is not Answer.NO


def test_room_asked_of_the_organizer_keeps_the_companion() -> None:
    reading = analyse(_mail("Ich komme mit meiner Frau, falls Sie noch Platz haben."))
    assert (reading.answer, reading.guests) == (Answer.YES, 1)
