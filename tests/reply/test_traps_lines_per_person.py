"""An answer given line by line per person: "Ich: ja. Begleitung: nein.", "Me: yes. My
wife: yes." The companion's line is the companion's: their "nein" never turns the
member's yes, and their "ja" brings them along."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

LINES = [
    pytest.param("Ich: ja. Begleitung: nein.", Answer.YES, 0, id="de-begleitung-nein"),
    pytest.param("Ich: ja. Partner: nein.", Answer.YES, 0, id="de-partner-nein"),
    pytest.param("Ich: ja. Meine Frau: nein.", Answer.YES, 0, id="de-frau-nein"),
    pytest.param("Me: yes. Husband: no.", Answer.YES, 0, id="en-husband-no"),
    pytest.param("Ich: ja. Begleitung: ja.", Answer.YES, 1, id="de-begleitung-ja"),
    pytest.param("Me: yes. My wife: yes.", Answer.YES, 1, id="en-wife-yes"),
    pytest.param("Ich: nein. Kollege: ja.", Answer.NO, 0, id="de-kollege-ja-member-nein"),
]


@pytest.mark.parametrize(("text", "answer", "guests"), LINES)
def test_each_persons_line_answers_for_that_person(text: str, answer: Answer, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (answer, guests)
