"""A problem doubted, then the coming said after a dash, is a yes, never a no.

"I don't think that's a problem – I'm coming!" was read as a no: the doubt reached over
the dash and denied the coming. A problem, issue or hindrance doubted ends there; a
doubt of the member's own coming ("I don't think I can – …") and a dash inside the doubt
keep it over the rest.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from somek_tui.models import Answer
from tests.reply.plain_reply import plain_reply

PROBLEM_DOUBTED = [
    "I don't think that's a problem – I'm coming!",
    "Don't think the rain is a problem – I'm coming!",
    "Ich glaube nicht, dass der Stau ein Problem wird – bin dabei.",
    "I don't think the late start matters - I'll be there.",
    "Glaube nicht, dass das ein Problem ist – ich komme!",
]


@pytest.mark.parametrize("text", PROBLEM_DOUBTED)
def test_a_problem_doubted_before_the_coming_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(plain_reply(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", PROBLEM_DOUBTED[:4])
def test_a_problem_doubted_before_the_coming_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "I don't think so – I'm busy that night.",
        "I don't think – given my shifts – that I'll make it.",
        "Ich glaube nicht – wegen der Arbeit – dass ich komme.",
        "I don't think I can – I'm coming from work late.",
        "Ich glaube nicht, dass ich komme – ich bin im Urlaub.",
    ],
)
def test_a_doubt_of_the_coming_itself_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
