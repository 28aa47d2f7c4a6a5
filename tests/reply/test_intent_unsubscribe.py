"""Unsubscribe wishes, and the words that look like one but are not."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    ["Bitte austragen.", "Keine Mails mehr bitte", "Abbestellen", "Please unsubscribe me",
     "Ich möchte mich vom Verteiler abmelden."],
)  # fmt: skip
def test_an_unsubscribe_wish_is_read(text: str) -> None:
    assert read_intent(text).unsubscribe is True


@pytest.mark.parametrize(
    "text",
    ["Ich muss mich für Montag abmelden.", "Melde mich hiermit für den Stammtisch am 12. ab, "
     "ich möchte mich für diesen Termin abmelden", "Please remove me for this evening."],
)  # fmt: skip
def test_leaving_one_evening_is_a_no_not_an_unsubscribe(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, Answer.NO)


@pytest.mark.parametrize(
    "text",
    ["Nicht austragen bitte, ich komme nur diesmal nicht.", "Don't unsubscribe me, I can't "
     "come this time.", "Bitte nicht gleich abmelden – ich kann nur heute nicht."],
)  # fmt: skip
def test_asking_to_stay_keeps_the_member(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, Answer.NO)


@pytest.mark.parametrize(
    "text",
    ["Meine neue Adresse ist anna@neu.example, bitte dorthin schreiben.",
     "Please send future invitations to my new address: lee@new.example"],
)  # fmt: skip
def test_a_new_address_goes_to_review(text: str) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, None)
    assert "new address" in intent.problem


@pytest.mark.parametrize(
    "text",
    ["Hiermit melde ich mich vom Newsletter-Verteiler ab.", "Bitte meine Daten löschen.",
     "Ich bitte um Austragung.", "Please remove my email address."],
)  # fmt: skip
def test_more_ways_of_asking_to_leave_unsubscribe(text: str) -> None:
    assert read_intent(text).unsubscribe is True


def test_a_yes_word_agreeing_to_leave_is_no_answer() -> None:
    intent = read_intent("Yes please, unsubscribe.")
    assert (intent.unsubscribe, intent.answer) == (True, None)


def test_having_been_unsubscribed_once_is_no_wish_to_leave() -> None:
    intent = read_intent("Ich war mal ausgetragen, komme aber gleich am 28.!")
    assert (intent.unsubscribe, intent.answer) == (False, Answer.YES)
