"""A no said with "but" in another tongue after a yes-word or thanks ("Oui, merci, mais
non – ich bin in Straßburg", "Sí, gracias, pero no", "Ja, dank je, maar nee") is a no;
"pero no hay problema" beside a yes is not."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NO = [
    pytest.param("Oui, merci, mais non – ich bin in Straßburg.", id="fr-mais-non"),
    pytest.param("Sí, gracias, pero no. Bin in Madrid.", id="es-pero-no"),
    pytest.param("Ja, dank je, maar nee.", id="nl-maar-nee"),
    pytest.param("Sim, obrigada, mas não – I'm in Lisbon.", id="pt-mas-nao"),
]


@pytest.mark.parametrize("text", NO)
def test_a_no_after_a_foreign_but_reads_as_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_no_problem_after_a_foreign_but_leaves_the_yes() -> None:
    assert read_intent("Sí, claro, pero no hay problema – ich komme!").answer is Answer.YES
