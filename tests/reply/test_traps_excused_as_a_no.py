"""Asking to be excused is the formal no, often beside thanks: "Ich lasse mich
entschuldigen, danke!", "Bitte entschuldigt mich diesmal", "Please excuse me this
time", "Apologies from me this time". An apology for a late reply excuses nothing of
the evening and leaves the yes after it."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

EXCUSED = [
    pytest.param("Ich lasse mich entschuldigen, danke!", id="de-lasse-mich-entschuldigen"),
    pytest.param("Bitte entschuldigt mich diesmal – danke fürs Einladen!", id="de-entschuldigt"),
    pytest.param("Entschuldigen Sie mich bitte für diesen Abend.", id="de-entschuldigen-sie"),
    pytest.param("Please excuse me this time, thanks for the invite!", id="en-excuse-me"),
    pytest.param("Excuse me from Thursday, I'm on nights.", id="en-excuse-me-from"),
    pytest.param("Apologies from me this time. Thanks!", id="en-apologies-from-me"),
]


@pytest.mark.parametrize("text", EXCUSED)
def test_asking_to_be_excused_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Please excuse me for the late reply – I'm coming!", id="en-late-reply"),
        pytest.param("Entschuldigt mich bitte für die späte Antwort, ich komme.", id="de-spaet"),
    ],
)
def test_an_apology_for_a_late_reply_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
