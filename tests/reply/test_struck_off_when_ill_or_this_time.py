"""Struck off beside a reason that is one evening's by itself: being ill, or this time only.

"Sorry, sick. Take me off please." gives no no-word, but illness passes and "this
time" names one evening: the member leaves that evening, not the list. Fed up or
ill for good, the same strike-off leaves the list.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer

ILL_OR_THIS_TIME = [
    "Sorry, sick. Take me off please.",
    "Sorry, ill this week. Please take me off.",
    "Krank. Bitte streichen.",
    "Erkältet – streicht mich bitte.",
    "Grippe erwischt, bitte streichen.",
    "Leider krank – bitte für dieses Mal streichen.",
    "Diesmal bitte streichen, Fieber.",
    "Sorry, sick – scratch me.",
    "Got the flu, cross me off.",
    "Take me off this time please, sorry.",
]


@pytest.mark.parametrize("text", ILL_OR_THIS_TIME)
def test_a_strike_off_beside_illness_or_this_time_declines_the_evening(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is Answer.NO
    assert not intent.unsubscribe


FED_UP_OR_FOR_GOOD = [
    "I'm sick of these, take me off.",
    "Sick and tired of it. Take me off please.",
    "Bin chronisch krank und schaffe das nicht mehr, bitte streicht mich.",
    "Hab's satt, streicht mich.",
    "Lost interest, sorry. Please remove me.",
    "Chronically ill, sorry – please take me off.",
]


@pytest.mark.parametrize("text", FED_UP_OR_FOR_GOOD)
def test_a_strike_off_beside_being_fed_up_or_ill_for_good_leaves_the_list(text: str) -> None:
    assert read_intent(text).unsubscribe


LOST_INTEREST_STRUCK = [
    "Interessiert mich nicht mehr, bitte streichen.",
    "Das interessiert mich leider nicht mehr, bitte austragen.",
    "Nicht mehr interessiert, bitte löschen.",
    "Interessiert mich nicht mehr – bitte rausnehmen.",
    "Bin nicht mehr interessiert, streicht mich.",
]


@pytest.mark.parametrize("text", LOST_INTEREST_STRUCK)
def test_interest_lost_said_with_the_verb_beside_a_strike_off_leaves_the_list(text: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe
    assert intent.answer is None
