"""Short answers in Platt and Swiss German that the dialect lexicon missed.

"Moin, ick bün dor", "Wi sünd dor!", "Ick kiek vörbi" (I look in), "Bi dabii" (Swiss,
without its "ich") are a yes; "Ick bün nich dor", "Ick bün dor nich", "Ik kiek nich
vörbi" a no. "Ick bün nich krank" denies an illness, not the evening.
"""

from __future__ import annotations

import pytest

from mail.analysis import analyse
from mail.intent import read_intent
from mail.types import Answer
from tests.reply.plain_reply import plain_reply


@pytest.mark.parametrize(
    "text",
    ["Moin, ick bün dor.", "Wi sünd dor!", "Ick kiek vörbi.", "Ik kiek mol vörbi.", "Bi dabii."],
)
def test_a_platt_or_swiss_yes_is_read(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text", ["Ick bün dor nich, sorry.", "Ick bün nich dor.", "Ik kiek nich vörbi, to veel Arbeit."]
)
def test_a_platt_no_is_read(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


def test_an_illness_denied_in_platt_is_no_no() -> None:
    assert analyse(plain_reply("Ick bün nich krank, ick kaam.")).answer is not Answer.NO
