"""Not missing something else is no yes: "No way I'm missing the airport pickup", "I
can't miss my flight", "Den Geburtstag meiner Mutter verpasse ich nicht". The object is
another event, so the reply is never read as a yes; where the member names it as
clashing with the evening it is a no. Not missing the evening itself stays a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

OTHER = [
    pytest.param("There's no way I'm missing the airport pickup.", id="en-no-way-pickup"),
    pytest.param("I can't miss my flight that evening.", id="en-cant-miss-flight"),
    pytest.param("Sorry, that's my daughter's recital and I can't miss it.", id="en-recital-it"),
    pytest.param("I won't miss our team's cup final, sorry.", id="en-wont-miss-final"),
    pytest.param("Den Geburtstag meiner Mutter verpasse ich nicht, sorry.", id="de-geburtstag"),
    pytest.param("Meinen Flug nach Rom darf ich auf keinen Fall verpassen.", id="de-flug"),
    pytest.param(
        "Am Donnerstag ist die Hochzeit meiner Schwester, die verpasse ich auf keinen Fall.",
        id="de-hochzeit",
    ),
]


@pytest.mark.parametrize("text", OTHER)
def test_not_missing_another_event_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_not_missing_a_clashing_event_named_for_the_evening_is_a_no() -> None:
    text = "Am Donnerstag ist die Hochzeit meiner Schwester, die verpasse ich auf keinen Fall."
    assert analyse(_mail(text)).answer is Answer.NO


THE_EVENING = [
    pytest.param("No way I'm missing the meetup!", id="en-meetup"),
    pytest.param("No way I'm missing this one.", id="en-this-one"),
    pytest.param("I wouldn't miss your talk for anything.", id="en-your-talk"),
    pytest.param("Den Stammtisch verpasse ich nicht!", id="de-stammtisch"),
    pytest.param("Das verpasse ich auf keinen Fall.", id="de-das"),
]


@pytest.mark.parametrize("text", THE_EVENING)
def test_not_missing_the_evening_itself_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
