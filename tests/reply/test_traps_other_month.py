"""Another month named beside this time: "Im Dezember kann ich nicht, diesmal aber gern".

The month's no belongs to another evening; read as this evening's answer it turns a yes
into a no. Each row must end as the right answer or in review, never as the opposite; a
put-off to a later month ("vielleicht im Februar") still declines now."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NOT_OPPOSITE = [
    pytest.param(
        "Im Dezember kann ich nicht, diesmal aber gern.", Answer.YES, id="dezember-nicht-diesmal"
    ),
    pytest.param("Diesmal gern, im Dezember wird's nix.", Answer.YES, id="diesmal-gern-dezember"),
    pytest.param(
        "Ich bin im Oktober in Urlaub, diesmal also noch dabei.",
        Answer.YES,
        id="oktober-urlaub-diesmal-dabei",
    ),
    pytest.param(
        "Im März bin ich auf Montage, aber diesmal klappt es noch.",
        Answer.YES,
        id="maerz-montage-diesmal-klappt",
    ),
    pytest.param(
        "Nächsten Monat bin ich weg, diesmal bin ich aber dabei.",
        Answer.YES,
        id="naechsten-monat-weg-diesmal-dabei",
    ),
    pytest.param(
        "In December I can't, but this time I'm in.", Answer.YES, id="december-cant-this-time-in"
    ),
    pytest.param(
        "I'm away in March, but this time I'll be there.",
        Answer.YES,
        id="away-in-march-this-time-there",
    ),
    pytest.param(
        "Im Dezember gern wieder, diesmal muss ich leider passen.",
        Answer.NO,
        id="dezember-gern-diesmal-passen",
    ),
    pytest.param(
        "In January sure, this time I can't, sorry.", Answer.NO, id="january-sure-this-time-cant"
    ),
]

STILL_DECLINES = [
    pytest.param("Schade, vielleicht im Februar.", id="vielleicht-im-februar"),
    pytest.param("Leider nicht, vielleicht im Februar.", id="leider-nicht-vielleicht-februar"),
    pytest.param("Klappt leider nicht, hoffentlich im Januar wieder.", id="hoffentlich-januar"),
]


@pytest.mark.parametrize(("text", "right"), NOT_OPPOSITE)
def test_another_month_never_gives_the_opposite_answer(text: str, right: Answer) -> None:
    intent = read_intent(text)
    assert intent.answer in (right, None)
    assert intent.answer is right or intent.problem


@pytest.mark.parametrize("text", STILL_DECLINES)
def test_a_put_off_to_a_later_month_still_declines(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
