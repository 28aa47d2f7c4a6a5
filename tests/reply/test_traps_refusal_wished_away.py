"""A refusal only wished or supposed ("I would have declined, but …", "I wouldn't mind
coming") is no refusal: a past wish to say no does not turn the yes after it, and not
minding to come is a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YES = [
    pytest.param("I would have declined, but plans changed — I'm in!", id="would-have-declined"),
    pytest.param(
        "Would've cancelled, but my meeting moved, so I'm coming.", id="wouldve-cancelled"
    ),
    pytest.param("I wouldn't mind coming.", id="wouldnt-mind-coming"),
    pytest.param("We wouldn't mind joining!", id="wouldnt-mind-joining"),
    pytest.param("I don't mind coming along.", id="dont-mind-coming-along"),
]


@pytest.mark.parametrize("text", YES)
def test_a_refusal_only_wished_or_not_minded_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


NOT_YES = [
    pytest.param("I would have loved to come.", id="would-have-loved"),
    pytest.param("I would've come, but I'm sick.", id="wouldve-come-but-sick"),
    pytest.param("I wouldn't mind coming, but I can't.", id="wouldnt-mind-but-cant"),
]


@pytest.mark.parametrize("text", NOT_YES)
def test_a_past_wish_to_come_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
