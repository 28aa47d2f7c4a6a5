"""A companion named and left at home: "Diesmal bringe ich meinen Mann nicht mit", "I won't
be bringing my husband this time". The companion is no guest, and their staying home is
never the member's no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Diesmal bringe ich meinen Mann nicht mit.", id="de-diesmal-nicht-mit"),
        pytest.param(
            "Ich komme, bringe aber meine Frau diesmal nicht mit.", id="de-komme-frau-nicht-mit"
        ),
        pytest.param("I won't be bringing my husband this time.", id="en-wont-be-bringing"),
        pytest.param("I'm coming but I'm not bringing my wife.", id="en-not-bringing"),
    ],
)
def test_a_companion_left_at_home_is_no_guest_and_no_no(text: str) -> None:
    reading = analyse(_mail(text))
    assert reading.guests == 0
    assert reading.answer is not Answer.NO


def test_a_companion_brought_is_still_a_guest() -> None:
    reading = analyse(_mail("Ich bringe meinen Mann mit."))
    assert (reading.answer, reading.guests) == (Answer.YES, 1)
