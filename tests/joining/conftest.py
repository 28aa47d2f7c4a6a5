"""A small meetup (from the sync tests) plus helpers for join and request mails."""

from __future__ import annotations

import asyncio
import email
import email.policy
import itertools
from email.utils import parseaddr
from pathlib import Path

import pytest
from support.workspace import NOW
from sync.conftest import World, build_world
from sync.replies import Sent

from somek_tui.models import OutgoingMessage
from somek_tui.services.joining import JoinInvitation, invite_to_join, send_join_confirmations

_names = itertools.count()


@pytest.fixture
def world(tmp_path: Path) -> World:
    """Four active members invited to one upcoming event; Maildir in and out."""
    return build_world(tmp_path)


def drop(world: World, raw: bytes) -> str:
    """Deliver one message into the inbox Maildir; returns its key."""
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    key = f"1700000000.J{next(_names)}P1.test"
    (folder / "new" / key).write_bytes(raw)
    return key


def sent_mail(world: World, record: OutgoingMessage) -> Sent:
    """The mail an outbox record became, read back from the outgoing Maildir."""
    for path in (world.outbox / "new").iterdir():
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if str(msg["Message-ID"]).strip() == record.message_id:
            reply_to = parseaddr(str(msg.get("Reply-To") or msg["From"]))[1]
            recipient = parseaddr(str(msg["To"]))[1].lower()
            return Sent(recipient, record.message_id, reply_to, str(msg["Subject"]), "")
    raise AssertionError(f"{record.message_id} was not sent")


def ask_to_join(world: World, address: str, **kw: object) -> JoinInvitation:
    """What ``somek member invite-join`` does: store pending, send the confirmation."""
    with world.ws.store.transaction() as tx:
        asked = invite_to_join(tx, address, now=NOW, domain="example.org", **kw)  # type: ignore[arg-type]
    summary = asyncio.run(send_join_confirmations(world.ws, [asked.outgoing.id]))
    assert summary.sent == 1, summary
    return asked
