"""A big mailing is rendered by a helper process; what members get is the same."""

from __future__ import annotations

import asyncio
import re
import secrets
from pathlib import Path

import pytest
from support.smtp_server import SmtpTestServer
from support.workspace import make_settings, populate, workspace

from mail.render import TemplateProblem
from somek_tui.models import MailKind, OutgoingMessage
from somek_tui.services import render_ahead as render_ahead_module
from somek_tui.services.invitations import send_mail
from somek_tui.services.mail_jobs import RenderJob
from somek_tui.services.outbox import prepare, queue_message, render, topic_numbering
from somek_tui.services.render_ahead import render_ahead
from somek_tui.workspace import Workspace

BOUNDARY = re.compile(rb"=_somek_[0-9a-f]{24}")


def same_mail(data: bytes) -> bytes:
    """The bytes without the random MIME boundary."""
    return BOUNDARY.sub(b"=_somek_BOUNDARY", data)


def queued_jobs(ws: Workspace, members: int) -> list[tuple[OutgoingMessage, RenderJob]]:
    _, event = populate(ws.store, members=members)
    with ws.store.transaction() as tx:
        numbers = topic_numbering(tx)
        for member in tx.members():
            queue_message(
                tx,
                member=member,
                kind=MailKind.INVITATION,
                event=event,
                now=ws.now(),
                domain="example.org",
                topic_numbers=numbers,
            )
    view = ws.store.read()
    shared: dict[object, object] = {}
    run = secrets.token_hex(8)  # a new run: the helper outlives each test
    return [(r, prepare(ws, view, r, run, shared)) for r in view.outbox()]


def test_the_helper_renders_the_same_messages_in_the_same_order(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "db.json", make_settings(tmp_path))
    jobs = queued_jobs(ws, members=40)
    ahead = render_ahead(jobs, memo={}, helper=True, patience=60)
    results = list(ahead)
    assert ahead.from_helper == 40
    view = ws.store.read()
    assert [record.id for record, _ in results] == [record.id for record, _ in jobs]
    for record, data in results:
        assert isinstance(data, bytes)
        assert same_mail(data) == same_mail(render(ws, view, record))


def test_without_a_helper_every_message_is_rendered_here(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "db.json", make_settings(tmp_path))
    jobs = queued_jobs(ws, members=5)
    ahead = render_ahead(jobs, memo={}, helper=False)
    results = list(ahead)
    assert ahead.from_helper == 0
    assert [record.id for record, _ in results] == [record.id for record, _ in jobs]
    assert all(isinstance(data, bytes) for _, data in results)


def test_a_template_error_fails_only_the_messages_it_concerns(tmp_path: Path) -> None:
    ws = workspace(tmp_path / "db.json", make_settings(tmp_path))
    english = ws.settings.templates_override_dir / "en"
    english.mkdir(parents=True)
    (english / "invitation.txt.j2").write_text("Hello {{ no_such_thing }}\n", encoding="utf-8")
    jobs = queued_jobs(ws, members=20)
    results = list(render_ahead(jobs, memo={}, helper=True, patience=60))
    failed = {record.recipient for record, data in results if isinstance(data, TemplateProblem)}
    assert failed == {"emily@example.org"}  # the one member who reads English
    assert sum(isinstance(data, bytes) for _, data in results) == 19


def test_a_big_mailing_reaches_every_member_once(
    tmp_path: Path, smtp_server: SmtpTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render_ahead_module, "HELPER_FROM", 1)
    ws = workspace(tmp_path / "db.json", make_settings(tmp_path, smtp=smtp_server.settings()))
    members, event = populate(ws.store, members=300)
    summary = asyncio.run(send_mail(ws, event.id))
    assert (summary.sent, summary.failed) == (300, 0)
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == sorted(m.email for m in members)
    view = ws.store.read()
    for record in view.outbox():
        (message,) = smtp_server.delivered_to(record.recipient)
        assert same_mail(message.content.replace(b"\r\n", b"\n")) == same_mail(
            render(ws, view, record).replace(b"\r\n", b"\n")
        )
