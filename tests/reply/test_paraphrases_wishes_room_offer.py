"""Room asked for beside a coming: politeness, or the condition the coming hangs on.

"Wenn noch Platz ist, komme ich gerne" and "I'd love to come if there's room" say yes
and ask politely; "If there's still room I'd come along" says only what would be, on
a condition nobody has answered yet: a doubt, never a recorded yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

HANGS_ON_THE_ROOM = [
    pytest.param("If there's still room I'd come along", id="room-first-id-come-along"),
    pytest.param("If there's still room I'd come along.", id="room-first-full-stop"),
    pytest.param("I'd come along if there's still room.", id="id-come-along-if-room"),
    pytest.param("I'd come along if there's still a seat.", id="id-come-if-seat"),
    pytest.param("If there's room I would join.", id="if-room-i-would-join"),
    pytest.param("If there's space I would join you.", id="if-space-would-join-you"),
    pytest.param("if theres still room i would come", id="phone-no-apostrophe"),
    pytest.param("IF THERE'S STILL ROOM I'D COME ALONG", id="all-caps"),
    pytest.param("Falls noch Platz ist, würde ich kommen.", id="falls-platz-wuerde-kommen"),
    pytest.param("Wenn noch ein Platz frei ist, wär ich dabei.", id="wenn-platz-frei-waer"),
    pytest.param("Wenn noch Platz ist, käme ich mit.", id="wenn-platz-kaeme-mit"),
    pytest.param("Wenn noch was frei ist, käme ich mit.", id="wenn-was-frei-kaeme"),
    pytest.param("Wenn noch Platz ist, wäre ich dabei.", id="wenn-platz-waere-dabei"),
    pytest.param("Falls noch Plaetze frei sind, wuerden wir kommen.", id="no-umlauts-wir"),
]


@pytest.mark.parametrize("text", HANGS_ON_THE_ROOM)
def test_a_coming_in_the_conditional_on_room_left_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


# a coming the rules do not read at all stays with a person, and never becomes a yes
NEVER_YES = [
    pytest.param("We'd drop by if there's some space left.", id="wed-drop-by"),
    pytest.param("Sofern noch Platz ist würde ich vorbeischauen", id="sofern-no-comma"),
    pytest.param(
        "Ich würde mitkommen, falls noch ein Platz frei ist.", id="wuerde-mitkommen-falls"
    ),
    pytest.param("If there is still room, I would come.", id="spelled-out"),
]


@pytest.mark.parametrize("text", NEVER_YES)
def test_a_conditional_coming_on_room_left_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


ROOM_ASKED_POLITELY = [
    pytest.param("Wenn noch Platz ist, komme ich gerne.", id="wenn-platz-komme-gerne"),
    pytest.param("Falls noch Platz ist: ich komme!", id="falls-platz-ich-komme"),
    pytest.param("Ich käme gern, wenn noch Platz ist.", id="kaeme-gern-wenn-platz"),
    pytest.param("I'd love to come if there's room.", id="love-to-come-if-room"),
    pytest.param("If there's space, count me in.", id="if-space-count-me-in"),
    pytest.param("If there's still room I'll come along.", id="if-room-ill-come"),
]


@pytest.mark.parametrize("text", ROOM_ASKED_POLITELY)
def test_room_asked_beside_a_plain_or_wished_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
