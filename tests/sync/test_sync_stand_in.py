"""A member who sends someone in their place: their no is recorded, the stand-in is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync.conftest import World
from sync.replies import answer_to

from somek_tui.models import Answer, InboxOutcome
from somek_tui.services.review import settle
from somek_tui.services.sync import run_sync


def _deliver(world: World, body: str) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    raw = answer_to(world.sent["anna@example.org"], body, message_id="<stand-in@m.example>")
    (folder / "new" / "1.reply").write_bytes(raw)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Ich kann leider nicht, aber mein Kollege Tim kommt statt mir.", id="de"),
        pytest.param("I can't make it, my colleague Priya will come instead of me.", id="en"),
        pytest.param(
            "Kann nicht – Kollege Olaf würde aber gern für mich einspringen.", id="jump-in"
        ),
        pytest.param("Ich schaffe es nicht, vielleicht kommt meine Nachfolgerin.", id="successor"),
    ],
)
def test_a_stand_in_is_flagged_for_the_organizer_beside_the_members_no(
    world: World, body: str
) -> None:
    _deliver(world, body)
    run_sync(world.ws)
    view = world.ws.store.read()
    anna = world.member("anna@example.org")
    [rsvp] = view.rsvps(member_id=anna.id)
    assert rsvp.answer is Answer.NO
    entry = view.inbox_entry("<stand-in@m.example>")
    assert entry is not None and entry.outcome is InboxOutcome.ANSWER
    [item] = view.review_items()
    assert item.message_id == "<stand-in@m.example>"
    assert "someone else may come instead" in item.reason


def test_a_no_without_anyone_in_the_members_place_asks_the_organizer_nothing(
    world: World,
) -> None:
    _deliver(world, "Ich kann leider nicht, mein Mann ist krank.")
    run_sync(world.ws)
    assert world.ws.store.read().review_items() == []


def test_dismissing_the_stand_in_note_keeps_the_recorded_answer(world: World) -> None:
    _deliver(world, "Ich kann leider nicht, aber mein Kollege Tim kommt statt mir.")
    run_sync(world.ws)
    [item] = world.ws.store.read().review_items()
    with world.ws.store.transaction() as tx:
        settle(tx, item.id, "dismiss", now=world.ws.now())
    view = world.ws.store.read()
    entry = view.inbox_entry("<stand-in@m.example>")
    assert entry is not None and entry.outcome is InboxOutcome.ANSWER
    assert [r.answer for r in view.rsvps()] == [Answer.NO]
