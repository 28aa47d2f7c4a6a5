"""Which mail a reply answers when the client dropped the key and the thread headers.

A reply written to the plain organizer address without In-Reply-To still
repeats the subject it answers: "Re: Danke für den Abend!" answers the thanks
mail, so its "Ja, super!" is no RSVP for the next evening; "AW: Erinnerung: …"
answers the reminder of the upcoming evening.
"""

from __future__ import annotations

import dataclasses

from support.workspace import NOW
from sync.conftest import World
from sync.replies import reply

from mail.analysis import analyse
from somek_tui.models import InboxOutcome, MailKind, OutboxState
from somek_tui.services.classify import decide
from somek_tui.services.matching import VIA_SENDER, Match, match_reply
from somek_tui.services.outbox import queue_message

ANNA = "anna@example.org"


def _sent(world: World, kind: MailKind) -> None:
    with world.ws.store.transaction() as tx:
        record = queue_message(tx, member=world.member(ANNA), kind=kind, event=world.event, now=NOW)
        tx.put(dataclasses.replace(record, state=OutboxState.SENT))


def _match(world: World, subject: str, body: str) -> tuple[Match, InboxOutcome]:
    analysis = analyse(reply(body, sender=ANNA, subject=subject))
    view = world.ws.store.read()
    found = match_reply(analysis, view, world.ws.settings.organizer, NOW)
    return found, decide(analysis, found, view, world.ws.settings.organizer, NOW).outcome


def test_a_reply_naming_the_thanks_mail_in_its_subject_answers_the_thanks_mail(
    world: World,
) -> None:
    _sent(world, MailKind.THANKS)
    found, outcome = _match(world, "Re: Danke für den Abend!", "Ja, super, danke!")
    assert found.via == VIA_SENDER
    assert found.outgoing is not None and found.outgoing.kind is MailKind.THANKS
    assert outcome is not InboxOutcome.ANSWER


def test_a_reply_naming_the_reminder_answers_the_upcoming_evenings_reminder(
    world: World,
) -> None:
    _sent(world, MailKind.REMINDER)
    found, _ = _match(world, f"AW: Erinnerung: {world.event.title}", "Bleibt dabei!")
    assert found.event is not None and found.event.id == world.event.id
    assert found.outgoing is not None and found.outgoing.kind is MailKind.REMINDER


def test_a_reply_with_an_invitations_subject_still_answers_the_invitation(world: World) -> None:
    _sent(world, MailKind.THANKS)
    found, _ = _match(world, f"Re: Einladung: {world.event.title}", "Ich komme!")
    assert found.outgoing is not None and found.outgoing.kind is MailKind.INVITATION


def test_a_new_mail_titled_like_a_thanks_mail_is_matched_by_sender_alone(world: World) -> None:
    _sent(world, MailKind.THANKS)
    found, _ = _match(world, "Danke für den Abend!", "Ich komme auch nächstes Mal.")
    assert found.outgoing is not None and found.outgoing.kind is MailKind.INVITATION
