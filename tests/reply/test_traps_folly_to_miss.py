"""A folly said of staying away is coming: "Ich wäre blöd, wenn ich nicht käme", "I'd be
crazy not to come", "wär ja schön blöd, das zu verpassen". The "nicht käme" or "not to
come" inside it is the folly's, never the member's no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

FOLLY = [
    pytest.param("Ich wäre blöd, wenn ich nicht käme.", id="de-waere-bloed-nicht-kaeme"),
    pytest.param("Wär ja schön blöd, das zu verpassen.", id="de-schoen-bloed-verpassen"),
    pytest.param("Wir wären ja verrückt, wenn wir nicht kämen!", id="de-wir-verrueckt"),
    pytest.param("I'd be crazy not to come.", id="en-crazy-not-to-come"),
    pytest.param("It would be silly not to come.", id="en-silly-not-to-come"),
    pytest.param("We'd be mad to miss this one.", id="en-mad-to-miss"),
]


@pytest.mark.parametrize("text", FOLLY)
def test_a_folly_said_of_staying_away_is_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
