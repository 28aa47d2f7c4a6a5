"""A leaving the member would mind is none: "I'd hate to unsubscribe, see you Thursday".

"I'd hate to unsubscribe", "ich würde mich nur ungern abmelden", "es wäre schade, mich
auszutragen" speak of leaving as something the member does not want; the answer beside
it stands. Turned by a "but" the leaving is asked after all ("ungern, aber bitte
austragen").
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

MINDED = [
    pytest.param(
        "I'd hate to unsubscribe, you lot are great. See you Thursday!", None, id="en-hate-yes"
    ),
    pytest.param("I'd hate to unsubscribe. Sadly I can't make Thursday.", Answer.NO, id="en-no"),
    pytest.param("I would hate to leave the list, but I will miss this one.", Answer.NO,
                 id="en-would-hate-miss"),
    pytest.param("Far be it from me to unsubscribe – count me in.", Answer.YES, id="en-far-be-it"),
    pytest.param("Ich würde mich nur ungern austragen lassen – bin diesmal halt nicht da.",
                 Answer.NO, id="de-ungern-nicht-da"),
    pytest.param("Ich möchte mich ungern abmelden, komme aber diesmal nicht.", Answer.NO,
                 id="de-ungern-komme-nicht"),
    pytest.param("Wär schade, mich abzumelden. Diesmal geht's aber leider nicht.", Answer.NO,
                 id="de-waer-schade"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "right"), MINDED)
def test_a_leaving_the_member_would_mind_unsubscribes_no_one(
    text: str, right: Answer | None
) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    if right is not None:
        assert intent.answer in (right, None)


TURNED = [
    pytest.param("Ungern, aber bitte austragen.", id="de-ungern-aber"),
    pytest.param(
        "Ich würde mich ungern abmelden, aber es geht nicht anders. Bitte austragen.",
        id="de-wuerde-ungern-aber",
    ),
    pytest.param(
        "I'd be sad to unsubscribe, but I have to. Please remove me.", id="en-sad-but-remove"
    ),
    pytest.param("I hate to do this, but please unsubscribe me.", id="en-hate-to-do-this"),
]


@pytest.mark.parametrize("text", TURNED)
def test_a_leaving_turned_by_but_is_asked_after_all(text: str) -> None:
    assert read_intent(text).unsubscribe
