"""A yes in principle set against a no in practice ("Grundsätzlich ja, praktisch nein",
"Herz sagt ja, Kalender sagt nein", "In principle yes, in practice no") is a no: the
practice answers. Both halves saying yes stay a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PRACTICE_SAYS_NO = [
    pytest.param("Grundsätzlich ja, praktisch nein.", id="de-grundsaetzlich"),
    pytest.param("Eigentlich ja, praktisch nein.", id="de-eigentlich"),
    pytest.param("Auf dem Papier ja, in echt nein.", id="de-papier"),
    pytest.param("Mit dem Herzen ja, mit dem Kalender nein.", id="de-herz-kalender"),
    pytest.param("Herz sagt ja, Kalender sagt nein.", id="de-herz-sagt"),
    pytest.param("In principle yes, in practice no.", id="en-principle"),
    pytest.param("My gut says yes, my calendar says no.", id="en-gut-calendar"),
]


@pytest.mark.parametrize("text", PRACTICE_SAYS_NO)
def test_a_yes_in_principle_and_a_no_in_practice_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In theory yes, in practice also yes – see you!", id="en-both-yes"),
        pytest.param("Grundsätzlich ja, und praktisch auch: ich komme.", id="de-both-yes"),
    ],
)
def test_both_halves_saying_yes_is_never_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
