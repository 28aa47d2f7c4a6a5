"""Joining by e-mail, end to end on Maildir: request, confirmation mail, reply, expiry."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from joining.conftest import ask_to_join, drop, sent_mail
from support.workspace import NOW
from sync.conftest import World
from sync.replies import answer_to, reply

from mail.analysis import analyse
from somek_tui.config import SeriesSettings
from somek_tui.models import ConsentHow, MailKind, MemberStatus
from somek_tui.services.invitations import send_mail
from somek_tui.services.sync import run_sync

LEA = "lea@example.net"
REQUEST = "Hallo! Ich würde gerne beim nächsten Stammtisch dabei sein. Viele Grüße, Lea"


def request_to_join(world: World) -> str:
    raw = reply(REQUEST, sender=f"Lea Becker <{LEA}>", subject="Stammtisch", quote="")
    drop(world, raw)
    run_sync(world.ws)
    return analyse(raw).message_id


def test_a_join_request_from_a_stranger_goes_to_review(world: World) -> None:
    request_to_join(world)
    [item] = world.ws.store.read().review_items()
    assert (item.sender, item.reason) == (LEA, "join request")


def test_inviting_to_join_stores_a_pending_member_with_the_request_in_the_consent_log(
    world: World,
) -> None:
    request_id = request_to_join(world)
    asked = ask_to_join(world, LEA, name="Lea Becker")
    view = world.ws.store.read()
    lea = view.member_by_email(LEA)
    assert lea is not None and lea.status is MemberStatus.PENDING
    request, mail = lea.consent
    assert request.how is ConsentHow.EMAIL
    assert request_id in (request.source or "") and "dabei sein" in (request.source or "")
    assert asked.outgoing.message_id in (mail.source or "")
    assert view.review_items() == []  # the request is settled


def test_the_confirmation_mail_has_its_own_reply_key_and_no_calendar(world: World) -> None:
    asked = ask_to_join(world, LEA)
    record = world.ws.store.read().outgoing(asked.outgoing.id)
    assert record is not None and record.kind is MailKind.JOIN_CONFIRM and record.reply_key
    sent = sent_mail(world, record)
    assert sent.reply_to == f"stammtisch+{record.reply_key}@example.org"
    assert "bestätigen" in sent.subject.lower()


def test_a_pending_member_gets_no_invitation(world: World) -> None:
    ask_to_join(world, LEA)
    summary = asyncio.run(send_mail(world.ws, world.event.id))
    assert summary.sent == 0
    lea = world.ws.store.read().member_by_email(LEA)
    assert lea is not None
    assert [r.kind for r in world.ws.store.read().outbox(member_id=lea.id)] == [
        MailKind.JOIN_CONFIRM
    ]


def test_a_yes_to_the_confirmation_mail_makes_the_member_active(world: World) -> None:
    asked = ask_to_join(world, LEA)
    raw = answer_to(sent_mail(world, asked.outgoing), "Ja, bestätigt!")
    drop(world, raw)
    summary = run_sync(world.ws)
    assert summary.review == 0 and summary.errors == []
    lea = world.ws.store.read().member_by_email(LEA)
    assert lea is not None and lea.status is MemberStatus.ACTIVE
    last = lea.consent[-1]
    assert last.how is ConsentHow.EMAIL
    assert last.source == f"confirmed {analyse(raw).message_id}: Ja, bestätigt!"


def test_a_confirmation_is_not_acknowledged_or_recorded_as_an_rsvp(world: World) -> None:
    asked = ask_to_join(world, LEA)
    drop(world, answer_to(sent_mail(world, asked.outgoing), "Ja"))
    run_sync(world.ws)
    view = world.ws.store.read()
    assert view.rsvps() == []
    assert view.outbox(kind=MailKind.ACKNOWLEDGEMENT) == []


def test_a_bare_reply_to_the_confirmation_mail_confirms(world: World) -> None:
    asked = ask_to_join(world, LEA)
    drop(world, answer_to(sent_mail(world, asked.outgoing), ""))
    run_sync(world.ws)
    lea = world.ws.store.read().member_by_email(LEA)
    assert lea is not None and lea.status is MemberStatus.ACTIVE


def test_a_threaded_reply_from_the_same_address_confirms_without_the_key(world: World) -> None:
    asked = ask_to_join(world, LEA)
    sent = sent_mail(world, asked.outgoing)
    drop(world, answer_to(replace(sent, reply_to="stammtisch@example.org"), "Yes"))
    run_sync(world.ws)
    lea = world.ws.store.read().member_by_email(LEA)
    assert lea is not None and lea.status is MemberStatus.ACTIVE


def test_a_threaded_reply_from_another_address_goes_to_review(world: World) -> None:
    asked = ask_to_join(world, LEA)
    sent = replace(sent_mail(world, asked.outgoing), reply_to="stammtisch@example.org")
    drop(world, answer_to(sent, "Ja", sender="someone@example.com"))
    summary = run_sync(world.ws)
    assert summary.review == 1
    lea = world.ws.store.read().member_by_email(LEA)
    assert lea is not None and lea.status is MemberStatus.PENDING


def test_a_refusal_leaves_the_request_pending_and_goes_to_review(world: World) -> None:
    asked = ask_to_join(world, LEA)
    drop(world, answer_to(sent_mail(world, asked.outgoing), "Nein, das war ich nicht."))
    run_sync(world.ws)
    view = world.ws.store.read()
    [item] = view.review_items()
    assert "declines joining" in item.reason
    lea = view.member_by_email(LEA)
    assert lea is not None and lea.status is MemberStatus.PENDING


def test_mail_from_a_pending_address_that_is_no_reply_to_the_confirmation_confirms_nothing(
    world: World,
) -> None:
    ask_to_join(world, LEA)
    drop(world, reply("Ja", sender=LEA, subject="Stammtisch"))
    run_sync(world.ws)
    view = world.ws.store.read()
    [item] = view.review_items()
    assert "not confirmed" in item.reason
    lea = view.member_by_email(LEA)
    assert lea is not None and lea.status is MemberStatus.PENDING


def test_sync_erases_requests_unconfirmed_after_the_configured_days(world: World) -> None:
    ask_to_join(world, LEA)
    days = world.ws.settings.series.join_request_days
    world.ws.clock = lambda: NOW + timedelta(days=days, seconds=1)
    summary = run_sync(world.ws)
    assert summary.expired == 1
    view = world.ws.store.read()
    assert view.member_by_email(LEA) is None
    assert view.outbox(kind=MailKind.JOIN_CONFIRM) == []


def test_sync_keeps_requests_younger_than_the_configured_days(world: World) -> None:
    world.ws.settings = replace(world.ws.settings, series=SeriesSettings(join_request_days=3))
    ask_to_join(world, LEA)
    world.ws.clock = lambda: NOW + timedelta(days=2)
    assert run_sync(world.ws).expired == 0
    assert world.ws.store.read().member_by_email(LEA) is not None


def test_a_confirmation_arriving_after_expiry_confirms_nothing(world: World) -> None:
    asked = ask_to_join(world, LEA)
    drop(world, answer_to(sent_mail(world, asked.outgoing), "Ja"))
    world.ws.clock = lambda: NOW + timedelta(days=60)
    summary = run_sync(world.ws)
    assert (summary.expired, summary.review, summary.answers) == (1, 1, 0)
    assert world.ws.store.read().member_by_email(LEA) is None


def test_unsubscribing_in_words_logs_the_message_id_and_the_wording(world: World) -> None:
    raw = answer_to(world.sent["anna@example.org"], "Bitte tragt mich aus dem Verteiler aus.")
    drop(world, raw)
    run_sync(world.ws)
    anna = world.ws.store.read().member_by_email("anna@example.org")
    assert anna is not None and anna.status is MemberStatus.UNSUBSCRIBED
    last = anna.consent[-1]
    assert last.how is ConsentHow.UNSUBSCRIBED
    assert last.source == f"{analyse(raw).message_id}: Bitte tragt mich aus dem Verteiler aus."


def test_a_bare_mail_to_the_unsubscribe_address_logs_its_subject(world: World) -> None:
    anna = world.member("anna@example.org")
    raw = reply(
        "",
        sender="anna@example.org",
        to=f"stammtisch+unsubscribe-{anna.unsubscribe_key}@example.org",
        subject="unsubscribe",
        quote="",
    )
    drop(world, raw)
    run_sync(world.ws)
    after = world.ws.store.read().member_by_email("anna@example.org")
    assert after is not None and after.status is MemberStatus.UNSUBSCRIBED
    assert after.consent[-1].source == f"{analyse(raw).message_id}: (subject) unsubscribe"
