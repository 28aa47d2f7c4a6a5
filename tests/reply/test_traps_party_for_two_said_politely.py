"""A party size given with the answer and a "please", or as a table: "Yes for two,
please", "Count us in, table for two!". The member comes with one more."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    ("text", "guests"),
    [
        pytest.param("Yes for two, please.", 1, id="en-for-two-please"),
        pytest.param("Zusage für drei, danke!", 2, id="de-fuer-drei-danke"),
        pytest.param("Count us in, table for two!", 1, id="en-table-for-two"),
        pytest.param("Wir kommen, Tisch für vier bitte.", 3, id="de-tisch-fuer-vier"),
    ],
)
def test_a_party_size_said_politely_counts_the_company(text: str, guests: int) -> None:
    reading = analyse(_mail(text))
    assert (reading.answer, reading.guests) == (Answer.YES, guests)


def test_a_stay_of_two_hours_brings_no_one() -> None:
    reading = analyse(_mail("Yes, for two hours at least."))
    assert (reading.answer, reading.guests) == (Answer.YES, 0)
