"""A join confirmation read from a real IMAP server (Dovecot and pymap)."""

from __future__ import annotations

from pathlib import Path

from joining.conftest import ask_to_join, sent_mail
from support.imap_servers import ImapAccount
from sync.conftest import build_world, processed_folder
from sync.replies import answer_to

from somek_tui.models import MemberStatus
from somek_tui.services.sync import run_sync


def test_a_yes_read_over_imap_activates_the_member_and_moves_the_mail(
    tmp_path: Path, imap_server: ImapAccount
) -> None:
    world = build_world(tmp_path, imap=imap_server.settings())
    asked = ask_to_join(world, "lea@example.net")
    raw = answer_to(sent_mail(world, asked.outgoing), "Ja, gerne!")
    imap_server.append(raw)

    summary = run_sync(world.ws)
    assert summary.errors == [] and summary.review == 0
    lea = world.ws.store.read().member_by_email("lea@example.net")
    assert lea is not None and lea.status is MemberStatus.ACTIVE
    assert imap_server.messages() == {}
    assert list(imap_server.messages(processed_folder(imap_server)).values()) == [raw]
