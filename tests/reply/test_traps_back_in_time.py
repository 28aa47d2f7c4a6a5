"""Away or busy during the day of the evening, back in time for it: "Am Donnerstag bin ich
noch in Hamburg, komme aber rechtzeitig zurück", "Bin bis Donnerstagmittag auf
Dienstreise, abends aber da", "in London until Thursday afternoon but back in time".
The absence ends before the evening; it is never the member's no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

BACK_IN_TIME = [
    pytest.param(
        "Am Donnerstag bin ich noch in Hamburg, komme aber rechtzeitig zurück.",
        id="de-hamburg-rechtzeitig",
    ),
    pytest.param(
        "Tagsüber bin ich noch in Köln, bin aber pünktlich wieder da.", id="de-koeln-puenktlich"
    ),
    pytest.param(
        "Bin bis Donnerstagmittag auf Dienstreise, abends aber da.", id="de-dienstreise-abends"
    ),
    pytest.param("Bin morgens beim Zahnarzt, aber abends dabei.", id="de-zahnarzt-abends"),
    pytest.param(
        "I'm in London until Thursday afternoon but back in time for the evening.",
        id="en-london-back-in-time",
    ),
    pytest.param(
        "We're travelling that day, but back in time for the meetup.", id="en-travelling-back"
    ),
]


@pytest.mark.parametrize("text", BACK_IN_TIME)
def test_the_rules_read_an_absence_that_ends_before_the_evening_as_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize("text", BACK_IN_TIME)
def test_an_absence_that_ends_before_the_evening_is_never_recorded_as_no(text: str) -> None:
    # the trained reader or the absence-notice check may still send it to a person
    assert analyse(_mail(text)).answer in (Answer.YES, None)


NOT_BACK = [
    pytest.param("Ich komme nicht rechtzeitig zurück.", id="de-nicht-rechtzeitig"),
    pytest.param("I won't be back in time, sorry.", id="en-not-back-in-time"),
    pytest.param("Bis 18 Uhr arbeite ich, danach bin ich leider auch verplant.", id="de-danach"),
]


@pytest.mark.parametrize("text", NOT_BACK)
def test_not_being_back_in_time_is_read_as_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
