"""A yes on the condition that the organizer moves the evening ("Sicher, gerne – wenn
ihr das auf Freitag legt", "Yes if you move it to Friday") says the evening as it
stands does not suit: never a yes; a person reads it. Coming whether or not it moves
("auch wenn ihr es verschiebt", "even if you move it"), or a move of the place only,
leaves the yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MOVED = [
    pytest.param("Sicher, gerne – wenn ihr das auf Freitag legt.", id="de-auf-freitag-legt"),
    pytest.param("Ich komme, wenn ihr das auf Freitag legt.", id="de-ich-komme-wenn"),
    pytest.param("Gerne, falls ihr auf Freitag verschiebt.", id="de-falls-verschiebt"),
    pytest.param("Ja gern, wenn ihr es auf den 14. verschiebt.", id="de-auf-den-14"),
    pytest.param("Yes if you move it to Friday.", id="en-move-it-to-friday"),
    pytest.param("I'll come if you move it to next week.", id="en-next-week"),
    pytest.param("Count me in, provided you reschedule.", id="en-provided-reschedule"),
]


@pytest.mark.parametrize("text", MOVED)
def test_yes_if_the_evening_is_moved_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme, auch wenn ihr es verschiebt.", id="de-auch-wenn"),
        pytest.param("I'm in, even if you move it.", id="en-even-if"),
        pytest.param("Klar komme ich! Falls ihr den Ort verlegt, sagt Bescheid.", id="de-ort"),
        pytest.param("I'm in! If you move the venue, let me know.", id="en-venue"),
    ],
)
def test_yes_whether_or_not_it_moves_stays_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
