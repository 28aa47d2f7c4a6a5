"""A no said with what it refuses spelled out after it: the infinitive that completes
"keine Möglichkeit", "nicht möglich"; not to be waited for or counted on; not managing
it ("nicht hinbekommen"). Each is a no; the infinitive's "dabei zu sein" is no yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NO = [
    pytest.param(
        "Ich sehe keine Möglichkeit, am Donnerstag dabei zu sein.", id="keine-moeglichkeit"
    ),
    pytest.param("Es ist mir leider nicht möglich, am 28. teilzunehmen.", id="nicht-moeglich"),
    pytest.param("Ich habe keine Chance, rechtzeitig da zu sein.", id="keine-chance-da-zu-sein"),
    pytest.param("Sehe leider keinen Weg, vorbeizukommen.", id="keinen-weg-vorbeizukommen"),
    pytest.param("Auf mich braucht ihr am 28. nicht zu warten.", id="nicht-zu-warten"),
    pytest.param("Rechnet nicht mit mir.", id="rechnet-nicht-mit-mir"),
    pytest.param("Mit mir könnt ihr diesmal nicht rechnen.", id="mit-mir-nicht-rechnen"),
    pytest.param("Ich werde es zeitlich nicht hinbekommen.", id="nicht-hinbekommen"),
    pytest.param("Das bekomme ich leider nicht hin.", id="bekomme-nicht-hin"),
    pytest.param("Krieg ich diesmal nicht hin, sorry.", id="krieg-nicht-hin"),
    pytest.param("Afraid I don't see it working for me on the 28th.", id="dont-see-it-working"),
    pytest.param("Can't see that happening this time, sorry.", id="cant-see-happening"),
    pytest.param("Afraid that's me out.", id="thats-me-out"),
]


@pytest.mark.parametrize("text", NO)
def test_a_no_with_what_it_refuses_spelled_out_is_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


YES = [
    pytest.param("Ich freue mich, dabei zu sein.", id="freue-mich-dabei-zu-sein"),
    pytest.param("Kein Problem, dabei zu sein.", id="kein-problem-dabei"),
    pytest.param("Krieg ich hin!", id="krieg-ich-hin"),
    pytest.param("Das bekomme ich hin, bis Donnerstag.", id="bekomme-ich-hin"),
    pytest.param("Not sure why you'd even ask – of course I'm coming!", id="not-sure-why-ask"),
]


@pytest.mark.parametrize("text", YES)
def test_managing_it_or_being_glad_to_be_there_is_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
