"""Doubting one will make it is a no, also in a chatty or regional voice ("Ich glaub nich,
dass ich dat schaff") and with "zweifeln" ("Ich zweifle daran, dass ich es schaffe"): the
doubt denies the yes-verb in the clause it governs. Not doubting is no doubt at all."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

DOUBTED = [
    pytest.param("Ich glaub nich, dass ich dat schaff.", id="glaub-nich-koelsch"),
    pytest.param("Ich zweifle daran, dass ich es schaffe.", id="zweifle-daran"),
    pytest.param("Ich zweifel dran, dass ich's rechtzeitig schaffe.", id="zweifel-dran"),
    pytest.param("Ich hab so meine Zweifel, dass das klappt.", id="meine-zweifel-dass"),
    pytest.param("Ich zweifle stark daran, dass ich kommen kann.", id="zweifle-stark"),
]


@pytest.mark.parametrize("text", DOUBTED)
def test_doubting_one_makes_it_is_never_read_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich glaub nich, dass ich dat schaff.", id="glaub-nich"),
        pytest.param("Ich zweifle daran, dass ich es schaffe.", id="zweifle-daran"),
    ],
)
def test_doubting_one_makes_it_reads_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich zweifle nicht daran, dass ich komme.", id="zweifle-nicht"),
        pytest.param("Keine Zweifel, ich komme!", id="keine-zweifel"),
        pytest.param("Ich glaube schon, dass ich es schaffe.", id="glaube-schon"),
    ],
)
def test_no_doubt_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
