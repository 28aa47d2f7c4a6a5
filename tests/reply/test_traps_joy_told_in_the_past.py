"""A joy told in the past is a story, mostly before the news that ends it: "I was really
looking forward to it … Then my mother called" says no yes. Beside a no it is the
regret; beside nothing else a person reads the story. The present ("I've been looking
forward to this all month", "Looking forward to it!") stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hi, I was really looking forward to it and had everything planned. Then my mother"
            " called yesterday, she has to go into hospital. I'm driving to her on Wednesday"
            " and staying until Sunday. Hope you have a great evening.",
            id="en-story-mother",
        ),
        pytest.param(
            "We were so excited about this one. Then the office moved our offsite to that"
            " week, three days in Leipzig.",
            id="en-we-were-excited",
        ),
        pytest.param(
            "I had been looking forward to it for weeks. Sadly the surgery was moved to"
            " Wednesday and I'll be in hospital until Friday.",
            id="en-had-been",
        ),
        pytest.param(
            "Ich hatte mich schon so drauf gefreut. Dann kam die Dienstreise nach Hamburg,"
            " Mittwoch bis Freitag.",
            id="de-hatte-mich-gefreut",
        ),
    ],
)
def test_a_joy_told_in_the_past_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I've been looking forward to this all month. See you there!", id="en-ve"),
        pytest.param("Looking forward to it!", id="en-looking-forward"),
        pytest.param(
            "I was looking forward to it – and good news, I can make it after all!",
            id="en-was-then-can",
        ),
    ],
)
def test_a_joy_in_the_present_or_beside_a_coming_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
