"""Mail that needs review leaves the inbox once recorded and is never read again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sync.conftest import World
from sync.replies import answer_to

from somek_tui.models import Answer
from somek_tui.services.review import settle
from somek_tui.services.sync import run_sync


def drop(world: World, raw: bytes, name: str) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "new" / name).write_bytes(raw)


def keys(folder: Path) -> set[str]:
    return {
        p.name
        for sub in ("new", "cur")
        if (folder / sub).is_dir()
        for p in (folder / sub).iterdir()
    }


def test_mail_for_review_is_filed_in_the_review_folder_and_not_read_on_the_next_pass(
    world: World,
) -> None:
    drop(world, answer_to(world.sent["anna@example.org"], "Hallo zusammen"), "1.unclear")
    first = run_sync(world.ws)
    assert first.review == 1
    inbox = Path(world.ws.settings.imap.maildir)
    assert keys(inbox) == set()
    assert keys(inbox / ".Somek.Review") == {"1.unclear"}
    again = run_sync(world.ws)
    assert again.lines == [] and not again.happened  # nothing read, nothing said


def test_a_review_item_is_settled_after_its_mail_left_the_inbox(world: World) -> None:
    drop(world, answer_to(world.sent["anna@example.org"], "Hallo zusammen"), "1.unclear")
    run_sync(world.ws)
    item = world.ws.store.read().review_items()[0]
    with world.ws.store.transaction() as tx:
        settle(tx, item.id, "yes", now=world.ws.now())
    anna = world.member("anna@example.org")
    rsvp = world.ws.store.read().rsvp(world.event.id, anna.id)
    assert rsvp is not None and rsvp.answer is Answer.YES
    assert world.ws.store.read().review_item(item.id).resolved  # type: ignore[union-attr]


def test_without_a_review_folder_mail_for_review_stays_and_later_passes_say_nothing(
    world: World,
) -> None:
    world.ws.settings = replace(
        world.ws.settings, imap=replace(world.ws.settings.imap, review_folder="")
    )
    drop(world, answer_to(world.sent["anna@example.org"], "Hallo zusammen"), "1.unclear")
    assert run_sync(world.ws).review == 1
    assert keys(Path(world.ws.settings.imap.maildir)) == {"1.unclear"}
    assert not run_sync(world.ws).happened
