"""``somek`` in a real terminal (tmux), on a copy of a database."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import make_workspace

pytestmark = pytest.mark.skipif(not shutil.which("tmux"), reason="tmux is not installed")
ENTRY = "from somek_tui.cli import main; raise SystemExit(main())"


def tmux(*args: str) -> str:
    done = subprocess.run(["tmux", *args], capture_output=True, text=True, check=True)
    return done.stdout


class Terminal:
    def __init__(self, session: str) -> None:
        self.session = session

    def screen(self) -> str:
        return tmux("capture-pane", "-t", self.session, "-p")

    def wait_for(self, text: str, timeout: float = 20) -> str:
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if text in shown:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} not on screen:\n{shown}")
            time.sleep(0.02)  # a capture is a few milliseconds: look again soon

    def press(self, *keys: str) -> None:
        tmux("send-keys", "-t", self.session, *keys)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[tuple[Terminal, Path]]:
    source = tmp_path / "source"
    source.mkdir()
    make_workspace(source)
    copy = tmp_path / "copy"
    copy.mkdir()
    shutil.copy(source / "db.json", copy / "db.json")
    session = f"somek-test-{uuid.uuid4().hex[:8]}"
    command = " ".join(
        [
            "env",
            "SOMEK_NOW=2027-01-10T12:00:00+01:00",
            "SOMEK_UI_LANGUAGE=en",
            "TERM=xterm-256color",
            shlex.join([sys.executable, "-c", ENTRY, "--db", str(copy / "db.json")]),
        ]
    )
    tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command)
    try:
        yield Terminal(session), copy / "db.json"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True, check=False)


def test_smoke_in_tmux(terminal: tuple[Terminal, Path]) -> None:
    term, db = terminal
    shown = term.wait_for("Next event")
    assert "SEO und Erfolgsmessung" in shown and "in 18 days" in shown
    term.press("4")
    term.wait_for("anna@example.org")
    term.press("/")
    term.wait_for("searching:")  # keys typed before the focus moves would miss the box
    term.press("-l", "chloe")
    shown = term.wait_for("1 of 6 members")
    assert "anna@example.org" not in shown
    term.press("Escape")
    term.wait_for("/ search · a add")
    term.press("5")
    term.wait_for("LinkedIn Ads für Vereine")
    term.press("l")  # shortlist the top topic
    term.wait_for("shortlisted")
    assert '"status":"shortlisted"' in db.read_text()
    term.press("q")
    deadline = time.monotonic() + 10
    while session_alive(term.session):
        assert time.monotonic() < deadline, "somek did not quit on q"
        time.sleep(0.02)


def session_alive(session: str) -> bool:
    listed = subprocess.run(["tmux", "has-session", "-t", session], capture_output=True)
    return listed.returncode == 0
