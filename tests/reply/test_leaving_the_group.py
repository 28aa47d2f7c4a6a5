"""The group left or the membership ended is a leaving of the list.

"Hiermit kündige ich meine Mitgliedschaft", "I'd like to leave the group": no list
or mail named, but the member leaves for good. Leaving the group early on the
evening, or denied ("I don't want to leave the group"), leaves nothing.
"""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Hiermit kündige ich meine Mitgliedschaft.",
        "Ich möchte meine Mitgliedschaft beenden.",
        "Ich verabschiede mich aus der Runde, macht's gut.",
        "I'd like to leave the group.",
        "I want to leave this group, thanks for everything.",
        "Time for me to bow out of the group – all the best!",
        "I've decided to leave the group.",
    ],
)
def test_the_group_left_or_the_membership_ended_leaves_the_list(text: str) -> None:
    assert read_intent(text).unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        "I'll have to leave the group early that evening.",
        "I need to leave the group at 9 sharp.",
        "Ich verabschiede mich um neun aus der Runde.",
    ],
)
def test_leaving_the_group_early_on_the_evening_leaves_no_list(text: str) -> None:
    assert not read_intent(text).unsubscribe


@pytest.mark.parametrize(
    "text",
    [
        "Ich will meine Mitgliedschaft nicht kündigen, komme nur diesmal nicht.",
        "I don't want to leave the group, just can't make this one.",
        "Ich verabschiede mich nicht aus der Runde, nur diesmal bin ich krank.",
    ],
)
def test_leaving_the_group_denied_keeps_the_member_and_declines_the_evening(text: str) -> None:
    intent = read_intent(text)
    assert not intent.unsubscribe
    assert intent.answer is Answer.NO
