"""A "never" idiom put before missing the evening ("Not in a million years would I miss
it", "Nicht im Traum würde ich das verpassen", "Never again will I miss one") denies the
missing: a yes. The idiom said alone ("Not in a million years!") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MISSING_DENIED = [
    pytest.param("Not in a million years would I miss it.", id="en-million-years"),
    pytest.param("Not in a hundred years would I skip pizza night!", id="en-hundred-years-skip"),
    pytest.param("Never again will I miss one of these – see you!", id="en-never-again"),
    pytest.param("Never in my life would I miss this.", id="en-never-in-my-life"),
    pytest.param("Nicht im Traum würde ich das verpassen.", id="de-nicht-im-traum"),
    pytest.param("Nie im Leben würde ich den Abend auslassen.", id="de-nie-im-leben-auslassen"),
    pytest.param(
        "Nicht in hundert Jahren lasse ich mir das entgehen!", id="de-hundert-jahren-entgehen"
    ),
    pytest.param("Nie wieder verpasse ich einen Stammtisch – bis Donnerstag!", id="de-nie-wieder"),
    pytest.param("Nope, not cancelling this time!", id="en-not-cancelling-this-time"),
]


@pytest.mark.parametrize("text", MISSING_DENIED)
def test_a_never_idiom_before_missing_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Not in a million years!", id="en-idiom-alone"),
        pytest.param("Nicht in hundert Jahren. Ich hasse Karaoke.", id="de-idiom-alone"),
        pytest.param("Never again – last time was awful.", id="en-never-again-alone"),
    ],
)
def test_the_idiom_alone_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
