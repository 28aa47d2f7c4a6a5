"""Taken ill, said in an idiom rather than "krank" or "sick", is a no to the evening.

"Mich hat's erwischt", "Hab mir was eingefangen", "Liege mit Fieber im Bett", "I'm down
with the flu", "I've come down with a cold" (never the "I've come" of a yes), "Caught a
bug", "Feeling under the weather". An illness that is over, someone else's, or one the
member comes despite is no such no.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply

TAKEN_ILL = [
    "Mich hat's erwischt, sorry.",
    "Hat mich voll erwischt, Magen-Darm.",
    "Hab mir was eingefangen, sorry.",
    "Ich hab mir die Grippe eingefangen.",
    "Liege mit Corona im Bett.",
    "Liege mit Fieber im Bett, sorry.",
    "I'm down with the flu, sorry.",
    "Down with covid, sorry all.",
    "I've come down with the flu, sorry.",
    "Came down with a cold, sorry.",
    "I think I'm coming down with something, better not risk it.",
    "Laid up with a bad back, sorry.",
    "In bed with a fever.",
    "Caught a nasty bug, sorry.",
    "Picked up a nasty cold, sorry all.",
    "Feeling a bit under the weather, sorry.",
    "I'm feeling rotten, staying in.",
]


@pytest.mark.parametrize("text", TAKEN_ILL)
def test_an_illness_said_in_an_idiom_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
    assert analyse(plain_reply(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "I was down with the flu last week but I'm fine now, see you Thursday.",
        "Letzte Woche hat's mich erwischt, jetzt bin ich wieder fit, ich komme.",
        "My wife is down with flu, but I'll come.",
        "I'm sick of missing these, so I'm coming!",
        "Caught the early train, so I'll be there on time.",
        "Ich hab mir den Abend extra freigehalten, ich komme.",
    ],
)
def test_an_illness_over_or_not_ones_own_leaves_the_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Feeling rough but I'll drag myself there.",
        "Mich hat's erwischt, aber ich quäl mich hin.",
        "Bin erkältet, aber ich schlepp mich trotzdem hin.",
    ],
)
def test_coming_despite_an_illness_is_never_recorded_as_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
    assert analyse(plain_reply(text)).answer is not Answer.NO
