"""Skipping denied without a never-word: "Nö, diesmal schwänze ich nicht", "Ich lass es
diesmal nicht ausfallen", "Nope, not skipping this one!", "Nah, I won't skip it". The
negation was read as a no, and the no-word before it agreed: the opposite answer. Now
the denied skip is a yes and the no-word before it refuses nothing. Something else
skipped ("Die Arbeit schwänze ich nicht", "I'm not skipping work for it") says no yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

SKIP_DENIED = [
    pytest.param("Nö, diesmal schwänze ich nicht.", id="de-noe-schwaenze"),
    pytest.param("Ich schwänze diesmal nicht!", id="de-ich-schwaenze"),
    pytest.param("Nein, ich lass es diesmal nicht ausfallen.", id="de-ausfallen"),
    pytest.param("Nee, ich setze diesmal nicht aus.", id="de-aussetzen"),
    pytest.param("Nope, not skipping this one!", id="en-nope-skipping"),
    pytest.param("Nah, I won't skip it.", id="en-wont-skip"),
    pytest.param("No, I'm not sitting this one out.", id="en-sitting-out"),
]


@pytest.mark.parametrize("text", SKIP_DENIED)
def test_skipping_denied_plainly_is_read_as_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", SKIP_DENIED)
def test_skipping_denied_plainly_is_never_recorded_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Die Arbeit schwänze ich nicht.", id="de-arbeit"),
        pytest.param("Nein, ich schwänze die Arbeit nicht.", id="de-nein-arbeit"),
        pytest.param("I'm not skipping work for it.", id="en-work"),
        pytest.param("I won't skip my daughter's recital.", id="en-recital"),
    ],
)
def test_something_else_not_skipped_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
