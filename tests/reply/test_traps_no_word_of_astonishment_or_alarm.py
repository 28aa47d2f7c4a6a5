"""A no-word of astonishment ("Nein, sowas! Endlich wieder ein Stammtisch. Bin dabei.")
or of alarm at missing the evening ("Oh nein, das darf ich nicht verpassen! Ich komme.")
or against being taken off the list ("Nein, bitte nicht abmelden, ich komme!") answers
nothing: the yes beside it stands. With a no said beside it, it stays a no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

YES = [
    pytest.param("Nein, sowas! Endlich wieder ein Stammtisch. Bin dabei.", id="de-sowas"),
    pytest.param(
        "Ach nee, unglaublich! Schon wieder ein Jahr rum. Ich komme.", id="de-unglaublich"
    ),
    pytest.param("Nee, nicht zu fassen, ihr macht das wieder! Bin dabei.", id="de-nicht-zu-fassen"),
    pytest.param("Oh nein, das darf ich nicht verpassen! Ich komme.", id="de-darf-nicht-verpassen"),
    pytest.param("Nein, den Abend will ich nicht verpassen. Bin da!", id="de-will-nicht-verpassen"),
    pytest.param("Nein, bitte nicht abmelden, ich komme!", id="de-nicht-abmelden"),
    pytest.param("Nee, nix hält mich ab. Bin dabei.", id="de-nix-haelt-mich-ab"),
    pytest.param("Nein, nichts und niemand. Ich komme!", id="de-nichts-und-niemand"),
    pytest.param("No, don't take me off the list – I'm coming!", id="en-dont-take-me-off"),
]


@pytest.mark.parametrize("text", YES)
def test_a_no_word_of_astonishment_leaves_the_yes_standing(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


NO = [
    pytest.param("Nein, sowas! Ich bin ausgerechnet da im Urlaub.", id="de-sowas-urlaub"),
    pytest.param("Ach nee, unglaublich. Ich kann schon wieder nicht.", id="de-kann-nicht"),
    pytest.param(
        "Nein, bitte nicht abmelden – aber diesmal kann ich nicht.", id="de-abmelden-kann-nicht"
    ),
]


@pytest.mark.parametrize("text", NO)
def test_a_no_beside_the_astonishment_is_never_read_as_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
