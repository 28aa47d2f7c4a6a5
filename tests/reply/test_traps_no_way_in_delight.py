""" "No way!" said in delight before a yes is no refusal: "No way! I'd love to!", "No way,
that's awesome, count me in". Its "no" made "No way! I'd love to!" a no. Before a "but",
or as the whole answer, "no way" still refuses."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DELIGHTED = [
    pytest.param("No way! I'd love to!", id="love-to"),
    pytest.param("No way, that's awesome, I'm in", id="awesome-im-in"),
    pytest.param("No way! Count me in!", id="count-me-in"),
    pytest.param("No way!! Sounds amazing, I'll be there", id="sounds-amazing"),
    pytest.param("No way, really? I'm in!", id="really-im-in"),
]


@pytest.mark.parametrize("text", DELIGHTED)
def test_no_way_in_delight_before_a_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", DELIGHTED)
def test_no_way_in_delight_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No way, I'd love to but I can't", id="love-to-but-cant"),
        pytest.param("No way, I'm in Berlin that week", id="in-berlin"),
        pytest.param("No way, sorry", id="no-way-sorry"),
    ],
)
def test_no_way_as_the_answer_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
