"""Not yet able to confirm is a maybe, not a no: "I am not yet in a position to confirm".

"I am not in a position to attend" is still a no: there the coming cannot be done."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

NOT_YET = [
    pytest.param(
        "Dear Ms Becker,\n\nThank you for the invitation. I am not yet in a position to "
        "confirm my attendance and will revert to you shortly.\n\nKind regards,\nDavid Lee",
        id="formal-letter",
    ),
    pytest.param("I am not in a position to confirm yet.", id="position-confirm-yet"),
    pytest.param("I'm not yet able to commit, sorry.", id="not-yet-able-to-commit"),
    pytest.param("We are not yet in a position to say.", id="not-yet-say"),
    pytest.param("Not yet in a position to give you a firm answer.", id="firm-answer"),
    pytest.param("Ich bin noch nicht in der Lage zuzusagen.", id="noch-nicht-in-der-lage"),
]


@pytest.mark.parametrize("text", NOT_YET)
def test_confirming_not_yet_possible_is_a_maybe(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.MAYBE


CANNOT = [
    pytest.param("I am not in a position to attend.", id="cannot-attend"),
    pytest.param("I am not in a position to join you this time.", id="cannot-join"),
    pytest.param("Ich bin nicht in der Lage zu kommen.", id="nicht-in-der-lage-zu-kommen"),
]


@pytest.mark.parametrize("text", CANNOT)
def test_coming_not_possible_stays_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is Answer.NO
