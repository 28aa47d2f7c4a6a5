"""Bulk work is one write, not one per record."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from somek_tui import store as store_module
from somek_tui.models import Member
from somek_tui.services.members import import_members
from somek_tui.store import Store

NOW = datetime(2027, 1, 1, tzinfo=UTC)


def count_writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    writes: list[Path] = []
    original = store_module.atomic_write

    def counting(path: Path, payload: bytes) -> None:
        writes.append(path)
        original(path, payload)

    monkeypatch.setattr(store_module, "atomic_write", counting)
    return writes


def test_importing_ten_thousand_members_writes_the_file_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[int] = []
    original = store_module.atomic_write
    monkeypatch.setattr(
        store_module,
        "atomic_write",
        lambda path, payload: (writes.append(1), original(path, payload)),
    )
    rows = "\n".join(f"person{n}@example.org,Person {n},de" for n in range(10_000))
    report = import_members(
        store,
        f"email,name,language\n{rows}\n".encode(),
        source="t.csv",
        default_language="de",
        now=NOW,
    )
    assert len(report.added) == 10_000
    assert len(writes) == 1
    assert len(Store.open(store.path).read().members()) == 10_000


def test_a_transaction_collects_many_changes_into_one_write(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[int] = []
    original = store_module.atomic_write
    monkeypatch.setattr(
        store_module,
        "atomic_write",
        lambda path, payload: (writes.append(1), original(path, payload)),
    )
    with store.transaction() as tx:
        for n in range(500):
            tx.put(Member(id=tx.next_id("members"), email=f"m{n}@example.org"))
        member = tx.member("m10")
        assert member is not None
        tx.delete(member)
    assert len(writes) == 1
    assert len(store.read().members()) == 499
