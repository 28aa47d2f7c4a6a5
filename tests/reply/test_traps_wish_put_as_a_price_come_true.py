"""A wish exclaimed or put as a price, then said to come true: "I'd give anything to be
there, and luckily I can." Alone the wish is a no ("I'd give anything to come"), and the
can after it said nothing the rules read, so the member's yes was recorded as a no: the
opposite answer. Now a can, a free or a "klappt" said right after the wish, to the end
of its clause, makes it a yes; a turn after the wish ("…, and I can't") leaves it a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

COME_TRUE = [
    pytest.param("I'd give anything to be there, and luckily I can.", id="en-luckily-i-can"),
    pytest.param("I'd give anything to be there - and guess what, I will be!", id="en-guess-what"),
    pytest.param("Oh how I'd love to be there – and this time I can!", id="en-how-this-time"),
    pytest.param("What I wouldn't give to come... and for once I'm free!", id="en-for-once-free"),
    pytest.param(
        "What wouldn't I give for an evening like that – and this time it works out!",
        id="en-inverted-works-out",
    ),
    pytest.param(
        "Ich würde alles geben, um dabei zu sein – und zum Glück klappt es.", id="de-zum-glueck"
    ),
    pytest.param("Was würde ich drum geben … und diesmal geht's!", id="de-drum-diesmal"),
    pytest.param(
        "Ich würd alles geben für so einen Abend, und diesmal kann ich sogar!", id="de-kann-sogar"
    ),
    pytest.param(
        "Wie gern wär ich dabei – und diesmal klappt's tatsächlich!", id="de-wie-gern-klappt"
    ),
]


@pytest.mark.parametrize("text", COME_TRUE)
def test_a_wish_said_to_come_true_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", COME_TRUE)
def test_a_wish_said_to_come_true_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd give anything to be there and I can't.", id="en-and-cant"),
        pytest.param("I'd give anything to be there... I can't, sadly.", id="en-dots-cant"),
        pytest.param(
            "I'd give anything to be there and I can watch the stream at least.", id="en-stream"
        ),
        pytest.param("I'd give anything to be there, and I'm in Berlin.", id="en-in-berlin"),
        pytest.param(
            "Ich würde alles geben, um dabei zu sein, und kann leider nicht.", id="de-und-nicht"
        ),
        pytest.param("Was würde ich drum geben … aber es geht nicht.", id="de-aber-geht-nicht"),
        pytest.param(
            "Ich würde alles geben, um dabei zu sein – kann ich aber nicht.", id="de-aber-nicht"
        ),
    ],
)
def test_a_wish_then_turned_or_left_open_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'd pay good money to be there, but I'm stuck in Zurich.", id="en-pay"),
        pytest.param("I'd trade my whole weekend to come, but I'm on call.", id="en-trade"),
    ],
)
def test_a_price_named_in_other_words_then_turned_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES
