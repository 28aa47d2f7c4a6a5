"""Short replies that answer in a set phrase: "Confirmed.", "still keen", "I'll head over",
"Regretfully no", "hey no sorry", "Not a chance this week", "Nich möglich", "Abgesagt,
…", "also am 28. nicht da", "Nicht mit mir diesmal", "bin nicht abkömmlich", "krieg
ich nicht hin". A careful organizer reads each at once; unread, they went to review.
The same words turned
("Not a chance I'd miss this", "Nicht möglich, dass ich das verpasse", "on board the
ferry", "keen on the topic, but I can't come") never give the opposite answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Confirmed.", id="confirmed"),
    pytest.param("Confirmed, see you Thursday!", id="confirmed-see-you"),
    pytest.param("Bestätigt.", id="bestaetigt"),
    pytest.param("Cheers for the reminder, still keen!", id="still-keen"),
    pytest.param("Still keen for Thursday.", id="still-keen-for-thursday"),
    pytest.param("Hi zusammen, ich bin on board für Donnerstag!", id="de-on-board"),
    pytest.param("I'm on board!", id="en-on-board"),
    pytest.param("I'm still in for Thursday.", id="still-in"),
    pytest.param("I'll head over straight from the café on Thursday.", id="head-over"),
    pytest.param("Will head down after my shift.", id="head-down"),
]

REFUSALS = [
    pytest.param("Regretfully no.", id="regretfully-no"),
    pytest.param("Regrettably not, I'm in Hamburg.", id="regrettably-not"),
    pytest.param("Alas no – choir rehearsal.", id="alas-no"),
    pytest.param("hey no sorry kids school play", id="hey-no-sorry"),
    pytest.param("oh no sorry, can't that night", id="oh-no-sorry"),
    pytest.param("Not a chance this week, the bike shop is doing stocktake.", id="not-a-chance"),
    pytest.param("No chance this time, sorry.", id="no-chance-this-time"),
    pytest.param("Nich möglich, Chorprobe vor dem Konzert.", id="nich-moeglich"),
    pytest.param("Leider nicht möglich.", id="leider-nicht-moeglich"),
    pytest.param("Abgesagt, Kunde hat Go-live.", id="abgesagt"),
    pytest.param("Leider abgesagt – Elternabend.", id="leider-abgesagt"),
    pytest.param("Nicht mit mir diesmal, ich hab Prüfungen bis spät.", id="nicht-mit-mir"),
    pytest.param("Diesmal nicht mit mir, sorry.", id="diesmal-nicht-mit-mir"),
    pytest.param("Ich bin da nicht abkömmlich, Messeaufbau.", id="nicht-abkoemmlich"),
    pytest.param("Bin am Donnerstag unabkömmlich.", id="unabkoemmlich"),
    pytest.param("Das krieg ich nicht hin, im Kino ist Sneak Preview.", id="krieg-nicht-hin"),
    pytest.param("Krieg ich zeitlich leider nicht hin.", id="zeitlich-nicht-hin"),
    pytest.param("Ich bin im Urlaub, also am 28. nicht da.", id="am-28-nicht-da"),
    pytest.param("Am Donnerstag bin ich leider nicht da.", id="donnerstag-nicht-da"),
]

# the same words turned: never the opposite answer
TURNED_YES = [
    pytest.param("Not a chance I'd miss this!", id="not-a-chance-id-miss"),
    pytest.param("Nicht möglich, dass ich das verpasse!", id="nicht-moeglich-dass"),
    pytest.param("Das krieg ich hin, bin dabei!", id="krieg-ich-hin"),
]
TURNED_NO = [
    pytest.param("Confirmed that I can't come.", id="confirmed-cant"),
    pytest.param("The room is confirmed, but I can't make it.", id="room-confirmed"),
    pytest.param("Still keen on the topic, but I can't come.", id="keen-on-topic"),
    pytest.param("I'm on board the ferry that night, sorry.", id="on-board-ferry"),
    pytest.param("I'll head over to Berlin that day, sorry.", id="head-over-to-berlin"),
    pytest.param("I won't head over this time.", id="wont-head-over"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_set_phrase_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_set_phrase_yes_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_a_set_phrase_refusal_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_set_phrase_refusal_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", TURNED_YES)
def test_a_refusal_phrase_turned_into_a_yes_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", TURNED_NO)
def test_a_yes_phrase_beside_a_refusal_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
