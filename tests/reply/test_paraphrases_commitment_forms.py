"""Saying yes or no to the evening in any person and with any adverb in between.

"I'm in" is also "we're in", "I'm definitely in", "I'm there"; "Donnerstag
passt mir" is also "Donnerstag geht bei mir", and "Ich werde kommen" also "Wir
werden kommen". Written as people write, not as the corpus does: each row is
one way of saying it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

YES = [
    "I'm definitely in!",
    "I'm totally in.",
    "We're in!",
    "We are in.",
    "I'm so in.",
    "I'm there!",
    "See you all on the 28th!",
    "See ya Thursday",
    "See you at the Severin!",
    "That works.",
    "Thursday suits me fine.",
    "Put me on the list.",
    "Add me to the list please.",
    "Donnerstag geht bei mir.",
    "Wir werden kommen.",
    "Ich werde auf jeden Fall kommen.",
    "Meldet mich an!",
    "Ich bin mit von der Partie.",
    "Ich guck vorbei!",
    "Ich seh euch am Donnerstag!",
    "Man sieht sich am 28.!",
    "Bis zum 28.!",
    "I'll pop in for an hour.",
    "We'll swing by after work.",
]
NO = [
    "Thursday is bad for me.",
    "Doesn't suit me this time.",
    "Ich passe.",
    "Da passe ich diesmal.",
    "Nix da.",
    "Wir werden nicht kommen.",
    "Donnerstag geht bei mir nicht.",
    "I'm actually in Rotterdam that week – sorry!",
]
UNREAD = [
    # a verb with its particle at the end is another verb: returning is no answer
    "Hallo, ich komme am 1. Februar aus dem Urlaub zurück und melde mich dann.",
    "I'm in Berlin until Friday.",
]


@pytest.mark.parametrize("text", YES)
def test_a_commitment_in_any_person_or_with_an_adverb_is_a_yes(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is Answer.YES, (intent.problem, intent.evidence)


@pytest.mark.parametrize("text", NO)
def test_the_same_forms_denied_are_a_no(text: str) -> None:
    intent = read_intent(text)
    assert intent.answer is Answer.NO, (intent.problem, intent.evidence)


@pytest.mark.parametrize("text", UNREAD)
def test_look_alikes_of_a_commitment_answer_nothing(text: str) -> None:
    assert read_intent(text).answer is None
