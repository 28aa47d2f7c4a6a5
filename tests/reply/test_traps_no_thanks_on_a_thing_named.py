"""A "no thanks" with the thing declined named after a preposition: "No thanks on the
lift, I'll cycle over", "Nein danke zur Mitfahrgelegenheit, ich komme mit dem Rad". The
no-word declines the lift, not the evening, yet it was recorded as the member's no: the
opposite answer. Now the thanks and the thing are read as saying nothing of the
evening; a plain "Nein danke, ich komme nicht" stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DECLINES_A_THING = [
    pytest.param("No thanks on the lift, I'll cycle over.", id="en-on-the-lift"),
    pytest.param("No thanks to the lift, I'll cycle.", id="en-to-the-lift"),
    pytest.param("No thanks re the ride – I'll walk over.", id="en-re-ride"),
    pytest.param("No thanks regarding the parking space, I'll take the bus.", id="en-parking"),
    pytest.param("Nein danke zur Mitfahrgelegenheit, ich komme mit dem Rad.", id="de-mitfahr"),
    pytest.param("Nee danke wegen der Abholung, ich nehme die Bahn.", id="de-abholung"),
]


@pytest.mark.parametrize("text", DECLINES_A_THING)
def test_no_thanks_on_a_thing_named_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No thanks on the pizza, but I'll be there.", id="en-pizza"),
        pytest.param("Nein danke zur Mitfahrgelegenheit, ich komme mit dem Rad.", id="de"),
    ],
)
def test_no_thanks_on_a_thing_beside_a_coming_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Nein danke, ich komme nicht.", id="de-plain"),
        pytest.param("No thanks, I'll pass.", id="en-pass"),
    ],
)
def test_a_plain_no_thanks_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
