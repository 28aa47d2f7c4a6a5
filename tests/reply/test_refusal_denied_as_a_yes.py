"""A refusal verb put first and denied is coming: "Absagen tu ich nicht", "Absagen werde
ich bestimmt nicht", "Ned absagen tu i, i kumm!", "Nicht verpassen werde ich das". The
first two were recorded as the opposite, a no; the others went to review. "Absagen tu
ich nicht gern, aber diesmal muss ich" stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED = [
    pytest.param("Absagen tu ich nicht.", id="de-absagen-tu-ich-nicht"),
    pytest.param("Absagen werde ich bestimmt nicht.", id="de-absagen-werde-ich-bestimmt-nicht"),
    pytest.param("Wegbleiben werd ich sicher nicht!", id="de-wegbleiben-werd-ich"),
    pytest.param("Ned absagen tu i, i kumm!", id="bav-ned-absagen-tu-i"),
    pytest.param("Nicht verpassen werde ich das.", id="de-nicht-verpassen-werde-ich"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_refusal_denied_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", DENIED)
def test_a_refusal_denied_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_cancelling_unwillingly_stays_a_no() -> None:
    assert analyse(_mail("Absagen tu ich nicht gern, aber diesmal muss ich.")).answer is Answer.NO
