"""The member's own evening or calendar already full is a no: "Mein Donnerstag ist schon
voll", "Der Abend ist bei mir schon vergeben", "Da bin ich schon belegt", "My diary is full
on Thursday", "I'm already committed that evening". Before, these went to review with no
answer found. A full evening of the meetup ("the room is booked"), a question, or a full
calendar made room in ("…, aber ich komme trotzdem") is never read as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

REFUSALS = [
    pytest.param("Mein Donnerstag ist schon voll.", id="mein-donnerstag-voll"),
    pytest.param("Mein Kalender ist am Donnerstag leider rappelvoll.", id="kalender-rappelvoll"),
    pytest.param("Der Abend ist bei mir schon vergeben, sorry.", id="abend-bei-mir-vergeben"),
    pytest.param("Donnerstag ist bei mir schon belegt.", id="donnerstag-bei-mir-belegt"),
    pytest.param("Da bin ich leider schon belegt.", id="da-bin-ich-belegt"),
    pytest.param("Am Donnerstag sind wir blöderweise schon ausgebucht.", id="wir-ausgebucht"),
    pytest.param("My Thursday is already taken, sorry.", id="my-thursday-taken"),
    pytest.param("My diary is full on Thursday.", id="diary-full"),
    pytest.param("Thursday is taken, sorry.", id="thursday-taken"),
    pytest.param("The 28th is already spoken for.", id="spoken-for"),
    pytest.param("I'm already committed that evening.", id="committed"),
]

NEVER_NO = [
    pytest.param("Mein Kalender ist zwar voll, aber ich komme trotzdem.", id="voll-trotzdem"),
    pytest.param("Mein Donnerstag ist noch frei, ich komme.", id="noch-frei"),
    pytest.param("Donnerstag ist noch nicht belegt, also ja.", id="noch-nicht-belegt"),
    pytest.param("Ist der Raum schon belegt? Ich würde gern kommen.", id="raum-belegt"),
    pytest.param("Thursday is taken for the room, is it moving?", id="taken-for-the-room"),
    pytest.param("My diary isn't full that day, so yes.", id="diary-not-full"),
    pytest.param("My diary was full but the client cancelled, so I'm coming.", id="was-full"),
    pytest.param("Ich bin vergeben, bringe aber niemanden mit. Bin dabei!", id="partner"),
]


@pytest.mark.parametrize("text", REFUSALS)
def test_the_members_evening_already_taken_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_the_members_evening_already_taken_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NEVER_NO)
def test_a_free_evening_or_someone_elses_booking_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
