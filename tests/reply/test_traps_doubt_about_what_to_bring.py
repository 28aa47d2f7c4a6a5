"""A doubt about what to bring or wear, or a reply kept short, is no doubt about coming:
"I'm not sure what to bring, but I'm definitely coming", "Ich weiß noch nicht, was ich
mitbringe, aber ich bin dabei", "No time for a long reply: yes, I'm in". A doubt about
coming itself stays a maybe."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hi, I'm not sure what to bring, but I'm definitely coming.", id="en-bring"),
        pytest.param("No idea what to wear, but count me in!", id="en-wear"),
        pytest.param(
            "Ich weiß noch nicht, was ich mitbringe, aber ich bin dabei.", id="de-mitbringe"
        ),
        pytest.param("Ich weiß nicht, was ich anziehen soll. Komme aber!", id="de-anziehen"),
        pytest.param("No time for a long reply: yes, I'm in.", id="en-no-time-long-reply"),
        pytest.param("Ich habe keine Zeit für lange Mails: ja, ich komme.", id="de-lange-mails"),
    ],
)
def test_a_doubt_about_something_else_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Weiß noch nicht, ob ich komme.", id="de-ob-ich-komme"),
        pytest.param("Not sure yet if I can make it.", id="en-if-i-can"),
    ],
)
def test_a_doubt_about_coming_stays_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
