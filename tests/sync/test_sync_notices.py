"""What one pass tells a member is what holds after the last of their messages in it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sync.conftest import World, build_world
from sync.replies import answer_to

from somek_tui.config import ReplySettings
from somek_tui.models import MailKind, OutboxState, OutgoingMessage
from somek_tui.services.sync import run_sync


def drop_in_order(world: World, *raws: bytes) -> None:
    """Deliver messages into the inbox Maildir so that a pass reads them in this order."""
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for n, raw in enumerate(raws):
        (folder / "new" / f"1700000000.M{n:04d}P1.test").write_bytes(raw)


def acknowledging(world: World, on: bool) -> World:
    world.ws.settings = replace(world.ws.settings, replies=ReplySettings(acknowledge=on))
    return world


def anna_writes(world: World, *bodies: str) -> None:
    """Anna answers her invitation several times before the next pass."""
    drop_in_order(world, *(answer_to(world.sent["anna@example.org"], body) for body in bodies))


def emily_waits(world: World) -> list[bytes]:
    """Anna and Jörg take the evening's two places; Emily's yes goes on the waitlist."""
    sent = world.sent
    return [
        answer_to(sent["anna@example.org"], "Ja, ich komme."),
        answer_to(sent["joerg@example.org"], "Ja, ich komme."),
        answer_to(sent["emily@example.org"], "Yes, I'll be there."),
    ]


def one_place_one_pass(tmp_path: Path, *said: tuple[str, str]) -> World:
    """An evening with one place, acknowledgements on: these (member, words) in one pass."""
    world = acknowledging(build_world(tmp_path, capacity=1), True)
    drop_in_order(
        world, *(answer_to(world.sent[f"{who}@example.org"], words) for who, words in said)
    )
    assert run_sync(world.ws).errors == []
    return world


def notices_to(world: World, address: str) -> list[OutgoingMessage]:
    view = world.ws.store.read()
    return [r for r in view.outbox() if r.recipient == address and r.kind != MailKind.INVITATION]


def test_a_member_waitlisted_then_promoted_in_one_pass_is_told_only_of_the_place(
    tmp_path: Path,
) -> None:
    world = acknowledging(build_world(tmp_path, capacity=2), False)
    drop_in_order(
        world,
        *emily_waits(world),
        answer_to(world.sent["joerg@example.org"], "Leider doch nicht, ich muss absagen."),
    )
    summary = run_sync(world.ws)
    assert summary.errors == []
    [notice] = notices_to(world, "emily@example.org")
    assert (notice.kind, notice.state) == (MailKind.PROMOTED, OutboxState.SENT)
    assert notice.context["rsvp"] == {"answer": "yes", "guests": 0, "waitlisted": False}


def test_a_waitlisted_member_who_declines_in_the_same_pass_gets_no_waitlist_notice(
    tmp_path: Path,
) -> None:
    world = acknowledging(build_world(tmp_path, capacity=2), False)
    drop_in_order(
        world,
        *emily_waits(world),
        answer_to(world.sent["emily@example.org"], "Sorry, I can't come after all."),
    )
    assert run_sync(world.ws).errors == []
    assert notices_to(world, "emily@example.org") == []


def test_a_member_who_changes_their_mind_gets_one_acknowledgement_of_the_last_answer(
    tmp_path: Path,
) -> None:
    world = acknowledging(build_world(tmp_path), True)
    anna_writes(world, "Ja, ich komme gern.", "Ich muss leider absagen.")
    summary = run_sync(world.ws)
    assert (summary.answers, summary.sent) == (2, 1)
    [ack] = notices_to(world, "anna@example.org")
    assert ack.kind == MailKind.ACKNOWLEDGEMENT
    assert ack.context["rsvp"]["answer"] == "no"


def test_a_topic_noted_earlier_in_the_pass_stays_in_the_acknowledgement_of_a_later_answer(
    tmp_path: Path,
) -> None:
    world = acknowledging(build_world(tmp_path), True)
    anna_writes(world, "Themenvorschlag: Barrierefreie Reels", "Ja, ich komme.")
    assert run_sync(world.ws).errors == []
    [ack] = notices_to(world, "anna@example.org")
    assert ack.context["noted_topics"] == ["Barrierefreie Reels"]
    assert ack.context["rsvp"]["answer"] == "yes"


def test_a_message_without_an_answer_leaves_the_notice_about_the_answer_as_it_was(
    tmp_path: Path,
) -> None:
    world = one_place_one_pass(
        tmp_path,
        ("anna", "Ja, ich komme."),
        ("joerg", "Ja, ich komme."),
        ("joerg", "Themenvorschlag: Newsletter und Social Media"),
    )
    [notice] = notices_to(world, "joerg@example.org")
    assert notice.kind == MailKind.WAITLISTED
    assert notice.context["rsvp"]["waitlisted"] is True
    assert notice.context["noted_topics"] == ["Newsletter und Social Media"]


def test_a_member_promoted_after_their_waitlist_notice_is_told_of_the_place_once(
    tmp_path: Path,
) -> None:
    world = one_place_one_pass(
        tmp_path,
        ("anna", "Ja, ich komme."),
        ("joerg", "Ja, ich komme. Themenvorschlag: Threads"),
        ("anna", "Ich muss leider absagen."),
    )
    [notice] = notices_to(world, "joerg@example.org")
    assert notice.kind == MailKind.PROMOTED
    assert notice.context["rsvp"]["waitlisted"] is False
    assert notice.context["noted_topics"] == ["Threads"]


def test_notices_from_an_earlier_pass_are_left_alone(tmp_path: Path) -> None:
    world = acknowledging(build_world(tmp_path), True)
    anna_writes(world, "Ja, ich komme.")
    run_sync(world.ws)
    anna_writes(world, "Ich muss leider absagen.")
    run_sync(world.ws)
    acks = notices_to(world, "anna@example.org")
    assert [a.context["rsvp"]["answer"] for a in acks] == ["yes", "no"]
    assert {a.state for a in acks} == {OutboxState.SENT}
