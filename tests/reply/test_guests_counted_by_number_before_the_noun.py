"""Companions counted by a number before them in a list or beside the member ("meine
Chefin, zwei Kollegen und ich", "Zwei Kollegen und ich kommen", "Two friends and I"),
named in everyday words ("zwei Jungs", "two guys from work"), or counted after who they
are ("…, also fünf Leute"). The member is never counted; "Hi guys" greets no one."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COUNTED = [
    ("Sind vier vom Verein: meine Chefin, zwei Kollegen und ich.", 3, "de-list-with-number"),
    ("Zwei Kollegen und ich kommen.", 2, "de-number-and-i"),
    ("Two friends and I will be there.", 2, "en-number-and-i"),
    ("Wir kommen: mein Mann, zwei Nachbarinnen und ich.", 3, "de-list-nachbarinnen"),
    ("Ich bring zwei Jungs von der Arbeit mit.", 2, "de-jungs"),
    ("Yes, bringing two guys from work.", 2, "en-guys"),
    ("Bin dabei und bringe die zwei Mädels aus dem Laden mit.", 2, "de-maedels"),
    ("Wir kommen mit dem ganzen Team vom Sportverein, also fünf Leute.", 4, "de-also-leute"),
    ("Yes, bringing some folks from work, so three people in total.", 2, "en-so-people"),
    ("Jo, ich un minge Fründ.", 1, "koelsch-un"),
]


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=i) for t, g, i in COUNTED])
def test_companions_counted_by_the_number_before_them(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks guys, I'm in!",
        "Hi guys, count me in.",
        "Ich komme, die Jungs vom Stammtisch kenne ich ja schon.",
        "I'm in, the girls from the office say hi.",
    ],
)
def test_people_greeted_or_known_are_no_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)
