"""Waiting on the app without fixed sleeps."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Input


async def wait_for(pilot: Pilot, condition: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        await pilot.pause(0.02)


def notes(pilot: Pilot) -> list[str]:
    return [str(n.message) for n in pilot.app._notifications]


def fill(pilot: Pilot, selector: str, value: str) -> None:
    pilot.app.screen.query_one(selector, Input).value = value
