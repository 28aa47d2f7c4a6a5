"""Parents, grandparents and in-laws brought along ("with my mother", "bringe meinen
Papa mit", "me and my mother-in-law", "meine Oma kommt auch mit") are guests like any
companion; named beside a no they bring no one."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

BROUGHT = [
    pytest.param("Yes, bringing my mother.", 1, id="en-bringing-mother"),
    pytest.param("Count me in, my father is coming along.", 1, id="en-father-along"),
    pytest.param("Yes - me and my mother-in-law.", 1, id="en-me-and-mother-in-law"),
    pytest.param("Coming with my stepmother.", 1, id="en-stepmother"),
    pytest.param("Ja, ich bringe meinen Papa mit.", 1, id="de-papa-mit"),
    pytest.param("Ja, mit meiner Mama.", 1, id="de-mit-mama"),
    pytest.param("Bin dabei, mit meiner Großmutter.", 1, id="de-grossmutter"),
    pytest.param("Ja! Bring my wife and my mother-in-law.", 2, id="en-wife-and-mother-in-law"),
    pytest.param("Coming along with my housemate.", 1, id="en-housemate"),
]


@pytest.mark.parametrize(("text", "guests"), BROUGHT)
def test_kin_brought_along_are_guests(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)


def test_in_laws_leave_the_number_to_a_person() -> None:
    reading = analyse(_mail("Coming with my in-laws."))
    assert reading.guests == 0 and "how many" in reading.answer_problem


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("My mother is visiting, so I can't come.", id="en-mother-visiting"),
        pytest.param("Meine Mama hat Geburtstag, ich kann nicht.", id="de-mama-birthday"),
        pytest.param("I can't, I'm looking after my father that evening.", id="en-father-care"),
    ],
)
def test_a_parent_named_beside_a_no_brings_no_one(text: str) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.NO, 0)
