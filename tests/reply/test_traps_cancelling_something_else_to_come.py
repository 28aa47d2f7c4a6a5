"""Cancelling something else to come: "Ich sage dem Chor ab und komme zu euch" is a yes.
"absagen" with a dative of another party (dem Chor, meinem Tennispartner) cancels that
party, not the evening; cancelling the evening's own ("dem Stammtisch", "euch") and a
bare "Ich sage ab" stay a no."""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply as _mail


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sage dem Chor ab und komme zu euch.", id="dem-chor"),
        pytest.param(
            "Ich sage meinem Tennispartner ab, dann bin ich dabei.", id="meinem-tennispartner"
        ),
        pytest.param("Ich sag einem Kunden ab und bin am Donnerstag da.", id="einem-kunden"),
        pytest.param("Sag meiner Schwester ab, ich komme!", id="meiner-schwester"),
    ],
)
def test_cancelling_another_party_to_come_is_a_yes(text: str) -> None:
    assert analyse(_mail(text)).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ich sage euch leider ab.", id="euch"),
        pytest.param("Ich sage dem Stammtisch leider ab.", id="dem-stammtisch"),
        pytest.param("Ich sage ab.", id="bare"),
        pytest.param("Ich sage leider ab, mein Chef braucht mich.", id="leider-chef"),
    ],
)
def test_cancelling_the_evening_stays_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO
