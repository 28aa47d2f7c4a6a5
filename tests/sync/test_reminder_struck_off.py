"""A bare strike-off under the reminder strikes the member off that evening.

The reminder goes to those who said yes: "Bitte streichen" or "take me off"
under it takes the yes back, as an organizer reads it. Words of the list or
its mail under the same reminder still leave the list.
"""

from __future__ import annotations

import pytest
from sync.conftest import World
from sync.deciding import decide_and_record, reply_to_reminder
from sync.replies import answer_to

from somek_tui.models import Answer, InboxOutcome

ANNA = "anna@example.org"


@pytest.mark.parametrize(
    "body",
    [
        "Bitte streichen",
        "Bitte streichen.",
        "Streicht mich bitte.",
        "Take me off please.",
        "Please cross me off.",
        "Ich melde mich ab.",
    ],
)
def test_a_bare_strike_off_under_the_reminder_is_a_no_for_its_evening(
    world: World, body: str
) -> None:
    decision, view = decide_and_record(world, reply_to_reminder(world, ANNA, body))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [(r.answer, r.event_id) for r in view.rsvps()] == [(Answer.NO, world.event.id)]


@pytest.mark.parametrize(
    "body",
    [
        "Bitte streicht mich aus dem Verteiler.",
        "Unsubscribe",
        "Please take me off the mailing list.",
        "Kein Interesse mehr, bitte streichen.",
        "Bitte keine Mails mehr, streicht mich.",
    ],
)
def test_the_list_or_its_mail_named_under_the_reminder_still_leaves_the_list(
    world: World, body: str
) -> None:
    decision, view = decide_and_record(world, reply_to_reminder(world, ANNA, body))
    assert decision.outcome is InboxOutcome.UNSUBSCRIBE, decision.reason
    assert view.rsvps() == []


def test_a_bare_strike_off_under_the_invitation_leaves_the_list(world: World) -> None:
    decision, _ = decide_and_record(world, answer_to(world.sent[ANNA], "Bitte streichen."))
    assert decision.outcome is InboxOutcome.UNSUBSCRIBE, decision.reason
