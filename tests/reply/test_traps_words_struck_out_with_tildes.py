"""Words struck out with tildes ("~~Kann nicht~~ Doch, kann!", "~~Bin dabei~~ Muss leider
absagen") were taken back by the member: the answer is what stands beside them. A lone
tilde for "about" ("so ~20 Uhr") strikes nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.struck_out import struck_out
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param("~~Kann nicht~~ Doch, kann! Der Termin ist verschoben. Ich komme.", id="de"),
    pytest.param("~~Can't make it~~ Scratch that, I CAN make it!", id="en-scratch-that"),
    pytest.param("~~Leider nein~~ Ja, ich komme doch!", id="de-leider-nein"),
    pytest.param("~~Sorry, can't~~ I can come after all!", id="en-sorry-cant"),
]


@pytest.mark.parametrize("text", YES)
def test_a_no_struck_out_leaves_the_yes_beside_it(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


NO = [
    pytest.param("~~Bin dabei~~ Muss leider absagen.", id="de-bin-dabei"),
    pytest.param("~~Ich komme~~ Leider doch nicht.", id="de-ich-komme"),
    pytest.param("~~Count me in~~ Sorry, I can't make it.", id="en-count-me-in"),
]


@pytest.mark.parametrize("text", NO)
def test_a_yes_struck_out_leaves_the_no_beside_it(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme so ~20 Uhr.", id="de-ungefaehr"),
        pytest.param("Bin dabei, zwischen ~19 und ~20 Uhr da.", id="de-zwischen"),
        pytest.param("I'll be there ~8pm ~ maybe a bit later.", id="en-about"),
    ],
)
def test_a_tilde_for_about_strikes_nothing(text: str) -> None:
    assert struck_out(text) == text
    assert read_intent(text).answer is Answer.YES
