"""A yes-word that opens a no, in more voices: "ok" or "alles klar" before a regret, "sure"
before a "not this time"; and a yes-word that stays a yes with a "but" about the hour.

Each row is one way of saying it, written before looking at the rules."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

SAID = [
    pytest.param("Ok, dann leider ohne mich.", Answer.NO, id="de-ok-ohne-mich"),
    pytest.param("Klar, nur diesmal nicht.", Answer.NO, id="de-klar-nur-diesmal-nicht"),
    pytest.param("Jo, bin leider raus.", Answer.NO, id="de-jo-leider-raus"),
    pytest.param("Yeah no, can't make it.", Answer.NO, id="en-yeah-no"),
    pytest.param("Sure, but not this time.", Answer.NO, id="en-sure-not-this-time"),
    pytest.param("Ja schade, bin in München.", Answer.NO, id="de-ja-schade-muenchen"),
    pytest.param("Okay, I'll skip this one.", Answer.NO, id="en-okay-skip"),
    pytest.param("Alles klar, ich muss leider absagen.", Answer.NO, id="de-alles-klar-absagen"),
    pytest.param("Yes, sadly I'm away then.", Answer.NO, id="en-yes-sadly-away"),
    pytest.param("Jaaa… nee. Wird nix.", Answer.NO, id="de-jaaa-nee"),
    pytest.param("Gerne, aber am 28. bin ich in Wien.", Answer.NO, id="de-gerne-aber-wien"),
    pytest.param("OK thanks – I'm out this month.", Answer.NO, id="en-ok-thanks-out"),
    pytest.param("Ja, aber erst um 20 Uhr.", Answer.YES, id="de-ja-aber-erst-um-20"),
    pytest.param("Yes, but I'll be a bit late.", Answer.YES, id="en-yes-but-late"),
    pytest.param("Klar, bringe Kuchen mit!", Answer.YES, id="de-klar-kuchen"),
    pytest.param("Ok, bis Donnerstag!", Answer.YES, id="de-ok-bis-donnerstag"),
    pytest.param("Nein, doch, ich bin dabei!", Answer.YES, id="de-nein-doch-dabei"),
    pytest.param("Ja also nee, bin verreist.", Answer.NO, id="de-ja-also-nee"),
    pytest.param(
        "Nein, wie schön, da komme ich auf jeden Fall!",
        Answer.YES,
        id="de-nein-surprise-auf-jeden-fall",
    ),
]


@pytest.mark.parametrize(("text", "answer"), SAID)
def test_a_yes_word_is_read_with_what_follows(text: str, answer: Answer) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.problem) == (answer, "")
