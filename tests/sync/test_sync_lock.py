"""One sync at a time, by a lock whose taking costs an empty cron pass nothing to import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import run_somek

from somek_tui.services.sync_lock import SyncLock, SyncLockHeld

_HOLD = (
    "import sys\n"
    "from pathlib import Path\n"
    "from somek_tui.services.sync_lock import SyncLock\n"
    "lock = SyncLock(Path(sys.argv[1]))\n"
    "lock.acquire()\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


def test_a_lock_held_by_another_process_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "db.json.sync.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(SyncLockHeld):
            SyncLock(path).acquire()
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    lock = SyncLock(path)
    lock.acquire()  # the holder is gone: its lock went with it
    assert lock.is_locked
    lock.release()


def test_a_second_lock_object_in_the_same_process_is_refused_until_release(
    tmp_path: Path,
) -> None:
    first, second = SyncLock(tmp_path / "x.lock"), SyncLock(tmp_path / "x.lock")
    first.acquire()
    with pytest.raises(SyncLockHeld):
        second.acquire()
    first.release()
    second.acquire()
    assert second.is_locked and not first.is_locked
    second.release()


def test_the_lock_file_is_private_to_the_owner(tmp_path: Path) -> None:
    lock = SyncLock(tmp_path / "x.lock")
    lock.acquire()
    lock.release()
    assert (tmp_path / "x.lock").stat().st_mode & 0o777 == 0o600


def test_an_empty_sync_imports_no_file_lock_library(tmp_path: Path) -> None:
    assert run_somek("member", "add", "a@example.org", cwd=tmp_path).code == 0
    (tmp_path / "inbox").mkdir(mode=0o700)
    code = (
        "import atexit, json, sys\n"
        "atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr))\n"
        "from somek_tui.cli import main\n"
        "raise SystemExit(main(['sync']))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOMEK_")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stderr.strip().splitlines()[-1]))
    assert "somek_tui.services.sync" in modules
    assert "filelock" not in modules
