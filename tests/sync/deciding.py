"""One reply read, matched, decided and recorded in one transaction, as a sync pass does."""

from __future__ import annotations

from support.workspace import NOW
from sync.conftest import World

from mail.analysis import analyse
from somek_tui.services.classify import Decision, apply_decision, decide
from somek_tui.services.matching import match_reply
from somek_tui.store import View


def decide_and_record(world: World, raw: bytes) -> tuple[Decision, View]:
    """The decision on ``raw`` and the database after it is recorded."""
    analysis = analyse(raw)
    organizer = world.ws.settings.organizer
    with world.ws.store.transaction() as tx:
        found = match_reply(analysis, tx, organizer, NOW)
        decision = decide(analysis, found, tx, organizer, NOW)
        apply_decision(tx, decision, message_id=analysis.message_id, wording=analysis.text, now=NOW)
    return decision, world.ws.store.read()
