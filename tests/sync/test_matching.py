"""Which member and event a reply belongs to (pure: the store is only read)."""

from __future__ import annotations

from datetime import timedelta

from support.workspace import NOW
from sync.conftest import World
from sync.replies import answer_to, calendar_reply, reply

from mail.analysis import analyse
from somek_tui.services.events import add_event
from somek_tui.services.matching import (
    VIA_CALENDAR,
    VIA_REFERENCES,
    VIA_REPLY_KEY,
    VIA_SENDER,
    VIA_UNSUBSCRIBE_KEY,
    Match,
    match_reply,
)


def match(world: World, raw: bytes) -> Match:
    return match_reply(analyse(raw), world.ws.store.read(), world.ws.settings.organizer, NOW)


def test_the_reply_key_beats_the_references(world: World) -> None:
    # Anna answers her own invitation (its key), quoting the thread of Jörg's
    raw = answer_to(world.sent["anna@example.org"], "Ja, ich komme.")
    raw = raw.replace(
        world.sent["anna@example.org"].message_id.encode(),
        world.sent["joerg@example.org"].message_id.encode(),
    )
    found = match(world, raw)
    assert (found.member.email, found.via, found.problem) == ("anna@example.org", VIA_REPLY_KEY, "")
    assert found.event is not None and found.event.id == world.event.id


def test_references_to_someone_elses_invitation_from_another_address_go_to_review(
    world: World,
) -> None:
    sent = world.sent["anna@example.org"]
    raw = reply("Ja, ich komme.", sender="joerg@example.org", in_reply_to=sent.message_id)
    found = match(world, raw)
    assert found.via == VIA_REFERENCES
    assert "anna@example.org" in found.problem and "joerg@example.org" in found.problem


def test_references_from_the_invited_address_match(world: World) -> None:
    sent = world.sent["emily@example.org"]
    found = match(world, reply("Yes!", sender="emily@example.org", in_reply_to=sent.message_id))
    assert (found.member.email, found.via, found.problem) == (
        "emily@example.org",
        VIA_REFERENCES,
        "",
    )


def test_a_calendar_reply_is_matched_by_uid_and_attendee(world: World) -> None:
    raw = calendar_reply(
        sender="emily@example.org", attendee="emily@example.org", uid=world.event.uid
    )
    found = match(world, raw)
    assert (found.member.email, found.via, found.problem) == ("emily@example.org", VIA_CALENDAR, "")
    assert found.event.id == world.event.id


def test_a_calendar_reply_whose_attendee_is_not_the_sender_goes_to_review(world: World) -> None:
    raw = calendar_reply(
        sender="joerg@example.org", attendee="emily@example.org", uid=world.event.uid
    )
    found = match(world, raw)
    assert found.via == VIA_CALENDAR and "emily@example.org" in found.problem


def test_sender_alone_picks_the_next_upcoming_event_the_member_was_invited_to(
    world: World,
) -> None:
    with world.ws.store.transaction() as tx:
        # earlier, but nobody was invited to it
        add_event(
            tx, title="Sommerfest", start=NOW + timedelta(days=3), domain="example.org", now=NOW
        )
    found = match(world, reply("Ich bin dabei!", sender="mehmet@example.org"))
    assert (found.member.email, found.via, found.problem) == ("mehmet@example.org", VIA_SENDER, "")
    assert found.event is not None and found.event.id == world.event.id


def test_an_unknown_sender_without_any_key_matches_nobody(world: World) -> None:
    found = match(world, reply("Ja, ich komme.", sender="stranger@example.net"))
    assert found.member is None and "stranger@example.net" in found.problem


def test_the_unsubscribe_address_finds_its_member(world: World) -> None:
    anna = world.member("anna@example.org")
    to = f"stammtisch+unsubscribe-{anna.unsubscribe_key}@example.org"
    found = match(world, reply("unsubscribe", sender="other@example.net", to=to))
    assert (found.member.id, found.via) == (anna.id, VIA_UNSUBSCRIBE_KEY)
