"""A yes on the condition that the evening is not full is a yes: "Falls noch Plätze
frei sind, bin ich dabei", "If you're not full yet, I'd love to come", "Ist noch
Platz? Wenn ja, bin ich dabei". Whether seats are left is the organizer's to know;
before, such a yes was recorded as a maybe. A condition of the member's own ("wenn
ich einen Parkplatz finde") or a coming only in the conditional ("würde ich kommen")
stays a maybe, and a no stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

YESES = [
    pytest.param("Falls noch Plätze frei sind: ich bin dabei!", id="de-plaetze-frei"),
    pytest.param("Komme gern, falls noch was frei ist.", id="de-was-frei"),
    pytest.param("Wenn's nicht schon ausgebucht ist, bin ich dabei.", id="de-nicht-ausgebucht"),
    pytest.param(
        "Bitte auf die Warteliste, falls es voll ist – und sonst komme ich gerne.",
        id="de-warteliste-falls-voll",
    ),
    pytest.param(
        "Falls noch Plätze frei sind, komme ich – sonst bitte auf die Warteliste.",
        id="de-sonst-warteliste",
    ),
    pytest.param(
        "Ist noch Platz? Wenn ja, bin ich dabei, ansonsten gern auf die Warteliste.",
        id="de-platz-gefragt-wenn-ja",
    ),
    pytest.param("Is there still room? If so, I'm in.", id="en-room-asked-if-so"),
    pytest.param("If you're not full yet, I'd love to come.", id="en-not-full-yet"),
    pytest.param(
        "Count me in if there's space left, otherwise waitlist please.", id="en-otherwise-waitlist"
    ),
]


@pytest.mark.parametrize("text", YESES)
def test_a_yes_on_room_being_left_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_yes_on_room_being_left_is_recorded_as_a_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.YES


OWN_CONDITIONS = [
    pytest.param("Wenn ich einen Parkplatz finde, komme ich.", id="de-parkplatz"),
    pytest.param("If there is still room, I would come.", id="en-would-come-if-room"),
    pytest.param("Wenn's nicht ausgebucht ist, würde ich kommen.", id="de-wuerde-kommen"),
    pytest.param("Geht es auch um lokale SEO? Dann komme ich.", id="de-thema-gefragt"),
]


@pytest.mark.parametrize("text", OWN_CONDITIONS)
def test_a_condition_of_the_members_own_or_a_coming_in_the_conditional_stays_a_maybe(
    text: str,
) -> None:
    assert read_intent(text).answer is Answer.MAYBE


def test_a_no_after_the_room_question_stays_a_no() -> None:
    text = "Ist noch Platz? Wenn ja, komme ich leider trotzdem nicht."
    assert read_intent(text).answer is Answer.NO
