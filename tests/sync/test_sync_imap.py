"""``somek sync`` against real IMAP servers (Dovecot and pymap)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from support.imap_servers import ImapAccount
from support.tcp_proxy import TcpProxy
from sync.conftest import (
    TOPICS,
    World,
    build_world,
    mixed_replies,
    processed_folder,
    somek_argv,
    somek_env,
    write_toml,
)

from mail.imap import ImapInbox
from mail.inbox_thread import InboxThread
from somek_tui.config import Settings
from somek_tui.services import sync as sync_module
from somek_tui.services.export import export_data
from somek_tui.services.sync import run_sync


def imap_world(tmp_path: Path, account: ImapAccount, **imap: object) -> World:
    return build_world(tmp_path, imap=account.settings(**imap), topics=TOPICS)


def outcomes(world: World) -> dict[str, str]:
    return {e["message_id"]: e["outcome"] for e in export_data(world.ws.store.read())["inbox"]}


def test_replies_are_recorded_moved_and_a_second_pass_records_nothing(
    tmp_path: Path, imap_server: ImapAccount
) -> None:
    world = imap_world(tmp_path, imap_server, batch_size=4)
    replies = mixed_replies(world, 10)
    for raw, _ in replies:
        imap_server.append(raw)

    summary = run_sync(world.ws)
    assert summary.errors == []
    assert sorted(outcomes(world).values()) == sorted(outcome for _, outcome in replies)
    review = [raw for raw, outcome in replies if outcome == "review"]
    handled = [raw for raw, outcome in replies if outcome != "review"]
    assert sorted(imap_server.messages().values()) == sorted(review)
    assert sorted(imap_server.messages(processed_folder(imap_server)).values()) == sorted(handled)

    before = json.dumps(export_data(world.ws.store.read()), sort_keys=True)
    again = run_sync(world.ws)
    assert (again.answers, again.topics, again.review, again.ignored) == (0, 0, 0, 0)
    assert json.dumps(export_data(world.ws.store.read()), sort_keys=True) == before


def test_a_new_uidvalidity_processes_nothing_twice(
    tmp_path: Path, imap_server: ImapAccount
) -> None:
    world = imap_world(tmp_path, imap_server)
    for raw, _ in mixed_replies(world, 5):
        imap_server.append(raw)
    run_sync(world.ws)
    recorded = outcomes(world)
    left = imap_server.messages()  # the review item stays in the inbox
    assert len(left) == 1

    imap_server.change_uidvalidity()
    late, _ = mixed_replies(world, 6)[5]  # a new message after the renumbering
    imap_server.append(late)
    summary = run_sync(world.ws)
    assert (summary.answers, summary.review, summary.ignored) == (1, 0, 0)
    assert len(outcomes(world)) == len(recorded) + 1
    assert len(world.ws.store.read().review_items()) == 1
    again = run_sync(world.ws)
    assert (again.answers, again.review, again.ignored, again.resumed) == (0, 0, 0, 0)


def test_the_somek_command_syncs_with_a_settings_file(
    tmp_path: Path, imap_server: ImapAccount
) -> None:
    world = imap_world(tmp_path, imap_server)
    for raw, _ in mixed_replies(world, 5):
        imap_server.append(raw)
    config = write_toml(tmp_path / "somek.toml", world, imap_server)
    done = subprocess.run(
        somek_argv(world.ws.store.path, config, "sync", "--verbose"),
        env=somek_env(SOMEK_TEST_IMAP_PASSWORD=imap_server.password),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stderr.strip().splitlines()
    assert lines[-1] == "3 answers, 2 topics, 1 for review, 0 ignored, 4 sent"
    assert len(lines) == 6 and done.stdout == ""
    assert len(outcomes(world)) == 5


def test_a_connection_dropped_in_a_fetch_fails_clearly_and_the_rerun_completes(
    tmp_path: Path, imap_server: ImapAccount, tcp_proxy
) -> None:  # type: ignore[no-untyped-def]
    proxy: TcpProxy = tcp_proxy(imap_server.host, imap_server.port)
    world = imap_world(tmp_path, imap_server)
    replies = mixed_replies(world, 30)
    for raw, _ in replies:
        imap_server.append(raw + b"\r\n" + b"x" * 2000 + b"\r\n")
    config = write_toml(tmp_path / "somek.toml", world, imap_server, batch_size=10)
    text = config.read_text().replace(f"port = {imap_server.port}", f"port = {proxy.port}", 1)
    config.write_text(text)
    proxy.cut_after(30_000)  # into the second batch's FETCH
    argv = somek_argv(world.ws.store.path, config, "sync")
    env = somek_env(SOMEK_TEST_IMAP_PASSWORD=imap_server.password)
    first = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert first.returncode == 1, first.stderr
    assert first.stderr.startswith("somek: connection lost") and "Traceback" not in first.stderr
    assert len(first.stderr.strip().splitlines()) == 1
    assert proxy.cut.is_set()
    recorded = len(outcomes(world))
    assert recorded < 30

    proxy.cut_after(10**9)
    second = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert second.returncode == 0, second.stderr
    assert len(outcomes(world)) == 30
    assert len(imap_server.messages()) == 6  # the review items


def ten_replies_in_batches_of_3(
    tmp_path: Path, imap_server: ImapAccount
) -> tuple[World, list[tuple[bytes, str]]]:
    world = imap_world(tmp_path, imap_server, batch_size=3)
    replies = mixed_replies(world, 10)
    for raw, _ in replies:
        imap_server.append(raw)
    return world, replies


def assert_handled_moved(imap_server: ImapAccount, replies: list[tuple[bytes, str]]) -> None:
    handled = [raw for raw, outcome in replies if outcome != "review"]
    assert sorted(imap_server.messages(processed_folder(imap_server)).values()) == sorted(handled)


def test_from_the_second_batch_on_a_second_connection_moves_what_was_recorded(
    tmp_path: Path, imap_server: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    world, replies = ten_replies_in_batches_of_3(tmp_path, imap_server)
    handed: list[object] = []
    real_submit = sync_module.InboxThread.submit

    def submit(self: InboxThread[object], operation: Callable[..., object]) -> None:
        handed.append(operation)
        real_submit(self, operation)

    monkeypatch.setattr(sync_module.InboxThread, "submit", submit)
    monkeypatch.setattr(sync_module, "MOVE_GROUP", 3)  # each batch moves on its own
    summary = run_sync(world.ws)
    assert summary.errors == []
    assert len(handed) == 3  # four batches: the first moved on the reading connection
    assert_handled_moved(imap_server, replies)
    again = run_sync(world.ws)
    assert (again.answers, again.review, again.ignored, again.resumed) == (0, 0, 0, 0)


def test_when_a_second_login_is_refused_the_reading_connection_moves(
    tmp_path: Path, imap_server: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    world, replies = ten_replies_in_batches_of_3(tmp_path, imap_server)
    monkeypatch.setenv("SOMEK_TEST_WRONG_PASSWORD", "not-the-password")
    wrong = replace(
        world.ws.settings.imap,
        credentials=replace(
            world.ws.settings.imap.credentials, password_env="SOMEK_TEST_WRONG_PASSWORD"
        ),
    )
    opened: list[object] = []

    def open_inbox(settings: Settings) -> object:
        # the server itself refuses every login after the first
        inbox = ImapInbox(settings.imap if not opened else wrong)
        opened.append(inbox)
        return inbox

    monkeypatch.setattr(sync_module, "open_inbox", open_inbox)
    monkeypatch.setattr(sync_module, "MOVE_GROUP", 3)  # each batch moves on its own
    summary = run_sync(world.ws)
    assert summary.errors == []
    assert len(opened) == 2
    assert_handled_moved(imap_server, replies)
    assert len(imap_server.messages()) == sum(outcome == "review" for _, outcome in replies)


def test_recorded_batches_move_together_in_groups(
    tmp_path: Path, imap_server: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    world, replies = ten_replies_in_batches_of_3(tmp_path, imap_server)
    moved: list[list[str]] = []
    real_move = ImapInbox.move_processed

    def move_processed(self: ImapInbox, refs: list[str]) -> None:
        moved.append(list(refs))
        real_move(self, refs)

    monkeypatch.setattr(ImapInbox, "move_processed", move_processed)
    monkeypatch.setattr(sync_module, "MOVE_GROUP", 6)
    summary = run_sync(world.ws)
    assert summary.errors == []
    # batches of 3, 3, 3 and 1: the first two move together, then the rest
    assert [len(refs) for refs in moved] == [
        sum(1 for _, outcome in replies[:6] if outcome != "review"),
        sum(1 for _, outcome in replies[6:] if outcome != "review"),
    ]
    assert_handled_moved(imap_server, replies)
    again = run_sync(world.ws)
    assert (again.answers, again.review, again.ignored, again.resumed) == (0, 0, 0, 0)
