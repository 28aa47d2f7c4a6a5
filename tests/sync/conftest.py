"""A small meetup with invitations sent through the real flow, for the sync tests."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from support.imap_servers import ImapAccount
from support.workspace import NOW, make_settings, populate, workspace, write_config
from sync.replies import Sent, answer_to, read_sent

from somek_tui.config import ImapSettings, Settings, SmtpSettings
from somek_tui.models import Event, Member
from somek_tui.services.invitations import send_mail
from somek_tui.services.topics import add_topic
from somek_tui.workspace import Workspace


@dataclass
class World:
    ws: Workspace
    members: list[Member]
    event: Event
    sent: dict[str, Sent]  # the invitation each member got, by address
    outbox: Path

    def member(self, address: str) -> Member:
        return next(m for m in self.members if m.email == address)


def build_world(
    base: Path,
    *,
    imap: ImapSettings | None = None,
    members: int = 4,
    capacity: int | None = None,
    topics: tuple[str, ...] = (),
) -> World:
    outbox = base / "outbox"
    settings: Settings = make_settings(
        base, smtp=SmtpSettings(transport="maildir", maildir=outbox), imap=imap
    )
    ws = workspace(base / "db.json", settings)
    people, event = populate(ws.store, members=members, capacity=capacity)
    if topics:
        with ws.store.transaction() as tx:
            for n, title in enumerate(topics):
                # older first: with equal votes the invitation numbers them in this order
                add_topic(tx, title, now=NOW - timedelta(days=30 - n))
    summary = asyncio.run(send_mail(ws, event.id))
    assert summary.sent == members, summary
    return World(ws, people, event, read_sent(outbox), outbox)


TOPICS = ("Mastodon für Vereine", "Barrierefreie Posts", "KI-Bilder kennzeichnen")


@pytest.fixture
def world(tmp_path: Path) -> World:
    """Four members invited to one upcoming event, three open topics; Maildir in and out."""
    return build_world(tmp_path, topics=TOPICS)


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.005)
    return False


def somek_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SOMEK_") or k == "SOMEK_UI_LANGUAGE"
    }
    env["PYTHONIOENCODING"] = "utf-8"
    env["SOMEK_NOW"] = NOW.isoformat()
    for name in ("SOMEK_TEST_IMAP_PASSWORD",):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra)
    return env


def somek_argv(db: Path, config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "somek_tui", "--db", str(db), "--config", str(config), *args]


def write_toml(path: Path, world: World, account: ImapAccount, **imap: object) -> Path:
    """A ``somek.toml`` with the same settings as ``world``, reading ``account`` over IMAP."""
    extra = "".join(f"{key} = {value!r}\n".replace("'", '"') for key, value in imap.items())
    return write_config(
        path,
        f'[imap]\ntransport = "imap"\nhost = "{account.host}"\nport = {account.port}\n'
        f'security = "none"\nusername = "{account.user}"\npassword_env = "{account.password_env}"\n'
        f"timeout = 10\n{extra}"
        f'[smtp]\ntransport = "maildir"\nmaildir = "{world.outbox}"\n',
    )


def mixed_replies(world: World, count: int) -> list[tuple[bytes, str]]:
    """``count`` replies from the invited members with the outcome each must get."""
    kinds = [
        ("Ja, ich komme gerne.", "answer"),
        ("Leider nein, diesmal nicht.", "answer"),
        ("Thema: Social Media im Ehrenamt {n}", "topic"),
        ("Ja! Thema: Newsletter und Datenschutz {n}", "answer+topic"),
        ("Hallo zusammen, viele Grüße", "review"),
    ]
    out = []
    members = sorted(world.sent)
    for n in range(count):
        text, outcome = kinds[n % len(kinds)]
        sent = world.sent[members[n % len(members)]]
        out.append(
            (answer_to(sent, text.format(n=n), message_id=f"<mixed-{n}@members.example>"), outcome)
        )
    return out


def processed_folder(account: ImapAccount) -> str:
    return "Somek" + account.delimiter() + "Processed"


def review_folder(account: ImapAccount) -> str:
    return "Somek" + account.delimiter() + "Review"
