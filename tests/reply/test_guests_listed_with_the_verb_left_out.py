"""Companions listed after the member's own yes with the verb left out: "Ich komme, meine
Frau und meine Schwester auch", "I'm coming, my wife and my sister too". Each one listed
counts; a list that stays away ("… auch nicht") or one that is not the member's people
("Ihnen und Ihrer Familie auch!") brings no one."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

COUNTED = [
    ("Ich komme, meine Frau und meine Schwester auch.", 2, "de-frau-und-schwester-auch"),
    ("Ich komme, mein Mann und mein Bruder auch.", 2, "de-mann-und-bruder-auch"),
    ("Ich bin dabei und meine Frau und meine Schwester auch.", 2, "de-und-list-auch"),
    ("Ich komme, meine Frau und meine beiden Kinder auch.", 3, "de-frau-und-beide-kinder"),
    ("Bin dabei, meine Kollegin und ihr Mann ebenfalls.", 2, "de-ebenfalls"),
    ("Ich komme – mein Sohn und seine Freundin auch!", 2, "de-dash-sohn-und-freundin"),
    ("I'm coming, my wife and my sister too.", 2, "en-wife-and-sister-too"),
    ("Count me in, my partner and our daughter as well.", 2, "en-as-well"),
    ("Yes! My husband and his brother too.", 2, "en-yes-husband-and-brother-too"),
]


@pytest.mark.parametrize(("text", "guests", "case"), COUNTED, ids=[c for *_, c in COUNTED])
def test_each_companion_listed_with_the_verb_left_out_counts(
    text: str, guests: int, case: str
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, guests, "")


NOT_COUNTED = [
    ("Ich komme, meine Frau auch.", Answer.YES, 1, "de-one-companion-stays-one"),
    ("Ich komme nicht, meine Frau und meine Schwester auch nicht.", Answer.NO, 0, "de-auch-nicht"),
]


@pytest.mark.parametrize(
    ("text", "answer", "guests", "case"), NOT_COUNTED, ids=[c for *_, c in NOT_COUNTED]
)
def test_a_list_that_stays_away_or_one_companion_keeps_its_count(
    text: str, answer: Answer, guests: int, case: str
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)


def test_a_wish_sent_back_to_the_organizers_family_brings_no_one() -> None:
    intent = read_intent("Ich komme gern. Danke, und Ihnen und Ihrer Familie auch alles Gute!")
    assert intent.guests == 0
