"""``somek sync --watch``: mail that arrives while it waits is recorded, Ctrl-C ends it."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

from support.imap_servers import DovecotServer
from sync.conftest import build_world, somek_argv, somek_env, wait_until, write_toml
from sync.replies import answer_to

from somek_tui.models import Answer
from somek_tui.store import Store


def test_watch_records_a_reply_that_arrives_while_it_waits_and_stops_on_ctrl_c(
    tmp_path: Path, dovecot_server: DovecotServer
) -> None:
    # Dovecot announces new mail during IDLE at once (pymap only when IDLE ends)
    account = dovecot_server.account()
    world = build_world(tmp_path, imap=account.settings())
    config = write_toml(tmp_path / "somek.toml", world, account)
    db = world.ws.store.path
    watcher = subprocess.Popen(
        somek_argv(db, config, "sync", "--watch", "--verbose"),
        env=somek_env(**{account.password_env: account.password}),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert watcher.stdout is not None
        first_pass = watcher.stdout.readline()  # the empty inbox's summary: now it waits
        assert "0 answers" in first_pass, first_pass
        anna = world.members[0]
        account.append(answer_to(world.sent[anna.email], "Bin dabei!"))

        def answered() -> bool:
            rsvp = Store.open(db).read().rsvp(world.event.id, anna.id)
            return rsvp is not None and rsvp.answer is Answer.YES

        assert wait_until(answered, timeout=120)  # a loaded CI machine reads its first reply slowly
    finally:
        watcher.send_signal(signal.SIGINT)
        code = watcher.wait(timeout=60)
    assert code == 0
    assert "stopped" in (watcher.stderr.read() if watcher.stderr else "")
