"""A no claimed, then the claim denied: "Ich kann nicht sagen, dass ich nicht komme" leaves
coming open; it is never a no. The no inside the denied "dass" clause is denied with it,
as after "Ich glaube nicht, dass …"."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kann nicht sagen, dass ich nicht komme.", id="kann-nicht-sagen"),
        pytest.param("Ich kann nicht sagen, dass ich nicht komme.", id="ich-kann-nicht-sagen"),
        pytest.param("Ich würde nicht sagen, dass ich nicht kann.", id="wuerde-nicht-sagen"),
        pytest.param(
            "Ich kann nicht behaupten, dass ich keine Lust hätte.", id="nicht-behaupten-lust"
        ),
    ],
)
def test_a_denied_claim_of_a_no_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_denied_claim_of_coming_stays_a_doubt() -> None:
    assert read_intent("Kann nicht sagen, dass ich komme.").answer is Answer.MAYBE
