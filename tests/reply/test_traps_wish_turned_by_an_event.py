"""A wish, then an event of the member's own after "nur leider", "only sadly": "Wie gern
wär ich dabei! Nur leider ist da unser Sommerfest." The turn's own "nur" was taken for
a detail the turn limits ("…, nur kurz"), and the event was no known obstacle, so the
wish stood as a yes: the opposite answer."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

TURNED_BY_AN_EVENT = [
    pytest.param("Wie gern wär ich dabei! Nur leider ist da unser Sommerfest.", id="de-sommerfest"),
    pytest.param("Ich würde so gern kommen. Nur leider haben wir Weihnachtsfeier.", id="de-feier"),
    pytest.param("Wäre gern dabei. Leider ist an dem Tag Jahresversammlung.", id="de-versammlung"),
    pytest.param("Would love to come! Sadly it's our office party.", id="en-office-party"),
    pytest.param("I'd really like to be there. Unfortunately I have a gig.", id="en-gig"),
]


@pytest.mark.parametrize("text", TURNED_BY_AN_EVENT)
def test_a_wish_turned_by_an_event_of_ones_own_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize("text", TURNED_BY_AN_EVENT)
def test_a_wish_turned_by_an_event_is_never_recorded_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Wäre gern dabei. Aber nur kurz, danach ist noch Feier.", id="de-nur-kurz"),
        pytest.param("Would love to come! Sadly only for an hour.", id="en-only-an-hour"),
        pytest.param("Ich wäre gern dabei. Nur leider ohne meinen Mann.", id="de-ohne-mann"),
    ],
)
def test_a_turn_that_limits_a_detail_is_no_refusal(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
