"""The member speaking after a companion who dropped out: "My wife bailed, but I'll be
there", "My husband cancelled, but I'll be there". A clause the member opens ("but I'll
be there", "aber ich komme") is the member's own; the subject of the clause before does
not carry over into it, however short that clause was."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("My wife bailed, but I'll be there.", id="en-wife-bailed"),
        pytest.param("My friend bailed, but I'll still come.", id="en-friend-bailed"),
        pytest.param("My husband cancelled, but I'll be there.", id="en-husband-cancelled"),
        pytest.param("My partner bailed – I'll be there though.", id="en-partner-though"),
        pytest.param("My plus-one bailed, but I'll be there.", id="en-plus-one-bailed"),
        pytest.param("Meine Frau hat abgesagt, aber ich bin dabei.", id="de-frau-abgesagt"),
        pytest.param("Kollegin abgesprungen, aber ich komme.", id="de-kollegin-abgesprungen"),
    ],
)
def test_the_member_coming_after_a_companion_dropped_out_is_a_yes_alone(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, 0)


def test_a_companion_carried_on_by_a_bare_verb_stays_theirs() -> None:
    reading = analyse(_mail("Meine Kollegin wollte mit, hat aber keine Zeit."))
    assert reading.answer is not Answer.NO
