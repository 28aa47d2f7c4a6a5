"""One reply read, matched, decided and recorded in one transaction, as a sync pass does,
and the replies to a reminder it is tried on."""

from __future__ import annotations

import dataclasses

from support.workspace import NOW
from sync.conftest import World
from sync.replies import answer_to

from mail.analysis import analyse
from somek_tui.models import MailKind, OutboxState
from somek_tui.services.classify import Decision, apply_decision, decide
from somek_tui.services.matching import match_reply
from somek_tui.services.outbox import queue_message
from somek_tui.store import View


def decide_and_record(world: World, raw: bytes) -> tuple[Decision, View]:
    """The decision on ``raw`` and the database after it is recorded."""
    analysis = analyse(raw)
    organizer = world.ws.settings.organizer
    with world.ws.store.transaction() as tx:
        found = match_reply(analysis, tx, organizer, NOW)
        decision = decide(analysis, found, tx, organizer, NOW)
        apply_decision(tx, decision, message_id=analysis.message_id, wording=analysis.text, now=NOW)
    return decision, world.ws.store.read()


def reply_to_reminder(world: World, address: str, body: str) -> bytes:
    """The member's reply to a reminder for the world's evening, sent after the invitation."""
    member = world.member(address)
    with world.ws.store.transaction() as tx:
        reminder = queue_message(
            tx, member=member, kind=MailKind.REMINDER, event=world.event, now=NOW
        )
        tx.put(dataclasses.replace(reminder, state=OutboxState.SENT))
        invitation = tx.outgoing_by_message_id(world.sent[address].message_id)
    assert invitation is not None and invitation.reply_key and reminder.reply_key
    invited = world.sent[address]
    sent = dataclasses.replace(
        invited,
        message_id=reminder.message_id,
        subject=f"Erinnerung: {invited.subject}",
        reply_to=invited.reply_to.replace(invitation.reply_key, reminder.reply_key),
    )
    return answer_to(sent, body)
