"""Away for a span and nothing more said: "I'm abroad until February". A person reads
it, with the span named: an out-of-office notice without headers says the same words,
and no answer may be recorded from a notice. Beside a yes, a span that holds the
evening sends the reply to a person as well.

The event of the sync world is on Thursday, 28 January 2027, 19:00 in Berlin;
replies are written on 11 January.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sync.conftest import World
from sync.replies import answer_to, calendar_reply

from somek_tui.models import Answer, InboxOutcome
from somek_tui.services.sync import run_sync

MESSAGE_ID = "<away-span@m.example>"


def _sync(world: World, body: str) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    raw = answer_to(world.sent["anna@example.org"], body, message_id=MESSAGE_ID)
    (folder / "new" / "1.reply").write_bytes(raw)
    run_sync(world.ws)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("I'm abroad until February.", id="en-abroad-until-a-later-month"),
        pytest.param("Bin bis Mitte Februar in Elternzeit.", id="de-elternzeit-bis-mitte"),
        pytest.param("Bin den ganzen Januar in Australien.", id="de-den-ganzen-monat"),
        pytest.param("Away all of January, sorry!", id="en-all-of-the-month"),
        pytest.param("Ich bin erst ab dem 1. Februar zurück.", id="de-erst-ab-zurueck"),
        pytest.param("Not back until February 3rd.", id="en-not-back-until"),
        pytest.param("Wir sind bis einschließlich 30.1. verreist.", id="de-bis-datum"),
    ],
)
def test_away_over_the_evening_goes_to_review_with_the_span_named(world: World, body: str) -> None:
    _sync(world, body)
    view = world.ws.store.read()
    assert view.rsvps(member_id=world.member("anna@example.org").id) == []
    [item] = view.review_items()
    assert "away" in item.reason and "over the evening" in item.reason


def test_a_dialect_notice_of_absence_records_no_answer(world: World) -> None:
    _sync(world, "Griaß di! I bin bis 30. Jänner in Meran. Danach gern wieder.")
    assert world.ws.store.read().rsvps(member_id=world.member("anna@example.org").id) == []


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("Bin bis zum 20. Januar auf Reisen.", id="de-back-before-the-evening"),
        pytest.param("I'm travelling until mid-January.", id="en-back-mid-month"),
        pytest.param("Bin bis Ende Januar in Indien.", id="de-end-of-the-evenings-month"),
        pytest.param("Ich war bis Januar im Ausland.", id="de-said-of-the-past"),
        pytest.param("Falls ich bis Februar im Ausland bin, melde ich mich.", id="de-condition"),
    ],
)
def test_away_not_surely_over_the_evening_goes_to_review(world: World, body: str) -> None:
    _sync(world, body)
    view = world.ws.store.read()
    assert view.rsvps(member_id=world.member("anna@example.org").id) == []
    entry = view.inbox_entry(MESSAGE_ID)
    assert entry is not None and entry.outcome is InboxOutcome.REVIEW


def test_a_span_that_may_hold_the_evening_is_named_for_the_organizer(world: World) -> None:
    _sync(world, "Bin bis Ende Januar in Indien.")
    [item] = world.ws.store.read().review_items()
    assert "Ende Januar" in item.reason


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Bin den ganzen Januar in Australien.", id="de-whole-month"),
        pytest.param("Away all of January, sorry!", id="en-whole-month"),
    ],
)
def test_a_yes_button_beside_away_over_the_evening_goes_to_review(world: World, words: str) -> None:
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    raw = calendar_reply(
        sender="anna@example.org", attendee="anna@example.org", uid=world.event.uid
    )
    (folder / "new" / "1.reply").write_bytes(
        raw.replace(b"anna@example.org has accepted this invitation.", words.encode())
    )
    run_sync(world.ws)
    view = world.ws.store.read()
    assert view.rsvps(member_id=world.member("anna@example.org").id) == []
    [item] = view.review_items()
    assert "away over the evening" in item.reason


def test_someone_elses_absence_is_no_answer_of_the_members(world: World) -> None:
    _sync(world, "Mein Mann ist bis Februar im Ausland.")
    view = world.ws.store.read()
    assert view.rsvps(member_id=world.member("anna@example.org").id) == []


def test_a_yes_beside_someone_elses_absence_stands(world: World) -> None:
    _sync(world, "Ich komme, meine Frau ist den ganzen Januar in Australien.")
    [rsvp] = world.ws.store.read().rsvps(member_id=world.member("anna@example.org").id)
    assert rsvp.answer is Answer.YES
