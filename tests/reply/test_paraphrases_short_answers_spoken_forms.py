"""Short answers in spoken forms: "mal sehn", "ma schaun" are a maybe; the Saxon "ni"
negates as "nicht" does ("Nu, das klappt ni." is a no)."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SPOKEN = [
    pytest.param("Mal sehn.", Answer.MAYBE, id="mal-sehn"),
    pytest.param("Ma schaun.", Answer.MAYBE, id="ma-schaun"),
    pytest.param("mal gucken", Answer.MAYBE, id="mal-gucken"),
    pytest.param("Nu, das klappt ni.", Answer.NO, id="klappt-ni"),
    pytest.param("Nu, klappt ni, sorry.", Answer.NO, id="klappt-ni-sorry"),
    pytest.param("Wird aber nüscht, sorry.", Answer.NO, id="wird-nuescht"),
    pytest.param("Nu klar, ich komme!", Answer.YES, id="nu-klar-komme"),
    pytest.param("Nu, bin dabei.", Answer.YES, id="nu-bin-dabei"),
]


@pytest.mark.parametrize(("text", "answer"), SPOKEN)
def test_a_short_answer_in_a_spoken_form_is_read(text: str, answer: Answer) -> None:
    assert read_intent(text).answer is answer
