"""Somewhere else on the evening's day, said in English as "Am Donnerstag bin ich in
Leipzig" is said in German, is a no: "On Thursday I'm in Leeds, sorry", "On the 28th
I'm at a wedding", "That night we're in Paris". Unread, they went to review. In town,
at the meetup, or somewhere only until a time after which the member comes, is never
recorded as a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ELSEWHERE = [
    pytest.param("On Thursday I'm in Leeds, sorry.", id="thursday-leeds"),
    pytest.param("On the 28th I'm at a wedding.", id="28th-wedding"),
    pytest.param("That night we're in Paris.", id="that-night-paris"),
    pytest.param("On Thursday I'll be on night duty.", id="thursday-night-duty"),
    pytest.param("That evening I am already at my sister's.", id="that-evening-sisters"),
]
THERE = [
    pytest.param("On Thursday I'm in town, so I'll come.", id="in-town"),
    pytest.param("On Thursday I'm in the office till 6, then I'll come.", id="office-till-6"),
    pytest.param("On Thursday I'm in.", id="im-in"),
    pytest.param("On Thursday I'm at the meetup!", id="at-the-meetup"),
    pytest.param("On Thursday I'm at the venue.", id="at-the-venue"),
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_somewhere_else_on_the_day_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", THERE)
def test_being_there_on_the_day_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
