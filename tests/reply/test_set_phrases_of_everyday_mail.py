"""Set phrases of everyday and office mail answer on their own: "Ich gebe mir die Ehre",
"Mit Freuden!", "Ich geselle mich dazu", "Consider me there", "Delighted to attend" are
a yes; "Da bin ich anderweitig eingespannt", "Nix zu machen, Spätschicht", "Sorry, got a
work thing", "Gutted to miss it" a no. They found no cue before. Negated, they are never
a yes; "I'd be gutted to miss it" is no no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich geb mir die Ehre.", id="de-ehre"),
        pytest.param("Ich gebe mir gern die Ehre!", id="de-ehre-gern"),
        pytest.param("Mit Freuden!", id="de-mit-freuden"),
        pytest.param("Ich gesell mich dazu.", id="de-gesell"),
        pytest.param("Ich geselle mich später gern zu euch.", id="de-gesell-zu-euch"),
        pytest.param("Ich hab's fest eingeplant.", id="de-fest-eingeplant"),
        pytest.param("Ich lasse es mir nicht entgehen.", id="de-es-nicht-entgehen"),
        pytest.param("Ich lasse mir den Abend nicht entgehen!", id="de-abend-nicht-entgehen"),
        pytest.param("Consider me there.", id="en-consider"),
        pytest.param("Delighted to attend.", id="en-delighted"),
        pytest.param("Keep a seat for me please.", id="en-keep-a-seat"),
        pytest.param("I'm in like Flynn.", id="en-flynn"),
        pytest.param("Ich bin mit an Bord.", id="de-an-bord"),
        pytest.param("Klar bin ich an Bord!", id="de-klar-an-bord"),
    ],
)
def test_a_set_phrase_of_coming_is_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Da bin ich leider anderweitig eingespannt.", id="de-eingespannt"),
        pytest.param("Nix zu machen, Spätschicht.", id="de-nix-zu-machen"),
        pytest.param(
            "Nichts zu machen, der Kunde will die Bilder am 29. früh.", id="de-nichts-zu-machen"
        ),
        pytest.param("Sorry, got a work thing.", id="en-work-thing"),
        pytest.param("I have a family thing that night, sorry.", id="en-family-thing"),
        pytest.param("On a work trip till Friday, gutted to miss it.", id="en-gutted"),
        pytest.param("Sad to miss it, but see you next month.", id="en-sad-to-miss"),
    ],
)
def test_a_set_phrase_of_staying_away_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich geb mir diesmal nicht die Ehre, sorry.", id="de-ehre-nicht"),
        pytest.param("Ich geselle mich diesmal nicht dazu.", id="de-gesell-nicht"),
        pytest.param("Ich bin diesmal leider nicht mit an Bord.", id="de-an-bord-nicht"),
        pytest.param("Mit Freuden, aber nicht diesmal.", id="de-freuden-aber"),
        pytest.param(
            "Hab den Abend fest eingeplant, kann aber jetzt doch nicht.", id="de-eingeplant-aber"
        ),
    ],
)
def test_a_set_phrase_turned_is_never_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_being_gutted_to_miss_it_on_a_condition_is_no_no() -> None:
    assert analyse(_mail("I'd be gutted to miss it, so I'll come.")).answer is Answer.YES


def test_a_seat_not_to_be_kept_is_never_a_yes() -> None:
    text = "Tentatively yes, but don't hold a chair for me."
    assert analyse(_mail(text)).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO
