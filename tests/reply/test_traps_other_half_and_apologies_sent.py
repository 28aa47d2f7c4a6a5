"""A partner called "my other half" or "meine bessere Hälfte", and apologies sent before a
dash. "Sadly I can't, but my other half would love to come instead" is the member's no and
the partner's wish; "My other half and I would love to come" brings one guest; "I'm
sending my apologies – my son is ill" is a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "answer", "guests"),
    [
        pytest.param(
            "Sadly I can't, but my other half would love to come instead.",
            Answer.NO,
            0,
            id="en-other-half-instead",
        ),
        pytest.param("My other half and I would love to come.", Answer.YES, 1, id="en-and-i"),
        pytest.param("Ich komme mit meiner besseren Hälfte.", Answer.YES, 1, id="de-mit"),
        pytest.param(
            "Komme, meine bessere Hälfte kann leider nicht.", Answer.YES, 0, id="de-kann-nicht"
        ),
        pytest.param("Die Hälfte des Abends bin ich da.", Answer.YES, 0, id="de-half-the-evening"),
        pytest.param("I'm sending my apologies – my son is ill.", Answer.NO, 0, id="en-apologies"),
    ],
)
def test_a_partner_named_by_half_and_apologies_sent(text: str, answer: Answer, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (answer, guests)
