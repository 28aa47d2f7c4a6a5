"""The evening's whole loop through the app: create, invite, replies arrive, count them."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from somek_tui.app import SomekApp
from somek_tui.screens.confirm import ConfirmScreen
from somek_tui.screens.dashboard import DashboardScreen
from somek_tui.screens.event_form import EventFormScreen
from somek_tui.screens.events import EventsScreen
from somek_tui.screens.inbox import InboxScreen
from somek_tui.screens.invitations import InvitationsScreen
from somek_tui.workspace import Workspace

from .conftest import SIZE
from .helpers import fill, notes, wait_for


def sent_invitations(ws: Workspace) -> dict[str, EmailMessage]:
    folder = Path(ws.settings.smtp.maildir) / "new"
    found: dict[str, EmailMessage] = {}
    for path in folder.iterdir():
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        found[str(message["To"]).rpartition("<")[2].rstrip(">")] = message
    return found


def reply(ws: Workspace, invitation: EmailMessage, text: str, n: int) -> None:
    answer = EmailMessage()
    answer["From"] = invitation["To"]
    answer["To"] = invitation["Reply-To"] or invitation["From"]
    answer["Subject"] = f"Re: {invitation['Subject']}"
    answer["Message-ID"] = f"<reply{n}@members.example.org>"
    answer["In-Reply-To"] = invitation["Message-ID"]
    answer["References"] = invitation["Message-ID"]
    answer["Date"] = "Mon, 11 Jan 2027 09:00:00 +0100"
    answer.set_content(f"{text}\n\n> Einladung\n")
    inbox = Path(ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    (inbox / "new" / f"1800000000.M{n}P1.test").write_bytes(answer.as_bytes())


async def test_create_invite_sync_and_count(empty_ws: Workspace) -> None:
    ws = empty_ws
    with ws.store.transaction() as tx:
        from somek_tui.services.members import add_member

        for address in ("anna@example.org", "ben@example.org", "chloe@example.com"):
            add_member(tx, address, name=address.split("@")[0].title(), now=ws.now())
    app = SomekApp(ws, poll_seconds=0.2)
    async with app.run_test(size=SIZE) as pilot:
        # create the event
        await pilot.press("2", "n")
        await wait_for(pilot, lambda: isinstance(app.screen, EventFormScreen))
        fill(pilot, "#f-title", "Social Media Recht")
        fill(pilot, "#f-start", "2027-02-25 19:00")
        fill(pilot, "#f-capacity", "20")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, EventsScreen))
        event = ws.store.read().events()[0]

        # invite everyone
        await pilot.press("3")
        await wait_for(pilot, lambda: isinstance(app.screen, InvitationsScreen))
        assert app.screen.event_id == event.id
        await pilot.press("s")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await wait_for(pilot, lambda: "3 sent, 0 skipped, 0 failed" in notes(pilot), timeout=20)

        # members reply
        invitations = sent_invitations(ws)
        reply(ws, invitations["anna@example.org"], "Ja, ich komme gern!", 1)
        reply(ws, invitations["ben@example.org"], "Leider nein, diesmal nicht.", 2)

        # sync now
        await pilot.press("6")
        await wait_for(pilot, lambda: isinstance(app.screen, InboxScreen))
        await pilot.press("s")
        await wait_for(pilot, lambda: any("Sync done" in n for n in notes(pilot)), timeout=20)
        assert any("2 answers" in n for n in notes(pilot))

        # the dashboard counts them
        await pilot.press("1")
        await wait_for(pilot, lambda: isinstance(app.screen, DashboardScreen))
        answers = str(app.screen.query_one("#answer-counts").render())
        assert "1 yes" in answers and "1 no" in answers and "1 no answer yet" in answers
