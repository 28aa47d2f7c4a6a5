"""A wish turned down by an event named as a compound: "Wie gern wär ich dabei! Aber
die Chorschule hat Generalprobe." Only the bare "Probe", "Dienst" were known
obstacles, so the wish stood as a yes: the opposite answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED = [
    pytest.param("Ach, wie gern käme ich! Aber Elternsprechtag.", id="de-elternsprechtag"),
    pytest.param("Wäre so gern dabei. Leider ist Projekttag an der Schule.", id="de-projekttag"),
    pytest.param(
        "Wie gern wär ich dabei! Aber die Chorschule hat Generalprobe.", id="de-generalprobe"
    ),
    pytest.param("Ach, wäre ich gern dabei. Aber da ist Chorprobe.", id="de-chorprobe"),
    pytest.param(
        "Wie gerne würde ich kommen! Leider ist an dem Abend Mitgliederversammlung.",
        id="de-versammlung",
    ),
    pytest.param("Wär so gern dabei! Aber unser Sohn hat Schulkonzert.", id="de-schulkonzert"),
    pytest.param("Would love to come. Alas, our choir has a concert.", id="en-concert"),
]


@pytest.mark.parametrize("text", TURNED)
def test_a_wish_turned_by_a_compound_event_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", TURNED)
def test_a_wish_turned_by_a_compound_event_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


def test_a_weekday_after_the_turn_is_no_obstacle() -> None:
    text = "Wie gern wäre ich dabei! Aber am Donnerstag komme ich bestimmt."
    assert read_intent(text).answer is not Answer.NO
