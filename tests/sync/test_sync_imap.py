"""``somek sync`` against real IMAP servers (Dovecot and pymap)."""

from __future__ import annotations

import json
import subprocess
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
    review_folder,
    somek_argv,
    somek_env,
    write_toml,
)

from mail.imap import ImapInbox
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
    assert imap_server.messages() == {}
    assert sorted(imap_server.messages(review_folder(imap_server)).values()) == sorted(review)
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
    assert imap_server.messages() == {}
    assert len(imap_server.messages(review_folder(imap_server))) == 1

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
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "3 answers, 2 topics, 1 for review, 0 ignored, 4 sent"
    assert len(lines) == 6 and done.stderr == ""
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
    assert imap_server.messages() == {}
    assert len(imap_server.messages(review_folder(imap_server))) == 6


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


def test_each_batch_is_moved_on_the_one_connection_once_recorded(
    tmp_path: Path, imap_server: ImapAccount, monkeypatch: pytest.MonkeyPatch
) -> None:
    world, replies = ten_replies_in_batches_of_3(tmp_path, imap_server)
    opened: list[ImapInbox] = []
    moves: list[tuple[ImapInbox, int, list[str]]] = []
    real_open, real_move = ImapInbox.open, ImapInbox._move

    def open_(self: ImapInbox) -> None:
        opened.append(self)
        real_open(self)

    def move(self: ImapInbox, refs: list[str], folder: str) -> None:
        moves.append((self, len(outcomes(world)), list(refs)))
        real_move(self, refs, folder)

    monkeypatch.setattr(ImapInbox, "open", open_)
    monkeypatch.setattr(ImapInbox, "_move", move)
    summary = run_sync(world.ws)
    assert summary.errors == []
    assert len(opened) == 1  # one login for the whole pass
    assert {inbox for inbox, _, _ in moves} == {opened[0]}
    # batches of 3, 3, 3 and 1: each moved right after it was recorded
    recorded_when_moved = sorted({count for _, count, _ in moves})
    assert recorded_when_moved == [3, 6, 9, 10]
    assert sum(len(refs) for _, _, refs in moves) == 10
    assert_handled_moved(imap_server, replies)
    again = run_sync(world.ws)
    assert (again.answers, again.review, again.ignored, again.resumed) == (0, 0, 0, 0)
