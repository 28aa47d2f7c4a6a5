"""A wish turned down by what stands in the way, then a coming offered on that obstacle
going away ("Ich hätte riesig Lust, aber ich hab Prüfung. Wenn die verschoben wird, bin
ich da", "I'd love to come, but I have an exam. If it gets moved, I'm there") is a
doubt: a maybe, neither a refusal nor a question for a person. A doubt about another
time ("Maybe next time") leaves the no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

OFFERED = [
    pytest.param(
        "Ich würde gern kommen, aber ich hab Spätschicht. Falls ich tauschen kann, komme ich.",
        id="de-wuerde-gern-schicht-tauschen",
    ),
    pytest.param(
        "I'd love to come, but I have an exam. If it gets moved, I'm there.",
        id="en-exam-moved",
    ),
    pytest.param(
        "Would love to, but I'm on call. If I can swap shifts, I'll come.",
        id="en-on-call-swap",
    ),
]


@pytest.mark.parametrize("text", OFFERED)
def test_wish_turned_then_offered_on_a_condition_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Würde gern, aber ich bin krank. Vielleicht nächstes Mal.", id="de"),
        pytest.param("I'd love to come, but I'm ill. Maybe next time.", id="en"),
    ],
)
def test_a_doubt_about_another_time_leaves_the_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_lust_turned_by_an_engagement_named_then_offered_is_never_a_no() -> None:
    # "ich habe eine Abendprüfung" reads as an engagement said alone (a no) beside the
    # condition's maybe: the reply goes to a person as contradictory, never a refusal
    intent = read_intent(
        "Ich hätte riesig Lust, aber ich habe eine Abendprüfung. Wenn die verschoben wird, "
        "bin ich da."
    )
    assert intent.answer is not Answer.NO
    assert intent.answer is Answer.MAYBE or intent.problem
