"""Many processes, kills at any moment: nothing lost, nothing torn."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from somek_tui.models import MailKind, Member, OutgoingMessage
from somek_tui.store import Store

WHEN = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)
WRITER = """
import sys
from somek_tui.models import Member
from somek_tui.store import Store
path, tag, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = Store(path, lock_timeout=60)
for n in range(count):
    with store.transaction() as tx:
        tx.put(Member(id=tx.next_id("members"), email=f"{tag}-{n}@example.org"))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}


def test_concurrent_writer_processes_lose_no_change(db_path: Path) -> None:
    processes, changes = 4, 150
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), f"w{p}", str(changes)], env=_env()
        )
        for p in range(processes)
    ]
    for writer in writers:
        assert writer.wait(timeout=300) == 0
    data = json.loads(db_path.read_text(encoding="utf-8"))
    emails = {doc["email"] for doc in data["members"].values()}
    expected = {f"w{p}-{n}@example.org" for p in range(processes) for n in range(changes)}
    assert emails == expected
    assert len(data["members"]) == processes * changes  # no id handed out twice


def test_a_process_holding_an_old_copy_reloads_before_it_writes(db_path: Path) -> None:
    first, second = Store.open(db_path), Store.open(db_path)
    with first.transaction() as tx:
        tx.put(Member(id=tx.next_id("members"), email="a@example.org"))
    assert second.read().members() == [] or True  # second may have cached the empty state
    with second.transaction() as tx:
        tx.put(Member(id=tx.next_id("members"), email="b@example.org"))
    emails = sorted(m.email for m in Store.open(db_path).read().members())
    assert emails == ["a@example.org", "b@example.org"]
    assert sorted(m.id for m in first.read().members()) == ["m1", "m2"]


def test_a_stale_reader_sees_another_process_write(db_path: Path) -> None:
    reader = Store.open(db_path)
    assert reader.read().members() == []
    subprocess.run([sys.executable, "-c", WRITER, str(db_path), "x", "1"], env=_env(), check=True)
    assert [m.email for m in reader.read().members()] == ["x-0@example.org"]


def test_reads_come_from_memory_while_the_file_is_unchanged(store: Store, db_path: Path) -> None:
    with store.transaction() as tx:
        tx.put(Member(id=tx.next_id("members"), email="a@example.org"))
    first = store.read()
    assert store.read() is first
    with store.transaction() as tx:
        tx.put(Member(id=tx.next_id("members"), email="b@example.org"))
    assert store.read() is not first
    assert len(first.members()) == 1  # an old snapshot never changes under its reader


def test_a_kill_at_any_moment_leaves_the_old_or_the_new_file(db_path: Path) -> None:
    endless = WRITER.replace("for n in range(count):", "for n in range(10**9):")
    seen_counts = []
    for round_ in range(12):
        before = len(json.loads(db_path.read_text())["members"]) if db_path.exists() else 0
        writer = subprocess.Popen(
            [sys.executable, "-c", endless, str(db_path), f"k{round_}", "0"], env=_env()
        )
        deadline = time.monotonic() + 60
        # wait until this writer has committed at least a few changes, then kill it mid-stream
        while time.monotonic() < deadline:
            try:
                now = len(json.loads(db_path.read_text())["members"])
            except (FileNotFoundError, json.JSONDecodeError):
                now = before
            if now >= before + 3 + round_ % 5:
                break
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        data = json.loads(db_path.read_text(encoding="utf-8"))  # never torn
        numbers = sorted(int(key[1:]) for key in data["members"])
        assert numbers == list(range(1, len(numbers) + 1))
        assert data["meta"]["meta"]["counters"]["members"] == len(numbers)
        seen_counts.append(len(numbers))
    assert seen_counts == sorted(seen_counts)


def _queued(store: Store, count: int) -> list[OutgoingMessage]:
    with store.transaction() as tx:
        for n in range(count):
            tx.put(
                OutgoingMessage(
                    id=tx.next_id("outbox"), member_id=f"m{n}", recipient=f"m{n}@example.org",
                    kind=MailKind.INVITATION, message_id=f"<o{n}@example.org>",
                )
            )  # fmt: skip
    return store.read().outbox()


def test_a_delivery_logged_while_another_store_writes_waits_and_is_kept(db_path: Path) -> None:
    writer, sender = Store.open(db_path), Store.open(db_path)
    first, second = _queued(sender, 2)
    sender.log_delivery(first, WHEN)
    inside, release = threading.Event(), threading.Event()

    def write() -> None:
        with writer.transaction() as tx:  # folds the first line in, then empties the log
            tx.put(Member(id=tx.next_id("members"), email="new@example.org"))
            inside.set()
            release.wait(30)

    writing = threading.Thread(target=write)
    writing.start()
    assert inside.wait(30)
    logging = threading.Thread(target=sender.log_delivery, args=(second, WHEN))
    logging.start()
    logging.join(0.2)
    assert logging.is_alive()  # held back: the writer would empty the log without this line
    release.set()
    writing.join(30)
    logging.join(30)
    view = Store.open(db_path).read()
    assert {r.id: r.state for r in view.outbox()} == {"o1": "sent", "o2": "sent"}
    assert view.member_by_email("new@example.org") is not None


def test_a_delivery_logged_inside_a_transaction_is_refused_rather_than_lost(
    store: Store,
) -> None:
    (record,) = _queued(store, 1)
    with store.transaction(), pytest.raises(RuntimeError):
        store.log_delivery(record, WHEN)
