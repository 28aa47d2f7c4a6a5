"""Being free that evening, said as the answer, is coming: "Ich hab Zeit!", "I'm free".

Only the plain statement: time limited ("erst ab 21 Uhr", "free after 9"), only
wished for ("Hätte Zeit") or turned ("aber keine Lust") is no plain yes.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply

FREE = [
    "Ich hab Zeit!",
    "Ich habe an dem Abend Zeit.",
    "Ja, ich hab Zeit.",
    "Hab Zeit.",
    "Ich bin frei.",
    "Bin an dem Abend frei.",
    "I'm free!",
    "I'm free that evening.",
    "I have time.",
    "Yes, I'll be free.",
]


@pytest.mark.parametrize("text", FREE)
def test_being_free_that_evening_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


NOT_PLAINLY_FREE = [
    "Ich hab erst ab 21 Uhr Zeit.",
    "Ich habe nur bis 19 Uhr Zeit.",
    "Ich hab Zeit, aber keine Lust.",
    "Hätte Zeit.",
    "I'm free after 9.",
    "I should be free.",
]


@pytest.mark.parametrize("text", NOT_PLAINLY_FREE)
def test_time_limited_wished_or_turned_is_no_plain_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


NOT_FREE = [
    "Ich hab keine Zeit.",
    "Ich bin nicht frei.",
    "I'm not free.",
    "I don't have time.",
]


@pytest.mark.parametrize("text", NOT_FREE)
def test_not_free_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(plain_reply(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text", ["I'm free as a bird that night.", "Kids are with their dad, so I'm free as a bird."]
)
def test_free_as_a_bird_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
