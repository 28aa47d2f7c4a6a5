"""One of two comes, the member or someone else ("Entweder ich oder mein Kollege kommt",
"Either me or Sam will be there", "My colleague or I will come, whoever is free"):
which one is not said, so no yes of the member's is recorded and a person reads it.
Where the member says they are the one, or "ich oder mein Mann" only says who drives,
the member's yes stands."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail

EITHER = [
    pytest.param("Entweder ich oder mein Kollege kommt.", id="de-entweder-ich-oder"),
    pytest.param("Either me or my colleague will be there.", id="en-either-me-or-colleague"),
    pytest.param("Either me or Sam will be there.", id="en-either-me-or-name"),
    pytest.param("Mein Kollege oder ich, je nachdem wer Zeit hat.", id="de-kollege-oder-ich"),
    pytest.param("My colleague or I will come, whoever is free.", id="en-colleague-or-i"),
    pytest.param("Ich oder meine Kollegin ist dabei, das klären wir noch.", id="de-ich-oder"),
]


@pytest.mark.parametrize("text", EITHER)
def test_one_of_the_two_coming_is_no_yes_of_the_members(text: str) -> None:
    assert read_intent(text).answer is None
    assert analyse(_mail(text)).answer is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Entweder ich oder mein Kollege kommt – das bin dann wohl ich.", id="de-das-bin-ich"
        ),
        pytest.param("Ja, ich komme. Ich oder mein Mann fahren.", id="de-who-drives"),
        pytest.param("My wife or I will pick up the cake. See you there!", id="en-who-brings"),
    ],
)
def test_the_member_named_as_the_one_or_coming_beside_it_says_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES
