"""Invitations through a real SMTP server: what arrives, and that nothing arrives twice."""

from __future__ import annotations

import asyncio
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from icalendar import Calendar
from support.smtp_server import SmtpTestServer
from support.workspace import NOW, make_settings, populate, workspace

from somek_tui.models import ConsentHow, MailKind, MemberStatus, OutboxState
from somek_tui.services.invitations import send_mail
from somek_tui.services.members import set_status


def parse(content: bytes) -> EmailMessage:
    return email.message_from_bytes(content, policy=email.policy.default)  # type: ignore[return-value]


def ws_for(tmp_path: Path, server: SmtpTestServer, **options: object):  # type: ignore[no-untyped-def]
    db = tmp_path / "db.json"
    ws = workspace(db, make_settings(tmp_path, smtp=server.settings(**options)))
    return ws


def test_each_active_member_gets_exactly_one_personal_message(
    tmp_path: Path, smtp_server: SmtpTestServer
) -> None:
    ws = ws_for(tmp_path, smtp_server)
    members, event = populate(ws.store, members=4)
    summary = asyncio.run(send_mail(ws, event.id))
    assert (summary.sent, summary.failed) == (4, 0)
    received = smtp_server.messages
    assert sorted(r.rcpt_tos for r in received) == sorted((m.email,) for m in members)
    for message in received:
        assert parse(message.content)["To"].addresses[0].addr_spec == message.rcpt_tos[0]


def test_the_invitation_carries_text_html_and_a_calendar_request(
    tmp_path: Path, smtp_server: SmtpTestServer
) -> None:
    ws = ws_for(tmp_path, smtp_server)
    _, event = populate(ws.store, members=2)
    asyncio.run(send_mail(ws, event.id))
    joerg = parse(smtp_server.delivered_to("joerg@example.org")[0].content)
    assert joerg.get_content_type() == "multipart/alternative"
    types = [part.get_content_type() for part in joerg.iter_parts()]
    assert types == ["text/plain", "text/html", "text/calendar"]
    assert str(joerg["To"]) == "Jörg Weiß <joerg@example.org>"
    assert "Hallo Jörg Weiß" in joerg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    calendar = Calendar.from_ical(list(joerg.iter_parts())[2].get_payload(decode=True))
    assert calendar["METHOD"] == "REQUEST"
    vevent = next(iter(calendar.walk("VEVENT")))
    assert str(vevent["UID"]) == event.uid
    assert int(vevent["SEQUENCE"]) == 0
    attendee = vevent["ATTENDEE"]
    assert str(attendee).lower() == "mailto:joerg@example.org"
    assert attendee.params["RSVP"] == "TRUE"


def test_reply_to_carries_the_recorded_reply_key(
    tmp_path: Path, smtp_server: SmtpTestServer
) -> None:
    ws = ws_for(tmp_path, smtp_server)
    _, event = populate(ws.store, members=1)
    asyncio.run(send_mail(ws, event.id))
    record = ws.store.read().outbox(event_id=event.id)[0]
    message = parse(smtp_server.messages[0].content)
    assert len(record.reply_key or "") >= 32  # at least 128 random bits, hex
    assert (
        message["Reply-To"].addresses[0].addr_spec == f"stammtisch+{record.reply_key}@example.org"
    )
    assert message["Message-ID"] == record.message_id
    assert record.state is OutboxState.SENT
    assert "Auto-Submitted" not in message


def test_a_rerun_sends_nothing_twice(tmp_path: Path, smtp_server: SmtpTestServer) -> None:
    ws = ws_for(tmp_path, smtp_server)
    _, event = populate(ws.store, members=3)
    asyncio.run(send_mail(ws, event.id))
    again = asyncio.run(send_mail(ws, event.id))
    assert (again.sent, again.skipped) == (0, 3)
    assert len(smtp_server.messages) == 3


