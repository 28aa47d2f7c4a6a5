"""One message whose effects cannot be recorded goes to review alone; its batch is kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sync.conftest import World
from sync.replies import answer_to

from somek_tui.models import Answer, InboxOutcome
from somek_tui.services import sync_record
from somek_tui.services.sync import run_sync


def test_a_message_that_cannot_be_recorded_goes_to_review_and_nothing_is_replayed(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = world.sent
    folder = Path(world.ws.settings.imap.maildir)
    for sub in ("new", "cur", "tmp"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for n, (who, mid) in enumerate(
        [("anna", "<a@m.example>"), ("joerg", "<j@m.example>"), ("emily", "<e@m.example>")]
    ):
        raw = answer_to(sent[f"{who}@example.org"], "Ja, ich komme.", message_id=mid)
        (folder / "new" / f"{n}.reply").write_bytes(raw)
    real = sync_record.apply_decision
    applied: list[str] = []

    def apply_decision(tx: Any, decision: Any, **kw: Any) -> Any:
        applied.append(kw["message_id"])
        effects = real(tx, decision, **kw)  # the answer is in the transaction ...
        if kw["message_id"] == "<j@m.example>":
            raise RuntimeError("disk full")  # ... when recording the rest fails
        return effects

    monkeypatch.setattr(sync_record, "apply_decision", apply_decision)
    summary = run_sync(world.ws)
    assert applied == ["<a@m.example>", "<j@m.example>", "<e@m.example>"]  # each once
    assert (summary.answers, summary.review, summary.errors) == (2, 1, [])
    view = world.ws.store.read()
    answered = {world.member(f"{w}@example.org").id for w in ("anna", "emily")}
    assert {r.member_id for r in view.rsvps()} == answered
    assert all(r.answer is Answer.YES for r in view.rsvps())
    entry = view.inbox_entry("<j@m.example>")
    assert entry is not None and entry.outcome is InboxOutcome.REVIEW
    assert entry.reason == "could not record: RuntimeError: disk full"
    [item] = view.review_items()
    assert item.message_id == "<j@m.example>"
    # Jörg's acknowledgement was taken back with his answer; the others went out
    assert sorted(r.recipient for r in view.outbox() if r.kind.value == "acknowledgement") == [
        "anna@example.org",
        "emily@example.org",
    ]
