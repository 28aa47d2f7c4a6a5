"""No time or no chance, typed with the ending wrong or in dialect, is a no.

"Kein Chance dieses mal, Grippe", "Ich habe kein Zeit", "Keinen Zeit, sorry", "Koa
Zeit", "Keene Zeit, Spätschicht" went to review. Not "Kein Zeitproblem, ich komme", nor
"Kein Chance, dass ich das verpasse!", which says the opposite.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    [
        "Kein Chance dieses mal, Grippe.",
        "Leider kein Chance.",
        "Ich habe kein Zeit.",
        "Keinen Zeit, sorry.",
        "Koa Zeit, sorry.",
        "Keene Zeit, Spätschicht.",
        "Ka Zeit, leider.",
    ],
)
def test_no_time_with_the_ending_wrong_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text", ["Kein Zeitproblem, ich komme.", "Kein Chance, dass ich das verpasse!"]
)
def test_no_time_in_other_words_is_never_a_no(text: str) -> None:
    assert analyse(plain_reply(text)).answer is not Answer.NO
