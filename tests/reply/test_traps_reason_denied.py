"""A reason to stay away denied is a yes, wherever the date stands in it: "Ich sehe
keinen einzigen Grund, am Donnerstag nicht zu kommen", "Es gibt keinen Grund, am 28.
nicht dabei zu sein". With an exception named after it the reply goes to a person.
Praise for the topic ("Auf jeden Fall ein spannendes Thema") is no yes of its own."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED = [
    pytest.param("Ich sehe keinen einzigen Grund, am Donnerstag nicht zu kommen.", id="am-tag"),
    pytest.param("Es gibt keinen Grund, am 28. nicht dabei zu sein.", id="es-gibt-datum"),
    pytest.param("Es gibt keinen Grund, nicht zu kommen.", id="es-gibt"),
    pytest.param("Keinen triftigen Grund, nicht zu kommen!", id="triftig"),
]


@pytest.mark.parametrize("text", DENIED)
def test_a_reason_to_stay_away_denied_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


EXCEPTED = [
    pytest.param("Kein Grund, am Donnerstag nicht zu kommen, außer meine Spätschicht.", id="de"),
    pytest.param("No reason not to come, except my night shift.", id="en"),
]


@pytest.mark.parametrize("text", EXCEPTED)
def test_a_reason_denied_then_named_goes_to_a_person(text: str) -> None:
    assert analyse(_mail(text)).answer is None


PRAISE_THEN_OBSTACLE = [
    pytest.param(
        "Auf jeden Fall ein spannendes Thema, nur muss ich im Salon eine Hochzeit frisieren.",
        id="thema-nur-muss",
    ),
    pytest.param("Auf jeden Fall interessant, nur hab ich da Spätdienst.", id="interessant-nur"),
]


@pytest.mark.parametrize("text", PRAISE_THEN_OBSTACLE)
def test_praise_for_the_topic_before_an_obstacle_is_no_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_auf_jeden_fall_alone_stays_a_yes() -> None:
    assert analyse(_mail("Auf jeden Fall dabei!")).answer is Answer.YES
