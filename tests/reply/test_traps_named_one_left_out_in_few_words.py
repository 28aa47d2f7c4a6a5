"""Someone named drops out in few words beside the member's yes: "Ich komme – Anna
leider nicht", "Ich bin dabei. Peter leider nicht", "Anna fällt aus, ich bin da", "Jonas
hat es sich anders überlegt": theirs is no no of the member's, whose yes stands alone.
"Jan nicht" may be January, and is never read as someone named Jan."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LEFT_OUT = [
    pytest.param("Ich komme – Anna leider nicht.", id="de-name-leider-nicht"),
    pytest.param("Ich bin dabei. Peter leider nicht.", id="de-sentence-of-its-own"),
    pytest.param("Anna fällt aus, ich bin da.", id="de-faellt-aus"),
    pytest.param("Mein Mann fällt aus, ich komme.", id="de-mein-mann-faellt-aus"),
    pytest.param("Ich komme, aber Jonas hat es sich anders überlegt.", id="de-anders-ueberlegt"),
    pytest.param("I am in, Sam not.", id="en-name-not"),
]


@pytest.mark.parametrize("text", LEFT_OUT)
def test_the_members_yes_stands_beside_a_named_one_left_out(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 0)


def test_a_month_written_short_is_no_one_named() -> None:
    assert analyse(_mail("Jan nicht, Feb gerne.")).answer is not Answer.YES
