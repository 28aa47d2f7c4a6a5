"""Skipping denied after a never-word, in verbs other than "verpassen": "Nie und nimmer
lasse ich das aus", "Auf keinen Fall lasse ich mir das sausen", "Never would I skip
this", "No way am I missing it". The never-word denies the skipping: a yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DENIED = [
    pytest.param("Nie und nimmer lasse ich das aus.", id="de-nie-und-nimmer-auslassen"),
    pytest.param("Auf keinen Fall lasse ich mir das sausen.", id="de-sausen-lassen"),
    pytest.param("Niemals würde ich das auslassen!", id="de-niemals-wuerde-auslassen"),
    pytest.param("Keinesfalls schwänze ich diesmal.", id="de-keinesfalls-schwaenzen"),
    pytest.param("Never would I skip this.", id="en-never-would-i-skip"),
    pytest.param("No way am I missing this one!", id="en-no-way-am-i-missing"),
]


@pytest.mark.parametrize("text", DENIED)
def test_skipping_denied_by_a_never_word_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", DENIED)
def test_skipping_denied_by_a_never_word_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Diesmal lasse ich aus, sorry.", id="de-lasse-aus"),
        pytest.param("I'll skip this one.", id="en-skip"),
    ],
)
def test_skipping_said_without_a_never_word_stays_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
