"""Mail to an invitation's List-Unsubscribe address unsubscribes, whatever it says."""

from __future__ import annotations

import email
import email.policy
import json
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from support.cli import run_somek
from support.workspace import NOW
from sync.conftest import World

from somek_tui.models import MemberStatus
from somek_tui.services.sync import run_sync


def mailto(invitation: bytes) -> str:
    """The address in ``List-Unsubscribe: <mailto:…?subject=…>``."""
    message = email.message_from_bytes(invitation, policy=email.policy.default)
    value = str(message["List-Unsubscribe"]).strip()
    assert value.startswith("<mailto:"), value
    return value[len("<mailto:") :].split("?")[0].rstrip(">")


def one_click(to: str, *, sender: str, body: str = "") -> bytes:
    """What a mail client's unsubscribe button sends: often no body at all."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = sender
    message["To"] = to
    message["Subject"] = "unsubscribe"
    message["Message-ID"] = "<one-click-1@mail.example.net>"
    if body:
        message.set_content(body)
    return bytes(message)


def deliver(folder: Path, raw: bytes) -> None:
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "new" / "1700000000.M1P1.test").write_bytes(raw)


def test_an_empty_mail_to_the_address_unsubscribes_with_the_default_maildir_setup(
    tmp_path: Path,
) -> None:
    db = tmp_path / "db.json"
    env = {"SOMEK_NOW": NOW.isoformat()}

    def somek(*args: str) -> str:
        done = run_somek(*args, db=db, env=env, cwd=tmp_path)
        assert done.code == 0, done.err
        return done.out

    somek("member", "add", "anna@example.org", "--name", "Anna")
    event_id = somek("event", "add", "--title", "Stammtisch", "--start", "2027-02-25 19:00")
    somek("invite", event_id.strip())
    invitation = next((tmp_path / "outbox" / "new").iterdir()).read_bytes()
    address = mailto(invitation)
    # no reply pattern: a plus-address of the organizer's own
    assert re.fullmatch(r"stammtisch\+unsubscribe-[0-9a-f]{16,}@example\.org", address), address

    # sent from another address than the member's: the key in the address is what counts
    deliver(tmp_path / "inbox", one_click(address, sender="a.schmitz@example.net"))
    somek("sync")
    data: dict[str, Any] = json.loads(somek("export", "--json"))
    assert [m["status"] for m in data["members"]] == ["unsubscribed"]
    assert [e["outcome"] for e in data["inbox"]] == ["unsubscribe"]
    assert data["review"] == []


def test_a_mail_saying_yes_to_the_address_still_unsubscribes(world: World) -> None:
    anna = world.member("anna@example.org")
    sent = [p.read_bytes() for p in (world.outbox / "new").iterdir()]
    address = f"stammtisch+unsubscribe-{anna.unsubscribe_key}@example.org"
    assert address in {mailto(raw) for raw in sent}
    deliver(
        Path(world.ws.settings.imap.maildir),
        one_click(address, sender="anna@example.org", body="Ja, ich komme."),
    )
    run_sync(world.ws)
    after = world.ws.store.read().member(anna.id)
    assert after is not None and after.status is MemberStatus.UNSUBSCRIBED
    assert world.ws.store.read().review_items() == []
