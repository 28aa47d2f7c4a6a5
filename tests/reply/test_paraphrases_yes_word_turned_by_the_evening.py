"""A yes-word turned by a negation of this evening, or by being elsewhere with regret, is
a no: "Klar doch – nur halt nicht am 28.", "Klingt top! Nur bin ich leider in Porto",
"Sure thing, but not this week". What only says when or how long stays a yes."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Klar doch – nur halt nicht am 28. Da ist Gemeinderat.", Answer.NO, id="de-28"),
    pytest.param("Klar, gerne – nur nicht an diesem Donnerstag.", Answer.NO, id="de-diesem"),
    pytest.param(
        "Klar wäre ich gern dabei – nur nicht an diesem Donnerstag.", Answer.NO, id="de-wish"
    ),
    pytest.param("Sure thing, but not this week.", Answer.NO, id="en-this-week"),
    pytest.param("Yes, just not this Thursday, sorry.", Answer.NO, id="en-thursday"),
    pytest.param("Klingt top! Nur bin ich leider in Porto.", Answer.NO, id="de-porto"),
    pytest.param("Klingt super! Aber ich bin da leider auf Sylt.", Answer.NO, id="de-sylt"),
    pytest.param(
        "Klaro, SEO ist super wichtig! Aber ich bin am 28. auf einer Baustelle in Leipzig.",
        Answer.NO,
        id="de-baustelle",
    ),
    pytest.param("Jo, is leider nix för mich.", Answer.NO, id="koelsch-nix-foer-mich"),
    pytest.param("Ja, aber erst um 20 Uhr.", Answer.YES, id="de-later"),
    pytest.param("Yes, but I'll be a bit late.", Answer.YES, id="en-late"),
    pytest.param("Klar, nur ein bisschen später.", Answer.YES, id="de-spaeter"),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_yes_word_turned_by_the_evening_is_read(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
