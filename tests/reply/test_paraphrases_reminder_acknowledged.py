"""After a reminder, the reminder acknowledged: thanked for, noted, promised to be kept in
mind. Sent to members who said yes, such a reply keeps that yes; a change of mind beside
the acknowledgement never does. Each row is one way of saying it, in words of our own."""

from __future__ import annotations

import pytest

from mail.reminder_reply import answer_stands


@pytest.mark.parametrize(
    "text",
    [
        "Danke fürs Erinnern, steht!",
        "Klar, ich denk dran!",
        "Gut, dass ihr erinnert!",
        "Wird gemacht, danke.",
        "Got it, thanks!",
        "Cheers, all good on my end.",
        "Roger that.",
        "Will do!",
    ],
)
def test_a_reminder_acknowledged_keeps_the_answer_on_record(text: str) -> None:
    assert answer_stands(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gut, dass ihr erinnert! Ich hab's doppelt gebucht.",
        "Danke für die Erinnerung, leider muss ich absagen.",
        "Got it, but sorry, I can't make it after all.",
        "Thanks for the heads-up, something came up though.",
    ],
)
def test_a_change_beside_the_acknowledgement_never_keeps_it(text: str) -> None:
    assert not answer_stands(text)
