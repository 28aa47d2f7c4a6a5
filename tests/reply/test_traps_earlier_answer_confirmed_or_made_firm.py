"""An earlier answer said to hold, or a doubt of before made firm: "Still stands!", "Es
bleibt bei ja", "Erst vorläufig, jetzt fest", "Confirmed now, no longer tentative". The
tentative word is the earlier answer; the firm word the answer now. A firm word beside
a no ("Jetzt fest: ich kann nicht") keeps the no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Still stands!", id="still-stands"),
        pytest.param("My yes still stands.", id="my-yes-still-stands"),
        pytest.param("Es bleibt bei ja.", id="bleibt-bei-ja"),
        pytest.param("Zusage gilt noch.", id="zusage-gilt"),
        pytest.param("Erst vorläufig, jetzt fest", id="vorlaeufig-jetzt-fest"),
        pytest.param(
            "Erst hatte ich mit Vorbehalt zugesagt, jetzt ist es fest.", id="vorbehalt-fest"
        ),
        pytest.param("Hatte mit Vorbehalt zugesagt – jetzt fix!", id="jetzt-fix"),
        pytest.param("Confirmed now, no longer tentative.", id="no-longer-tentative"),
        pytest.param("I said maybe last week, it's definite now: I'm coming.", id="definite-now"),
    ],
)
def test_an_earlier_answer_confirmed_or_made_firm_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Jetzt fest: ich kann nicht.", id="fest-kann-nicht"),
        pytest.param("Now it's final: I can't make it.", id="final-cant"),
        pytest.param("Es ist jetzt sicher, dass ich nicht komme.", id="sicher-dass-nicht"),
        pytest.param("Es bleibt bei meiner Absage.", id="bleibt-bei-absage"),
    ],
)
def test_a_firm_word_beside_a_no_keeps_the_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Erst vorläufig, jetzt fest abgesagt.", id="fest-abgesagt"),
        pytest.param("My cancellation still stands.", id="cancellation-stands"),
    ],
)
def test_a_refusal_made_firm_is_never_read_as_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES
