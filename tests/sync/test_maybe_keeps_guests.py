"""A maybe keeps the company it names; only a yes takes places."""

from __future__ import annotations

from support.workspace import NOW
from sync.conftest import World
from sync.replies import answer_to

from mail.analysis import analyse
from somek_tui.models import Answer
from somek_tui.services.classify import apply_decision, decide
from somek_tui.services.matching import match_reply
from somek_tui.store import View


def _sync_one(world: World, raw: bytes) -> View:
    analysis = analyse(raw)
    organizer = world.ws.settings.organizer
    with world.ws.store.transaction() as tx:
        found = match_reply(analysis, tx, organizer, NOW)
        decision = decide(analysis, found, tx, organizer, NOW)
        apply_decision(tx, decision, message_id=analysis.message_id, wording=analysis.text, now=NOW)
    return world.ws.store.read()


def test_a_maybe_with_a_companion_is_recorded_with_the_guest(world: World) -> None:
    raw = answer_to(world.sent["anna@example.org"], "Vielleicht, dann aber zu zweit.")
    view = _sync_one(world, raw)
    rsvp = view.rsvp(world.event.id, world.member("anna@example.org").id)
    assert rsvp is not None and (rsvp.answer, rsvp.guests) == (Answer.MAYBE, 1)
    assert rsvp.party == 0  # a maybe takes no places, with or without company


def test_a_no_beside_company_elsewhere_records_no_guests(world: World) -> None:
    raw = answer_to(world.sent["anna@example.org"], "Kann nicht, bin mit meiner Mutter beim Arzt.")
    view = _sync_one(world, raw)
    rsvp = view.rsvp(world.event.id, world.member("anna@example.org").id)
    assert rsvp is not None and (rsvp.answer, rsvp.guests) == (Answer.NO, 0)
