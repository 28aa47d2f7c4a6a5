"""A real ``somek serve`` process on a port the system picks."""

from __future__ import annotations

import contextlib
import os
import re
import selectors
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tui.conftest import make_workspace

URL = re.compile(r"serving on (http://127\.0\.0\.1:(\d+)/([A-Za-z0-9_-]+)/) ")


@dataclass
class Served:
    url: str  # what ``serve`` printed: http://127.0.0.1:PORT/TOKEN/
    port: int
    token: str
    db: Path
    process: subprocess.Popen[bytes]
    first_line: str

    def stderr_after_stop(self) -> str:
        stop(self.process)
        assert self.process.stderr is not None
        return self.first_line + self.process.stderr.read().decode()


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def read_line(process: subprocess.Popen[bytes], timeout: float) -> str:
    """The first line ``serve`` prints on stderr, once it is listening."""
    assert process.stderr is not None
    deadline = time.monotonic() + timeout
    line = b""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stderr, selectors.EVENT_READ)
        while not line.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                raise AssertionError(f"serve printed no address: {line!r}")
            byte = os.read(process.stderr.fileno(), 1)
            if not byte:
                raise AssertionError(f"serve ended: {line!r}")
            line += byte
    return line.decode()


@contextlib.contextmanager
def serving(folder: Path) -> Iterator[Served]:
    """``somek serve`` on a fresh database in ``folder``, stopped afterwards."""
    make_workspace(folder)
    # as the suite runs every command: English, and none of a developer's own SOMEK_ settings
    env = {k: v for k, v in os.environ.items() if not k.startswith("SOMEK_")}
    env.update(SOMEK_NOW="2027-01-10T12:00:00+01:00", SOMEK_UI_LANGUAGE="en")
    process = subprocess.Popen(
        [sys.executable, "-m", "somek_tui", "--db", str(folder / "db.json"), "serve",
         "--port", "0"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip
    try:
        line = read_line(process, timeout=20)
        match = URL.search(line)
        assert match, line
        yield Served(
            url=match[1],
            port=int(match[2]),
            token=match[3],
            db=folder / "db.json",
            process=process,
            first_line=line,
        )
    finally:
        stop(process)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    """A server of this test's own, which it may stop."""
    with serving(tmp_path) as server:
        yield server


@pytest.fixture(scope="module")
def served_shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One server for a module's tests that only send it requests (and never stop it)."""
    with serving(tmp_path_factory.mktemp("served")) as server:
        yield server
