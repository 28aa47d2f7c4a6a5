"""An absence with an end says nothing of the evening on its own.

"I'm away until the 25th but back in time" was read as a no: the absence words
said no, whatever the date. Whether the evening falls inside the absence the
words do not say, so the absence alone is no answer; what else the member
says (back in time, can't come) decides, and with nothing else a person looks.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "I'm away until the 25th but back in time – see you on the 28th", id="en-back"
        ),
        pytest.param("Bin bis zum 20. im Urlaub, aber rechtzeitig zurück. Bis dann!", id="de-back"),
        pytest.param("Bin bis Mitte Januar verreist.", id="de-bare-span"),
        pytest.param("I'm travelling until Tuesday.", id="en-bare-span"),
        pytest.param("Bin noch bis Montag unterwegs, danach gerne!", id="de-danach-gerne"),
    ],
)
def test_an_absence_with_an_end_is_never_a_no_on_its_own(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich bin bis zum 30. im Urlaub und kann daher leider nicht.", id="de-daher"),
        pytest.param("I'm away until February, so I can't make it.", id="en-so-cant"),
        pytest.param("Bin im Urlaub, sorry.", id="de-no-end"),
        pytest.param("I'm away that week.", id="en-that-week"),
        pytest.param("I'm away until the end of the month.", id="en-until-end-of-month"),
    ],
)
def test_an_absence_said_of_the_evening_still_declines(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
