"""The member's place taken by someone else or handed on: "Mein Mann nimmt meinen Platz
ein", "Meinen Platz kriegt diesmal Jonas", "Ich trete meinen Platz an Jonas ab", "Gebt
meinen Platz bitte an Frau Kern". The member's own answer is no, the one named is news for
the organizer; beside an accept button it is never the button's yes. A place somewhere
else ("meinen Platz im Chor") or on a condition is no such thing."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.intent import read_intent
from mail.stand_in import stand_in
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TAKEN = [
    pytest.param("Mein Mann nimmt meinen Platz ein.", id="de-nimmt-platz-ein"),
    pytest.param("Mein Mann nimmt meinen Platz.", id="de-nimmt-platz"),
    pytest.param("Die Kollegin aus dem Vertrieb nimmt diesmal meinen Platz ein.", id="de-vertrieb"),
    pytest.param("Meinen Platz kriegt diesmal Jonas.", id="de-platz-kriegt"),
    pytest.param("Meinen Platz bekommt Frau Kern.", id="de-platz-bekommt"),
    pytest.param("Ich trete meinen Platz an Jonas ab.", id="de-trete-ab"),
    pytest.param("Gebt meinen Platz bitte an Frau Kern.", id="de-gebt-platz-an"),
]


@pytest.mark.parametrize("text", TAKEN)
def test_a_place_taken_by_someone_else_is_the_members_no(text: str) -> None:
    # the trained reader's second opinion may still send such a reply to a person
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES
    assert stand_in(text)


@pytest.mark.parametrize("text", TAKEN[:3])
def test_a_place_taken_beside_the_accept_button_is_never_a_yes(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is not Answer.YES


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Ich komme! Mein Mann nimmt meinen Platz im Chor ein.", Answer.YES, id="chor"),
        pytest.param(
            "Falls ich nicht kann, nimmt mein Mann meinen Platz ein.", Answer.MAYBE, id="falls"
        ),
    ],
)
def test_a_place_elsewhere_or_on_a_condition_is_no_stand_in(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer
