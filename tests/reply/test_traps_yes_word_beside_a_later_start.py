"""A bare yes-word followed only by a later time: "Yes please, next month!", "Jaaa, im Juni
wieder!", "Ja, ab Januar wieder", "Yes – after the summer". The yes may be for a later
evening only, and it was recorded as this evening's yes. Now it goes to a person, who
knows which evening the invitation is for. A time of this evening ("Yes, Thursday!",
"Ja, um 19 Uhr") keeps the yes."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

LATER = [
    pytest.param("Yes please, next month!", id="en-next-month"),
    pytest.param("Yes – after the summer.", id="en-after-summer"),
    pytest.param("Yes, from February on.", id="en-from-february"),
    pytest.param("Jaaa, im Juni wieder!", id="de-juni-wieder"),
    pytest.param("Ja, ab Januar wieder.", id="de-ab-januar"),
    pytest.param("Klar, nach den Ferien!", id="de-nach-den-ferien"),
    pytest.param("Ja gern, im Herbst wieder.", id="de-herbst"),
]


@pytest.mark.parametrize("text", LATER)
def test_a_bare_yes_word_beside_a_later_time_is_never_a_yes(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES
    assert analyse(_mail(text)).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Yes, Thursday!", id="en-thursday"),
        pytest.param("Ja, um 19 Uhr.", id="de-19-uhr"),
        pytest.param("Ja, am Donnerstag.", id="de-donnerstag"),
        pytest.param("Ja! Im Mai bin ich dabei.", id="de-mai-dabei"),
    ],
)
def test_a_yes_with_a_time_of_this_evening_stays_a_yes(text: str) -> None:
    assert read_intent(text).answer is Answer.YES
