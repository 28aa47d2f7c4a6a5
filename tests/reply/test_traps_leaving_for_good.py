"""A leaving said to be for good, not for one evening: "Hiermit melde ich mich ab. Nicht
nur für diesen Termin, sondern ganz.", "Please sign me off, not only for Thursday but
permanently". The evening named is set aside by the member; the leaving is the list's,
never a no for the evening (and never a yes read from "sign me")."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from tests.reply.plain_reply import plain_reply as _mail

FOR_GOOD = [
    pytest.param(
        "Hiermit melde ich mich ab. Nicht nur für diesen Termin, sondern dauerhaft.",
        id="de-nicht-nur-termin-dauerhaft",
    ),
    pytest.param(
        "Melde mich ab – nicht bloß für den Termin, sondern komplett.", id="de-nicht-bloss"
    ),
    pytest.param(
        "Ich melde mich vom Stammtisch ab. Für immer, nicht nur diesmal.", id="de-fuer-immer"
    ),
    pytest.param(
        "Leider muss ich mich ab sofort endgültig abmelden, ich ziehe weg.", id="de-endgueltig"
    ),
    pytest.param("Please sign me off, not only for Thursday but permanently.", id="en-sign-me-off"),
    pytest.param("I'm signing off from the meetup. Not just this one, for good.", id="en-for-good"),
    pytest.param(
        "Sorry, sign me off altogether please, I've moved away.", id="en-sorry-altogether"
    ),
]


@pytest.mark.parametrize("text", FOR_GOOD)
def test_a_leaving_for_good_leaves_the_list(text: str) -> None:
    intent = read_intent(text)
    assert intent.unsubscribe
    assert intent.answer is None


@pytest.mark.parametrize("text", FOR_GOOD)
def test_a_leaving_for_good_records_no_answer(text: str) -> None:
    analysed = analyse(_mail(text))
    assert analysed.unsubscribe
    assert analysed.answer is None


ONE_EVENING = [
    pytest.param("Ich melde mich ab, leider hab ich einen Termin.", id="de-excuse"),
    pytest.param("Please sign me off for Thursday, I'm sick.", id="en-sick"),
]


@pytest.mark.parametrize("text", ONE_EVENING)
def test_signing_off_with_a_reason_for_the_evening_stays_a_no(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer is not None and intent.answer.value == "no"
