"""Not let off work for the evening is a no: "Ich krieg nicht frei", "I couldn't get the
time off". Granted, it is the way to come; beside a yes ("but I'll come after work") or
said of the boss, it is never read as a no alone."""

from __future__ import annotations

import pytest

from mail.intent import read_intent
from somek_tui.models import Answer


@pytest.mark.parametrize(
    "text",
    [
        "Ich krieg nicht frei.",
        "Krieg an dem Abend leider nicht frei, sorry.",
        "Hab keinen Urlaub bekommen, sorry.",
        "Ich bekomme keinen Urlaub, leider.",
        "I couldn't get the time off.",
        "Can't get the evening off, sorry.",
        "Work won't let me off that night.",
    ],
)
def test_time_off_not_granted_is_a_no(text: str) -> None:
    assert read_intent(text).answer is Answer.NO


@pytest.mark.parametrize(
    "text",
    [
        "Ich hab frei bekommen, komme!",
        "Got the time off, see you there!",
        "Ich krieg nicht frei, aber ich komme nach der Arbeit trotzdem.",
    ],
)
def test_time_off_granted_or_the_no_turned_is_coming(text: str) -> None:
    assert read_intent(text).answer is Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "Mein Chef lässt mich nicht früher gehen, sorry.",
        "My boss won't let me leave early, sorry.",
    ],
)
def test_held_back_by_the_boss_is_never_read_as_coming(text: str) -> None:
    assert read_intent(text).answer is not Answer.YES


@pytest.mark.parametrize(
    "text",
    [
        "I couldn't get the time off, but I'll come after work.",
        "Ich krieg nicht frei, komme aber nach der Arbeit.",
    ],
)
def test_time_off_not_granted_beside_a_yes_is_never_read_as_a_no(text: str) -> None:
    assert read_intent(text).answer is not Answer.NO
