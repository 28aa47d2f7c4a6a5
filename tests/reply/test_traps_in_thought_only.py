"""There only in thought, said after the yes: "Bin dabei – im Geiste", "I'll be there, in
spirit". The yes is taken back; never recorded as coming. Looking forward in thought
beside a plain yes ("in Gedanken schon beim Stammtisch – komme auf jeden Fall") stays a
yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

IN_THOUGHT = [
    pytest.param("Bin dabei – im Geiste.", id="de-dabei-im-geiste"),
    pytest.param("Ich bin da, aber nur in Gedanken.", id="de-da-nur-in-gedanken"),
    pytest.param("I'll be there, in spirit.", id="en-there-in-spirit"),
    pytest.param("I will be there – but only in my thoughts.", id="en-there-only-thoughts"),
]


@pytest.mark.parametrize("text", IN_THOUGHT)
def test_there_only_in_thought_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer in (Answer.NO, None)


@pytest.mark.parametrize("text", IN_THOUGHT)
def test_the_rules_read_there_only_in_thought_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_looking_forward_in_thought_beside_a_yes_stays_a_yes() -> None:
    text = "Ich bin in Gedanken schon beim Stammtisch – komme auf jeden Fall!"
    assert analyse(_mail(text)).answer is Answer.YES
