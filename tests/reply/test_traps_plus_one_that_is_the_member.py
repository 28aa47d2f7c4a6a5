"""A "+1" that counts the member, and a plus-one said away: "Ja, +1 (ich)", "Yes, +1 = me",
"Ja, komme – ohne Plus-Eins", "Komme ohne +1". The member comes, and brings no one."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ja, +1 (ich).", id="de-plus-one-ich"),
        pytest.param("Komme +1 (ich)", id="de-komme-plus-one-ich"),
        pytest.param("Yes, +1 = me :)", id="en-plus-one-is-me"),
        pytest.param("Count me in, +1 (me)", id="en-plus-one-me"),
        pytest.param("Ja, komme – ohne Plus-Eins.", id="de-ohne-plus-eins"),
        pytest.param("Komme ohne +1.", id="de-ohne-plus-1"),
        pytest.param("I'll come, without plus-one this time.", id="en-without-plus-one"),
    ],
)
def test_the_member_comes_and_brings_no_one(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 0)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Zusage +1", id="de-zusage-plus-one"),
        pytest.param("Ich komme +1 (meine Frau)", id="de-plus-one-named"),
        pytest.param("Komme nicht ohne Plus-Eins – also zu zweit!", id="de-nicht-ohne"),
    ],
)
def test_a_plus_one_named_or_counted_still_comes_along(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 1)
