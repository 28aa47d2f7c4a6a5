"""Struck off without a list named: beside a no for the evening, the member leaves that
evening, not the mailing list ("Ich kann doch nicht, bitte streicht mich")."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

EVENING_STRUCK = [
    "Ich kann doch nicht. Bitte streicht mich.",
    "Bitte streicht mich, ich kann doch nicht.",
    "Ich habe an dem Abend Chorprobe. Bitte streichen.",
    "Streicht mich bitte, bin krank.",
    "Muss leider absagen, bitte streicht mich.",
    "Leider bin ich am 28. in Hamburg, streicht mich bitte.",
    "Please remove me, I can't make it.",
    "I'm out this time, sorry - please take me off.",
    "Can't make it after all, please cross me off.",
]

LIST_LEFT = [
    "Bitte streicht mich.",
    "Bitte streichen.",
    "Bitte streicht mich von der Liste.",
    "Streicht mich bitte, ich hab die Mails satt.",
    "Bitte streicht mich. Ich schaff's eh nie und die Mails stressen mich nur.",
    "Ich bekomme eure Mails, habe mich aber nie angemeldet. Bitte streichen.",
    "Please remove me.",
    "Please remove me from the list.",
    "Sorry, please remove me, we closed the shop.",
    "Bitte streicht mich, wir haben den Laden geschlossen.",
]


@pytest.mark.parametrize("text", EVENING_STRUCK)
def test_struck_off_beside_a_no_declines_the_evening_and_keeps_the_member(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is Answer.NO
    assert not intent.unsubscribe


@pytest.mark.parametrize("text", LIST_LEFT)
def test_struck_off_without_a_no_or_with_the_list_named_leaves_the_list(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        "I'm no longer interested, please remove me.",
        "Not interested anymore, sorry, please take me off.",
        "Kein Interesse mehr, bitte streicht mich.",
        "Interessiert mich nicht mehr. Bitte streicht mich.",
    ],
)
def test_struck_off_for_lost_interest_leaves_the_list(text: str) -> None:
    assert read_intent(text).unsubscribe
