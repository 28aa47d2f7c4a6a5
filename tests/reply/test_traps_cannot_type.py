"""Someone who cannot write or type any more, said of the member by whoever writes for
them: "kann nicht mehr selbst schreiben", "can't really type anymore". That is why
someone else writes, never the member's no."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

NOT_A_NO = [
    pytest.param(
        "Mein Vater kann leider nicht mehr selbst schreiben; er kommt aber gerne.",
        id="de-nicht-mehr-selbst-schreiben",
    ),
    pytest.param(
        "Meine Mutter kann nicht mehr so gut tippen, sie kommt aber.", id="de-nicht-so-gut-tippen"
    ),
    pytest.param(
        "Er kommt, kann aber selbst nicht mehr antworten.", id="de-aber-selbst-nicht-antworten"
    ),
    pytest.param(
        "Sie kommt gern, kann nur nicht mehr so gut tippen.", id="de-nur-nicht-mehr-tippen"
    ),
    pytest.param("My dad can't really type anymore, but he'll be there.", id="en-cant-really-type"),
    pytest.param(
        "She can no longer write emails herself, but she's coming.", id="en-no-longer-write"
    ),
]


@pytest.mark.parametrize("text", NOT_A_NO)
def test_not_being_able_to_write_any_more_is_no_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann nicht mehr, sorry.", id="de-kann-nicht-mehr"),
        pytest.param("Kann leider nicht mehr so gut laufen, komme daher nicht.", id="de-laufen"),
    ],
)
def test_a_no_that_is_not_about_writing_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
