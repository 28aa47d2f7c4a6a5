"""Someone named "with" the member beside another doing, in a sentence that answers
nothing, while another sentence gives the yes: "I run a small bakery with my husband.
Count me in!", "Ich führe mit meiner Frau einen Hofladen. Ich bin dabei!". They say
who the member is, not who comes along; company said of the evening still counts."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

ELSEWHERE = [
    ("I run a small bakery with my husband. Count me in for Thursday!", "en-run-with"),
    ("Ich führe mit meiner Frau einen kleinen Hofladen. Ich bin dabei!", "de-fuehre-mit"),
    ("Jetzt sitze ich da mit 200 Followern und einem Chef. Ich komme am 28.", "de-sitze-und"),
    ("We write the club newsletter with two friends. I'll be there.", "en-write-with"),
    ("Ich wohne mit meinem Freund in Ehrenfeld. Ich komme!", "de-wohne-mit"),
]


@pytest.mark.parametrize(("text"), [pytest.param(t, id=i) for t, i in ELSEWHERE])
def test_company_of_another_doing_is_no_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


THIS_EVENING = [
    ("Ich komme. Mit meiner Frau.", 1, "de-mit-alone"),
    ("Ich bin dabei. Komme mit meinem Mann.", 1, "de-komme-mit"),
    ("Count me in! I'll come with my husband.", 1, "en-come-with"),
    ("Bin dabei! Meine Frau kommt auch mit.", 1, "de-kommt-auch-mit"),
]


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=i) for t, g, i in THIS_EVENING])
def test_company_said_of_the_evening_still_counts(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)
