"""Transactions: what they see of earlier ones and of other writers, and what a failure leaves."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from somek_tui.models import Answer, InboxEntry, InboxOutcome, Rsvp, Topic
from somek_tui.store import Store

TRICKY_ID = '<a": {"b\\\\c@example.org>'  # quotes, a colon-brace and a backslash


def test_a_message_id_with_quotes_survives_the_file(store: Store, db_path: Path) -> None:
    entry = InboxEntry(message_id=TRICKY_ID, outcome=InboxOutcome.REVIEW, reason="test")
    with store.transaction() as tx:
        tx.put(entry)
    assert Store.open(db_path).read().inbox_entry(TRICKY_ID) == entry
    assert store.read().inbox_entry(TRICKY_ID) == entry  # the writer's own copy


def waiting_answer(member_id: str, minute: int, guests: int = 0) -> Rsvp:
    at = datetime(2027, 1, 10, 12, minute, tzinfo=UTC)
    return Rsvp(
        event_id="e1", member_id=member_id, answer=Answer.YES, guests=guests,
        waitlisted=True, updated_at=at,
    )  # fmt: skip


def test_the_waitlist_stays_in_order_while_a_transaction_changes_it(store: Store) -> None:
    with store.transaction() as tx:
        for n, minute in enumerate((30, 10, 20), start=1):
            tx.put(waiting_answer(f"m{n}", minute))
    with store.transaction() as tx:
        assert [w.member_id for w in tx.waitlist_in_order("e1")] == ["m2", "m3", "m1"]
        tx.put(waiting_answer("m4", 5, guests=1))  # earliest of all
        promoted = tx.rsvp("e1", "m2")
        assert promoted is not None
        promoted.waitlisted = False
        tx.put(promoted)
        tx.delete(waiting_answer("m1", 30))
        in_tx = tx.waitlist_in_order("e1")
    assert [(w.member_id, w.party_if_confirmed) for w in in_tx] == [("m4", 2), ("m3", 1)]
    assert store.read().waitlist_in_order("e1") == in_tx


def confirmed_answer(member_id: str, guests: int = 0) -> Rsvp:
    at = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
    return Rsvp(event_id="e1", member_id=member_id, answer=Answer.YES, guests=guests, updated_at=at)


def test_transactions_in_a_row_see_each_others_places_and_waitlist(
    store: Store,
) -> None:
    with store.transaction() as tx:
        assert tx.places_taken("e1") == 0
        tx.put(confirmed_answer("m1", guests=1))
        tx.put(waiting_answer("m2", 20))
    with store.transaction() as tx:
        assert tx.places_taken("e1") == 2
        assert [w.member_id for w in tx.waitlist_in_order("e1")] == ["m2"]
        tx.put(waiting_answer("m3", 10))
    with store.transaction() as tx:
        assert [w.member_id for w in tx.waitlist_in_order("e1")] == ["m3", "m2"]


def test_another_writer_between_transactions_is_counted(store: Store, db_path: Path) -> None:
    with store.transaction() as tx:
        assert tx.places_taken("e1") == 0
        tx.put(confirmed_answer("m1"))
    with Store.open(db_path).transaction() as other:  # another process
        other.put(confirmed_answer("m2", guests=2))
    with store.transaction() as tx:
        assert tx.places_taken("e1") == 4


def test_a_failed_transaction_leaves_nothing_behind_for_the_next_one(store: Store) -> None:
    with store.transaction() as tx:
        tx.put(confirmed_answer("m1"))
        assert tx.places_taken("e1") == 1
    try:
        with store.transaction() as tx:
            tx.put(confirmed_answer("m2", guests=3))
            assert tx.places_taken("e1") == 5
            raise RuntimeError("a message could not be recorded")
    except RuntimeError:
        pass
    with store.transaction() as tx:
        assert tx.places_taken("e1") == 1
        assert tx.rsvp("e1", "m2") is None


def test_a_savepoint_takes_back_only_what_failed_inside_it(store: Store) -> None:
    with store.transaction() as tx:
        tx.put(confirmed_answer("m1"))
        with pytest.raises(RuntimeError), tx.savepoint():
            tx.put(confirmed_answer("m2", guests=3))
            tx.delete(confirmed_answer("m1"))
            raise RuntimeError("this message could not be recorded")
        assert tx.places_taken("e1") == 1
        tx.put(confirmed_answer("m3"))
    assert sorted(r.member_id for r in store.read().rsvps(event_id="e1")) == ["m1", "m3"]


def test_places_once_counted_follow_every_change_in_the_transaction(store: Store) -> None:
    with store.transaction() as tx:
        tx.put(confirmed_answer("m1"))
        assert tx.places_taken("e1") == 1  # counted here, then kept up to date
        tx.put(confirmed_answer("m2", guests=2))
        tx.put(confirmed_answer("m1", guests=1))
        tx.put(waiting_answer("m3", 5, guests=4))
        tx.put(Rsvp(event_id="e1", member_id="m2", answer=Answer.NO))
        with pytest.raises(RuntimeError), tx.savepoint():
            tx.put(confirmed_answer("m4", guests=3))
            raise RuntimeError("this message could not be recorded")
        assert tx.places_taken("e1") == 2
    assert store.read().places_taken("e1") == 2


def topic(topic_id: str, title: str) -> Topic:
    return Topic(id=topic_id, title=title, created=datetime(2027, 1, 10, tzinfo=UTC))


def test_a_transaction_lists_the_records_it_converted_before_and_the_ones_changed_since(
    store: Store,
) -> None:
    with store.transaction() as tx:
        tx.put_all([topic("t1", "SEO"), topic("t2", "Mastodon")])
    with store.transaction() as tx:
        first = tx.topics()
        changed = first[1]
        changed.votes.append("m1")
        tx.put(changed)
        tx.put(topic("t3", "KI-Bilder"))
        again = tx.topics()
        assert again[0] is first[0]  # converted once, not once per listing
        assert [(t.id, t.votes) for t in again] == [("t1", []), ("t2", ["m1"]), ("t3", [])]


def test_a_failed_savepoint_forgets_a_record_changed_in_place(store: Store) -> None:
    with store.transaction() as tx:
        tx.put(topic("t1", "SEO"))
    with store.transaction() as tx:
        with pytest.raises(RuntimeError), tx.savepoint():
            tx.topics()[0].votes.append("m1")
            raise RuntimeError("this message could not be recorded")
        assert tx.topics()[0].votes == []
    assert store.read().topics()[0].votes == []
