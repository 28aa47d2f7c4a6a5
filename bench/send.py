"""Invitations through somek against a bare aiosmtplib loop, in the same run.

    python bench/send.py [-n 2000] [--connections 2]

somek's side is the whole ``invite``: planning, queueing in the store,
rendering every personal message (text, HTML, calendar), sending, and making
each outcome durable. The baseline sends the same number of pre-built messages
of the same size over the same number of connections to the same local sink.
Prints both throughputs and their ratio (goal: at least 0.7).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from smtp_baseline import bare_send, start_sink
from support.workspace import make_settings, populate, workspace

from somek_tui.config import SmtpSettings
from somek_tui.services.invitations import send_mail
from somek_tui.services.outbox import render


async def run(count: int, connections: int) -> None:
    host, port, stop = await start_sink()
    try:
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder)
            smtp = SmtpSettings(
                transport="smtp",
                host=host,
                port=port,
                security="none",
                max_connections=connections,
            )
            ws = workspace(base / "db.json", make_settings(base, smtp=smtp))
            _, event = populate(ws.store, members=count)

            started = time.perf_counter()
            summary = await send_mail(ws, event.id)
            somek_seconds = time.perf_counter() - started
            assert summary.sent == count, summary.line()

            view = ws.store.read()
            sample = [replace(r, id=f"x{r.id}") for r in view.outbox()]
            messages = [
                (ws.settings.organizer.from_address, r.recipient, render(ws, view, r))
                for r in sample
            ]
            bare_seconds = await bare_send(host, port, messages, connections)
    finally:
        await stop()
    somek_rate = count / somek_seconds
    bare_rate = count / bare_seconds
    size = sum(len(m[2]) for m in messages) // len(messages)
    print(f"messages: {count}, connections: {connections}, average size: {size} bytes")
    print(f"somek invite : {somek_seconds:7.2f} s  {somek_rate:8.1f} msg/s")
    print(f"bare loop    : {bare_seconds:7.2f} s  {bare_rate:8.1f} msg/s")
    print(f"ratio somek/bare: {somek_rate / bare_rate:.2f} (goal >= 0.70)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(run(args.count, args.connections))


if __name__ == "__main__":
    main()
