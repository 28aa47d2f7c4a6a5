"""Having no time but taking it for the meetup ("Ich hab zwar keine Zeit, aber für euch
nehm ich sie mir") is never a no: the concession is turned by what follows. Time one
cannot take stays a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich hab zwar keine Zeit, aber für euch nehm ich sie mir.", id="zwar-aber"),
        pytest.param("Eigentlich hab ich keine Zeit, aber die nehme ich mir.", id="die-nehme-ich"),
        pytest.param("Zeit hab ich keine, aber ich nehm sie mir für euch.", id="zeit-keine"),
        pytest.param("Keine Zeit? Für euch nehm ich mir die Zeit!", id="frage-dann-zeit"),
    ],
)
def test_time_taken_despite_none_reads_as_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich hab keine Zeit und kann sie mir auch nicht nehmen.", id="nicht-nehmen"),
        pytest.param("Ich kann mir leider keine Zeit nehmen.", id="keine-zeit-nehmen"),
    ],
)
def test_time_that_cannot_be_taken_stays_no(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.NO
