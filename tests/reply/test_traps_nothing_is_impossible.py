"""Words of impossibility that refuse nothing. A motto against giving up: "Unmöglich ist
nichts – bis Donnerstag", "Geht nicht gibt's nicht, ich komme", "Impossible is nothing,
see you there"; its "unmöglich" or "geht nicht" was read as the refusal, the opposite
answer. Not coming called unthinkable ("Undenkbar, nicht dabei zu sein", "Impossible not
to come!") is coming, and a "can't" that agrees ("Kann nicht meckern", "Can't argue with
that") no refusal; both were read as a no. An impossibility said of the evening stays a
no."""

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


NOT_COMING_UNTHINKABLE = [
    pytest.param("Undenkbar, nicht dabei zu sein", id="undenkbar-nicht-dabei"),
    pytest.param("Unvorstellbar, nicht dabei zu sein!", id="unvorstellbar-nicht-dabei"),
    pytest.param("Unmöglich, nicht zu kommen", id="unmoeglich-nicht-zu-kommen"),
    pytest.param("Unthinkable not to be there", id="unthinkable-not-there"),
    pytest.param("Impossible not to come!", id="impossible-not-to-come"),
    pytest.param("Impossible for me not to come, see you", id="impossible-for-me"),
]


@pytest.mark.parametrize("text", NOT_COMING_UNTHINKABLE)
def test_not_coming_called_unthinkable_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", NOT_COMING_UNTHINKABLE)
def test_not_coming_called_unthinkable_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


def test_not_coming_called_not_impossible_is_no_yes() -> None:
    assert read_intent("Nicht unmöglich, nicht zu kommen").answer is not Answer.YES


AGREEING_CANNOT = [
    pytest.param("Kann nicht meckern, bin dabei", id="kann-nicht-meckern"),
    pytest.param("Kann nicht klagen, komme gern", id="kann-nicht-klagen"),
    pytest.param("Ich kann nicht anders, ich komme", id="kann-nicht-anders-komme"),
    pytest.param("Can't argue with that, I'm in", id="cant-argue"),
    pytest.param("Can't complain, count me in", id="cant-complain"),
]


@pytest.mark.parametrize("text", AGREEING_CANNOT)
def test_a_cannot_that_agrees_beside_a_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


def test_cannot_help_but_cancel_stays_a_no() -> None:
    assert read_intent("Ich kann nicht anders, ich muss absagen").answer is Answer.NO
