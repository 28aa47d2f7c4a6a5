"""A yes whose punchline, after a pause, is being somewhere else ("Ich bin dabei… beim
Zahnarzt", "Bin dabei – also, im Urlaub", "Yes I'm in – in Lisbon, that is", "Count
me in… for the dentist that night") is no yes: a person reads it. The evening's own
place, a time, or the whole evening after the yes, or a comma, leave it a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ELSEWHERE = [
    pytest.param("Ich bin dabei… beim Zahnarzt.", id="de-beim-zahnarzt"),
    pytest.param("Bin dabei – also, im Urlaub.", id="de-also-im-urlaub"),
    pytest.param("Bin am Start... auf der Hochzeit meiner Cousine.", id="de-am-start-hochzeit"),
    pytest.param("Yes I'm in – in Lisbon, that is.", id="en-in-lisbon-that-is"),
    pytest.param("Count me in… for the dentist that night.", id="en-for-the-dentist"),
    pytest.param("I'll be there... at my sister's wedding.", id="en-sisters-wedding"),
    pytest.param("I'm totally in – in bed with covid.", id="en-totally-in-bed"),
    pytest.param("I'm in... the hospital, sadly.", id="en-in-the-hospital"),
    pytest.param("Ich bin voll dabei – beim Umziehen. Sorry!", id="de-beim-umziehen-sorry"),
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_a_yes_for_being_somewhere_else_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


STAYS = [
    pytest.param("Ich bin dabei – im Februar auch.", id="de-im-februar-auch"),
    pytest.param("Bin dabei, bei euch ist es immer toll.", id="de-bei-euch"),
    pytest.param("Ich bin dabei, in der Kneipe.", id="de-in-der-kneipe"),
    pytest.param("I'm in – at 7 as usual.", id="en-at-7"),
    pytest.param("Count me in – for the whole evening!", id="en-whole-evening"),
    pytest.param("Count me in, for the whole evening.", id="en-comma"),
    pytest.param("I'm in... the mood for pizza!", id="en-in-the-mood"),
    pytest.param("I'm in – at the usual place?", id="en-asks-the-place"),
]


@pytest.mark.parametrize("text", STAYS)
def test_the_evening_its_place_or_a_time_after_the_yes_leave_it_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
