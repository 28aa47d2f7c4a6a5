"""Refusals said in a warm reply's gentle words: "Alas, I'm otherwise engaged", "bin
diesmal außen vor", "anderweitig verplant", "Ganz toll! Aber nicht mit mir." They are
the answer beside the delight before them: a no, not a question for a person. So is
"regretfully declining" after a yes-word that only acknowledges."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

REFUSED = [
    pytest.param("Sounds ace! Alas, I'm otherwise engaged.", id="en-otherwise-engaged"),
    pytest.param("Lovely! We're otherwise committed that night.", id="en-otherwise-committed"),
    pytest.param(
        "Ich freu mich riesig für euch, aber ich bin diesmal außen vor.", id="de-aussen-vor"
    ),
    pytest.param("Sehr schön! Bin aber anderweitig verpflichtet.", id="de-anderweitig"),
    pytest.param("Ganz toll! Aber nicht mit mir.", id="de-aber-nicht-mit-mir"),
    pytest.param("Yes — regretfully declining.", id="en-regretfully-declining"),
    pytest.param("Thanks! Respectfully declining this one.", id="en-respectfully-declining"),
]


@pytest.mark.parametrize("text", REFUSED)
def test_warm_refusal_words_are_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_not_with_me_said_of_a_guest_is_no_refusal() -> None:
    assert read_intent("Ich komme, meine Frau aber nicht mit mir.").answer is not Answer.NO
