"""Company the member names for another time: "danach gehe ich mit meiner Freundin essen",
"Meine Frau und ich waren gerade in Asien", "My wife and I just got back from holiday".
The people named are with the member before, after or in the past: no guests. Company
that comes, is asked along or answers with the member still counts."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from mail.types import Answer

ELSEWHEN = [
    pytest.param("Ich komme, und danach gehe ich mit meiner Freundin essen.", id="de-danach-essen"),
    pytest.param(
        "Vorher bin ich mit meinem Sohn beim Training, dann komme ich nach.", id="de-vorher"
    ),
    pytest.param("Ja! Meine Frau und ich waren gerade drei Wochen in Asien.", id="de-waren"),
    pytest.param(
        "Klar komme ich. Meine Frau und ich haben gerade ein Baby bekommen, deshalb wird es kurz.",
        id="de-baby-bekommen",
    ),
    pytest.param(
        "Ich komme. Mit meiner Chefin habe ich das schon abgeklärt.", id="de-chefin-abgeklaert"
    ),
    pytest.param(
        "Yes! My partner and I have been following your events for a while.", id="en-have-been"
    ),
    pytest.param("I'm in! My wife and I just got back from holiday.", id="en-just-got-back"),
    pytest.param("I'll come. After that I'm meeting a friend for dinner.", id="en-after-that"),
]


@pytest.mark.parametrize("text", ELSEWHEN)
def test_company_at_another_time_is_no_guest(text: str) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, 0)


STILL_COUNTED = [
    pytest.param("Ich komme, mein Mann und ich freuen uns!", 1, id="de-freuen-uns"),
    pytest.param("Yes, my wife and I are looking forward to it.", 1, id="en-looking-forward"),
    pytest.param(
        "Mein Mann und ich haben uns schon zu zweit angemeldet.", 1, id="de-zu-zweit-angemeldet"
    ),
    pytest.param("Ich hab zwei Kollegen gefragt, beide kommen mit.", 2, id="de-gefragt-kommen"),
    pytest.param("I'll come after work with my colleague.", 1, id="en-after-work-with"),
]


@pytest.mark.parametrize(("text", "guests"), STILL_COUNTED)
def test_company_coming_this_evening_still_counts(text: str, guests: int) -> None:
    intent = read_intent(text)
    assert (intent.answer, intent.guests) == (Answer.YES, guests)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Meine Kollegin und ich sind an dem Abend verhindert.", id="de-verhindert"),
        pytest.param("Meine Frau und ich haben leider schon was vor.", id="de-schon-was-vor"),
    ],
)
def test_a_party_saying_no_in_the_perfect_is_still_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
