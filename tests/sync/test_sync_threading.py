"""An acknowledgement threads under the member's reply in their mail client."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from sync.conftest import World
from sync.replies import answer_to

from somek_tui.services.sync import run_sync


def test_an_acknowledgement_carries_in_reply_to_and_references_of_the_reply(
    world: World,
) -> None:
    invitation = world.sent["anna@example.org"]
    raw = answer_to(invitation, "Ja, ich komme.", message_id="<anna-yes@members.example>")
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "new" / "1.anna").write_bytes(raw)
    before = set((world.outbox / "new").iterdir())
    assert run_sync(world.ws).sent == 1
    [path] = set((world.outbox / "new").iterdir()) - before
    ack = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert ack["In-Reply-To"] == "<anna-yes@members.example>"
    assert str(ack["References"]).split() == [
        invitation.message_id,
        "<anna-yes@members.example>",
    ]
