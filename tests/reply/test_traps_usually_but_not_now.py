"""The usual set against this evening ("Sonst gerne, aber diesmal nicht", "Sonst bin ich
ja dabei, dieses Mal aber nicht", "Normalerweise kann ich nicht, aber diesmal klappt's")
is no answer: "sonst" sets no condition there, and what is said of this evening decides.
"Sonst sage ich ab" (otherwise) still conditions."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

USUALLY_BUT_NOT_NOW = [
    pytest.param("Sonst gerne, aber diesmal nicht.", id="sonst-gerne-diesmal-nicht"),
    pytest.param("Sonst immer, diesmal leider nicht.", id="sonst-immer-diesmal-nicht"),
    pytest.param("Sonst bin ich ja dabei, dieses Mal aber nicht.", id="sonst-dabei-dieses-mal"),
    pytest.param("Meistens bin ich dabei, heute leider nicht.", id="meistens-heute-nicht"),
]


@pytest.mark.parametrize("text", USUALLY_BUT_NOT_NOW)
def test_the_usual_set_against_this_evening_keeps_its_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


USUALLY_NOT_BUT_NOW = [
    pytest.param(
        "Normalerweise kann ich donnerstags nicht, aber diesmal klappt's.", id="normalerweise"
    ),
    pytest.param("Sonst komme ich nie, aber diesmal schon.", id="sonst-nie-diesmal-schon"),
    pytest.param("Usually I can't do Thursdays, but this week works.", id="en-usually-this-week"),
    pytest.param("Normally I'm busy, but this time is fine.", id="en-normally-this-time"),
]


@pytest.mark.parametrize("text", USUALLY_NOT_BUT_NOW)
def test_the_usual_no_set_against_this_evening_leaves_its_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
    assert read_intent(text).answer is Answer.YES


def test_otherwise_still_sets_a_condition() -> None:
    assert analyse(_mail("Ich komme, wenn ich Zeit habe. Sonst nicht.")).answer is not Answer.NO
