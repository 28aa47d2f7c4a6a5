"""Being in town, in the area or "in der Stadt" that day puts the member near the
evening, never away from it. Read as a place elsewhere ("I'm in Berlin that week") it
made a no of "Bin die ganze Woche in der Stadt, also dabei". Alone it answers nothing;
denied ("I'm not in town that week") it stays the no it is."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm in town that week.", id="en-town-week"),
        pytest.param("I'll be in town that day.", id="en-will-be"),
        pytest.param("I'm in the area that evening anyway.", id="en-area"),
        pytest.param("I'm in town all week.", id="en-all-week"),
        pytest.param("Bin an dem Tag in der Stadt.", id="de-stadt"),
        pytest.param("Wir sind an dem Abend eh in der Gegend.", id="de-gegend"),
    ],
)
def test_being_in_town_is_never_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(_mail(text)).answer is not Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm in town that week so I'll come.", id="en-so-come"),
        pytest.param("I'm in town all week, count me in!", id="en-count-me-in"),
        pytest.param("Bin die ganze Woche in der Stadt, also bin ich dabei.", id="de-dabei"),
        pytest.param("Wir sind an dem Abend eh in der Gegend, wir kommen.", id="de-wir-kommen"),
    ],
)
def test_being_in_town_beside_a_yes_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("I'm not in town that week.", id="en-not"),
        pytest.param("I'm not in town that week, sorry.", id="en-not-sorry"),
        pytest.param("Bin an dem Tag nicht in der Stadt.", id="de-nicht"),
        pytest.param("I'm out of town that week.", id="en-out-of-town"),
        pytest.param("Bummer, ich bin nicht in town.", id="mixed-nicht-in-town"),
    ],
)
def test_not_being_in_town_stays_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
