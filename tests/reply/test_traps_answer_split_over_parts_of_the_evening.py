"""An answer split over two parts of the evening: the part that is the evening decides.
"Count me in for the pizza, out for the evening" is a no; "Für den Vortrag ja, fürs
Essen nein" is a yes (a side part left out, as "Ich komme, aber nicht zum Essen"). Only
a side part in and the talk out is for a person."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        pytest.param("Count me in for the pizza, out for the evening", Answer.NO, id="en-pizza"),
        pytest.param("Count me out for the pizza, in for the evening", Answer.YES, id="en-out"),
        pytest.param("Yes for the talk, no for the dinner.", Answer.YES, id="en-talk-yes"),
        pytest.param("Für den Vortrag ja, fürs Essen nein.", Answer.YES, id="de-vortrag-ja"),
        pytest.param(
            "Für das Essen bin ich da, für den Abend leider nicht.", Answer.NO, id="de-abend"
        ),
        pytest.param("Nein zum Essen, ja zum Abend.", Answer.YES, id="de-ja-zum-abend"),
        pytest.param("Beim Essen ja, beim Stammtisch nein.", Answer.NO, id="de-stammtisch"),
    ],
)
def test_the_part_that_is_the_evening_decides(text: str, answer: Answer) -> None:
    assert analyse(_mail(text)).answer is answer


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Zum Essen komme ich, zum Vortrag nicht.", id="de-essen-ohne-vortrag"),
        pytest.param("In for drinks, out for the talk.", id="en-drinks-not-talk"),
    ],
)
def test_a_side_part_without_the_talk_goes_to_a_person(text: str) -> None:
    analysis = analyse(_mail(text))
    assert analysis.answer is None
    assert analysis.answer_problem