def test_unsubscribed_members_get_nothing(tmp_path: Path, smtp_server: SmtpTestServer) -> None:
    ws = ws_for(tmp_path, smtp_server)
    members, event = populate(ws.store, members=3)
    with ws.store.transaction() as tx:
        set_status(
            tx,
            members[1],
            MemberStatus.UNSUBSCRIBED,
            how=ConsentHow.UNSUBSCRIBED,
            source="test",
            now=NOW,
        )
    asyncio.run(send_mail(ws, event.id))
    assert members[1].email not in [r.rcpt_tos[0] for r in smtp_server.messages]
    assert len(smtp_server.messages) == 2


def test_a_permanent_failure_is_recorded_with_the_servers_text(
    tmp_path: Path, smtp_server_factory
) -> None:  # type: ignore[no-untyped-def]
    server = smtp_server_factory(rcpt_replies={"joerg@example.org": "550 5.1.1 no such user"})
    ws = ws_for(tmp_path, server)
    _, event = populate(ws.store, members=3)
    summary = asyncio.run(send_mail(ws, event.id))
    assert (summary.sent, summary.failed) == (2, 1)
    failed = ws.store.read().outbox(states=[OutboxState.FAILED])
    assert [r.recipient for r in failed] == ["joerg@example.org"]
    assert "550" in failed[0].last_error and "no such user" in failed[0].last_error
    assert failed[0].attempts == 1


def test_a_temporary_failure_is_retried_and_then_sent(tmp_path: Path, smtp_server_factory) -> None:  # type: ignore[no-untyped-def]
    server = smtp_server_factory(rcpt_replies={"anna@example.org": ["451 4.7.1 try later"]})
    ws = ws_for(tmp_path, server, retries=3)
    _, event = populate(ws.store, members=2)
    from mail.smtp import SmtpTransport
    from somek_tui.services import outbox as outbox_module

    transport = SmtpTransport(ws.settings.smtp, retry_base_delay=0.01)
    asyncio.run(
        outbox_module.deliver(
            ws,
            [m.id for m in _queue(ws, event.id)],
            transport=transport,
        )
    )
    anna = next(r for r in ws.store.read().outbox() if r.recipient == "anna@example.org")
    assert anna.state is OutboxState.SENT
    assert anna.attempts == 2
    assert len(server.delivered_to("anna@example.org")) == 1


def _queue(ws, event_id):  # type: ignore[no-untyped-def]
    from somek_tui.services.invitations import plan
    from somek_tui.services.outbox import queue_message

    with ws.store.transaction() as tx:
        event = tx.event(event_id)
        the_plan = plan(tx, event, MailKind.INVITATION)
        return [
            queue_message(
                tx, member=m, kind=MailKind.INVITATION, event=event, now=NOW, domain="example.org"
            )
            for m in the_plan.targets
        ]


def test_a_dropped_connection_mid_batch_delivers_everyone_once(
    tmp_path: Path, smtp_server_factory
) -> None:  # type: ignore[no-untyped-def]
    server = smtp_server_factory(drop_after=3)
    ws = ws_for(tmp_path, server, retries=3, max_connections=1)
    members, event = populate(ws.store, members=8)
    from mail.smtp import SmtpTransport
    from somek_tui.services import outbox as outbox_module

    transport = SmtpTransport(ws.settings.smtp, retry_base_delay=0.01)
    asyncio.run(
        outbox_module.deliver(ws, [m.id for m in _queue(ws, event.id)], transport=transport)
    )
    ids_by_recipient: dict[str, set[str]] = {}
    for received in server.messages:
        ids_by_recipient.setdefault(received.rcpt_tos[0], set()).add(
            parse(received.content)["Message-ID"]
        )
    assert set(ids_by_recipient) == {m.email for m in members}
    # the one message cut off mid-way may arrive twice, but with the same Message-ID
    assert all(len(ids) == 1 for ids in ids_by_recipient.values())
    assert len(server.messages) <= len(members) + 1
    assert all(r.state is OutboxState.SENT for r in ws.store.read().outbox())
