""" "But" as "except" leaves the member out: "Everyone but me is coming", "All but me
will be there" are no yes. "But me, I'm in" after a comma still contrasts the member
with the others, and stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LEFT_OUT = [
    pytest.param("Everyone but me is coming.", id="everyone-but-me"),
    pytest.param("All but me will be there.", id="all-but-me"),
    pytest.param("All of us are coming but me.", id="all-of-us-but-me"),
    pytest.param("Everybody's in but me – have fun!", id="everybody-in-but-me"),
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_the_member_left_out_by_but_is_read_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text", [*LEFT_OUT, pytest.param("The whole team is going but me, sadly.", id="whole-team")]
)
def test_the_member_left_out_by_but_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer in (Answer.NO, None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Everyone else hesitates, but me, I'm in.", id="but-me-comma"),
        pytest.param("They said no, but me? I'm coming!", id="but-me-question"),
    ],
)
def test_but_me_set_against_the_others_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
