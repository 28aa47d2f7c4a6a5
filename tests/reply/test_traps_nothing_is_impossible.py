"""A motto against giving up refuses nothing: "Unmöglich ist nichts – bis Donnerstag",
"Geht nicht gibt's nicht, ich komme", "Impossible is nothing, see you there". Its
"unmöglich" or "geht nicht" was read as the refusal, the opposite answer. An
impossibility said of the evening stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MOTTOS = [
    pytest.param("Unmöglich ist nichts – bis Donnerstag", id="unmoeglich-ist-nichts"),
    pytest.param("Geht nicht gibt's nicht – ich komme", id="geht-nicht-gibts-nicht"),
    pytest.param("Nichts ist unmöglich, ich bin dabei", id="nichts-ist-unmoeglich"),
    pytest.param("Impossible is nothing, see you there", id="impossible-is-nothing"),
    pytest.param("Nothing is impossible – I'll be there", id="nothing-is-impossible"),
]


@pytest.mark.parametrize("text", MOTTOS)
def test_a_motto_against_impossibility_beside_a_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", MOTTOS)
def test_a_motto_against_impossibility_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Unmöglich, sorry", id="unmoeglich-sorry"),
        pytest.param("Geht nicht, sorry", id="geht-nicht-sorry"),
        pytest.param("Impossible this time, sorry", id="impossible-this-time"),
    ],
)
def test_an_impossibility_of_the_evening_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
