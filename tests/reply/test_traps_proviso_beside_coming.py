"""Coming with an everyday proviso is a maybe, as the corpus labels it: "I'm in if my
train runs", "I'm in, provided the trains aren't on strike", "Ich bin dabei, solange die
Bahn nicht streikt". A negation inside the condition denies nothing of the coming: "I'll
come if it's not raining" is a maybe, not a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm in if my train runs.", id="en-in-if"),
        pytest.param("I'm in, provided the trains aren't on strike.", id="en-provided"),
        pytest.param("I'll be there as long as the kids are asleep by 7.", id="en-as-long-as"),
        pytest.param("Ich bin dabei, solange die Bahn nicht streikt.", id="de-solange"),
        pytest.param("I'll come if it's not raining.", id="en-if-not-raining"),
        pytest.param("I'm in if it doesn't rain.", id="en-if-doesnt-rain"),
        pytest.param("I'm there as long as it's not raining.", id="en-there-as-long-as-not"),
        pytest.param("If the train isn't late I'm in.", id="en-if-first"),
    ],
)
def test_coming_with_a_proviso_is_a_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'll stay as long as I can.", id="en-stay-as-long"),
        pytest.param("I'm there.", id="en-im-there"),
    ],
)
def test_staying_as_long_as_one_can_is_no_proviso(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.MAYBE


def test_a_no_with_a_condition_after_it_is_a_doubt() -> None:
    # as "If it snows, I can't come" and a coming on a condition: the no may not come
    assert analyse(_mail("I can't come if it snows.")).answer is Answer.MAYBE
