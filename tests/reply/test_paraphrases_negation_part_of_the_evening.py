"""A "but not" that leaves out only a part of the evening (the dinner, the end, staying
long) qualifies a yes; it never turns it into a no. A plain no to the whole stays a no."""

from __future__ import annotations

import pytest
from support.imip import imip

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer

PART_LEFT_OUT = [
    pytest.param("I am coming but not to the dinner", id="coming-but-not-dinner"),
    pytest.param("I'm coming but not for long", id="coming-but-not-long"),
    pytest.param("I will come but not to the dinner", id="will-come-but-not-dinner"),
    pytest.param("I'll be there but not for the whole evening", id="there-not-whole-evening"),
    pytest.param("count me in but not for drinks after", id="in-not-drinks"),
    pytest.param("coming!! just not to the afterparty", id="just-not-afterparty"),
    pytest.param("Ich komme, aber nicht zum Essen", id="komme-aber-nicht-essen"),
    pytest.param("Ich komme aber nicht zum Essen", id="komme-aber-nicht-essen-ohne-komma"),
    pytest.param("Bin dabei, aber nicht zum Essen danach", id="dabei-nicht-essen-danach"),
    pytest.param("Komme, aber nicht den ganzen Abend", id="komme-nicht-ganzen-abend"),
    pytest.param("bin da aber nur nicht zum absacker", id="da-nicht-absacker"),
    pytest.param("Zugesagt, aber nicht zum Essen", id="zugesagt-nicht-essen"),
]


@pytest.mark.parametrize("text", PART_LEFT_OUT)
def test_a_part_of_the_evening_left_out_never_turns_the_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Zugesagt, aber nicht zum Essen", id="zugesagt-nicht-essen"),
        pytest.param("Accepted, but not for dinner", id="accepted-not-dinner"),
    ],
)
def test_a_part_left_out_beside_an_accepted_button_never_declines(text: str) -> None:
    assert analyse(imip("ACCEPTED", text)).answer is not Answer.NO


WHOLE = [
    pytest.param("Ich kann nicht zum Essen kommen, bin krank", id="kann-nicht-krank"),
    pytest.param("Klappt aber nicht bei mir", id="klappt-aber-nicht"),
    pytest.param("I'll be there in spirit but not in person", id="in-spirit"),
    pytest.param("Leider nicht, sorry", id="leider-nicht"),
    pytest.param("Sorry, I can't come", id="cant-come"),
]


@pytest.mark.parametrize("text", WHOLE)
def test_a_no_to_the_whole_evening_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
