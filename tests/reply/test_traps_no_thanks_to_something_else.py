"""A "no thanks" followed by what is not needed answers that, not the evening: "No thanks,
I don't need a ride. I'll cycle over", "Nein danke, ich brauche keine
Mitfahrgelegenheit. Ich komme mit dem Rad". The "thanks" hid the no-word that agrees
with the negation after it, and the mail was read as a no. A "no thanks" with nothing
named after it ("Nein danke, ich möchte nicht") or with a refusal stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DECLINES_SOMETHING_ELSE = [
    pytest.param("No thanks, I don't need a ride. I'll cycle over.", id="en-ride-cycle"),
    pytest.param("No thanks, I don't need a lift - I'll be there.", id="en-lift"),
    pytest.param("No thank you, I do not need a ride. See you there!", id="en-thank-you"),
    pytest.param(
        "Nein danke, ich brauche keine Mitfahrgelegenheit. Ich komme mit dem Rad.",
        id="de-mitfahrgelegenheit",
    ),
    pytest.param(
        "Nee danke, ich brauche keinen Parkplatz, ich komme mit der Bahn.", id="de-parkplatz"
    ),
]


@pytest.mark.parametrize("text", DECLINES_SOMETHING_ELSE)
def test_no_thanks_to_something_else_is_never_read_as_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


COMING_SAID = [
    pytest.param("No thanks, I don't need a lift - I'll be there.", id="en-lift"),
    pytest.param(
        "Nein danke, ich brauche keine Mitfahrgelegenheit. Ich komme mit dem Rad.",
        id="de-mitfahrgelegenheit",
    ),
]


@pytest.mark.parametrize("text", COMING_SAID)
def test_no_thanks_to_something_else_beside_a_coming_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


STILL_NO = [
    pytest.param("No thanks.", id="en-alone"),
    pytest.param("Nein danke, ich möchte nicht.", id="de-moechte-nicht"),
    pytest.param("Nein danke, ich habe keine Zeit.", id="de-keine-zeit"),
    pytest.param("No thanks, I won't be coming.", id="en-wont-be-coming"),
    pytest.param("Nee danke, ich bin raus.", id="de-raus"),
]


@pytest.mark.parametrize("text", STILL_NO)
def test_no_thanks_to_the_evening_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
