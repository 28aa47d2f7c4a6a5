"""A refusal said to be unthinkable is a yes: "I can't not come", "I'm not not coming",
"I can't think of a reason to say no", "I have no reason to say no", "Ich werde es nicht
verpassen". Wanting not to miss it, beside an obstacle, is no yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I can't not come, it's my favourite topic.", id="en-cant-not"),
        pytest.param("I'm not not coming.", id="en-not-not"),
        pytest.param("I can't think of a reason to say no.", id="en-no-reason-think"),
        pytest.param("I have no reason to say no.", id="en-have-no-reason"),
        pytest.param("Ich werde es nicht verpassen.", id="de-werde-nicht-verpassen"),
    ],
)
def test_a_refusal_unthinkable_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich will es nicht verpassen, aber ich bin krank.", id="de-will-aber-krank"),
        pytest.param("I have no reason to say no, but I'm away that week.", id="en-but-away"),
    ],
)
def test_not_wanting_to_miss_it_beside_an_obstacle_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
