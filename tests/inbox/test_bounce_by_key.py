"""A delivery report reaches the member whose invitation bounced, by the key in the return path."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sync.conftest import World, build_world

from somek_tui.models import MailKind, MemberStatus
from somek_tui.services.export import export_data
from somek_tui.services.sync import run_sync

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "replies"

# Each report names a failed address that is no member's, and the reply-key
# address the fixture was written for; only the return path can say whose it is.
REPORTS = [
    ("bounce_postfix_dsn_permanent.eml", "stammtisch+k9k9k9k9@example.org", True),
    ("bounce_exchange_ndr_de.eml", "stammtisch+ndr00001@example.org", True),
    ("bounce_exim_plain.eml", "stammtisch+exim0001@example.org", True),
    ("bounce_nonstandard_plain.eml", "stammtisch+plain0001@example.org", True),
    ("bounce_postfix_delayed.eml", "stammtisch+delay0001@example.org", False),
]

_names = itertools.count()


def _drop(world: World, raw: bytes) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "new" / f"1700000000.M{next(_names)}P1.bounce").write_bytes(raw)


def _return_path_of(world: World, address: str) -> str:
    """The envelope sender the invitation to ``address`` went out with."""
    record = next(
        r
        for r in world.ws.store.read().outbox(event_id=world.event.id)
        if r.recipient == address and r.kind is MailKind.INVITATION
    )
    return f"stammtisch+bounce-{record.reply_key}@example.org"


@pytest.mark.parametrize(("name", "written_to", "permanent"), REPORTS)
def test_a_report_to_an_invitations_bounce_address_counts_for_that_member(
    tmp_path: Path, name: str, written_to: str, permanent: bool
) -> None:
    world = build_world(tmp_path)
    verp = _return_path_of(world, "joerg@example.org")
    _drop(world, (CORPUS / name).read_bytes().replace(written_to.encode(), verp.encode()))

    run_sync(world.ws)

    [entry] = export_data(world.ws.store.read())["inbox"]
    assert (entry["outcome"], entry["member_email"]) == ("bounce", "joerg@example.org")
    joerg = world.ws.store.read().member_by_email("joerg@example.org")
    assert joerg is not None
    if permanent:
        assert (joerg.bounce_count, joerg.status) == (1, MemberStatus.BOUNCING)
    else:
        assert (joerg.soft_bounces, joerg.status) == (1, MemberStatus.ACTIVE)


def test_a_reply_to_a_bounce_address_is_never_read_as_an_answer(tmp_path: Path) -> None:
    world = build_world(tmp_path)
    verp = _return_path_of(world, "anna@example.org")
    raw = (
        "From: Postmaster <postmaster@example.net>\r\n"
        f"To: {verp}\r\n"
        "Subject: Re: Einladung\r\n"
        "Message-ID: <not-a-report@example.net>\r\n"
        "\r\n"
        "Ja, ich komme.\r\n"
    ).encode()
    _drop(world, raw)

    run_sync(world.ws)

    data = export_data(world.ws.store.read())
    assert [e["outcome"] for e in data["inbox"]] == ["review"]
    assert data["rsvps"] == []
