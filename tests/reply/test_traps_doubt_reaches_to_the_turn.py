"""A doubt denies the clause it governs, up to a turn: "Ich glaube nicht, dass ich
pünktlich bin, aber ich komme", "I don't think I'll be on time, but I'll come" doubt
the punctuality, not the coming after "aber"/"but"; the whole sentence was turned
into a no. And "Ich kann mir kaum vorstellen, dass ich es schaffe" doubts like "Ich
glaube kaum, dass …": it was read as a yes from its "schaffe"."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

COMING_AFTER_THE_TURN = [
    pytest.param("Ich glaube kaum, dass ich pünktlich bin, aber ich komme.", id="de-puenktlich"),
    pytest.param(
        "Ich glaube nicht, dass ich lange bleiben kann, aber ich komme.", id="de-lange-bleiben"
    ),
    pytest.param("I don't think I'll be on time, but I'll come.", id="en-on-time"),
    pytest.param("I doubt I'll be on time, but I'm coming.", id="en-doubt"),
    pytest.param(
        "Ich denke nicht, dass ich bis zum Ende bleibe, aber ich bin dabei.", id="de-bis-zum-ende"
    ),
]


@pytest.mark.parametrize("text", COMING_AFTER_THE_TURN)
def test_a_coming_after_the_turn_is_not_doubted(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
    assert analyse(_mail(text)).answer is not Answer.NO


DOUBTED_COMING = [
    pytest.param("Ich kann mir kaum vorstellen, dass ich es schaffe.", id="de-kaum-vorstellen"),
    pytest.param("Ich kann mir nicht vorstellen, dass ich es schaffe.", id="de-nicht-vorstellen"),
    pytest.param("Kann mir schlecht vorstellen, dass wir dabei sind.", id="de-schlecht"),
    pytest.param("Ich glaube nicht, dass ich es schaffe.", id="de-glaube-nicht"),
    pytest.param("I don't think I can make it, but thanks for asking.", id="en-thanks-after"),
    pytest.param("Ich glaube nicht, dass ich komme, aber danke!", id="de-danke-after"),
]


@pytest.mark.parametrize("text", DOUBTED_COMING)
def test_a_doubted_coming_is_a_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich kann mir nicht vorstellen, dass was dazwischenkommt.", id="de-obstacle"),
        pytest.param("Ich kann mir gut vorstellen, dass ich komme.", id="de-gut"),
    ],
)
def test_an_obstacle_unimagined_or_a_coming_well_imagined_stays_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
