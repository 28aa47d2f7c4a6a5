"""A kill at any moment of ``somek invite``: a rerun sends every invitation exactly once."""

from __future__ import annotations

import email
import email.policy
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from support.smtp_server import SmtpTestServer
from support.workspace import populate, write_config

from somek_tui.store import Store

MEMBERS = 40


def start_invite(db: Path, config: Path) -> subprocess.Popen[bytes]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SOMEK_") or k == "SOMEK_UI_LANGUAGE"
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "somek_tui",
            "--db",
            str(db),
            "--config",
            str(config),
            "invite",
            "e1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def wait_until(condition, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.002)
    return False


def test_kills_at_many_points_then_a_rerun_send_everyone_exactly_one_message_id(
    tmp_path: Path, smtp_server: SmtpTestServer
) -> None:
    db = tmp_path / "db.json"
    populate(Store.open(db), members=MEMBERS)
    config = write_config(
        tmp_path / "somek.toml",
        f'[smtp]\ntransport = "smtp"\nhost = "127.0.0.1"\nport = {smtp_server.port}\n'
        'security = "none"\nmax_connections = 2\n',
    )
    kills = 0
    # kill before anything went out, then after a growing number of deliveries
    for target in (0, 1, 4, 9, 15, 22, 30):
        process = start_invite(db, config)
        if target == 0:
            wait_until(lambda: db.exists() and '"outbox"' in db.read_text(encoding="utf-8"))
        else:
            wait_until(
                lambda t=target, p=process: len(smtp_server.messages) >= t or p.poll() is not None
            )
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
    assert kills >= 5  # the kills really landed mid-run, not after it ended
    final = start_invite(db, config)
    assert final.wait(timeout=120) == 0, final.stderr.read() if final.stderr else ""

    ids_by_recipient: dict[str, set[str]] = {}
    for received in smtp_server.messages:
        message_id = email.message_from_bytes(received.content, policy=email.policy.default)[
            "Message-ID"
        ]
        ids_by_recipient.setdefault(received.rcpt_tos[0], set()).add(str(message_id))
    assert len(ids_by_recipient) == MEMBERS  # nobody lost
    assert all(len(ids) == 1 for ids in ids_by_recipient.values())  # one invitation each
    duplicates = len(smtp_server.messages) - MEMBERS
    # only a message in flight at a kill may go twice: at most one per connection per kill
    assert duplicates <= kills * 2
    view = Store.open(db).read()
    assert {r.state.value for r in view.outbox()} == {"sent"}
    assert len(view.outbox()) == MEMBERS
