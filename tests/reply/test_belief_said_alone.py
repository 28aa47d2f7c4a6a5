"""A belief said alone answers as far as it goes. "Ich glaube schon", "Denke schon", "I
think so", "Tendenz ja", "leaning towards yes" are a maybe, as "vermutlich ja" and
"probably" are; "Glaub eher nicht", "Ich denke leider nicht", "I guess not", "leaning no" are a
no, as "I don't think so" and "wahrscheinlich nicht" are. Before, most went to review with
no answer found. A belief leading into the answer ("I think so, yes") keeps that answer,
and a "glaube nicht" before what it denies ("…, dass ich das verpasse") is never a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

MAYBES = [
    pytest.param("Ich glaube schon.", id="glaube-schon"),
    pytest.param("Glaub schon!", id="glaub-schon"),
    pytest.param("Denke schon.", id="denke-schon"),
    pytest.param("I think so.", id="i-think-so"),
    pytest.param("I believe so.", id="i-believe-so"),
    pytest.param("Tendenz ja.", id="tendenz-ja"),
    pytest.param("Tendiere eher zu ja.", id="tendiere-zu-ja"),
    pytest.param("Leaning towards yes.", id="leaning-yes"),
]

REFUSALS = [
    pytest.param("Glaub eher nicht.", id="glaub-eher-nicht"),
    pytest.param("Ich glaube leider nicht, sorry.", id="glaube-leider-nicht-sorry"),
    pytest.param("Ich denke eher nicht.", id="denke-eher-nicht"),
    pytest.param("Fürchte nein.", id="fuerchte-nein"),
    pytest.param("I guess not, sorry.", id="guess-not"),
    pytest.param("I think not.", id="think-not"),
    pytest.param("Leaning towards no, sorry.", id="leaning-no"),
]

YESES = [
    pytest.param("Ich denke schon, ja.", id="denke-schon-ja"),
    pytest.param("I think so, yes.", id="think-so-yes"),
    pytest.param("I reckon so, count me in.", id="reckon-so-count-me-in"),
]

NEVER_NO = [
    pytest.param("Ich glaube nicht, dass ich das verpasse.", id="glaube-nicht-verpasse"),
    pytest.param("Glaube nicht, dass ich fehle.", id="glaube-nicht-fehle"),
    pytest.param(
        "Ich glaube nicht, dass mich etwas aufhält. Ich komme.", id="glaube-nicht-aufhaelt"
    ),
    pytest.param("Not leaning towards yes or no yet.", id="not-leaning"),
]


@pytest.mark.parametrize("text", MAYBES)
def test_a_belief_in_coming_said_alone_is_a_maybe(text: str) -> None:
    assert read_intent(text).answer is Answer.MAYBE


@pytest.mark.parametrize("text", MAYBES)
def test_a_belief_in_coming_said_alone_is_recorded_as_maybe(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.MAYBE


@pytest.mark.parametrize("text", REFUSALS)
def test_a_belief_in_not_coming_said_alone_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", REFUSALS)
def test_a_belief_in_not_coming_said_alone_is_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize("text", YESES)
def test_a_belief_leading_into_a_yes_keeps_the_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize("text", NEVER_NO)
def test_a_belief_before_what_it_denies_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO
