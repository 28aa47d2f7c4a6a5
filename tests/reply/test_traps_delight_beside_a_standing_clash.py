"""A bare word of delight ("Wunderbar", "Yay", "Great", "Super") beside the member's own
standing engagement at that time ("Da hab ich immer Chor", "I have choir on Thursdays",
"that's my yoga night", "genau an meinem Geburtstag") is irony: not a yes. With no
answer word it goes to a person. A firm yes beside it, or free time named, stays yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

IRONY = [
    pytest.param("Wunderbar, wieder ein Donnerstag. Da hab ich immer Chor.", id="de-chor"),
    pytest.param("Yay, another Thursday. I have choir on Thursdays.", id="en-choir-thursdays"),
    pytest.param("Great, Thursday again. That's my yoga night.", id="en-yoga-night"),
    pytest.param("Super, wieder an meinem Spieleabend.", id="de-an-meinem-spieleabend"),
    pytest.param("Prima. Genau an dem Abend hab ich Probe.", id="de-genau-an-dem-abend"),
    pytest.param("Toll! Jeden Donnerstag hab ich Training.", id="de-jeden-donnerstag"),
    pytest.param("Perfect. Right on my anniversary.", id="en-right-on-my"),
    pytest.param("Ja toll, und ich sitz im Flieger.", id="de-und-ich-sitz-im-flieger"),
    pytest.param("Great, and I'm stuck at the office that night.", id="en-and-im-stuck"),
]


@pytest.mark.parametrize("text", IRONY)
def test_delight_beside_a_standing_clash_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


def test_delight_beside_a_standing_clash_names_the_clash_for_a_person() -> None:
    reading = read_intent("Yay, another Thursday. I have choir on Thursdays.")
    assert reading.answer is None
    assert "clash" in reading.problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Super! Da habe ich immer Zeit.", id="de-immer-zeit"),
        pytest.param("Yay! I have Thursdays free now.", id="en-thursdays-free"),
        pytest.param(
            "Wunderbar, ich bin dabei! Genau an meinem Geburtstag, was für ein Zufall.",
            id="de-firm-yes-on-birthday",
        ),
        pytest.param("Great, count me in. That's my favourite night of the month.", id="en-firm"),
        pytest.param("Super, bis Donnerstag!", id="de-bis-donnerstag"),
        pytest.param("Super, und ich hab schon einen Parkplatz.", id="de-und-ich-hab"),
        pytest.param("Super! Genau an dem Tag hab ich frei.", id="de-genau-frei"),
        pytest.param("Prima! Da habe ich ja schon lange drauf gewartet.", id="de-drauf-gewartet"),
    ],
)
def test_delight_with_free_time_or_a_firm_yes_stays_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
