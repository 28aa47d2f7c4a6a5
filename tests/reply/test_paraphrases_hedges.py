"""A hedge ("wahrscheinlich", "probably") doubts the clause it stands in.

Said of the evening, or alone, it makes a maybe; said of something else beside
a firm answer (the nerves, the clothes, one's age), it leaves the answer as it is.
Written as people write, not as the corpus does: each row is one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    # the hedge speaks of something else: the answer stands
    ("Ich komme am Donnerstag, wahrscheinlich ein bisschen nervös.", Answer.YES, "de-nervous"),
    ("I'll be there, probably a bit tired after work.", Answer.YES, "en-tired"),
    ("Bin dabei, vermutlich mit dem Fahrrad.", Answer.YES, "de-by-bike"),
    ("I've blocked out the 28th and I'll be there, probably in jeans.", Answer.YES, "en-jeans"),
    (
        "I'll be there on the 28th and I'll probably talk your ears off about it.",
        Answer.YES,
        "en-and-i-clause",
    ),
    (
        "Ich bin mit 71 wahrscheinlich die Älteste. Ich melde mich hiermit für den 28. an.",
        Answer.YES,
        "de-the-oldest",
    ),
    ("Count me in, I'll probably be the one with the camera.", Answer.YES, "en-camera"),
    ("Klar bin ich dabei, voraussichtlich im Anzug direkt aus dem Büro.", Answer.YES, "de-suit"),
    (
        "Ich komme, und wir werden wahrscheinlich wieder über SEO streiten 😄",
        Answer.YES,
        "de-argue",
    ),
    ("Wir sind dabei – wahrscheinlich die Letzten, die gehen.", Answer.YES, "de-last-to-leave"),
    (
        "See you on Thursday! It'll likely be my first meetup in ages.",
        Answer.YES,
        "en-first-in-ages",
    ),
    # the hedge speaks of coming, or stands alone: a doubt
    ("Wahrscheinlich.", Answer.MAYBE, "de-alone"),
    ("Probably!", Answer.MAYBE, "en-alone"),
    ("Ich komme wahrscheinlich.", Answer.MAYBE, "de-of-coming"),
    ("I'll probably come.", Answer.MAYBE, "en-of-coming"),
    ("Ich komme, wahrscheinlich.", Answer.MAYBE, "de-after-a-comma"),
    ("Wahrscheinlich schon.", Answer.MAYBE, "de-with-filler"),
    ("Ja, wahrscheinlich.", Answer.MAYBE, "de-yes-word-and-hedge"),
    ("Probably, but I'll confirm on the day.", Answer.MAYBE, "en-confirm-later"),
    ("Voraussichtlich bin ich dabei.", Answer.MAYBE, "de-expected"),
    ("Most likely yes", Answer.MAYBE, "en-most-likely-yes"),
    ("I'll most likely be there.", Answer.MAYBE, "en-most-likely-there"),
    ("Wahrscheinlich nicht.", Answer.NO, "de-probably-not"),
    ("Probably not, sorry.", Answer.NO, "en-probably-not"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, a, id=i) for t, a, i in SAID])
def test_a_hedge_doubts_only_the_clause_it_stands_in(text: str, expected: Answer) -> None:
    intent = read_intent(text)
    assert intent.answer is expected, (intent.problem, intent.evidence)
