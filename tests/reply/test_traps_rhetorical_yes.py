"""A rhetorical question that cannot be answered no is a yes: "Wie könnte ich nein
sagen?", "Wer sagt da schon nein?", "How could I refuse?". They went to review as
questions instead of answers. Counted on and planned in ("Zählt auf mich!", "Rechnet
fest mit mir", "Plant mich ein", "Let's say yes") is a yes, with a "nicht" inside a no
("Zählt nicht auf mich", "Plant mich aus"), and "I'll say no this time" a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

YESES = [
    pytest.param("Wie könnte ich nein sagen?", id="wie-koennte-ich-nein-sagen"),
    pytest.param("Wie könnte ich da nein sagen!", id="wie-koennte-ich-da"),
    pytest.param("Wer sagt da schon nein?", id="wer-sagt-da-schon-nein"),
    pytest.param("Wer kann da nein sagen?", id="wer-kann-da-nein-sagen"),
    pytest.param("How could I say no?", id="how-could-i-say-no"),
    pytest.param("How could I refuse?", id="how-could-i-refuse"),
    pytest.param("Zähl auf mich!", id="zaehl-auf-mich"),
    pytest.param("Rechnet fest mit mir", id="rechnet-fest-mit-mir"),
    pytest.param("Plant mich ein", id="plant-mich-ein"),
    pytest.param("Plant mit mir", id="plant-mit-mir"),
    pytest.param("Let's say yes", id="lets-say-yes"),
    pytest.param("Sag ich mal ja", id="sag-ich-mal-ja"),
]

NOES = [
    pytest.param("Zählt nicht auf mich", id="zaehlt-nicht-auf-mich"),
    pytest.param("Plant mich aus", id="plant-mich-aus"),
    pytest.param("Plant mich bitte nicht ein", id="plant-mich-nicht-ein"),
    pytest.param("I'll say no this time", id="ill-say-no"),
    pytest.param("I'm saying no, sorry", id="im-saying-no"),
]


@pytest.mark.parametrize("text", YESES)
def test_a_yes_asked_or_said_as_counted_on_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", YESES)
def test_a_yes_asked_or_said_as_counted_on_is_never_recorded_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize("text", NOES)
def test_not_counted_on_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Da sag ich nicht nein, aber ich kann nicht", id="sag-nicht-nein-kann-nicht"),
        pytest.param("I can't say no, but I'm away that week", id="cant-say-no-away"),
    ],
)
def test_a_yes_in_words_beside_a_refusal_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
