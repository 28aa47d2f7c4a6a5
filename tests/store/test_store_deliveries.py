"""The delivery log: each delivered mail durable at once, folded into db.json by the next write."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from somek_tui.models import MailKind, OutboxState, OutgoingMessage
from somek_tui.store import Store

WHEN = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)


def queue(store: Store, count: int) -> list[OutgoingMessage]:
    with store.transaction() as tx:
        for n in range(count):
            tx.put(
                OutgoingMessage(
                    id=tx.next_id("outbox"), member_id=f"m{n}", recipient=f"m{n}@example.org",
                    kind=MailKind.INVITATION, message_id=f"<o{n}@example.org>",
                )
            )  # fmt: skip
    return store.read().outbox()


def states_in_file(db_path: Path) -> dict[str, str]:
    outbox = json.loads(db_path.read_text(encoding="utf-8"))["outbox"]
    return {key: doc["state"] for key, doc in outbox.items()}


def test_a_logged_delivery_is_read_at_once_and_written_to_the_file_by_the_next_write(
    store: Store, db_path: Path
) -> None:
    first, _ = queue(store, 2)
    before = db_path.read_bytes()
    store.log_delivery(first, WHEN)
    assert db_path.read_bytes() == before  # one line appended, not the file rewritten
    seen = Store.open(db_path).read().outgoing("o1")  # another process, as after a kill
    assert seen is not None and seen.state is OutboxState.SENT and seen.sent_at == WHEN
    store.fold_deliveries()
    assert states_in_file(db_path) == {"o1": "sent", "o2": "queued"}
    assert store.deliveries.signature() is None  # emptied once db.json holds it


def test_a_line_torn_by_a_kill_is_skipped_and_the_next_starts_afresh(
    store: Store, db_path: Path
) -> None:
    first, second = queue(store, 2)
    store.log_delivery(first, WHEN)
    log = store.deliveries.path
    log.write_bytes(log.read_bytes() + b'{"outbox_id":"o2","mess')  # killed mid-line
    assert store.read().outgoing("o2").state is OutboxState.QUEUED  # type: ignore[union-attr]
    store.log_delivery(second, WHEN)
    assert {r.id: r.state for r in Store.open(db_path).read().outbox()} == {
        "o1": OutboxState.SENT,
        "o2": OutboxState.SENT,
    }


def test_a_line_for_a_record_made_anew_since_is_not_applied(store: Store) -> None:
    (record,) = queue(store, 1)
    store.log_delivery(record, WHEN)
    store.deliveries.path.write_bytes(
        store.deliveries.path.read_bytes().replace(b"<o0@example.org>", b"<other@example.org>")
    )
    assert store.read().outgoing("o1").state is OutboxState.QUEUED  # type: ignore[union-attr]


def test_a_rerun_of_the_fold_after_a_kill_changes_nothing(store: Store, db_path: Path) -> None:
    (record,) = queue(store, 1)
    store.log_delivery(record, WHEN)
    kept = store.deliveries.path.read_bytes()
    store.fold_deliveries()
    store.deliveries.path.write_bytes(kept)  # killed after db.json was written, before emptying
    store.fold_deliveries()
    (again,) = Store.open(db_path).read().outbox()
    assert (again.state, again.sent_at) == (OutboxState.SENT, WHEN)
