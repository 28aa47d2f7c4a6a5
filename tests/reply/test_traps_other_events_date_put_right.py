"""The date of another event put right after an answer: "Ich bin da. Die
Jahresversammlung ist am 5.2., nicht am 28.1.!" Its "nicht am" was read as declining
the evening, against the member's yes. Said of something else ("ist", "findet …
statt", "is on"), the correction declines nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

PUT_RIGHT = [
    pytest.param("Ich bin da. Die Jahresversammlung ist am 5.2., nicht am 28.1.!", id="de-jhv"),
    pytest.param(
        "Ich komme. Das Sommerfest findet übrigens am 3.7. statt, nicht am 28.!", id="de-fest"
    ),
    pytest.param("Bin dabei! Der Flohmarkt ist am Samstag, nicht am Sonntag.", id="de-flohmarkt"),
    pytest.param(
        "Count me in. By the way, the board meeting is on the 5th, not the 28th.", id="en-board"
    ),
    pytest.param("I'm in. The AGM is actually on the 5th, not the 28th!", id="en-agm"),
]


@pytest.mark.parametrize("text", PUT_RIGHT)
def test_another_events_date_put_right_keeps_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", PUT_RIGHT)
def test_another_events_date_put_right_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_the_members_own_date_set_against_the_evening_is_no_yes() -> None:
    assert read_intent("Ich komme am 5., nicht am 28.").answer is not Answer.YES
