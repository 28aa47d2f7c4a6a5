"""A refusal denied is coming: "Absagen tu ich nicht", "Absagen werde ich bestimmt nicht",
"Ned absagen tu i, i kumm!", "Nicht verpassen werde ich das", "Ich kann nicht nicht
kommen" and "I can't not come to this one". The first two were recorded as the
opposite, a no; the others went to review. "Absagen tu ich nicht gern, aber diesmal
muss ich" stays a no, and a double negation of something else ("Ich kann nicht nicht
arbeiten an dem Abend") is no yes."""

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
    pytest.param("Ich kann nicht nicht kommen.", id="de-kann-nicht-nicht-kommen"),
    pytest.param("I can't not come to this one.", id="en-cant-not-come"),
    pytest.param("I couldn't not be there, honestly.", id="en-couldnt-not-be-there"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_refusal_denied_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", DENIED)
def test_a_refusal_denied_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_cancelling_unwillingly_stays_a_no() -> None:
    assert analyse(_mail("Absagen tu ich nicht gern, aber diesmal muss ich.")).answer is Answer.NO


def test_a_double_negation_of_something_else_is_no_yes() -> None:
    assert analyse(_mail("Ich kann nicht nicht arbeiten an dem Abend.")).answer is not Answer.YES
