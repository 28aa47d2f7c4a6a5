"""The envelope sender of each invitation is its own bounce address (VERP), as a server sees it."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from aiosmtpd.smtp import SMTP, Envelope, Session
from support.smtp_server import SmtpTestServer
from support.workspace import make_settings, populate, workspace

from mail.reply_keys import bounce_key, return_path
from mail.settings import OrganizerSettings
from somek_tui.models import OutboxState
from somek_tui.services.invitations import send_mail
from somek_tui.workspace import Workspace

ORGANIZER = OrganizerSettings(
    from_address="stammtisch@example.org", reply_to="stammtisch+{key}@example.org"
)


def _workspace(tmp_path: Path, server: SmtpTestServer, **organizer: str) -> Workspace:
    settings = make_settings(tmp_path, smtp=server.settings())
    if organizer:
        settings = replace(settings, organizer=replace(settings.organizer, **organizer))
    return workspace(tmp_path / "db.json", settings)


def _keys(ws: Workspace) -> dict[str, str]:
    return {r.recipient: r.reply_key or "" for r in ws.store.read().outbox()}


def test_each_invitation_is_sent_from_its_own_bounce_address(
    tmp_path: Path, smtp_server: SmtpTestServer
) -> None:
    ws = _workspace(tmp_path, smtp_server)
    _, event = populate(ws.store, members=3)

    asyncio.run(send_mail(ws, event.id))

    keys = _keys(ws)
    assert {(m.rcpt_tos[0], m.mail_from) for m in smtp_server.messages} == {
        (address, f"stammtisch+bounce-{key}@example.org") for address, key in keys.items()
    }


def test_a_return_path_pattern_in_the_settings_is_the_envelope_sender(
    tmp_path: Path, smtp_server: SmtpTestServer
) -> None:
    ws = _workspace(tmp_path, smtp_server, return_path="bounce+{key}@example.org")
    _, event = populate(ws.store, members=2)

    asyncio.run(send_mail(ws, event.id))

    keys = _keys(ws)
    assert {m.mail_from for m in smtp_server.messages} == {
        f"bounce+{key}@example.org" for key in keys.values()
    }


def test_a_server_that_refuses_the_bounce_address_gets_the_plain_from_address(
    tmp_path: Path, smtp_server: SmtpTestServer
) -> None:
    handler = smtp_server.handler
    accept = handler.handle_MAIL

    async def only_the_account(
        server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address != "stammtisch@example.org":
            handler.note("mail-refused", address)
            return "553 5.7.1 Sender address rejected: not owned by user"
        return await accept(server, session, envelope, address, options)

    handler.handle_MAIL = only_the_account  # type: ignore[method-assign]
    ws = _workspace(tmp_path, smtp_server)
    _, event = populate(ws.store, members=3)

    summary = asyncio.run(send_mail(ws, event.id))

    assert (summary.sent, summary.failed) == (3, 0)
    assert [m.mail_from for m in smtp_server.messages] == ["stammtisch@example.org"] * 3
    assert {r.state for r in ws.store.read().outbox()} == {OutboxState.SENT}
    # once refused, the rest of the run asks no more (one refusal per connection at most)
    assert len([e for e in handler.events if e[0] == "mail-refused"]) <= 2


def test_without_a_key_pattern_the_envelope_sender_is_the_from_address() -> None:
    plain = OrganizerSettings(from_address="stammtisch@example.org", reply_to="orga@example.org")

    assert return_path(plain, "abc123") == "stammtisch@example.org"


def test_the_key_is_read_back_from_the_bounce_address_it_made() -> None:
    custom = replace(ORGANIZER, return_path="bounce+{key}@example.org")

    assert bounce_key(return_path(ORGANIZER, "abc123"), ORGANIZER) == "abc123"
    assert bounce_key(return_path(custom, "abc123"), custom) == "abc123"
    assert bounce_key("stammtisch+abc123@example.org", ORGANIZER) is None
    assert bounce_key("bounce+abc123@example.org", ORGANIZER) is None
