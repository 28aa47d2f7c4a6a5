"""A no said only of another evening, with this one named after it, is never recorded as
a no: "Das letzte Treffen war toll, leider konnte ich nicht lang bleiben. Diesmal bleibe
ich länger!", "Last time I couldn't stay long. This time I'll stay till the end". The
rules found no answer and the trained reader counted the past "leider … nicht" as a no;
a person reads such a mail. A refusal said of this evening too ("… und diesmal geht es
leider auch nicht") stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

THEN_NOT_NOW = [
    pytest.param(
        "Das letzte Treffen war toll, leider konnte ich nicht lang bleiben. "
        "Diesmal bleibe ich länger!",
        id="de-laenger-bleiben",
    ),
    pytest.param(
        "Beim letzten Mal bin ich leider nicht lange geblieben. "
        "Diesmal bleibe ich bis zum Schluss!",
        id="de-bis-zum-schluss",
    ),
    pytest.param(
        "Letztes Mal kam ich leider zu spät. Diesmal bin ich pünktlich, versprochen.",
        id="de-puenktlich",
    ),
    pytest.param("Last time I couldn't stay long. This time I'll stay till the end!", id="en-stay"),
    pytest.param(
        "Last time I was late, sorry. This time I'll be on time, promise.", id="en-on-time"
    ),
    pytest.param(
        "Last month I sadly had to leave early. This time I'm staying for the whole evening.",
        id="en-whole-evening",
    ),
]


@pytest.mark.parametrize("text", THEN_NOT_NOW)
def test_a_no_said_of_another_evening_is_never_recorded_for_this_one(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


REFUSED_NOW_TOO = [
    pytest.param(
        "Letztes Mal konnte ich nicht, und diesmal geht es leider auch nicht.", id="de-auch"
    ),
    pytest.param("Last time I couldn't come, and this time I can't either, sorry.", id="en-either"),
    pytest.param(
        "Letztes Mal war ich leider nicht da. Diesmal muss ich leider auch passen.",
        id="de-passen",
    ),
    pytest.param(
        "Leider kann ich nicht. Letztes Mal war super, diesmal schaffe ich es nicht.",
        id="de-schaffe-nicht",
    ),
]


@pytest.mark.parametrize("text", REFUSED_NOW_TOO)
def test_a_refusal_of_this_evening_beside_another_evening_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
