"""Knowing only later whether one can come is a maybe: "Am Mittwoch weiß ich mehr", "Am
Dienstag weiß ich's", "Morgen weiß ich Bescheid", "On Wednesday I'll know if I'm free",
"Ich sag Bescheid, sobald ich den Dienstplan habe". Unread, they went to review. A
knowing denied ("Morgen weiß ich nicht mehr als heute: ich komme nicht") and the
organizers asked to tell ("Sagt Bescheid, sobald ihr den Raum habt") are no maybe of
this kind."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LATER = [
    pytest.param("Am Mittwoch weiß ich mehr.", id="de-mittwoch-mehr"),
    pytest.param("Am Dienstag weiß ich's.", id="de-dienstag-weiss-ichs"),
    pytest.param("Morgen weiß ich Bescheid.", id="de-morgen-bescheid"),
    pytest.param("Ich sag Bescheid, sobald ich den Dienstplan habe.", id="de-sag-bescheid"),
    pytest.param("Sag ich euch Bescheid, wenn ich den Plan hab.", id="de-sag-ich-euch"),
    pytest.param("Gebe Bescheid.", id="de-gebe-bescheid"),
    pytest.param("On Wednesday I'll know if I'm free.", id="en-wednesday-know-if"),
    pytest.param("I'll know whether I can get away on Monday.", id="en-know-whether"),
]


@pytest.mark.parametrize("text", LATER)
def test_knowing_only_later_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", LATER)
def test_knowing_only_later_is_recorded_as_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


def test_knowing_denied_beside_a_refusal_is_no_maybe() -> None:
    text = "Morgen weiß ich nicht mehr als heute: ich komme nicht."
    assert read_intent(text).answer is Answer.NO


def test_the_organizers_asked_to_tell_is_no_answer() -> None:
    assert read_intent("Sagt Bescheid, sobald ihr den Raum habt.").answer is None
