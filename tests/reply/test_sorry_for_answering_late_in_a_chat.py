"""A "sorry" for answering late, typed without stops, regrets the delay, not the evening.

"sorry hab die mail erst jetzt gesehen bin dabei", "sorry erst jetzt gelesen komme
gern", "sorry late saw this just now count me in" went to review as a yes said with a
"sorry" in the same breath. A no after it ("sorry erst jetzt gesehen komme aber
nicht", "sorry late, cant make it") stays a no.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        "hey sorry spät hab die mail erst jetzt gesehen donnerstag passt bin da lg mo",
        "sorry hab die mail erst jetzt gesehen bin dabei",
        "sorry erst jetzt gelesen komme gern",
        "sry hab die einladung zu spät gesehen bin aber dabei",
        "sorry late saw this just now count me in",
        "sorry just saw this yes I will come",
    ],
)
def test_a_yes_after_a_sorry_for_the_delay_is_a_yes(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "sorry erst jetzt gesehen komme aber nicht",
        "sorry hab die mail zu spät gesehen kann nicht",
        "sorry late, cant make it",
    ],
)
def test_a_no_after_a_sorry_for_the_delay_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_a_sorry_before_a_late_shift_is_no_sorry_for_the_delay() -> None:
    assert analyse(plain_reply("sorry late shift that day")).answer is not Answer.YES
