"""A no-word of surprise in a sentence of its own before a yes: "No way, SEO at last! I'm
in.", "Nee, echt jetzt? Genau mein Thema! Bin dabei." The no is delight, the yes the
answer; unread, the two went to review as contradictory. A no-word before a place or a
meeting ("No way! I'm in Berlin that week"), or a yes turned by "but", keeps its no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DELIGHTED = [
    pytest.param("No way, SEO at last! I'm in.", id="en-at-last-im-in"),
    pytest.param("No way, SEO night? I'm there.", id="en-question-im-there"),
    pytest.param("No way!! Finally a topic for us! Count me in.", id="en-count-me-in"),
    pytest.param("Nee, echt jetzt? Genau mein Thema! Bin dabei.", id="de-echt-jetzt"),
    pytest.param("Nein! Endlich SEO! Ich komme.", id="de-nein-endlich"),
]
STILL_NO = [
    pytest.param("No way! I'm in Berlin that week.", id="en-in-berlin"),
    pytest.param("No way. I'm in a meeting till 10.", id="en-in-a-meeting"),
    pytest.param("Nein! Ich komme nicht.", id="de-komme-nicht"),
    pytest.param("Nee, echt jetzt? Da bin ich leider nicht da.", id="de-nicht-da"),
]


@pytest.mark.parametrize("text", DELIGHTED)
def test_surprise_before_a_yes_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", DELIGHTED)
def test_surprise_before_a_yes_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", STILL_NO)
def test_a_no_word_before_a_refusal_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_yes_turned_by_but_after_surprise_is_never_recorded_as_yes() -> None:
    assert analyse(_mail("No way, I'm in, but not on Thursday.")).answer is not Answer.YES
