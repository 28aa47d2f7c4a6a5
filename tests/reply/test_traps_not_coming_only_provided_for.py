"""Not coming said only as a case provided for is a doubt, not a no: "Wishing you a
good one in case I don't make it", "Für den Fall, dass ich nicht komme: trinkt eins
für mich". Before, the not-coming inside the case was recorded as a no. A no said
outright stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

PROVIDED_FOR = [
    pytest.param("Wishing you a good one in case I don't make it.", id="en-wishing-in-case"),
    pytest.param(
        "Wishing you a good one in case I don't make it – it's touch and go.",
        id="en-touch-and-go",
    ),
    pytest.param("Have a great time in case I can't make it!", id="en-great-time-in-case"),
    pytest.param(
        "Für den Fall, dass ich nicht komme: trinkt eins für mich.", id="de-fuer-den-fall"
    ),
    pytest.param("Im Falle, dass ich es nicht schaffe, viel Spaß!", id="de-im-falle"),
    pytest.param(
        "Ich komme, aber für den Fall, dass ich es nicht rechtzeitig schaffe: fangt ohne mich an.",
        id="de-yes-then-case",
    ),
]


@pytest.mark.parametrize("text", PROVIDED_FOR)
def test_not_coming_only_provided_for_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", PROVIDED_FOR)
def test_not_coming_only_provided_for_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.NO


NOES = [
    pytest.param("I can't come. Have fun!", id="en-cant-come"),
    pytest.param("Ich komme nicht. Trinkt eins für mich!", id="de-komme-nicht"),
]


@pytest.mark.parametrize("text", NOES)
def test_a_no_said_outright_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
