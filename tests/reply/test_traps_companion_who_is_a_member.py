"""A companion who is a member, said in passing: "Ich komme mit Lisa, die ist ja eh
Mitglied", "I'll bring Sarah – she already RSVP'd herself". A member answers for
themselves and is no guest of this one; counted, the seat is taken twice."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme mit Lisa, die ist ja eh Mitglied.", id="de-eh-mitglied"),
        pytest.param(
            "Ich bringe meinen Kollegen mit, der ist doch selbst Mitglied.", id="de-selbst-mitglied"
        ),
        pytest.param("Komme mit Jonas, er hat ja selbst zugesagt.", id="de-selbst-zugesagt"),
        pytest.param("Komme mit meiner Frau, die ist aber eh Mitglied.", id="de-aber-eh-mitglied"),
        pytest.param(
            "I'll bring Sarah – she already RSVP'd herself, so no extra seat needed.",
            id="en-already-rsvpd",
        ),
        pytest.param("I'm coming with Priya, she's a member anyway.", id="en-member-anyway"),
    ],
)
def test_a_companion_who_is_a_member_is_no_guest(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 0)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ich bringe meinen Mann mit, der ist Mitglied im Schachverein.", id="de-other-club"
        ),
        pytest.param("Ich komme mit meiner Frau.", id="de-frau"),
    ],
)
def test_a_companion_who_belongs_elsewhere_is_still_a_guest(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 1)
