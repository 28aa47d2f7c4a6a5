"""A companion named as the one the member meant to bring, then said to drop out by a
pronoun: "Was going to bring a friend, but she's got the flu", "zwei Leute angekündigt,
aber die können doch nicht". The "she", "they", "die" is the companion, so the no is
theirs and the member's own yes stands. With no companion named, "sie" may be anyone,
and the member's no stays the member's; so does the no of the one written for."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

THEIRS = [
    (
        "I'll be there. Was going to bring a friend, but she's got the flu, so just me.",
        "en-friend-she-got-the-flu",
    ),
    ("I'd said I'd bring a friend, but she's got Covid. I'll come alone.", "en-said-bring-covid"),
    (
        "Zuerst hatte ich zwei Leute angekündigt, aber die können doch nicht. Ich komme allein.",
        "de-zwei-leute-die-koennen-nicht",
    ),
    (
        "Ich wollte zwei Kollegen mitbringen, die haben aber keine Zeit. Ich komme trotzdem.",
        "de-kollegen-die-haben-keine-zeit",
    ),
    ("Ich komme. Wollte meine Eltern mitbringen, aber die sind krank.", "de-eltern-die-sind-krank"),
    (
        "I'm coming. I wanted to bring my two flatmates but they can't make it, so just me.",
        "en-flatmates-they-cant",
    ),
]


@pytest.mark.parametrize(("text", "case"), THEIRS, ids=[c for _, c in THEIRS])
def test_a_pronoun_after_a_companion_brought_drops_the_companion_not_the_member(
    text: str, case: str
) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests, intent.problem) == (Answer.YES, 0, "")


MEMBERS = [
    ("Die können leider nicht, ich auch nicht.", Answer.NO, "de-die-first-then-ich-auch-nicht"),
    ("Ich kann leider nicht, bin krank.", Answer.NO, "de-own-no"),
    ("They told me the date moved, so I can't come.", Answer.NO, "en-they-told-me"),
    ("Sorry, I can't make it, my kids are sick.", Answer.NO, "en-kids-sick-member-no"),
    # the one written for is the member: "sie" is then the member's own voice
    (
        "Ich schreibe für die Oma, die hat kein Handy. Sie kann leider nicht, Chorprobe.",
        Answer.NO,
        "de-written-for-the-grandmother",
    ),
    (
        "I'm writing for my grandma, she has no email. She can't come, bingo night.",
        Answer.NO,
        "en-written-for-my-grandma",
    ),
]


@pytest.mark.parametrize(("text", "answer", "case"), MEMBERS, ids=[c for *_, c in MEMBERS])
def test_the_members_own_no_beside_others_stays_theirs(
    text: str, answer: Answer, case: str
) -> None:
    assert read_intent(text).answer is answer
