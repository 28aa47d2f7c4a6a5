"""The suite's IMAP servers end with the test process, even when it is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

STARTS_A_SERVER = """
import sys, time
from tests.support.imap_servers import {cls}
server = {cls}()
server.start()
if hasattr(server, "wait_ready"):
    server.wait_ready()
print(server._proc.pid, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie whose parent has not reaped it yet has ended all the same
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().split(") ", 1)[1][:1] != "Z"


def _server_pid_after_killing_its_parent(cls: str) -> int:
    parent = subprocess.Popen(
        [sys.executable, "-c", STARTS_A_SERVER.format(cls=cls)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    line = parent.stdout.readline()
    assert line.strip().isdigit(), f"no server started: {line!r}"
    server_pid = int(line)
    assert _alive(server_pid)
    parent.send_signal(signal.SIGKILL)  # no teardown runs, as when a run is killed
    parent.wait(timeout=10)
    return server_pid


def _ends_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_a_dovecot_started_for_the_tests_ends_when_the_test_process_is_killed() -> None:
    pid = _server_pid_after_killing_its_parent("DovecotServer")
    try:
        assert _ends_within(pid, 10)
    finally:
        if _alive(pid):
            os.killpg(pid, signal.SIGKILL)


def test_a_pymap_started_for_the_tests_ends_when_the_test_process_is_killed() -> None:
    pid = _server_pid_after_killing_its_parent("PymapServer")
    try:
        assert _ends_within(pid, 10)
    finally:
        if _alive(pid):
            os.killpg(pid, signal.SIGKILL)
