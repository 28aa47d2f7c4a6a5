"""Being "in for" or "good for" the evening named is a yes: "I'm in for Thursday", "we're
so in for the 28th", "I'm good for Thursday". Before, the words after "I'm in" hid the
answer (the "in" of "I'm in Berlin" is a place) and the reply went to review. The same
words denied ("I'm not in for Thursday") are a no, and an "in for" of something else
("in for a rough week", "in for a treat") answers nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("I'm in for Thursday.", id="in-for-thursday"),
    pytest.param("Yes, I'm in for Thursday.", id="yes-in-for-thursday"),
    pytest.param("I'm in for the 28th!", id="in-for-the-28th"),
    pytest.param("We're so in for Thursday, see you.", id="we-so-in"),
    pytest.param("im in for thursday", id="texted"),
    pytest.param("Definitely in for this one, I'm totally in for the evening.", id="totally-in"),
    pytest.param("I'm good for Thursday.", id="good-for-thursday"),
    pytest.param("Sounds great, I'm in for the 28th.", id="sounds-great-in-for"),
]

REFUSALS = [
    pytest.param("I'm not in for Thursday, sorry.", id="not-in-for-thursday"),
    pytest.param("Sadly I'm not in for this one.", id="sadly-not-in"),
    pytest.param("I'm not good for Thursday, I'm on call.", id="not-good-for-thursday"),
    pytest.param("We're not in for the 28th, the kids are ill.", id="we-not-in"),
    pytest.param("I'm afraid I'm not in for the meetup this time.", id="afraid-not-in"),
]

NOT_YES = [
    pytest.param("I'm in for a rough week, can't come.", id="rough-week"),
    pytest.param("I'm not sure I'm in for Thursday.", id="not-sure"),
    pytest.param("Not sure if I'm good for Thursday.", id="not-sure-good-for"),
    pytest.param("I'm in for a treat at my sister's wedding that night, so no.", id="treat"),
    pytest.param("I'd be in for Thursday if I weren't travelling.", id="unreal"),
]


@pytest.mark.parametrize("text", YESES)
def test_in_for_the_evening_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_in_for_the_evening_is_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", REFUSALS)
def test_not_in_for_the_evening_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_not_in_for_the_evening_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", NOT_YES)
def test_in_for_something_else_or_in_doubt_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
