"""An answer naming another day than the evening's goes to review; the evening's day stands.

The event of the sync world is on Thursday, 28 January 2027, 19:00 in Berlin;
replies are written on 11 January unless a test dates them otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sync.conftest import World
from sync.replies import answer_to

from somek_tui.models import Answer, InboxOutcome
from somek_tui.services.sync import run_sync

MESSAGE_ID = "<named-day@m.example>"
WRITTEN = b"Mon, 11 Jan 2027 10:00:00 +0000"


def _sync(world: World, body: str, date: bytes = WRITTEN) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    raw = answer_to(world.sent["anna@example.org"], body, message_id=MESSAGE_ID)
    (folder / "new" / "1.reply").write_bytes(raw.replace(WRITTEN, date))
    run_sync(world.ws)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        pytest.param(
            "Am 14. bin ich raus.",
            "the no is for the 14th; the evening is on Thursday 28 January",
            id="a day of the month",
        ),
        pytest.param(
            "Im Dezember kann ich leider nicht.",
            "the no is for December; the evening is on Thursday 28 January",
            id="a month",
        ),
        pytest.param(
            "Next Tuesday works for me!",
            "the yes is for Tuesday; the evening is on Thursday 28 January",
            id="a weekday",
        ),
    ],
)
def test_an_answer_for_another_day_goes_to_review_with_the_days(
    world: World, body: str, reason: str
) -> None:
    _sync(world, body)
    view = world.ws.store.read()
    assert view.rsvps(member_id=world.member("anna@example.org").id) == []
    entry = view.inbox_entry(MESSAGE_ID)
    assert entry is not None and entry.outcome is InboxOutcome.REVIEW
    [item] = view.review_items()
    assert item.reason == reason


@pytest.mark.parametrize(
    ("body", "answer"),
    [
        pytest.param("Am 28. bin ich raus.", Answer.NO, id="the evening's day"),
        pytest.param("Donnerstag passt, bin dabei!", Answer.YES, id="the evening's weekday"),
        pytest.param("Komme gern, ab dem 20. bin ich wieder da.", Answer.YES, id="a span"),
    ],
)
def test_an_answer_naming_the_evening_is_recorded(world: World, body: str, answer: Answer) -> None:
    _sync(world, body)
    [rsvp] = world.ws.store.read().rsvps(member_id=world.member("anna@example.org").id)
    assert rsvp.answer is answer


def test_tomorrow_is_read_from_the_day_the_mail_was_written(world: World) -> None:
    _sync(world, "Morgen kann ich leider nicht.", date=b"Wed, 27 Jan 2027 18:30:00 +0100")
    [rsvp] = world.ws.store.read().rsvps(member_id=world.member("anna@example.org").id)
    assert rsvp.answer is Answer.NO


def test_tomorrow_said_two_weeks_before_is_not_the_evening(world: World) -> None:
    _sync(world, "Morgen kann ich leider nicht.")
    [item] = world.ws.store.read().review_items()
    assert item.reason.startswith("the no is for morgen (12 January)")


CHATTY = (
    "Kurzes Update: unsere Website ist endlich online. Ob die Zugriffe kommen, weiß ich "
    "nicht.\n\nAm {day}. muss ich leider passen, da ist Elternabend."
)


def test_a_chatty_mail_is_answered_by_its_sentence_naming_the_evening(world: World) -> None:
    _sync(world, CHATTY.format(day=28))
    [rsvp] = world.ws.store.read().rsvps(member_id=world.member("anna@example.org").id)
    assert rsvp.answer is Answer.NO


def test_a_chatty_mail_naming_another_day_stays_in_review(world: World) -> None:
    _sync(world, CHATTY.format(day=14))
    view = world.ws.store.read()
    assert view.rsvps(member_id=world.member("anna@example.org").id) == []
    [item] = view.review_items()
    assert item.reason.startswith("contradictory answer signals")
