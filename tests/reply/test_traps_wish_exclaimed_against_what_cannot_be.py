"""A wish exclaimed or pledged against what cannot be ("Wie gern wäre ich dabei!", "Was
würde ich dafür geben, dabei zu sein!", "Oh, how I'd love to be there!", "I'd give
anything to come") and a wish for a taking part that will not be ("Hätte gern
mitdiskutiert, aber …", "Hätt i gern gmacht") are never read as a yes: the coming in
their words is wished for, not meant. Said plainly ("How lovely, I'd love to come!",
"Wie gern ich dabei bin!") the yes stands."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

EXCLAIMED = [
    pytest.param("Wie gern wäre ich dabei!", id="de-wie-gern-waere-ich-dabei"),
    pytest.param("Wie schön wäre es, dabei zu sein!", id="de-wie-schoen-waere-es"),
    pytest.param("Ach, wie gerne würde ich kommen!", id="de-wie-gerne-wuerde-ich"),
    pytest.param("Was würde ich dafür geben, dabei zu sein!", id="de-was-wuerde-ich-geben"),
    pytest.param("Ich würde viel dafür geben, mitzukommen.", id="de-viel-dafuer-geben"),
    pytest.param("Oh, how I'd love to be there!", id="en-how-id-love-to"),
    pytest.param("How I would love to join you all.", id="en-how-i-would-love"),
    pytest.param("I'd give anything to come.", id="en-give-anything"),
    pytest.param("We would give a lot to be there!", id="en-give-a-lot"),
]


@pytest.mark.parametrize("text", EXCLAIMED)
def test_an_exclaimed_wish_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


WISHED_PARTICIPLE = [
    pytest.param(
        "Hätte gern mitdiskutiert, aber an dem Abend ist Firmenkurs.", id="de-mitdiskutiert"
    ),
    pytest.param("Hätte gern mitgeredet, aber unser Festival eröffnet da.", id="de-mitgeredet"),
    pytest.param("Hätt i gern gmacht, aber i bin in Linz.", id="bairisch-gmacht"),
    pytest.param("Ich hätte so gerne mitgefeiert!", id="de-so-gerne-mitgefeiert"),
    pytest.param("Hätten wir gern mitgemacht. Wir sind im Urlaub.", id="de-wir-mitgemacht"),
    pytest.param("Hätte echt gern teilgenommen.", id="de-echt-gern-teilgenommen"),
    pytest.param("Ich hätte liebend gern ja gesagt.", id="de-gern-ja-gesagt"),
    pytest.param("I would gladly have said yes.", id="en-gladly-have-said-yes"),
    pytest.param("We'd happily have accepted, but we're away.", id="en-happily-accepted"),
]


@pytest.mark.parametrize("text", WISHED_PARTICIPLE)
def test_a_wished_taking_part_reads_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is not Answer.YES


PLAIN_YES = [
    pytest.param("How lovely, I'd love to come!", id="en-how-lovely"),
    pytest.param("Wie schön, dass es wieder klappt – ich komme!", id="de-wie-schoen-dass"),
    pytest.param("Ich hätte gern gewusst, ob es vegetarisch gibt. Ich komme.", id="de-gewusst"),
    pytest.param(
        "Ich hätte gern die Folien mitgebracht, komme aber trotzdem.", id="de-mitgebracht"
    ),
]


@pytest.mark.parametrize("text", PLAIN_YES)
def test_a_plain_yes_beside_such_words_stands(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
