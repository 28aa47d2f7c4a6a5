"""Today named as the time of answering is no day of the evening: "Heute schon absagen,
…" declines the evening early; "Heute kann ich nicht" still names today."""

from __future__ import annotations

import pytest

from mail.named_days import answer_days
from mail.types import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Heute schon absagen, because I know I won't make it – Chorprobe.",
        "Ich muss leider schon heute absagen: Elternabend.",
        "Jetzt schon absagen, bevor ich es vergesse: ich kann nicht.",
        "I'm cancelling today already, I won't make it.",
    ],
)
def test_today_as_the_time_of_declining_names_no_day(text: str) -> None:
    assert answer_days(text, Answer.NO) == []


@pytest.mark.parametrize(
    "text",
    [
        "Heute kann ich leider nicht.",
        "Am 7. Februar muss ich absagen.",
    ],
)
def test_a_day_the_no_is_said_of_is_still_named(text: str) -> None:
    assert answer_days(text, Answer.NO)
