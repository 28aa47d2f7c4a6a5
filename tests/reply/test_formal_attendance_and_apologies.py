"""Formal answers from offices and committees in set phrases: "I will participate", "Kindly
note my attendance" are a yes; "I will not participate", "My apologies for Thursday",
"Kindly excuse me this time", "Entschuldigt mich bitte diesmal", "Ich lasse mich
entschuldigen" are a no (apologies sent, as in minutes); "I cannot confirm my attendance
yet" is a maybe. Before, they went to review with no answer found, and the last read as a
refusal. An apology for something else ("for the late reply") answers nothing."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

ANSWERS = [
    pytest.param("I will participate.", Answer.YES, id="will-participate"),
    pytest.param("I'll gladly participate.", Answer.YES, id="gladly-participate"),
    pytest.param("Kindly note my attendance.", Answer.YES, id="note-my-attendance"),
    pytest.param("Please note my participation for Thursday.", Answer.YES, id="note-participation"),
    pytest.param("I will not participate.", Answer.NO, id="will-not-participate"),
    pytest.param("My apologies for Thursday.", Answer.NO, id="apologies-for-thursday"),
    pytest.param("Please accept my apologies for the meeting.", Answer.NO, id="accept-apologies"),
    pytest.param("Kindly excuse me this time.", Answer.NO, id="excuse-me-this-time"),
    pytest.param("Entschuldigt mich bitte diesmal.", Answer.NO, id="entschuldigt-mich"),
    pytest.param("Ich lasse mich entschuldigen.", Answer.NO, id="lasse-mich-entschuldigen"),
    pytest.param(
        "Bitte entschuldigt mich für Donnerstag.", Answer.NO, id="entschuldigt-donnerstag"
    ),
    pytest.param("I cannot confirm my attendance yet.", Answer.MAYBE, id="cannot-confirm-yet"),
]

NEVER_NO = [
    pytest.param("Please accept my apologies for the late reply. I'll be there.", id="late-reply"),
    pytest.param("Entschuldigt mich bitte für die späte Antwort, ich komme.", id="spaete-antwort"),
]


@pytest.mark.parametrize(("text", "answer"), ANSWERS)
def test_a_formal_set_phrase_gives_its_answer(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(("text", "answer"), ANSWERS)
def test_a_formal_set_phrase_is_recorded_with_its_answer(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


@pytest.mark.parametrize("text", NEVER_NO)
def test_an_apology_for_something_else_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
