"""A no-word before an opinion not held answers the topics, not the evening: "No strong
views on those", "No preference on the topic", "No idea which topic, though". Beside a
yes it made the reply contradictory, and alone it was recorded as a no. A no to the
evening beside it keeps its no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

BESIDE_A_YES = [
    pytest.param("Happily, yes. I'll be there.\n\nNo strong views on those.", id="strong-views"),
    pytest.param("Yes, I'll come. No preference on the topic.", id="no-preference"),
    pytest.param("Yes I'm in. No idea which topic though.", id="no-idea-which-topic"),
    pytest.param("Count me in! No favourites among the three.", id="no-favourites"),
    pytest.param("I'll come. No real opinion on the talks.", id="no-real-opinion"),
]


@pytest.mark.parametrize("text", BESIDE_A_YES)
def test_no_opinion_beside_a_yes_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


def test_no_opinion_alone_is_never_recorded_as_no() -> None:
    assert analyse(_mail("No strong views on those.")).answer is not Answer.NO


def test_a_no_to_the_evening_beside_no_opinion_stays_a_no() -> None:
    text = "No, sorry, I can't come. No preference on topics."
    assert analyse(_mail(text)).answer is Answer.NO
