"""Retention: finished inbox and outbox records older than the setting move to yearly archives."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.cli import run_somek

from somek_tui.archive import months_before
from somek_tui.models import InboxEntry, InboxOutcome, MailKind, OutboxState, OutgoingMessage
from somek_tui.store import Store

NOW = datetime(2027, 1, 10, 12, 0, tzinfo=UTC)


def fill(store: Store) -> None:
    with store.transaction() as tx:
        for n, year in enumerate((2024, 2025, 2025, 2026)):
            at = datetime(year, 3, 1, 9, 0, tzinfo=UTC)
            tx.put(InboxEntry(message_id=f"<r{n}@x>", outcome=InboxOutcome.ANSWER, processed_at=at))
            tx.put(
                OutgoingMessage(
                    id=tx.next_id("outbox"), member_id="m1", recipient="a@example.org",
                    kind=MailKind.INVITATION, message_id=f"<o{n}@x>", created=at,
                    state=OutboxState.SENT if n else OutboxState.QUEUED,
                )
            )  # fmt: skip


def tables(path: Path) -> dict[str, set[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: set(data.get(name, {})) for name in ("inbox", "outbox")}


def test_old_finished_records_move_to_an_owner_only_archive_per_year(
    store: Store, db_path: Path
) -> None:
    fill(store)
    moved = store.archive_before(months_before(NOW, 18))  # 2025-07-10
    assert moved == 5  # every 2024 and 2025 record but the queued mail of 2024
    archive_2024, archive_2025 = (
        db_path.with_name("db-archive-2024.json"),
        db_path.with_name("db-archive-2025.json"),
    )
    assert tables(archive_2024) == {"inbox": {"<r0@x>"}, "outbox": set()}
    assert tables(archive_2025) == {"inbox": {"<r1@x>", "<r2@x>"}, "outbox": {"o2", "o3"}}
    assert tables(db_path) == {"inbox": {"<r3@x>"}, "outbox": {"o1", "o4"}}
    assert stat.S_IMODE(archive_2025.stat().st_mode) == 0o600


def test_a_rerun_after_a_kill_between_archive_and_database_adds_nothing_twice(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(store)
    cutoff = months_before(NOW, 18)

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # the archive is on disk, db.json not yet rewritten

    with monkeypatch.context() as patch:
        patch.setattr(Store, "_write", killed)
        with pytest.raises(KeyboardInterrupt):
            store.archive_before(cutoff)
    assert tables(db_path)["inbox"] == {"<r0@x>", "<r1@x>", "<r2@x>", "<r3@x>"}  # untouched
    assert Store.open(db_path).archive_before(cutoff) == 5
    archived = json.loads(db_path.with_name("db-archive-2025.json").read_text(encoding="utf-8"))
    assert sorted(archived["inbox"]) == ["<r1@x>", "<r2@x>"]
    assert tables(db_path) == {"inbox": {"<r3@x>"}, "outbox": {"o1", "o4"}}


def test_the_cutoff_is_the_same_day_months_before(store: Store) -> None:
    assert months_before(NOW, 18) == datetime(2025, 7, 10, 12, 0, tzinfo=UTC)
    assert months_before(datetime(2027, 8, 31, tzinfo=UTC), 18) == datetime(2026, 2, 28, tzinfo=UTC)


def test_a_sync_archives_what_is_older_than_eighteen_months(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    fill(store)
    (tmp_path / "inbox").mkdir(mode=0o700)
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "inbox" / sub).mkdir(mode=0o700)
    done = run_somek("sync", db=db_path, env={"SOMEK_NOW": NOW.isoformat()})
    assert done.code == 0, done.err
    assert tables(db_path) == {"inbox": {"<r3@x>"}, "outbox": {"o1", "o4"}}
    assert db_path.with_name("db-archive-2024.json").exists()
    exported = json.loads(run_somek("export", "--json", db=db_path).out)
    assert [entry["message_id"] for entry in exported["inbox"]] == ["<r3@x>"]


def test_a_sync_keeps_as_many_months_as_the_settings_say(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    fill(store)
    (tmp_path / "inbox").mkdir(mode=0o700)
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "inbox" / sub).mkdir(mode=0o700)
    settings = tmp_path / "somek.toml"
    settings.write_text("[store]\nkeep_months = 36\n", encoding="utf-8")
    done = run_somek("sync", db=db_path, config=settings, env={"SOMEK_NOW": NOW.isoformat()})
    assert done.code == 0, done.err
    # 36 months back from 2027-01-10 keeps everything from 2024-03 on
    assert tables(db_path) == {"inbox": {"<r0@x>", "<r1@x>", "<r2@x>", "<r3@x>"},
                               "outbox": {"o1", "o2", "o3", "o4"}}  # fmt: skip


def test_a_keep_months_below_one_is_refused_with_the_key_named(
    db_path: Path, tmp_path: Path
) -> None:
    settings = tmp_path / "somek.toml"
    settings.write_text("[store]\nkeep_months = 0\n", encoding="utf-8")
    done = run_somek("check", db=db_path, config=settings)
    assert done.code == 1
    assert "[store] keep_months" in done.err
    assert "Traceback" not in done.err
