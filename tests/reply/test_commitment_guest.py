"""Answers to a talk request that decline the talk but come as a guest."""

from __future__ import annotations

import pytest

from mail.commitment import Commitment, read_commitment


@pytest.mark.parametrize(
    "text",
    [
        "Nein, das traue ich mir nicht zu. Ich komme aber gern als Gast.",
        "Eher nicht, ich habe gerade keinen Kopf dafür.",
        "No, sorry - but I'll gladly come as a guest.",
    ],
)
def test_declining_the_talk_while_coming_as_a_guest_is_a_decline(text: str) -> None:
    assert read_commitment(text).commitment is Commitment.DECLINE
