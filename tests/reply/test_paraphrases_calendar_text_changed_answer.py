"""An answer changed from the button's, said as a change: "going from tentative to no",
"aus dem Tentative wird ein no". The button named is the old answer, the new one counts."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

CHANGED = [
    pytest.param(
        "TENTATIVE",
        "Going from tentative to no, sorry – the weigh-in got moved to the 28th.",
        Answer.NO,
        id="tentative-to-no",
    ),
    pytest.param(
        "TENTATIVE", "Aus dem Tentative wird leider ein no – Kundentermin.", Answer.NO, id="wird-no"
    ),
    pytest.param("TENTATIVE", "From a maybe to a yes – see you there!", Answer.YES, id="to-yes"),
    pytest.param(
        "TENTATIVE", "Aus dem Vorbehalt wird ein Ja, die Betreuung steht.", Answer.YES, id="wird-ja"
    ),
]


@pytest.mark.parametrize(("button", "text", "answer"), CHANGED)
def test_an_answer_changed_from_the_button_counts_as_the_new_one(
    button: str, text: str, answer: Answer
) -> None:
    assert analyse(imip(button, text)).answer is answer
