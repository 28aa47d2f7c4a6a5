"""The year's mail parts end to end: out through aiosmtpd, replies in through IMAP."""

from __future__ import annotations

import asyncio
import email
import email.policy
from email.utils import parseaddr
from pathlib import Path

from support.imap_servers import ImapAccount
from support.smtp_server import SmtpTestServer
from support.workspace import NOW, make_settings, populate, workspace
from sync.replies import Sent, answer_to

from somek_tui.models import MemberStatus, OutgoingMessage
from somek_tui.services.contributions import Role, ask
from somek_tui.services.evening import record_attendance, send_thanks
from somek_tui.services.joining import invite_to_join, send_join_confirmations
from somek_tui.services.outbox import deliver
from somek_tui.services.sync import run_sync
from somek_tui.workspace import Workspace


def real_world(tmp_path: Path, smtp: SmtpTestServer, imap: ImapAccount) -> Workspace:
    settings = make_settings(tmp_path, smtp=smtp.settings(), imap=imap.settings())
    return workspace(tmp_path / "db.json", settings)


def received(server: SmtpTestServer, record: OutgoingMessage) -> Sent:
    """What the SMTP server got for one outbox record, as a reply would see it."""
    for message in server.messages:
        parsed = email.message_from_bytes(message.content, policy=email.policy.default)
        if str(parsed["Message-ID"]).strip() == record.message_id:
            reply_to = parseaddr(str(parsed.get("Reply-To") or parsed["From"]))[1]
            return Sent(
                message.rcpt_tos[0], record.message_id, reply_to, str(parsed["Subject"]), ""
            )
    raise AssertionError(f"{record.message_id} never reached the server")


def test_a_speaker_asked_over_smtp_confirms_by_a_reply_read_over_imap(
    tmp_path: Path, smtp_server: SmtpTestServer, imap_server: ImapAccount
) -> None:
    ws = real_world(tmp_path, smtp_server, imap_server)
    members, event = populate(ws.store, members=2, kind="talk")
    with ws.store.transaction() as tx:
        request = ask(
            tx,
            event.id,
            members[1].email,
            Role.TALK,
            subject="Reels im B2B",
            now=NOW,
            domain="example.org",
        )
    assert asyncio.run(deliver(ws, [request.id])).sent == 1
    imap_server.append(answer_to(received(smtp_server, request), "Ich übernehme das gerne!"))

    summary = run_sync(ws)

    assert summary.errors == [] and summary.review == 0
    speakers = ws.store.read().event(event.id).speakers  # type: ignore[union-attr]
    assert [(s.member_id, s.confirmed) for s in speakers] == [(members[1].id, True)]
    assert ws.store.read().rsvp(event.id, members[1].id) is None  # not an RSVP


def test_a_join_confirmation_goes_out_over_smtp_and_the_yes_comes_back_over_imap(
    tmp_path: Path, smtp_server: SmtpTestServer, imap_server: ImapAccount
) -> None:
    ws = real_world(tmp_path, smtp_server, imap_server)
    populate(ws.store, members=1)
    with ws.store.transaction() as tx:
        asked = invite_to_join(tx, "lea@example.net", now=NOW, domain="example.org")
    assert asyncio.run(send_join_confirmations(ws, [asked.outgoing.id])).sent == 1
    assert smtp_server.delivered_to("lea@example.net")
    imap_server.append(answer_to(received(smtp_server, asked.outgoing), "Ja, bitte!"))

    run_sync(ws)

    lea = ws.store.read().member_by_email("lea@example.net")
    assert lea is not None and lea.status is MemberStatus.ACTIVE


def test_thanks_reach_only_those_who_came_and_only_once(
    tmp_path: Path, smtp_server: SmtpTestServer, imap_server: ImapAccount
) -> None:
    ws = real_world(tmp_path, smtp_server, imap_server)
    members, event = populate(ws.store, members=3)
    with ws.store.transaction() as tx:
        record_attendance(tx, event.id, members[0].email, True, NOW)
        record_attendance(tx, event.id, members[2].email, True, NOW)
    after = Workspace(ws.store, ws.settings, clock=lambda: event.start.replace(hour=23))

    first = asyncio.run(send_thanks(after, event.id))
    again = asyncio.run(send_thanks(after, event.id))

    assert (first.sent, again.sent) == (2, 0)
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == sorted(
        [members[0].email, members[2].email]
    )
