"""Someone who says who they are gives the member's answer in their own first person:
"Ich bin die Kollegin von Aziz und sage für ihn zu", "I'm declining on her behalf".
The yes or no given for the member is the member's answer. Without anyone said to write
for the member, "ich sage für ihn zu" is about someone else and no answer of the member's.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

GIVEN = [
    ("Ich bin die Kollegin von Aziz und sage für ihn zu.", Answer.YES, "de-kollegin-sagt-zu"),
    ("Ich bin die Kollegin von Aziz. Ich sage für ihn zu.", Answer.YES, "de-two-sentences"),
    (
        "Ich bin die Assistentin von Herrn Kaya und sage hiermit für ihn zu.",
        Answer.YES,
        "de-hiermit",
    ),
    ("Ich schreibe für Frau Roth: ich sage für sie zu.", Answer.YES, "de-fuer-sie-zu"),
    ("Ich bin die Frau von Jens und sage für ihn ab.", Answer.NO, "de-fuer-ihn-ab"),
    (
        "I'm Jen's husband and I'm declining on her behalf, she's abroad.",
        Answer.NO,
        "en-declining-on-her-behalf",
    ),
]


@pytest.mark.parametrize(("text", "answer", "case"), GIVEN, ids=[c for *_, c in GIVEN])
def test_the_answer_given_for_the_member_is_theirs(text: str, answer: Answer, case: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")


def test_a_yes_for_him_with_no_one_written_for_is_not_the_members() -> None:
    assert read_intent("Ich sage für ihn zu.").answer is not Answer.YES
