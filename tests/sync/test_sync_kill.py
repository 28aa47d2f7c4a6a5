"""``somek sync`` killed at any point: after reruns every message is recorded exactly once."""

from __future__ import annotations

import email
import email.policy
import random
import signal
import subprocess
from pathlib import Path

import pytest
from support.imap_servers import PASSWORD_ENV, DovecotServer, ImapAccount
from sync.conftest import (
    TOPICS,
    World,
    build_world,
    mixed_replies,
    processed_folder,
    review_folder,
    somek_argv,
    somek_env,
    wait_until,
    write_toml,
)

from somek_tui.models import MailKind, OutboxState
from somek_tui.services.sync import STOP_ENV, STOP_EXIT
from somek_tui.store import Store


@pytest.fixture
def account(dovecot_server: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> ImapAccount:
    found = dovecot_server.account()
    monkeypatch.setenv(PASSWORD_ENV, found.password)
    return found


def message_id(raw: bytes) -> str:
    return str(email.message_from_bytes(raw, policy=email.policy.default)["Message-ID"])


def check_exactly_once(
    world: World, account: ImapAccount, replies: list[tuple[bytes, str]], *, resends: int = 0
) -> None:
    """Each reply logged once with its outcome, moved once; each notice sent once.

    ``resends``: a kill while a notice was being handed to the transport may send
    that one notice again (the outbox's documented limit), at most one per kill.
    """
    view = Store.open(world.ws.store.path).read()
    entries = {e.message_id: e.outcome.value for e in view.inbox()}
    expected = {message_id(raw): outcome for raw, outcome in replies}
    assert entries == expected  # each once, nothing lost, nothing extra
    review = {message_id(raw) for raw, outcome in replies if outcome == "review"}
    assert account.messages() == {}  # nothing left to read again
    filed = [message_id(raw) for raw in account.messages(review_folder(account)).values()]
    assert sorted(filed) == sorted(review)  # moved once, and only once recorded
    moved = [message_id(raw) for raw in account.messages(processed_folder(account)).values()]
    assert sorted(moved) == sorted(set(expected) - review)  # moved once, and only if recorded
    assert len(view.review_items()) == len(review)
    # every queued notice went out, and no mail twice: one file per outbox record
    assert {r.state for r in view.outbox()} == {OutboxState.SENT}
    files = len(list((world.outbox / "new").iterdir()))
    assert len(view.outbox()) <= files <= len(view.outbox()) + resends
    assert view.outbox(kind=MailKind.ACKNOWLEDGEMENT)


@pytest.mark.parametrize("point", ["analysed:2", "recorded:2", "moving:2", "moved:2", "delivering"])
def test_a_stop_at_a_named_point_then_a_rerun_records_everything_once(
    tmp_path: Path, account: ImapAccount, point: str
) -> None:
    world = build_world(tmp_path, imap=account.settings(), topics=TOPICS)
    replies = mixed_replies(world, 12)
    for raw, _ in replies:
        account.append(raw)
    config = write_toml(tmp_path / "somek.toml", world, account, batch_size=5)
    argv = somek_argv(world.ws.store.path, config, "sync")
    stopped = subprocess.run(
        argv, env=somek_env(**{STOP_ENV: point, PASSWORD_ENV: account.password}),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert stopped.returncode == STOP_EXIT, stopped.stderr
    rerun = subprocess.run(
        argv, env=somek_env(**{PASSWORD_ENV: account.password}),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    check_exactly_once(world, account, replies)


def test_a_stop_while_notices_go_out_resends_at_most_the_one_in_flight(
    tmp_path: Path, account: ImapAccount
) -> None:
    # "sent:3": the third notice is written to the outbox Maildir and reported,
    # its delivery not yet logged; nothing after it may have gone out
    world = build_world(tmp_path, imap=account.settings(), members=20, topics=TOPICS)
    replies = mixed_replies(world, 40)
    for raw, _ in replies:
        account.append(raw)
    config = write_toml(tmp_path / "somek.toml", world, account, batch_size=10)
    argv = somek_argv(world.ws.store.path, config, "sync")
    invitations = len(list((world.outbox / "new").iterdir()))
    stopped = subprocess.run(
        argv, env=somek_env(**{STOP_ENV: "sent:3", PASSWORD_ENV: account.password}),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert stopped.returncode == STOP_EXIT, stopped.stderr
    assert len(list((world.outbox / "new").iterdir())) == invitations + 3
    rerun = subprocess.run(
        argv, env=somek_env(**{PASSWORD_ENV: account.password}),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert rerun.returncode == 0, rerun.stderr
    check_exactly_once(world, account, replies, resends=1)


def recorded(db: Path) -> int:
    """How many messages a sync has recorded so far (its batches go to the journal)."""
    return Store.open(db).read().counts()["inbox"]


class Killer:
    """Runs ``somek sync`` on a mailbox of replies and pulls the plug at chosen moments."""

    def __init__(self, tmp_path: Path, account: ImapAccount, count: int, batch_size: int) -> None:
        self.account = account
        self.world = build_world(tmp_path, imap=account.settings(), members=20, topics=TOPICS)
        self.replies = mixed_replies(self.world, count)
        for raw, _ in self.replies:
            account.append(raw)
        config = write_toml(tmp_path / "somek.toml", self.world, account, batch_size=batch_size)
        self.db = self.world.ws.store.path
        self.argv = somek_argv(self.db, config, "sync")
        self.env = somek_env(**{PASSWORD_ENV: account.password})
        self.kills = 0

    def run_until(self, goal: int) -> None:
        """A sync, killed once ``goal`` messages are recorded (unless it ends before)."""
        process = subprocess.Popen(
            self.argv, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        seen: tuple[int, int, int] | None = None

        def reached() -> bool:
            # The database is read again only once a write replaced it: reading it
            # every few milliseconds took the CPU the sync under test needs.
            nonlocal seen
            if process.poll() is not None:
                return True
            try:
                stat = self.db.stat()
            except FileNotFoundError:
                return False
            now = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            if now == seen:
                return False
            seen = now
            return recorded(self.db) >= goal

        wait_until(reached)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            self.kills += 1
        process.wait()

    def finish_and_check(self) -> None:
        final = subprocess.run(
            self.argv, env=self.env, capture_output=True, text=True, timeout=120, check=False
        )
        assert final.returncode == 0, final.stderr
        assert len(Store.open(self.db).read().inbox()) == len(self.replies)
        check_exactly_once(self.world, self.account, self.replies, resends=self.kills)


def test_sigkill_at_random_moments_over_200_messages(tmp_path: Path, account: ImapAccount) -> None:
    killer = Killer(tmp_path, account, 200, batch_size=10)
    chance = random.Random(20270128)
    for _ in range(6):
        # let it record one to three more batches (of 10), then pull the plug
        killer.run_until(recorded(killer.db) + 10 * chance.randint(1, 3))
    assert killer.kills >= 3
    killer.finish_and_check()


def test_sigkill_around_the_moves_of_big_batches(tmp_path: Path, account: ImapAccount) -> None:
    # 700 replies in batches of 50: each batch moves right after it is recorded,
    # so kills a few messages past a batch land around its move
    killer = Killer(tmp_path, account, 700, batch_size=50)
    for goal in sorted(random.Random(20261126).sample(range(510, 700, 10), 4)):
        killer.run_until(goal)
    assert killer.kills >= 2
    killer.finish_and_check()
