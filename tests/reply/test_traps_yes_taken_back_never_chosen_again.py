"""A yes taken back ("Count me in. Scratch that, work trip came up", "Ich komme!
Korrektur: Dienstreise") leaves the rules with the yes and the taking back; the trained
reader may not choose the yes that was taken back. A day checked aloud after a stop
("ah nee warte, Donnerstag? da hab ich Chor") is no question that lets the yes stand."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TAKEN_BACK = [
    pytest.param("Yes, count me in.\n\nUpdate: scratch that, work trip came up.", id="en-update"),
    pytest.param("Count me in! Scratch that, I have a work trip.", id="en-scratch-that"),
    pytest.param("Yes, I'll come. On second thought, the kids are ill.", id="en-second-thought"),
    pytest.param("Ich komme! Korrektur: Dienstreise dazwischengekommen.", id="de-korrektur"),
    pytest.param("Bin dabei.\n\nKommando zurück, mein Chef hat was dagegen.", id="de-kommando"),
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_yes_taken_back_is_never_recorded(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


DAY_CHECKED = [
    pytest.param(
        "jaaa endlich wieder!! ... ah ne warte, donnerstag? da hab ich chor. sry",
        id="de-donnerstag-chor",
    ),
    pytest.param("Ja klar! Moment, am Donnerstag? Da bin ich ja in Köln.", id="de-koeln"),
    pytest.param("I'm in! Oh wait, Thursday? That's my sister's wedding.", id="en-wedding"),
    pytest.param("Count me in! Hold on, the 14th?? I'm in Leeds then.", id="en-14th-leeds"),
]


@pytest.mark.parametrize("text", DAY_CHECKED)
def test_a_day_checked_after_a_stop_turns_the_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich komme! Moment, Donnerstag? Ja, passt.", id="de-day-then-yes"),
        pytest.param("I'm in! Oh wait, a question: is there parking?", id="en-question"),
    ],
)
def test_a_stop_that_only_asks_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
