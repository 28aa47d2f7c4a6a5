"""A party counted as adults and children ("three adults and two kids", "2 Erwachsene,
1 Kind"), as a family ("a family of four"), or by a bare number of guests beside the
answer ("Ich komme, 3 Gäste"). The member is one of the adults and one of the family;
a bare count of guests are the guests. Numbers that count no one coming stay no guests."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COUNTED = [
    ("We'll be three adults and two kids.", 4, "en-adults-and-kids"),
    ("Three adults, two kids – see you there!", 4, "en-comma"),
    ("Ja, wir kommen: zwei Erwachsene und zwei Kinder.", 3, "de-und"),
    ("Zusage! 2 Erwachsene + 1 Kind.", 2, "de-plus-digits"),
    ("Wir kommen zu dritt (2 Erwachsene, 1 Kind).", 2, "de-brackets-agree"),
    ("We'll come as a family of four.", 3, "en-family-of"),
    ("Ich komme, 3 Gäste.", 3, "de-bare-guests"),
    ("Zusage, 1 Gast.", 1, "de-one-guest"),
    ("Yes – 2 guests.", 2, "en-bare-guests"),
    ("Bin dabei, plus 2 Begleitpersonen.", 2, "de-begleitpersonen"),
]


@pytest.mark.parametrize(("text", "guests"), [pytest.param(t, g, id=i) for t, g, i in COUNTED])
def test_the_party_counted_by_kind_or_bare_number(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)


NO_GUESTS = [
    "Ja, bin dabei. Letztes Jahr waren wir 30 Gäste, oder?",
    "Count me in. We had 25 guests last time, right?",
    "Ich komme. Wir sind übrigens 12 Leute im Verein.",
    "Komme! Unser Verein hat inzwischen 40 Mitglieder.",
    "Zusage. Ich bringe 2 Kuchen mit.",
    "Yes! I'll bring 2 bottles of wine.",
    "Ich komme, habe aber nur 2 Stunden Zeit.",
    "Bin dabei – meine Kinder sind 3 und 5, bleiben aber beim Papa.",
    "Ich komme mit der S1 und bin um 19:10 da.",
    "Ich bin zum 3. Mal dabei!",
    "I'm coming, table 4 as usual?",
    "Bin dabei, Raum 2 finde ich schon.",
]


@pytest.mark.parametrize("text", NO_GUESTS)
def test_numbers_that_count_no_one_coming_are_no_guests(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)
