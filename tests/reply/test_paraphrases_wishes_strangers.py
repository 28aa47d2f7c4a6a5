"""Wishes as strangers write them: gladly is a yes, what could have been is a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Zu gern!", Answer.YES, id="zu gern"),
        pytest.param("Herzlich gern!", Answer.YES, id="herzlich gern"),
        pytest.param("Nichts lieber als das!", Answer.YES, id="nichts lieber"),
        pytest.param("Nichts lieber als das, bis Donnerstag!", Answer.YES, id="nichts lieber, bis"),
        pytest.param("Ich hätte Lust!", Answer.YES, id="hätte Lust"),
        pytest.param("Hätte richtig Bock!", Answer.YES, id="hätte Bock"),
        pytest.param("hab voll lust, bis dann", Answer.YES, id="lower case, present"),
        pytest.param("Zu gerne, bin dabei.", Answer.YES, id="zu gerne, dabei"),
        pytest.param("Would love to!", Answer.YES, id="would love to"),
        pytest.param("Wäre gerne dabei :)", Answer.YES, id="wäre gerne dabei"),
        pytest.param(
            "Wär so schön gewesen, aber ich bin in Wien bei der Oma.",
            Answer.NO,
            id="wär schön gewesen",
        ),
        pytest.param("Wäre echt toll gewesen. Bin in Berlin.", Answer.NO, id="wäre toll gewesen"),
        pytest.param(
            "Ich hätte so Lust gehabt, aber der Fanclub fährt nach Hamburg.",
            Answer.NO,
            id="Lust gehabt",
        ),
        pytest.param("Zu gern würde ich, aber ich bin in Berlin.", Answer.NO, id="zu gern, aber"),
        pytest.param("I wish I could!", Answer.NO, id="I wish I could"),
        pytest.param("Would have loved to, but I'm in Madrid.", Answer.NO, id="would have loved"),
        pytest.param(
            "Hätte Lust, weiß aber noch nicht, ob es klappt.", Answer.MAYBE, id="Lust, a doubt"
        ),
    ],
)
def test_a_wish_is_read_as_the_answer_it_gives(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich hätte Lust auf einen Vortrag über TikTok.", id="Lust auf a topic"),
        pytest.param("Hab grad null Bock auf Excel.", id="null Bock on something else"),
        pytest.param("Hab keine Lust.", id="keine Lust"),
        pytest.param("Hab null Bock, sorry.", id="null Bock"),
    ],
)
def test_a_wish_for_something_else_gives_no_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
