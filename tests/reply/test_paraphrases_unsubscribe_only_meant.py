"""A leaving only meant once, not asked now: "Ich wollte mich eigentlich längst abmelden".

Said beside a plain answer, the answer counts and the member stays; said
alone, nothing is recorded and a person reads it. A leaving asked now in
another sentence of the same mail still leaves.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

MEANT_THEN = [
    (
        "Ich wollte mich eigentlich längst abmelden, weil ich dachte, das ist nichts für "
        "eine Hausverwaltung. Jetzt SEO – da komme ich doch mal.",
        "de-laengst-komme-doch",
        Answer.YES,
    ),
    (
        "Wollte mich schon lange austragen lassen. Aber bei dem Thema bin ich dabei!",
        "de-schon-lange-dabei",
        Answer.YES,
    ),
    (
        "I've been meaning to unsubscribe for ages. This one I'll come to though.",
        "en-been-meaning-to",
        Answer.YES,
    ),
    (
        "Eigentlich wollte ich mich längst abmelden. Aber SEO? Da komm ich.",
        "de-eigentlich-wollte",
        Answer.YES,
    ),
    (
        "I was going to unsubscribe months ago. Glad I didn't – I'm in!",
        "en-was-going-to",
        Answer.YES,
    ),
    (
        "Ursprünglich wollte ich mich austragen lassen, jetzt komme ich doch.",
        "de-urspruenglich",
        Answer.YES,
    ),
    ("I almost unsubscribed last month. Count me in for Thursday!", "en-almost", Answer.YES),
    (
        "Hatte schon überlegt, mich abzumelden. Diesmal klappt es leider nicht.",
        "de-ueberlegt-no",
        Answer.NO,
    ),
]

STILL_LEAVES = [
    (
        "Ich wollte mich eigentlich schon längst abmelden. Bitte austragen.",
        "de-laengst-bitte-austragen",
    ),
    ("Ich wollte mich abmelden.", "de-polite-wollte"),
    ("I was going to ask nicely, but just unsubscribe me.", "en-just-unsubscribe-me"),
]


@pytest.mark.parametrize(
    ("text", "answer"), [pytest.param(t, a, id=name) for t, name, a in MEANT_THEN]
)
def test_a_leaving_meant_once_keeps_the_member_and_the_answer_counts(
    text: str, answer: Answer
) -> None:
    intent = read_intent(text)
    assert (intent.unsubscribe, intent.answer) == (False, answer), intent


def test_a_leaving_meant_once_said_alone_records_nothing() -> None:
    intent = read_intent("Ich wollte mich eigentlich schon lange abmelden.")
    assert (intent.unsubscribe, intent.answer) == (False, None)


@pytest.mark.parametrize("text", [pytest.param(t, id=name) for t, name in STILL_LEAVES])
def test_a_leaving_asked_now_still_leaves(text: str) -> None:
    assert read_intent(text).unsubscribe
