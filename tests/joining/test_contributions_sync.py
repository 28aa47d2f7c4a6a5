"""Asking for a talk or a contribution, and ``sync`` reading the answer."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from joining.conftest import drop, sent_mail
from support.workspace import NOW
from sync.conftest import World
from sync.replies import answer_to

from somek_tui.models import InvalidInput, MailKind, OutgoingMessage
from somek_tui.services.contributions import Role, ask
from somek_tui.services.outbox import deliver
from somek_tui.services.sync import run_sync

ANNA = "anna@example.org"


def ask_for(world: World, role: Role, subject: str = "Reels im B2B") -> OutgoingMessage:
    with world.ws.store.transaction() as tx:
        record = ask(tx, world.event.id, ANNA, role, subject=subject, now=NOW)
    assert asyncio.run(deliver(world.ws, [record.id])).sent == 1
    return record


def answer(world: World, record: OutgoingMessage, text: str) -> None:
    drop(world, answer_to(sent_mail(world, record), text))
    run_sync(world.ws)


def test_asking_puts_the_member_on_the_event_unconfirmed(world: World) -> None:
    ask_for(world, Role.TALK)
    event = world.ws.store.read().event(world.event.id)
    assert event is not None
    [speaker] = event.speakers
    assert (speaker.member_id, speaker.talk_title, speaker.confirmed) == (
        world.member(ANNA).id,
        "Reels im B2B",
        False,
    )


def test_the_request_mail_carries_a_reply_key_and_the_subject(world: World) -> None:
    record = ask_for(world, Role.CONTRIBUTION)
    assert record.kind is MailKind.CONTRIBUTION_REQUEST and record.reply_key
    assert sent_mail(world, record).reply_to == f"stammtisch+{record.reply_key}@example.org"
    assert record.context["request"] == {"role": "contribution", "subject": "Reels im B2B"}


def test_taking_on_a_talk_confirms_the_speaker_and_records_no_rsvp(world: World) -> None:
    record = ask_for(world, Role.TALK)
    answer(world, record, "Ich übernehme das gerne!")
    view = world.ws.store.read()
    event = view.event(world.event.id)
    assert event is not None and [s.confirmed for s in event.speakers] == [True]
    assert view.rsvps() == []
    assert view.outbox(kind=MailKind.ACKNOWLEDGEMENT) == []


def test_taking_on_a_contribution_confirms_the_contributor(world: World) -> None:
    record = ask_for(world, Role.CONTRIBUTION)
    answer(world, record, "Mache ich.")
    event = world.ws.store.read().event(world.event.id)
    assert event is not None and [c.confirmed for c in event.contributors] == [True]


def test_declining_takes_the_member_off_the_event(world: World) -> None:
    record = ask_for(world, Role.TALK)
    answer(world, record, "Kann leider nicht, sorry.")
    view = world.ws.store.read()
    event = view.event(world.event.id)
    assert event is not None and event.speakers == []
    assert view.rsvps() == []
    [entry] = view.inbox()
    assert entry.reason == "declines the talk"


def test_an_unclear_answer_goes_to_review_and_changes_nothing(world: World) -> None:
    record = ask_for(world, Role.TALK)
    answer(world, record, "Vielleicht, ich schaue mal in den Kalender.")
    view = world.ws.store.read()
    [item] = view.review_items()
    assert "unclear answer to the talk request" in item.reason
    event = view.event(world.event.id)
    assert event is not None and [s.confirmed for s in event.speakers] == [False]


def test_a_yes_with_a_question_is_recorded_and_the_question_goes_to_review(world: World) -> None:
    record = ask_for(world, Role.TALK)
    answer(world, record, "Ich übernehme das. Gibt es einen Beamer?")
    view = world.ws.store.read()
    event = view.event(world.event.id)
    assert event is not None and [s.confirmed for s in event.speakers] == [True]
    [item] = view.review_items()
    assert "Beamer" in item.reason


def test_an_answer_from_someone_else_without_the_key_goes_to_review(world: World) -> None:
    record = ask_for(world, Role.TALK)
    sent = replace(sent_mail(world, record), reply_to="stammtisch@example.org")
    drop(world, answer_to(sent, "Mache ich", sender="mallory@example.com"))
    assert run_sync(world.ws).review == 1
    event = world.ws.store.read().event(world.event.id)
    assert event is not None and [s.confirmed for s in event.speakers] == [False]


def test_an_rsvp_to_the_invitation_still_counts_as_an_rsvp(world: World) -> None:
    ask_for(world, Role.TALK)
    drop(world, answer_to(world.sent[ANNA], "Ja, ich komme."))
    run_sync(world.ws)
    view = world.ws.store.read()
    assert [r.answer.value for r in view.rsvps()] == ["yes"]
    event = view.event(world.event.id)
    assert event is not None and [s.confirmed for s in event.speakers] == [False]


def test_asking_someone_who_already_confirmed_is_refused(world: World) -> None:
    record = ask_for(world, Role.TALK)
    answer(world, record, "I'll do it")
    with pytest.raises(InvalidInput, match="already confirmed"), world.ws.store.transaction() as tx:
        ask(tx, world.event.id, ANNA, Role.TALK, now=NOW)
