"""A calendar Accept with words where only someone else is sure and the member is not yet:
"Meine Frau kommt, ich überlege noch", "Tom will be there, I'm still checking". The
button may be the other person's; the member's own word answers nothing yet. A person
reads it. Beside words where the other only comes along ("Mein Mann kommt auch mit")
the button stands."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.types import Answer

UNDECIDED_BESIDE_ANOTHER = [
    pytest.param("Meine Frau kommt, ich überlege noch.", id="de-frau-ueberlege"),
    pytest.param("Petra ist sicher dabei, ich grübel noch.", id="de-petra-gruebel"),
    pytest.param("Ich kläre das noch ab. Mein Kollege kommt auf jeden Fall.", id="de-klaere-ab"),
    pytest.param("Tom will be there, I'm still checking.", id="en-tom-checking"),
    pytest.param("My husband is definitely in; I'm still juggling my week.", id="en-juggling"),
]


@pytest.mark.parametrize("text", UNDECIDED_BESIDE_ANOTHER)
def test_accept_beside_only_anothers_answer_goes_to_a_person(text: str) -> None:
    read = analyse(imip("ACCEPTED", text))
    assert read.answer is None
    assert "someone else's answer" in read.answer_problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Mein Mann kommt auch mit.", id="de-mann-auch-mit"),
        pytest.param("Meine Frau kommt auch, wir freuen uns!", id="de-wir-freuen-uns"),
        pytest.param("Ich komme, meine Frau leider nicht.", id="de-frau-nicht"),
    ],
)
def test_accept_beside_company_stands(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is Answer.YES
