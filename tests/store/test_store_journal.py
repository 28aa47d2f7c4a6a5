"""The journal: journaled transactions, progress marks, torn lines, and the fold."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from somek_tui.models import Answer, InboxEntry, InboxOutcome, Member, Rsvp
from somek_tui.store import Store


def add(store: Store, *emails: str, journaled: bool = False) -> None:
    with store.transaction(journaled=journaled) as tx:
        for email in emails:
            tx.put(Member(id=tx.next_id("members"), email=email))


def in_file(db_path: Path) -> set[str]:
    return {m["email"] for m in json.loads(db_path.read_text(encoding="utf-8"))["members"].values()}


def emails(store: Store) -> set[str]:
    return {m.email for m in store.read().members()}


def test_a_journaled_transaction_is_read_at_once_and_written_to_the_file_later(
    store: Store, db_path: Path
) -> None:
    add(store, "a@example.org")
    add(store, "b@example.org", journaled=True)
    assert in_file(db_path) == {"a@example.org"}
    assert emails(Store.open(db_path)) == {"a@example.org", "b@example.org"}
    add(store, "c@example.org")  # an ordinary transaction folds the journal in
    assert in_file(db_path) == {"a@example.org", "b@example.org", "c@example.org"}
    assert store.journal.signature() is None


def test_ids_stay_unique_across_journaled_transactions(store: Store) -> None:
    add(store, "a@example.org", journaled=True)
    add(store, "b@example.org", journaled=True)
    add(store, "c@example.org")
    assert sorted(m.id for m in store.read().members()) == ["m1", "m2", "m3"]


def test_a_deletion_travels_through_the_journal(store: Store, db_path: Path) -> None:
    add(store, "a@example.org", "b@example.org")
    with store.transaction(journaled=True) as tx:
        member = tx.member("m1")
        assert member is not None
        tx.delete(member)
    assert emails(Store.open(db_path)) == {"b@example.org"}
    add(store, "c@example.org")
    assert in_file(db_path) == {"b@example.org", "c@example.org"}


def test_a_torn_transaction_line_is_ignored_whole(store: Store, db_path: Path) -> None:
    add(store, "a@example.org")
    add(store, "b@example.org", "c@example.org", journaled=True)
    journal = store.journal.path
    text = journal.read_bytes()
    journal.write_bytes(text[: len(text) // 2])  # a kill in the middle of the append
    assert emails(Store.open(db_path)) == {"a@example.org"}


def test_an_append_after_a_torn_line_starts_a_line_of_its_own(store: Store, db_path: Path) -> None:
    add(store, "a@example.org")
    add(store, "b@example.org", journaled=True)
    journal = store.journal.path
    text = journal.read_bytes()
    journal.write_bytes(text[:-10])  # torn: no newline at the end
    add(Store.open(db_path), "c@example.org", journaled=True)
    assert emails(Store.open(db_path)) == {"a@example.org", "c@example.org"}


def test_a_long_lived_reader_follows_every_new_journal_line(store: Store, db_path: Path) -> None:
    reader = Store.open(db_path)
    for n in range(5):
        add(store, f"m{n}@example.org", journaled=True)
        assert emails(reader) == {f"m{i}@example.org" for i in range(n + 1)}
    add(store, "last@example.org")  # folded: the reader now reads db.json afresh
    assert len(emails(reader)) == 6


def test_progress_marks_and_journaled_transactions_mix(store: Store, db_path: Path) -> None:
    add(store, "a@example.org")
    member = store.read().member("m1")
    assert member is not None
    member.name = "Anna"
    store.record_fast(member)
    add(store, "b@example.org", journaled=True)
    view = Store.open(db_path).read()
    assert view.member("m1").name == "Anna"  # type: ignore[union-attr]
    assert view.member("m2") is not None


TRICKY_ID = '<a": {"b\\\\c@example.org>'  # quotes, a colon-brace and a backslash


def test_a_message_id_with_quotes_survives_the_journal_and_the_fold(
    store: Store, db_path: Path
) -> None:
    entry = InboxEntry(message_id=TRICKY_ID, outcome=InboxOutcome.REVIEW, reason="test")
    with store.transaction(journaled=True) as tx:
        tx.put(entry)
    assert Store.open(db_path).read().inbox_entry(TRICKY_ID) == entry
    assert store.read().inbox_entry(TRICKY_ID) == entry  # the writer's own copy
    add(store, "a@example.org")  # fold
    assert Store.open(db_path).read().inbox_entry(TRICKY_ID) == entry


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


def test_journaled_transactions_in_a_row_see_each_others_places_and_waitlist(
    store: Store,
) -> None:
    with store.transaction(journaled=True) as tx:
        assert tx.places_taken("e1") == 0
        tx.put(confirmed_answer("m1", guests=1))
        tx.put(waiting_answer("m2", 20))
    with store.transaction(journaled=True) as tx:
        assert tx.places_taken("e1") == 2
        assert [w.member_id for w in tx.waitlist_in_order("e1")] == ["m2"]
        tx.put(waiting_answer("m3", 10))
    with store.transaction(journaled=True) as tx:
        assert [w.member_id for w in tx.waitlist_in_order("e1")] == ["m3", "m2"]


def test_another_writer_between_journaled_transactions_is_counted(
    store: Store, db_path: Path
) -> None:
    with store.transaction(journaled=True) as tx:
        assert tx.places_taken("e1") == 0
        tx.put(confirmed_answer("m1"))
    with Store.open(db_path).transaction(journaled=True) as other:  # another process
        other.put(confirmed_answer("m2", guests=2))
    with store.transaction(journaled=True) as tx:
        assert tx.places_taken("e1") == 4


def test_a_failed_transaction_leaves_nothing_behind_for_the_next_one(store: Store) -> None:
    with store.transaction(journaled=True) as tx:
        tx.put(confirmed_answer("m1"))
        assert tx.places_taken("e1") == 1
    try:
        with store.transaction(journaled=True) as tx:
            tx.put(confirmed_answer("m2", guests=3))
            assert tx.places_taken("e1") == 5
            raise RuntimeError("a message could not be recorded")
    except RuntimeError:
        pass
    with store.transaction(journaled=True) as tx:
        assert tx.places_taken("e1") == 1
        assert tx.rsvp("e1", "m2") is None
