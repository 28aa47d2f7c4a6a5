"""A calendar button pressed in place of another, said in words: the button named after
"statt" / "instead of" is the one meant, whichever the sentence names first."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from somek_tui.models import Answer


@pytest.mark.parametrize(
    ("partstat", "text", "answer"),
    [
        pytest.param(
            "ACCEPTED", "Sorry, hab auf Annehmen statt Ablehnen gedrückt.", Answer.NO,
            id="annehmen-statt-ablehnen",
        ),
        pytest.param(
            "ACCEPTED", "Ups, Zusagen statt Absagen geklickt. Ich kann nicht.", Answer.NO,
            id="zusagen-statt-absagen",
        ),
        pytest.param(
            "ACCEPTED", "Hit accept instead of decline, sorry.", Answer.NO, id="hit-accept"
        ),
        pytest.param(
            "ACCEPTED", 'I clicked "Accept" rather than "Decline" – sorry!', Answer.NO,
            id="rather-than",
        ),
        pytest.param(
            "ACCEPTED", "Statt auf Ablehnen hab ich auf Annehmen geklickt.", Answer.NO,
            id="statt-fronted",
        ),
        pytest.param(
            "ACCEPTED", "Sorry, clicked yes instead of no.", Answer.NO, id="yes-instead-of-no"
        ),
        pytest.param(
            "DECLINED", "Hab auf Ablehnen statt Annehmen gedrückt, sorry!", Answer.YES,
            id="ablehnen-statt-annehmen",
        ),
        pytest.param(
            "DECLINED", "Pressed decline instead of accept.", Answer.YES, id="pressed-decline"
        ),
        pytest.param(
            "DECLINED", "Statt Zusagen hab ich Absagen geklickt – ich komme natürlich!",
            Answer.YES, id="statt-zusagen-komme",
        ),
        pytest.param(
            "TENTATIVE", "Oh, Vielleicht statt Zusagen angetippt. Ich bin dabei.", Answer.YES,
            id="vielleicht-statt-zusagen",
        ),
    ],
)  # fmt: skip
def test_the_button_named_after_instead_of_is_the_answer(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")


@pytest.mark.parametrize(
    ("partstat", "text"),
    [
        pytest.param(
            "ACCEPTED",
            "Hab Annehmen statt Ablehnen gedrückt – aber ich komme doch!",
            id="swap-then-yes",
        ),
    ],
)
def test_a_swap_beside_words_that_answer_otherwise_goes_to_a_person(
    partstat: str, text: str
) -> None:
    result = analyse(imip(partstat, text))
    assert result.answer is None
    assert result.answer_problem


@pytest.mark.parametrize(
    ("partstat", "text", "answer"),
    [
        pytest.param(
            "ACCEPTED", "Statt des Autos nehme ich die Bahn, bin dabei.", Answer.YES, id="auto"
        ),
        pytest.param(
            "ACCEPTED", "Komme gern, statt Bier gibt's bei mir Apfelschorle.", Answer.YES,
            id="statt-bier",
        ),
        pytest.param(
            "DECLINED", "Leider nicht, ich muss statt Donnerstag am Mittwoch arbeiten… doch.",
            Answer.NO, id="statt-donnerstag",
        ),
        pytest.param(
            "ACCEPTED", "Hab auf Annehmen geklickt, statt lange zu schreiben. Bis dann!",
            Answer.YES, id="statt-schreiben",
        ),
    ],
)  # fmt: skip
def test_instead_of_without_a_button_pressed_in_place_changes_nothing(
    partstat: str, text: str, answer: Answer
) -> None:
    result = analyse(imip(partstat, text))
    assert (result.answer, result.answer_problem) == (answer, "")
