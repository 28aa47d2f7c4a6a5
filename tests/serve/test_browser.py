"""``somek serve`` in a real (headless) browser."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from somek_tui.serve import app_command

from .conftest import Served

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def test_app_command_uses_absolute_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    command = app_command(Path("db.json"), Path("somek.toml"))
    assert f"--db {tmp_path / 'db.json'}" in command
    assert f"--config {tmp_path / 'somek.toml'}" in command
    assert "--config" not in app_command(Path("db.json"), None)


@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="chromium is not installed")
def test_dashboard_in_the_browser(served: Served) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    received: list[bytes] = []

    def screen_text() -> str:
        return b"".join(received).decode("utf-8", errors="ignore")

    def wait_for_text(text: str, timeout: float = 120) -> None:
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
            page.goto(served.url)
            # the terminal paints from what the app sends over the websocket
            wait_for_text("Next event")
            wait_for_text("SEO und Erfolgsmessung")
            page.locator(".textual-terminal").click()
            page.keyboard.press("4")
            wait_for_text("anna@example.org")
        finally:
            browser.close()
