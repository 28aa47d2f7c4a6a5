"""Invitations through somek against a bare aiosmtplib loop, in the same run.

    python bench/send.py [-n 2000] [--connections 2] [--rounds 5]

somek's side is the whole ``invite``: planning, queueing in the store,
rendering every personal message (text, HTML, calendar), sending, and making
each outcome durable. The baseline sends the same messages, pre-built, over
the same number of connections to the same local sink.

Both run in this one process against one sink, in turn (somek, bare, somek,
bare, …) after an untimed warm-up of each, so both meet the same machine:
each round mails a fresh database of ``-n`` members, and the figure is the
median over the rounds of the ratio of the two throughputs (goal: at least
0.45).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from smtp_baseline import Message, bare_send, start_sink
from support.workspace import make_settings, populate, workspace

from somek_tui.config import SmtpSettings
from somek_tui.services.invitations import send_mail
from somek_tui.services.outbox import render

Round = tuple[float, float, float, float, int]


async def one_round(host: str, port: int, count: int, connections: int) -> Round:
    """Wall and CPU seconds of somek's invite and of the bare loop; the average size.

    CPU seconds are the whole process's, the sink's thread included, which
    does the same work for both: a machine busy with other work changes them
    less than the wall times.
    """
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        smtp = SmtpSettings(
            transport="smtp", host=host, port=port, security="none", max_connections=connections
        )
        ws = workspace(base / "db.json", make_settings(base, smtp=smtp))
        _, event = populate(ws.store, members=count)
        gc.collect()
        started, cpu = time.perf_counter(), time.process_time()
        summary = await send_mail(ws, event.id)
        somek_seconds = time.perf_counter() - started
        somek_cpu = time.process_time() - cpu
        if summary.sent != count:
            raise RuntimeError(f"somek sent {summary.line()}, not {count}")
        # the same mails, rendered beforehand: the bare loop only sends
        view = ws.store.read()
        sender = ws.settings.organizer.from_address
        messages: list[Message] = [
            (sender, r.recipient, render(ws, view, replace(r, id=f"x{r.id}")))
            for r in view.outbox()
        ]
    gc.collect()
    cpu = time.process_time()
    bare_seconds = await bare_send(host, port, messages, connections)
    bare_cpu = time.process_time() - cpu
    size = sum(len(m[2]) for m in messages) // len(messages)
    return somek_seconds, bare_seconds, somek_cpu, bare_cpu, size


async def run(count: int, connections: int, rounds: int) -> None:
    host, port, stop = await start_sink()
    try:
        await one_round(host, port, min(count, 200), connections)  # templates, locale data
        results = [await one_round(host, port, count, connections) for _ in range(rounds)]
    finally:
        await stop()
    somek = [r[0] for r in results]
    bare = [r[1] for r in results]
    ratios = [b / s for s, b in zip(somek, bare, strict=True)]  # throughput somek / bare
    cpu_ratios = [r[3] / r[2] for r in results]
    print(
        f"messages: {count} a round, {rounds} rounds, connections: {connections}, "
        f"average size: {results[-1][4]} bytes"
    )
    print(f"somek invite : median {statistics.median(somek):6.2f} s  "
          f"{count / statistics.median(somek):7.1f} msg/s")  # fmt: skip
    print(f"bare loop    : median {statistics.median(bare):6.2f} s  "
          f"{count / statistics.median(bare):7.1f} msg/s")  # fmt: skip
    print(
        f"ratio somek/bare: median {statistics.median(ratios):.2f} "
        f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)}; goal >= 0.45)"
    )
    print(
        f"same in CPU seconds: median {statistics.median(cpu_ratios):.2f} "
        f"(rounds: {', '.join(f'{r:.2f}' for r in cpu_ratios)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(run(args.count, args.connections, args.rounds))


if __name__ == "__main__":
    main()
