"""``somek serve`` in a real (headless) browser."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from somek_tui.serve import app_command

from .conftest import make_workspace

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_app_command_uses_absolute_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    command = app_command(Path("db.json"), Path("somek.toml"))
    assert f"--db {tmp_path / 'db.json'}" in command
    assert f"--config {tmp_path / 'somek.toml'}" in command
    assert "--config" not in app_command(Path("db.json"), None)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    make_workspace(tmp_path)
    port = free_port()
    env = dict(os.environ, SOMEK_NOW="2027-01-10T12:00:00+01:00")
    process = subprocess.Popen(
        [sys.executable, "-m", "somek_tui", "--db", str(tmp_path / "db.json"), "serve",
         "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                assert response.status == 200
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise AssertionError(
                    process.stderr.read().decode() if process.stderr else ""
                ) from None
            time.sleep(0.1)
    try:
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed")
def test_dashboard_in_the_browser(served: str) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    received: list[bytes] = []

    def screen_text() -> str:
        return b"".join(received).decode("utf-8", errors="ignore")

    def wait_for_text(text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while text not in screen_text():
            assert time.monotonic() < deadline, f"{text!r} never reached the browser"
            page.wait_for_timeout(100)

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})

            def on_socket(ws) -> None:  # type: ignore[no-untyped-def]
                ws.on(
                    "framereceived",
                    lambda frame: received.append(
                        frame if isinstance(frame, bytes) else frame.encode()
                    ),
                )

            page.on("websocket", on_socket)
            page.goto(served)
            # the terminal paints from what the app sends over the websocket
            wait_for_text("Next event")
            wait_for_text("SEO und Erfolgsmessung")
            page.locator(".textual-terminal").click()
            page.keyboard.press("4")
            wait_for_text("anna@example.org")
        finally:
            browser.close()
