"""A yes that can only be given later is a maybe: "Ich würde gern, kann aber erst
kurzfristig zusagen", "I'd like to come but can only confirm at short notice" were read
as a wish turned down (a no); "Ich kann erst am Mittwoch sicher zusagen" alone as
nothing. A plain obstacle after the wish stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LATER = [
    pytest.param("Ich würde gern, kann aber erst kurzfristig zusagen.", id="de-kurzfristig"),
    pytest.param(
        "Würde sehr gern kommen, kann aber erst nächste Woche verbindlich zusagen.",
        id="de-naechste-woche-verbindlich",
    ),
    pytest.param(
        "Sehr gerne, allerdings kann ich erst kurzfristig Bescheid geben.", id="de-bescheid"
    ),
    pytest.param(
        "Klingt super, aber eine Zusage kann ich erst am Dienstag machen.", id="de-zusage-erst"
    ),
    pytest.param("Ich kann erst am Mittwoch sicher zusagen.", id="de-alone"),
    pytest.param("I'd like to come but can only confirm at short notice.", id="en-short-notice"),
    pytest.param("Love to, but I won't know until Tuesday whether I'm free.", id="en-wont-know"),
    pytest.param("Sounds great but I can only confirm the day before.", id="en-day-before"),
]


@pytest.mark.parametrize("text", LATER)
def test_a_yes_only_given_later_is_read_as_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE
    assert analyse(_mail(text)).answer in (Answer.MAYBE, None)


PLAIN_OBSTACLE = [
    pytest.param("Würde gern, aber ich hab Spätdienst.", id="de-spaetdienst"),
    pytest.param("I'd love to but I'm away that week.", id="en-away"),
    pytest.param("Ich habe erst zugesagt und muss jetzt leider absagen.", id="de-erst-zugesagt"),
]


@pytest.mark.parametrize("text", PLAIN_OBSTACLE)
def test_a_wish_turned_down_by_an_obstacle_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
