"""A reply to the thanks mail of an evening that is over, answering the next evening.

"Danke für die Fotos! Am 28.: ja.", "Ich komme am 28. wieder": the thanks mail asked
for no answer, but an answer naming the date of the next evening the member is invited
to is that evening's. An answer naming no date ("Looking forward to the next one"),
another day, or only the evening that is over still goes to a person.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest
from support.workspace import NOW, TZ
from sync.conftest import World
from sync.deciding import decide_and_record
from sync.replies import answer_to

from somek_tui.models import Answer, InboxOutcome, MailKind, OutboxState
from somek_tui.services.events import add_event
from somek_tui.services.outbox import queue_message

ANNA = "anna@example.org"


def _reply_to_thanks(world: World, body: str) -> bytes:
    """Anna's reply to the thanks mail for the evening of 7 January, which is over."""
    anna = world.member(ANNA)
    with world.ws.store.transaction() as tx:
        past = add_event(
            tx,
            title="Reels und Stories",
            start=datetime(2027, 1, 7, 19, 0, tzinfo=TZ),
            end=datetime(2027, 1, 7, 22, 0, tzinfo=TZ),
            domain="example.org",
            now=NOW - timedelta(days=40),
        )
        thanks = queue_message(tx, member=anna, kind=MailKind.THANKS, event=past, now=NOW)
        tx.put(dataclasses.replace(thanks, state=OutboxState.SENT))
        invitation = tx.outgoing_by_message_id(world.sent[ANNA].message_id)
    assert invitation is not None and invitation.reply_key and thanks.reply_key
    invited = world.sent[ANNA]
    sent = dataclasses.replace(
        invited,
        message_id=thanks.message_id,
        subject="Danke für den Abend!",
        reply_to=invited.reply_to.replace(invitation.reply_key, thanks.reply_key),
    )
    return answer_to(sent, body)


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        pytest.param(
            "Danke für die schönen Fotos vom letzten Mal! Am 28.: ja.", Answer.YES, id="de-am-28"
        ),
        pytest.param(
            "Thanks for the photos, great shots! See you on the 28th.",
            Answer.YES,
            id="en-28th",
        ),
        pytest.param(
            "Danke für den tollen Abend am 7.! Ich komme am 28. wieder.", Answer.YES, id="de-wieder"
        ),
        pytest.param(
            "Danke für die Zusammenfassung! Am 28. bin ich leider nicht dabei.",
            Answer.NO,
            id="de-no",
        ),
        pytest.param("Lovely evening, thanks! On the 28th I can't, sorry.", Answer.NO, id="en-no"),
    ],
)
def test_an_answer_naming_the_next_evening_is_its_rsvp(
    world: World, body: str, answer: Answer
) -> None:
    decision, view = decide_and_record(world, _reply_to_thanks(world, body))
    assert decision.outcome is InboxOutcome.ANSWER, decision.reason
    assert [(r.answer, r.event_id) for r in view.rsvps()] == [(answer, world.event.id)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Danke, war super! Ich komme gern wieder.", id="de-no-day"),
        pytest.param("Thanks, it was great, yes!", id="en-no-day"),
        pytest.param("Danke! Am 14. kann ich leider nicht.", id="de-another-day"),
        pytest.param("Danke für den Abend am 7., ich war gern dabei.", id="de-the-evening-over"),
        pytest.param("Danke für Donnerstag, ich war gern dabei!", id="de-weekday-of-both"),
        pytest.param("Thanks, it was great! Looking forward to the next one.", id="en-next-one"),
        pytest.param("Great write-up, thank you. Yes, I'll try to make the next one.", id="en-try"),
        pytest.param("Danke euch! Zum nächsten Stammtisch komme ich gern wieder.", id="de-next"),
        pytest.param("Danke! Am 28. Februar bin ich wieder dabei.", id="de-a-later-month"),
    ],
)
def test_an_answer_naming_no_next_evening_records_nothing(world: World, body: str) -> None:
    decision, view = decide_and_record(world, _reply_to_thanks(world, body))
    assert decision.outcome is not InboxOutcome.ANSWER, decision.reason
    assert view.rsvps() == []
