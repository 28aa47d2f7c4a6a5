"""Australian "yeah nah" is a no and "nah yeah" a yes: the last of the two words decides,
with or without a comma between them. Read word by word, "yeah nah" was a yes (its
"yeah" the answer, its "nah" unread) and "nah yeah" a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ENDING_ON_NAH = [
    pytest.param("yeah nah", id="yeah-nah"),
    pytest.param("Yeah nah, sorry mate", id="yeah-nah-sorry"),
    pytest.param("Yeah, nah. Working that night.", id="yeah-comma-nah"),
    pytest.param("nah yeah nah, can't this time", id="nah-yeah-nah"),
    pytest.param("Yea nah, not this one", id="yea-nah"),
]

ENDING_ON_YEAH = [
    pytest.param("nah yeah", id="nah-yeah"),
    pytest.param("Nah yeah, I'll be there", id="nah-yeah-there"),
    pytest.param("Nah, yeah, count me in", id="nah-comma-yeah"),
    pytest.param("yeah nah yeah, see you Thursday", id="yeah-nah-yeah"),
]


@pytest.mark.parametrize("text", ENDING_ON_NAH)
def test_yeah_nah_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", ENDING_ON_NAH)
def test_yeah_nah_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize("text", ENDING_ON_YEAH)
def test_nah_yeah_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", ENDING_ON_YEAH)
def test_nah_yeah_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_a_plain_nah_stays_a_no() -> None:
    assert read_intent("Nah, can't make it").answer is Answer.NO


def test_yeah_no_stays_a_no() -> None:
    assert read_intent("Yeah, no, that won't work for me").answer is Answer.NO
